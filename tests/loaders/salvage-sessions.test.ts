import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkSessions } from '../../src/loaders/read-sessions.ts'

// Row-level salvage: a bad value hides only itself, a row without identity only that row; a file
// whose envelope is wrong still gets the file-level error.
const URL = 'races/1101/sessions.json'
const sample = () =>
  JSON.parse(readFileSync('public/races/1101/sessions.json', 'utf8')) as {
    meta: Record<string, unknown>
    sessions: Array<{ code: string; rows: Array<Record<string, unknown>> }>
  }

describe('checkSessions', () => {
  it('keeps every row of a file with one wrong-typed best_lap_ms, that value marked unreadable', async () => {
    const data = sample()
    const q1 = data.sessions[3]
    if (q1?.code !== 'Q1') throw new Error('sample changed')
    const before = q1.rows.length
    ;(q1.rows[2] as Record<string, unknown>).best_lap_ms = '84286'
    const file = await checkSessions(URL, data)
    expect(file.salvaged).toEqual([
      { path: 'sessions[3].rows[2].best_lap_ms', message: expect.stringContaining('got') },
    ])
    const row = file.sessions[3]?.rows[2]
    expect(row?.best_lap_ms).toBeNull()
    expect(Object.keys(row?.unreadable ?? {})).toEqual(['time', 'qtime', 'gap', 'pct'])
    expect(row?.unreadable?.time).toMatch(/^best_lap_ms: /)
    expect(file.sessions[3]?.rows).toHaveLength(before)
    expect(file.sessions[3]?.salvaged).toHaveLength(1)
    // Other sessions are untouched and carry no note.
    expect(file.sessions[0]?.salvaged).toBeUndefined()
    expect(file.sessions[0]?.rows.every((r) => r.unreadable === undefined)).toBe(true)
  })

  it('leaves out a row whose driver id is unreadable, and names it', async () => {
    const data = sample()
    const race = data.sessions[7]
    if (!race) throw new Error('sample changed')
    const before = race.rows.length
    ;(race.rows[5] as Record<string, unknown>).driver_id = 'x'
    const file = await checkSessions(URL, data)
    expect(file.sessions[7]?.rows).toHaveLength(before - 1)
    expect(file.salvaged?.[0]?.path).toBe('sessions[7].rows[5].driver_id')
    expect(file.salvaged?.[0]?.message).toContain('row left out')
  })

  it('never takes a mark from the file itself (a row holding an "unreadable" key)', async () => {
    const data = sample()
    ;(data.sessions[0]?.rows[0] as Record<string, unknown>).unreadable = { team: 'forged' }
    ;(data.sessions[3]?.rows[2] as Record<string, unknown>).laps = 'many'
    const file = await checkSessions(URL, data)
    expect(file.sessions[0]?.rows[0]?.unreadable).toBeUndefined()
    expect(file.sessions[3]?.rows[2]?.unreadable).toEqual({ laps: expect.any(String) })
  })

  it('still refuses the whole file when the envelope is wrong or no row is left', async () => {
    const badMeta = sample()
    badMeta.meta.race_id = '1101'
    await expect(checkSessions(URL, badMeta)).rejects.toMatchObject({ kind: 'invalid-shape' })
    const noCode = sample()
    ;(noCode.sessions[0] as Record<string, unknown>).code = 7
    await expect(checkSessions(URL, noCode)).rejects.toMatchObject({ kind: 'invalid-shape' })
    const allBad = sample()
    for (const session of allBad.sessions) for (const row of session.rows) row.driver_id = null
    await expect(checkSessions(URL, allBad)).rejects.toMatchObject({ kind: 'invalid-shape' })
    await expect(checkSessions(URL, [1, 2])).rejects.toMatchObject({ kind: 'invalid-shape' })
  })
})
