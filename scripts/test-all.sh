#!/usr/bin/env bash
# Everything CI runs: typecheck, lint, unit + component tests, build, budgets, Playwright e2e.
# Ends with one plain line "N passed, N failed" (each check step counts as one test) and exits
# non-zero when anything failed.
set -u
cd "$(dirname "$0")/.."
rm -f .vitest-results.json .playwright-results.json .steps-results.txt

step() {
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then
    echo "$name pass" >> .steps-results.txt
  else
    echo "$name fail" >> .steps-results.txt
  fi
}

step typecheck npx tsc --noEmit -p tsconfig.json
step lint npx biome check .
step unit npx vitest run --reporter=default --reporter=json --outputFile=.vitest-results.json
step build npm run build
if [ -f scripts/check-budgets.ts ]; then step budgets npx tsx scripts/check-budgets.ts; fi
step e2e npx playwright test
npx tsx scripts/test-summary.ts
