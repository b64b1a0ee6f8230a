/**
 * Reads the runners' JSON reports (Vitest, Playwright) and the step results of test-all.sh, and
 * prints the one closing line CI reads: "N passed, N failed[, N skipped]". Exit 1 on failure.
 */
import { existsSync, readFileSync } from 'node:fs'

interface Counts {
  passed: number
  failed: number
  skipped: number
}

const counts: Counts = { passed: 0, failed: 0, skipped: 0 }

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

const vitest = readJson('.vitest-results.json') as {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
} | null
if (vitest) {
  counts.passed += vitest.numPassedTests
  counts.failed += vitest.numFailedTests
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests
}

const playwright = readJson('.playwright-results.json') as {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
} | null
if (playwright) {
  counts.passed += playwright.stats.expected + playwright.stats.flaky
  counts.failed += playwright.stats.unexpected
  counts.skipped += playwright.stats.skipped
}

// Steps without a JSON report (typecheck, lint, build, budgets) count as one test each; a step
// with a report that failed before writing it (a crash) also counts as one failure.
const steps = existsSync('.steps-results.txt')
  ? readFileSync('.steps-results.txt', 'utf8').trim().split('\n').filter(Boolean)
  : []
for (const line of steps) {
  const [name, outcome] = line.split(' ')
  const reported = (name === 'unit' && vitest) || (name === 'e2e' && playwright)
  if (outcome === 'pass' && !reported) counts.passed += 1
  if (outcome === 'fail') {
    console.log(`step failed: ${name}`)
    if (!reported) counts.failed += 1
    else if (
      (name === 'unit' && vitest?.numFailedTests === 0) ||
      (name === 'e2e' && playwright?.stats.unexpected === 0)
    ) {
      counts.failed += 1
    }
  }
}

const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''
console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`)
process.exit(counts.failed > 0 || counts.passed === 0 ? 1 : 0)
