/**
 * Names a run's shared builds (shared-build.ts) by the pid of the runner that started the test
 * files, so the runner removes them when the run ends (scripts/run-test-files.ts).
 */
export function sharedBuildPrefix(runnerPid: number): string {
  return `daybook-shared-build-${runnerPid}-`;
}
