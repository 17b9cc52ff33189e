#!/usr/bin/env bash
# npm test: the type check runs beside the test files rather than before them, and either
# failing fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
# Unit and browser tests, and the integration files tests/shards/integration.list names, run in
# shard processes (tests/shards); every other integration test file in its own. Two run at a
# time, in the order given: the longest go first, so that no long file starts last while the
# other worker has nothing left to run. The file that mostly sleeps (waiting for its files'
# times to settle) goes before them, while the type check can use the core it leaves idle.
start_first=(
  tests/integration/story-cache-reload.test.ts
  tests/shards/browser.ts
  tests/shards/integration.ts
  tests/integration/incremental-build.test.ts
  tests/shards/unit-1-of-2.ts
  tests/integration/killed-build.test.ts
  tests/integration/dev-server.test.ts
  tests/shards/unit-2-of-2.ts
)
if printf '%s\n' "${start_first[@]}" | grep -qxFf tests/shards/integration.list; then
  echo "run-tests.sh: a file is both in start_first and in tests/shards/integration.list; it would run twice" >&2
  exit 2
fi
others=$(find tests/integration -name "*.test.ts" | sort | grep -vxF "$(printf '%s\n' "${start_first[@]}")" | grep -vxFf tests/shards/integration.list)
typecheck_log=$(mktemp)
# At a lower priority, the type check takes the moments the tests leave a core idle (waiting on a
# browser, a lock or a child) instead of slowing them; its build info under .cache/ makes the
# next run check only what changed (a clean clone checks everything, as before).
nice -n 10 node_modules/.bin/tsc -p . --incremental --tsBuildInfoFile .cache/tsc/tsbuildinfo >"$typecheck_log" 2>&1 &
typecheck=$!
# Not `node --test`, which sorts the files by path: this runner keeps the order above.
node --import tsx scripts/run-test-files.ts 2 "${start_first[@]}" $others
tests_status=$?
wait "$typecheck"
typecheck_status=$?
if [ "$typecheck_status" -ne 0 ]; then
  echo "Type check failed (npm run typecheck):" >&2
  cat "$typecheck_log" >&2
fi
rm -f "$typecheck_log"
[ "$tests_status" -eq 0 ] && [ "$typecheck_status" -eq 0 ]
