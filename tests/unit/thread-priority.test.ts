import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const helper = fileURLToPath(new URL('../../src/util/thread-priority.ts', import.meta.url));

// In a process of its own: the test runner's thread keeps its priority.
const script = `
import { getPriority } from 'node:os';
const { lowerThreadPriority } = await import(${JSON.stringify(helper)});
const before = getPriority();
const restore = lowerThreadPriority(10);
const lowered = getPriority();
restore();
console.log(JSON.stringify({ before, lowered, restored: getPriority() }));
`;

test('lowerThreadPriority lowers the calling thread by the niceness given, and puts it back where permitted', () => {
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  const { before, lowered, restored } = JSON.parse(output) as { before: number; lowered: number; restored: number };
  assert.equal(lowered, Math.min(19, before + 10));
  // Raising a priority again takes root (or CAP_SYS_NICE); anyone else keeps the lower one.
  assert.equal(restored, process.getuid?.() === 0 ? before : lowered);
});
