import { describe, expect, it } from 'vitest'
import { normalizeResume, normalizeSessions } from '../../src/loaders/normalize.ts'
import { checkLoadedRace } from '../../src/loaders/validate/race-checks.ts'
import { sample } from './validate-helpers.ts'

/** A sample race as the page holds it once loaded: codes normalized, resume keys gathered. */
function loaded(raceId: string) {
  const resumePath = `races/${raceId}/resume.json`
  return {
    sessions: normalizeSessions(sample(`races/${raceId}/sessions.json`)),
    perftime: sample(`races/${raceId}/perftime.json`),
    resume: normalizeResume(resumePath, sample(resumePath)),
  }
}

describe("the race page's own validator checks", () => {
  it('find nothing in the sample races, legacy codes included', () => {
    for (const raceId of ['1101', '265', '469']) {
      const race = loaded(raceId)
      expect(checkLoadedRace(race.sessions, race.perftime, race.resume), raceId).toEqual([])
    }
  })

  it('name the file, the path and the tab of what no real race holds', () => {
    const race = loaded('1101')
    const fl = race.sessions.sessions.findIndex((session) => session.code === 'FL')
    const row = race.sessions.sessions[fl]?.rows[1]
    if (!row) throw new Error('no FL row')
    row.best_lap_ms = 0
    row.best_lap_time_raw = '0.000'
    race.perftime.best_times[3].rank = 9
    expect(checkLoadedRace(race.sessions, race.perftime, null)).toEqual([
      {
        file: 'races/1101/sessions.json',
        path: `sessions[${fl}].rows[1].best_lap_ms`,
        severity: 'error',
        message: '0 ms: not a plausible time (above 0, under 24 hours)',
        // The same message as code + params, which the page says in French (issue 15).
        template: '{0} ms: not a plausible time (above 0, under 24 hours)',
        params: [0],
        tab: 'FL',
      },
      {
        file: 'races/1101/perftime.json',
        path: 'best_times[3].rank',
        severity: 'error',
        message: expect.stringContaining('expected 4'),
        template: 'expected {0} ({1} faster best_ms), got {2}',
        params: [4, 3, 9],
        tab: 'PERF',
      },
    ])
  })
})
