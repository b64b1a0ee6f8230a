import { describe, expect, it } from 'vitest'
import { LoadError } from '../../src/calc/load-error.ts'
import { normalizeResume } from '../../src/loaders/normalize.ts'
import { parseJson } from '../../src/loaders/parse-json.ts'
import { sessionsFileSchema } from '../../src/loaders/race-schemas.ts'
import { RACES, readPublicJson } from '../fixtures/sample.ts'

function problemsOf(text: string) {
  try {
    parseJson('races/1101/sessions.json', text, sessionsFileSchema)
  } catch (error) {
    if (error instanceof LoadError) return error
  }
  throw new Error('expected a LoadError')
}

describe('sessions.json problems in plain words', () => {
  it('names the JSON path and what was expected', () => {
    const file = readPublicJson(`races/${RACES.abuDhabi2023}/sessions.json`) as {
      sessions: Array<{ rows: Array<Record<string, unknown>> }>
    }
    const row = file.sessions[2]?.rows[5]
    if (!row) throw new Error('fixture')
    row.best_lap_ms = '1:22.4'
    const error = problemsOf(JSON.stringify(file))
    expect(error.kind).toBe('invalid-shape')
    expect(error.problems).toEqual([
      {
        path: 'sessions[2].rows[5].best_lap_ms',
        message: 'expected a whole number of milliseconds or null, got "1:22.4"',
      },
    ])
  })
  it('says a file is empty or not JSON', () => {
    expect(problemsOf('').message).toContain('the file is empty')
    expect(problemsOf('{"meta": ').kind).toBe('not-json')
  })
  it('reports a missing field', () => {
    const error = problemsOf('{"sessions": []}')
    expect(error.problems[0]).toEqual({
      path: 'meta',
      message: 'expected an object, got nothing (the field is missing)',
    })
  })
})

describe('normalizeResume', () => {
  it('gathers pos_<session> / pct_<session> into maps', () => {
    const base = {
      driver_id: 1,
      driver_name: 'A',
      team: 'T',
      pos_race: 1,
      perf_pos: 1,
      perf_pct: 100,
      ab_mec: 0,
      ab_pil: 0,
      laps_total: 58,
      laps_top1: 52,
      laps_top3: 58,
      laps_top6: 58,
      laps_top10: 58,
      lead_laps: 52,
      lead_km: 274.612,
    } as const
    const file = normalizeResume('resume.json', {
      meta: { race_id: 1, year: 2023, round: 22 },
      rows: [{ ...base, pos_el1: 3, pct_el1: 100.5, pos_grille: 1 }],
    })
    expect(file.rows[0]?.positions).toEqual({ el1: 3, grid: 1 })
    expect(file.rows[0]?.pcts).toEqual({ el1: 100.5 })
    expect(file.rows[0]?.pos_race).toBe(1)
  })
  it('rejects a non-numeric position with its path', () => {
    expect(() =>
      normalizeResume('resume.json', {
        meta: { race_id: 1, year: 2023, round: 22 },
        rows: [{ driver_id: 1, pos_q1: 'first' } as never],
      }),
    ).toThrow(LoadError)
  })
})
