import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isLoadError } from '../../src/calc/load-error.ts'
import { normalizeResume } from '../../src/loaders/normalize.ts'
import { checkPerftimeFile, checkResumeFile } from '../../src/loaders/read-sessions.ts'
import { validateFiles } from '../../src/loaders/validate/validate-files.ts'

// Row-level salvage of perftime.json and resume.json, as for sessions.json: a bad value hides
// only its cell, a row without identity only that row; a file that is not the export at all
// (or wrong outside its rows) keeps the file-level error; the validator still reports each.
type Row = Record<string, unknown>
const read = (path: string) => JSON.parse(readFileSync(`public/races/1101/${path}`, 'utf8'))
const perfSample = () => read('perftime.json') as { best_times: Row[]; global_best: Row }
const resumeSample = () => read('resume.json') as { rows: Row[] }
const PERF = 'races/1101/perftime.json'
const RESUME = 'races/1101/resume.json'

/** The LoadError a check throws (any other outcome fails the test). */
const failure = (run: () => Promise<unknown>) =>
  run().then(
    () => Promise.reject(new Error('expected a LoadError')),
    (error: unknown) => (isLoadError(error) ? error : Promise.reject(error)),
  )

describe('perftime.json', () => {
  it('keeps every row of a file with one wrong-typed best_ms, that cell marked unreadable', async () => {
    const data = perfSample()
    const count = data.best_times.length
    ;(data.best_times[2] as Row).best_ms = String(data.best_times[2]?.best_ms)
    const file = await checkPerftimeFile(PERF, data)
    expect(file.salvaged).toEqual([
      { path: 'best_times[2].best_ms', message: expect.stringContaining('got "') },
    ])
    expect(file.best_times).toHaveLength(count)
    const row = file.best_times[2]
    expect(row?.best_ms).toBeNull()
    expect(Object.keys(row?.unreadable ?? {})).toEqual(['time'])
    expect(row?.unreadable?.time).toMatch(/^best_ms: /)
    // Every other value is the file's own.
    expect(file.best_times[3]).toEqual(perfSample().best_times[3])
    expect(file.best_times[2]?.pct_vs_best).toBe(perfSample().best_times[2]?.pct_vs_best)
  })
  it('leaves out a row whose driver id is unreadable, and names it', async () => {
    const data = perfSample()
    const count = data.best_times.length
    ;(data.best_times[4] as Row).driver_id = 'x'
    const file = await checkPerftimeFile(PERF, data)
    expect(file.best_times).toHaveLength(count - 1)
    expect(file.salvaged?.[0]?.path).toBe('best_times[4].driver_id')
    expect(file.salvaged?.[0]?.message).toMatch(/\(row left out\)$/)
  })
  it('a problem outside the rows (global_best), or no row left, keeps the file-level error', async () => {
    const outside = perfSample()
    outside.global_best.best_ms = 'fast'
    expect((await failure(() => checkPerftimeFile(PERF, outside))).kind).toBe('invalid-shape')
    const empty = perfSample()
    for (const row of empty.best_times) row.driver_id = null
    expect((await failure(() => checkPerftimeFile(PERF, empty))).kind).toBe('invalid-shape')
    expect((await failure(() => checkPerftimeFile(PERF, [1, 2]))).kind).toBe('invalid-shape')
  })
})

describe('resume.json', () => {
  it('keeps every row of a file with one wrong-typed laps_total, that cell marked unreadable', async () => {
    const data = resumeSample()
    const count = data.rows.length
    ;(data.rows[3] as Row).laps_total = '51'
    const file = normalizeResume(RESUME, await checkResumeFile(RESUME, data))
    expect(file.salvaged).toEqual([
      { path: 'rows[3].laps_total', message: expect.stringContaining('got "51"') },
    ])
    expect(file.rows).toHaveLength(count)
    expect(file.rows[3]?.laps_total).toBeNull()
    expect(file.rows[3]?.unreadable).toEqual({ laps_total: expect.stringMatching(/^laps_total: /) })
    expect(file.rows[2]?.unreadable).toBeUndefined()
  })
  it('never takes a mark from a key of the file', async () => {
    const data = resumeSample()
    ;(data.rows[0] as Row).unreadable = { team: 'forged' }
    const file = normalizeResume(RESUME, await checkResumeFile(RESUME, data))
    expect(file.salvaged).toBeUndefined()
    expect(file.rows[0]?.unreadable).toBeUndefined()
  })
  it('a file that is not the export keeps the file-level error', async () => {
    const data = resumeSample() as unknown as Row
    data.meta = 'resume'
    expect((await failure(() => checkResumeFile(RESUME, data))).kind).toBe('invalid-shape')
    expect((await failure(() => checkResumeFile(RESUME, { rows: 'none' }))).kind).toBe(
      'invalid-shape',
    )
  })
})

describe('the validator still reports every salvaged value as an error', () => {
  it('names the bad value of each file at its path', () => {
    const perf = perfSample()
    ;(perf.best_times[2] as Row).best_ms = '83788'
    const resume = resumeSample()
    ;(resume.rows[3] as Row).laps_total = '51'
    const texts = new Map([
      ['races/1101/sessions.json', readFileSync('public/races/1101/sessions.json', 'utf8')],
      [PERF, JSON.stringify(perf)],
      [RESUME, JSON.stringify(resume)],
    ])
    const errors = validateFiles(texts).filter((problem) => problem.severity === 'error')
    expect(errors).toContainEqual(
      expect.objectContaining({ file: PERF, path: 'best_times[2].best_ms' }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({ file: RESUME, path: 'rows[3].laps_total' }),
    )
  })
})
