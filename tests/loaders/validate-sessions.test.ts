import { describe, expect, it } from 'vitest'
import { lines, raceFiles } from './validate-helpers.ts'

// 2023 Abu Dhabi: EL1 EL2 EL3 Q1 Q2 Q3 GRID RACE FL; 1976 Brazil: Q1 GRILLE COURSE MT.
const ABU_DHABI = '1101'
const SESSIONS = `races/${ABU_DHABI}/sessions.json`

describe('sessions.json', () => {
  it('a sample race from the importer has no problem', () => {
    expect(lines(raceFiles(ABU_DHABI))).toEqual([])
    expect(lines(raceFiles('265'))).toEqual([]) // legacy codes GRILLE, COURSE, MT are known
  })

  it('meta.race_id must name the folder', () => {
    const files = raceFiles(ABU_DHABI)
    files[SESSIONS].meta.race_id = 1100
    expect(lines(files)).toEqual([
      `${SESSIONS} › meta.race_id (error): expected 1101 (the folder races/1101/), got 1100`,
    ])
  })

  it('best_lap_ms must be best_lap_time_raw in milliseconds, both ways', () => {
    const files = raceFiles(ABU_DHABI)
    const q1 = files[SESSIONS].sessions[3].rows // Q1
    q1[0].best_lap_ms = 84500 // raw "1:24.160"
    q1[1].best_lap_ms = null
    q1[2].best_lap_time_raw = null
    q1[3].best_lap_time_raw = '1:2x.456' // not a time: shown as written, no check of the ms
    expect(lines(files)).toEqual([
      `${SESSIONS} › sessions[3].rows[0].best_lap_ms (error) [Q1]: expected 84160 (best_lap_time_raw "1:24.160"), got 84500`,
      `${SESSIONS} › sessions[3].rows[1].best_lap_ms (error) [Q1]: expected 84209 (best_lap_time_raw "1:24.209"), got null`,
      `${SESSIONS} › sessions[3].rows[2].best_lap_ms (error) [Q1]: expected null (best_lap_time_raw is null), got 84286`,
      `${SESSIONS} › sessions[3].rows[3].best_lap_time_raw (warning) [Q1]: "1:2x.456" is not a time (M:SS.mmm, H:MM:SS.mmm or SS.mmm): shown as written`,
    ])
  })

  it('the same driver twice in a session is reported on the second row', () => {
    const files = raceFiles(ABU_DHABI)
    const race = files[SESSIONS].sessions[7].rows // RACE
    race[9].driver_id = race[2].driver_id
    expect(lines(files)).toEqual([
      `${SESSIONS} › sessions[7].rows[9].driver_id (error) [RACE]: driver 1624297019 (${race[9].driver_name}) is already in this session at rows[2]`,
    ])
  })

  it('positions: a duplicate, a hole, a start after 1 and a position below 1, each once', () => {
    const files = raceFiles(ABU_DHABI)
    const sessions = files[SESSIONS].sessions
    sessions[0].rows[19].position = 19 // EL1: 1…19, 19
    sessions[1].rows[10].position = null // EL2: 10 missing (11 follows 9)
    sessions[2].rows[0].position = null // EL3: starts at 2
    sessions[4].rows[14].position = 0 // Q2: 0 and 15 missing
    expect(lines(files)).toEqual([
      `${SESSIONS} › sessions[0].rows[19].position (error) [EL1]: position 19 is already rows[18] (${sessions[0].rows[18].driver_name})`,
      `${SESSIONS} › sessions[1].rows[11].position (error) [EL2]: positions jump from 10 to 12: 11 is missing`,
      `${SESSIONS} › sessions[2].rows[1].position (error) [EL3]: positions start at 2: 1 is missing`,
      `${SESSIONS} › sessions[4].rows[14].position (error) [Q2]: expected a position from 1 up, got 0`,
    ])
  })

  it('positions with a gap of several places name them all', () => {
    const files = raceFiles(ABU_DHABI)
    const fl = files[SESSIONS].sessions[8].rows
    fl[19].position = 23
    expect(lines(files)).toEqual([
      `${SESSIONS} › sessions[8].rows[19].position (error) [FL]: positions jump from 19 to 23: 20–22 are missing`,
    ])
  })

  it('an unknown session code is a warning; two sessions of one code an error', () => {
    const files = raceFiles('265')
    const sessions = files['races/265/sessions.json'].sessions
    sessions.push({ ...sessions[3], code: 'shake down' })
    sessions.push({ ...sessions[1], code: ' grid ' })
    expect(lines(files)).toEqual([
      'races/265/sessions.json › sessions[4].code (warning) [SHAKEDOWN]: unknown session code "shake down": its tab comes after the known ones',
      'races/265/sessions.json › sessions[5].code (error) [GRID]: session GRID is already sessions[1]: one session per code',
    ])
  })

  it('a shape problem names its path and the tab of its session, and stops the other checks', () => {
    const files = raceFiles(ABU_DHABI)
    files[SESSIONS].sessions[2].rows[5].best_lap_ms = '1:22.4'
    files[SESSIONS].sessions[2].rows[6].driver_id = files[SESSIONS].sessions[2].rows[5].driver_id
    expect(lines(files)).toEqual([
      `${SESSIONS} › sessions[2].rows[5].best_lap_ms (error) [EL3]: expected a whole number of milliseconds or null, got "1:22.4"`,
    ])
  })
})
