import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLoadError, type LoadError } from '../../src/calc/load-error.ts'
import {
  type Parsed,
  parseLeagueIndex,
  parseLeagueRound,
  parseLeagueStandings,
} from '../../src/features/league/loaders/parse.ts'
import { validateLeagueFile } from '../../src/features/league/loaders/validate.ts'
import { formatPath } from '../../src/loaders/describe-issues.ts'
import { parseJson } from '../../src/loaders/parse-json.ts'
import {
  perfTimeFileSchema,
  resumeFileSchema,
  sessionsFileSchema,
} from '../../src/loaders/race-schemas.ts'
import {
  championshipFileSchema,
  driversLookupSchema,
  participantsLookupSchema,
  raceIndexFileSchema,
} from '../../src/loaders/season-schemas.ts'
import { readPublicJson } from '../fixtures/sample.ts'

/**
 * parseJson + every schema: whatever the text, the only way out is the data or a LoadError naming
 * the file (and, for a wrong shape, the JSON path of each problem, in short plain words).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const RACE_FILES = [
  ['races/1101/sessions.json', sessionsFileSchema],
  ['races/1101/perftime.json', perfTimeFileSchema],
  ['races/1101/resume.json', resumeFileSchema],
  ['seasons/2023/championship.json', championshipFileSchema],
  ['lookups/drivers.min.json', driversLookupSchema],
  ['lookups/participants.json', participantsLookupSchema],
  ['races/index.json', raceIndexFileSchema],
] as const

const LEAGUE_FILES: Array<[string, (json: unknown) => Parsed<unknown>]> = [
  ['leagues/index.json', parseLeagueIndex],
  ['leagues/club-cup/rounds/301.json', parseLeagueRound],
  ['leagues/gt-masters/rounds/201.json', parseLeagueRound],
  ['leagues/club-cup/seasons/5/standings.json', parseLeagueStandings],
  ['leagues/gt-masters/seasons/12/standings.json', parseLeagueStandings],
]

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.constantFrom('', ' ', '\uFEFF{}', '{"meta":', 'null', '[]', '"x"', '1e999', '<!doctype html>'),
)

/** Where each leaf of a JSON value is: ["sessions", 0, "rows", 3, "driver_id"]… */
function leafPaths(value: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]))
  }
  return [path]
}

function replaceAt(value: Json, path: Array<string | number>, replacement: Json): Json {
  const copy = structuredClone(value)
  let node = copy as Record<string | number, Json>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  node[path[path.length - 1] as string | number] = replacement
  return copy
}

/** Runs parseJson, returning the LoadError; any other error is rethrown (and fails the test). */
function outcome(url: string, input: string, schema: Parameters<typeof parseJson>[2]) {
  try {
    parseJson(url, input, schema)
    return null
  } catch (error) {
    if (isLoadError(error)) return error
    throw error
  }
}

function expectWellFormed(error: LoadError, url: string) {
  expect(error.url).toBe(url)
  expect(['not-json', 'invalid-shape']).toContain(error.kind)
  if (error.kind === 'invalid-shape') expect(error.problems.length).toBeGreaterThan(0)
  for (const problem of error.problems) {
    expect(typeof problem.path).toBe('string')
    expect(problem.message.length).toBeLessThan(400)
  }
}

describe.each(RACE_FILES)('%s', (url, schema) => {
  const sample = readPublicJson(url) as Json
  const leaves = leafPaths(sample)

  it('the real sample parses', () => {
    expect(outcome(url, JSON.stringify(sample), schema)).toBeNull()
  })
  it('any text gives the data or a LoadError naming the file', () => {
    fc.assert(
      fc.property(text, (input) => {
        const error = outcome(url, input, schema)
        if (error) expectWellFormed(error, url)
      }),
    )
  })
  it('any JSON value gives the data or a LoadError with the path of each problem', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const error = outcome(url, JSON.stringify(value), schema)
        if (error) expectWellFormed(error, url)
      }),
    )
  })
  it('one broken field of the real file is named by its exact JSON path', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: leaves.length - 1 }),
        fc.jsonValue({ maxDepth: 2 }),
        (index, replacement) => {
          const path = leaves[index] ?? []
          const error = outcome(
            url,
            JSON.stringify(replaceAt(sample, path, replacement as Json)),
            schema,
          )
          if (!error) return
          expect(error.kind).toBe('invalid-shape')
          expect(error.problems.map((problem) => problem.path)).toContain(formatPath(path))
        },
      ),
      { numRuns: 200 },
    )
  })
  it('a parser bomb (50,000 nested lists) is a LoadError, not a crash', () => {
    const bomb = `${'['.repeat(50_000)}${']'.repeat(50_000)}`
    expectWellFormed(outcome(url, bomb, schema) ?? fail(), url)
  })
})

describe.each(LEAGUE_FILES)('%s (league)', (path, parse) => {
  const sample = readPublicJson(path) as Json
  const leaves = leafPaths(sample)

  it('any JSON value gives the data or problems with paths, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything()), (value) => {
        const parsed = parse(value)
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0)
          for (const problem of parsed.problems) expect(typeof problem.path).toBe('string')
        }
        for (const problem of validateLeagueFile(path, value)) {
          expect(['error', 'warning']).toContain(problem.severity)
        }
      }),
    )
  })
  it('one broken field of the real file never throws', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: leaves.length - 1 }),
        fc.jsonValue({ maxDepth: 2 }),
        (index, replacement) => {
          const value = replaceAt(sample, leaves[index] ?? [], replacement as Json)
          void parse(value)
          void validateLeagueFile(path, value)
        },
      ),
      { numRuns: 200 },
    )
  })
})

function fail(): never {
  throw new Error('expected a LoadError')
}
