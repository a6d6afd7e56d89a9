#!/usr/bin/env bash
# The whole test suite: type-check, unit tests of each stage, then end-to-end tests
# against a site built once from content/ (browser tests drive Debian's Chromium).
set -euo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."

echo "# type-check"
npx tsc -p tsconfig.json

echo "# unit and integration tests"
node --import tsx --test --test-reporter=spec tests/**/*.test.ts
