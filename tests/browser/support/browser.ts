import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { after } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { repoRoot } from '../../helpers/build.ts';

/** What a test file gets from openBrowser: pages and contexts of its own, in the process's one Chromium. */
export interface BrowserSession {
  newPage(options?: BrowserContextOptions): Promise<Page>;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Closes this file's pages and contexts; Chromium itself stays up for the next file. */
  close(): Promise<void>;
}

/**
 * The browser test files run in one process (tests/shards/browser.ts) and share one Chromium:
 * starting it costs more than most files' pages. Each file's pages live in contexts of their
 * own (no cookie, storage or cache is shared) and are closed when the file is done.
 */
export async function openBrowser(): Promise<BrowserSession> {
  const browser = await (sharedBrowser ??= launchBrowser());
  const contexts: BrowserContext[] = [];
  return {
    newPage: async (options) => {
      const page = await browser.newPage(options);
      contexts.push(page.context());
      return page;
    },
    newContext: async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context;
    },
    close: async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    },
  };
}

let sharedBrowser: Promise<Browser> | undefined;

// Registered when this module is first imported, so on the process's root: it runs once every test
// file of the process is done, whether a shard ran them or a file runs on its own.
after(async () => {
  const browser = sharedBrowser;
  sharedBrowser = undefined;
  await (await browser)?.close();
});

/** Debian's Chromium, installed by scripts/ensure-test-deps.sh; Playwright never downloads one. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Screenshots for people to look at; test-output/ is git-ignored. */
export const screenshotDir = path.join(repoRoot, 'test-output', 'screenshots');
let announced = false;

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  if (!announced) {
    console.log(`Screenshots: ${screenshotDir}`);
    announced = true;
  }
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let axeSource: string | undefined;

/** Runs axe-core (every rule it enables by default) on the loaded page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Every rule still runs; only the bookkeeping of passes and "needs review" is skipped.
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

/** One line per violation and element, so a failing test says what to fix where. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}\n  ${node.failureSummary ?? ''}`),
    )
    .join('\n');
}
