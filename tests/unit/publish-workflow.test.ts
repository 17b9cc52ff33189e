import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const WORKFLOW = '.github/workflows/publish.yml';

/** The workflow as GitHub reads it: its own parser and schema, so a typo fails here and not on the first push. */
async function githubErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value !== undefined) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((error) => error.Message));
  }
  return [...new Set(errors)];
}

test('the publish workflow is valid for GitHub Actions', async () => {
  assert.deepEqual(await githubErrors(WORKFLOW, await readFile(WORKFLOW, 'utf8')), []);
});

test('the parser this relies on reports a mistake (so the test above can fail)', async () => {
  const broken = (await readFile(WORKFLOW, 'utf8')).replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest');
  assert.notDeepEqual(await githubErrors(WORKFLOW, broken), []);
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

test('it builds on pushes to main and every 15 minutes, keeps the build cache, and deploys dist/ to Pages', async () => {
  const workflow = yaml.load(await readFile(WORKFLOW, 'utf8'), { schema: yaml.CORE_SCHEMA }) as {
    on: { push: { branches: string[] }; schedule: { cron: string }[] };
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: { build: { steps: Step[] }; deploy: { needs: string; environment: { name: string }; steps: Step[] } };
  };
  assert.deepEqual(workflow.on.push.branches, ['main']);
  assert.deepEqual(workflow.on.schedule, [{ cron: '*/15 * * * *' }]);
  assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
  assert.equal(workflow.concurrency['cancel-in-progress'], false);

  const build = workflow.jobs.build.steps;
  const cache = build.find((step) => step.uses?.startsWith('actions/cache@'));
  assert.equal(cache?.with?.path, '.cache/daybook');
  assert.ok(build.some((step) => step.run === 'npm run build'));
  const upload = build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  assert.equal(upload?.with?.path, 'dist');
  assert.ok(build.indexOf(cache!) < build.findIndex((step) => step.run === 'npm run build'), 'the cache is restored before the build');

  assert.equal(workflow.jobs.deploy.needs, 'build');
  assert.equal(workflow.jobs.deploy.environment.name, 'github-pages');
  assert.ok(workflow.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
});
