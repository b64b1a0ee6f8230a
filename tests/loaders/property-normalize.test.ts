import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ResumeFile, SessionsFile } from '../../src/calc/export-types.ts'
import { isLoadError } from '../../src/calc/load-error.ts'
import { normalizeSessionCode } from '../../src/calc/session-codes.ts'
import { describeIssues, formatPath } from '../../src/loaders/describe-issues.ts'
import { describeValue } from '../../src/loaders/describe-value.ts'
import { normalizeResume, normalizeSessions } from '../../src/loaders/normalize.ts'
import { resumeFileSchema, sessionsFileSchema } from '../../src/loaders/race-schemas.ts'
import { readPublicJson } from '../fixtures/sample.ts'

type RawResume = Parameters<typeof normalizeResume>[1]

const sessions = sessionsFileSchema.parse(
  readPublicJson('races/1101/sessions.json'),
) as SessionsFile
const resume = resumeFileSchema.parse(readPublicJson('races/1101/resume.json')) as RawResume
const URL = 'races/1101/resume.json'

const session = fc.stringMatching(/^[a-zA-Z0-9]{1,6}$/)
const extraKey = fc
  .tuple(fc.constantFrom('pos', 'pct', 'POS', 'Pct'), session)
  .map(([k, s]) => `${k}_${s}`)
  .filter((key) => key !== 'pos_race') // a field of its own, not a per-session key
const value = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.jsonValue({ maxDepth: 3 }))
const goodFor = (key: string, v: unknown) =>
  v === null ||
  (/^pos/i.test(key) ? Number.isInteger(v) : typeof v === 'number' && Number.isFinite(v))

describe('normalizeSessions', () => {
  it('normalizes every code, keeps every session and every row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 12 }),
        (codes) => {
          const file: SessionsFile = {
            meta: sessions.meta,
            sessions: codes.map((code, i) => ({
              code,
              rows: sessions.sessions[i % 9]?.rows ?? [],
            })),
          }
          const normalized = normalizeSessions(file)
          expect(normalized.sessions.map((s) => s.code)).toEqual(codes.map(normalizeSessionCode))
          for (const [i, s] of normalized.sessions.entries())
            expect(s.rows).toBe(file.sessions[i]?.rows)
        },
      ),
    )
  })
})

describe('normalizeResume', () => {
  it('gathers any pos_/pct_ keys, or names each wrong one by its path: never another error', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: resume.rows.length - 1 }),
        fc.dictionary(extraKey, value, { maxKeys: 4 }),
        (index, extra) => {
          const rows = resume.rows.map((row, i) => (i === index ? { ...row, ...extra } : row))
          const wrong = Object.entries(extra).filter(([key, v]) => !goodFor(key, v))
          try {
            const file: ResumeFile = normalizeResume(URL, { meta: resume.meta, rows })
            expect(wrong).toEqual([])
            const row = file.rows[index]
            for (const key of Object.keys(extra)) {
              const code = normalizeSessionCode(key.slice(4)).toLowerCase()
              const bucket = /^pos/i.test(key) ? row?.positions : row?.pcts
              expect(bucket && code in bucket).toBe(true)
            }
          } catch (error) {
            if (!isLoadError(error)) throw error
            expect(error.kind).toBe('invalid-shape')
            const paths = error.problems.map((problem) => problem.path)
            for (const [key] of wrong) expect(paths).toContain(`rows[${index}].${key}`)
            for (const problem of error.problems) expect(problem.message.length).toBeLessThan(200)
          }
        },
      ),
    )
  })
  it('names a deeply nested value instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) as unknown
    const rows = resume.rows.map((row, i) => (i === 0 ? { ...row, pos_el1: deep } : row))
    let error: unknown = null
    try {
      normalizeResume(URL, { meta: resume.meta, rows })
    } catch (caught) {
      error = caught
    }
    if (!isLoadError(error)) throw new Error(`expected a LoadError, got ${String(error)}`)
    expect(error.kind).toBe('invalid-shape')
    expect(error.url).toBe(URL)
    const problem = error.problems.find((p) => p.path === 'rows[0].pos_el1')
    expect(problem?.message).toMatch(/^expected a whole number or null, got /)
    expect(problem?.message.length).toBeLessThan(200)
  })
})

describe('describeIssues / describeValue / formatPath', () => {
  const key = fc.oneof(fc.stringMatching(/^[a-z_]{1,8}$/), fc.nat({ max: 50 }))
  const issue = fc.record({
    code: fc.constantFrom(
      'invalid_type',
      'invalid_union',
      'unrecognized_keys',
      'invalid_format',
      'custom',
      'too_big',
    ),
    path: fc.array(key, { maxLength: 6 }),
    message: fc.string({ maxLength: 60 }),
    keys: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  })
  it('never throws on any data and any issue; one short problem per issue, at the issue path', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.array(issue, { maxLength: 5 }),
        (data, issues) => {
          const problems = describeIssues(sessionsFileSchema as never, data, issues)
          expect(problems).toHaveLength(issues.length)
          problems.forEach((problem, i) => {
            expect(problem.path).toBe(formatPath(issues[i]?.path ?? []))
            expect(problem.message.length).toBeLessThan(400)
          })
        },
      ),
    )
  })
  it('describes any value in a bounded, safe text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary', minLength: 100 })), (v) => {
        expect(describeValue(v).length).toBeLessThan(300)
      }),
    )
  })
  it('formats any path: numbers in brackets, names after dots', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 8 }), (path) => {
        const text = formatPath(path)
        expect(text.match(/\[\d+\]/g)?.length ?? 0).toBe(
          path.filter((k) => typeof k === 'number').length,
        )
      }),
    )
  })
})
