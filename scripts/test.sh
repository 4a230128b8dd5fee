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
echo "test: vitest"; npx vitest run "$@"
