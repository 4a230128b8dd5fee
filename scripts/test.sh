#!/usr/bin/env bash
# The whole test suite: installs what the tests need when missing (Debian PostgreSQL and
# Chromium), starts a throwaway PostgreSQL cluster, then runs lint, type-check and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

pg_dir=$(mktemp -d /tmp/gongbao-pg.XXXXXX)
port=${GONGBAO_TEST_PG_PORT:-55432}
cleanup() { bash scripts/pg-cluster.sh stop "$pg_dir"; }
trap cleanup EXIT
export GONGBAO_TEST_PG_URL
GONGBAO_TEST_PG_URL=$(bash scripts/pg-cluster.sh start "$pg_dir" "$port")
echo "test: PostgreSQL at $GONGBAO_TEST_PG_URL"

echo "test: lint"; npx eslint .
echo "test: type-check"; npx tsc --noEmit -p tsconfig.json
echo "test: vitest"
mkdir -p test-results
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@" || status=$?
# One plain closing line that any CI can read.
node -e 'const r = require("./test-results/vitest.json"); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)' || true
exit $status
