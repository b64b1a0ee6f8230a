import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseNavigateMessage } from '../../src/calc/embed-protocol.ts'
import { formatNumber } from '../../src/i18n/format.ts'
import { describeValue } from '../../src/loaders/describe-value.ts'
import { parseJson } from '../../src/loaders/parse-json.ts'
import { sessionsFileSchema } from '../../src/loaders/race-schemas.ts'
import { validateExports } from '../../src/loaders/validate/validate-files.ts'
import { PUBLIC } from '../fixtures/sample.ts'

/**
 * Numbers no export holds (issue 18): `1e309` reads as Infinity, `1e308` is finite but 309 digits
 * long, `-0` is a zero with a sign. Each is described in words, flagged, and never shown as
 * "Infinity", "NaN", "-0,0" or a 309-digit number.
 */
const readPublicText = (path: string) => readFileSync(resolve(PUBLIC, path), 'utf8')
const SESSIONS = 'races/1101/sessions.json'
const RESUME = 'races/1101/resume.json'

function problemsOf(run: () => unknown): Array<{ path: string; message: string }> {
  try {
    run()
  } catch (error) {
    return (error as { problems: Array<{ path: string; message: string }> }).problems
  }
  return []
}

describe('a number too large to be read (1e309 → Infinity)', () => {
  it('is described in words, never as "Infinity"', () => {
    expect(describeValue(Number.POSITIVE_INFINITY)).toMatch(/too large/)
    expect(describeValue(Number.NEGATIVE_INFINITY)).toMatch(/too large/)
    for (const value of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(describeValue(value)).not.toContain('Infinity')
    }
  })
  it('is refused by the schema with that wording, at its path', () => {
    const text = readPublicText(SESSIONS).replace(/"best_lap_ms": \d+/, '"best_lap_ms": 1e309')
    const problems = problemsOf(() => parseJson(SESSIONS, text, sessionsFileSchema))
    expect(problems).toEqual([
      { path: 'sessions[0].rows[0].best_lap_ms', message: expect.stringMatching(/too large/) },
    ])
    expect(problems[0]?.message).not.toContain('Infinity')
  })
})

describe('an absurd but finite figure (1e308)', () => {
  it('is flagged by the validator (a warning at its path)', () => {
    const resume = readPublicText(RESUME).replace(/"pct_el2": [\d.]+/, '"pct_el2": 1e308')
    const files = new Map([
      [SESSIONS, readPublicText(SESSIONS)],
      [RESUME, resume],
    ])
    const found = validateExports(files).problems.filter((problem) => problem.file === RESUME)
    expect(found).toContainEqual(
      expect.objectContaining({
        path: expect.stringMatching(/^rows\[\d+\]\.pct_el2$/),
        severity: 'warning',
        message: expect.stringMatching(/too large/),
      }),
    )
  })
  it('is shown as no value, never as a 309-digit number', () => {
    expect(formatNumber(1e308, 2, 'fr')).toBe('—')
    expect(formatNumber(-1e300, 0, 'en')).toBe('—')
    expect(formatNumber(Number.POSITIVE_INFINITY, 1, 'fr')).toBe('—')
    expect(formatNumber(Number.NaN, 1, 'fr')).toBe('—')
  })
})

describe('a signed zero', () => {
  it('shows "0,0", never "-0,0"', () => {
    expect(formatNumber(-0, 1, 'fr')).toBe('0,0')
    expect(formatNumber(-0.01, 1, 'fr')).toBe('0,0')
    expect(formatNumber(-0.04, 1, 'en')).toBe('0.0')
    expect(formatNumber(-0.05, 1, 'en')).toBe('-0.1')
  })
})

describe('an embed navigate message', () => {
  it('with a race that is not a race id (NaN, Infinity, 1.5, an object) is ignored', () => {
    for (const race of [Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, {}, [], true, null]) {
      expect(parseNavigateMessage({ type: 'gp-page:navigate', race }), String(race)).toBeNull()
    }
  })
})
