#!/usr/bin/env bash
# npm test: the type check runs beside the test files rather than before them (it needs a core
# for a few seconds, while the tests wait on builds), and either failing fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
typecheck_log=$(mktemp)
npx tsc -p . >"$typecheck_log" 2>&1 &
typecheck=$!
# Unit tests run in two shard processes (tests/shards); every other test file in its own.
node --import tsx --test --test-concurrency=2 tests/shards/unit-*.ts $(find tests -name "*.test.ts" -not -path "tests/unit/*" | sort)
tests_status=$?
wait "$typecheck"
typecheck_status=$?
if [ "$typecheck_status" -ne 0 ]; then
  echo "Type check failed (npm run typecheck):" >&2
  cat "$typecheck_log" >&2
fi
rm -f "$typecheck_log"
[ "$tests_status" -eq 0 ] && [ "$typecheck_status" -eq 0 ]
