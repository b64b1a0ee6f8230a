import { describe, expect, it } from 'vitest'
import { lines, raceFiles } from './validate-helpers.ts'

// 2023 Abu Dhabi perftime.json: Verstappen 83445 (Q3) first, then 83584, 83782, 83788…
const PERF = 'races/1101/perftime.json'
const RESUME = 'races/1101/resume.json'

describe('perftime.json', () => {
  it('pct_vs_best must be best_ms over the global best (2 decimals, one hundredth tolerated)', () => {
    const files = raceFiles('1101')
    const entries = files[PERF].best_times
    entries[1].pct_vs_best = 100.18 // 100.17 by the page's rounding, 100.18 by another: accepted
    entries[2].pct_vs_best = 100.5
    expect(lines(files)).toEqual([
      `${PERF} › best_times[2].pct_vs_best (error) [PERF]: expected 100.4 (83782 ms vs the global best 83445 ms), got 100.5`,
    ])
  })

  it('rank follows best_ms, ties sharing a rank (1, 2, 2, 4)', () => {
    const files = raceFiles('1101')
    const entries = files[PERF].best_times
    entries[4].rank = 4
    expect(lines(files)).toEqual([
      `${PERF} › best_times[4].rank (error) [PERF]: expected 5 (4 faster best_ms), got 4`,
    ])
    entries[3].best_ms = entries[2].best_ms // a tie for 3rd: both rank 3, the next stays 5
    entries[3].pct_vs_best = entries[2].pct_vs_best
    entries[3].rank = 3
    entries[4].rank = 5
    expect(lines(files)).toEqual([])
  })

  it('global_best is the fastest entry: its time, then its driver', () => {
    const files = raceFiles('1101')
    files[PERF].global_best.best_ms = 83000
    expect(lines(files)).toEqual([
      `${PERF} › global_best.best_ms (error) [PERF]: expected 83445, the fastest best_ms of best_times, got 83000`,
    ])
    files[PERF].global_best.best_ms = 83445
    files[PERF].global_best.driver_id = files[PERF].best_times[1].driver_id
    expect(lines(files)).toEqual([
      `${PERF} › global_best.driver_id (error) [PERF]: expected the driver of the fastest entry (83445 ms, driver 1904724266 (Max Verstappen)), got ${files[PERF].best_times[1].driver_id}`,
    ])
    files[PERF].global_best = null
    expect(lines(files)).toEqual([
      `${PERF} › global_best (error) [PERF]: expected the fastest entry (83445 ms, driver 1904724266 (Max Verstappen)), got null`,
    ])
  })

  it('drivers and sessions must be those of sessions.json; one entry per driver', () => {
    const files = raceFiles('1101')
    const entries = files[PERF].best_times
    entries[6].driver_id = 7
    entries[8].best_session = 'Q4'
    entries[9].best_session = 'el1' // codes are compared normalized
    entries[10].driver_id = entries[11].driver_id
    expect(lines(files)).toEqual([
      `${PERF} › best_times[11].driver_id (error) [PERF]: driver ${entries[11].driver_id} (${entries[11].driver_name}) is already best_times[10]`,
      `${PERF} › best_times[6].driver_id (error) [PERF]: driver 7 (${entries[6].driver_name}) is in no session of sessions.json`,
      `${PERF} › best_times[8].best_session (error) [PERF]: no session "Q4" in sessions.json`,
    ])
  })

  it('is checked against sessions.json only when that file can be read', () => {
    const files = raceFiles('1101')
    files['races/1101/sessions.json'].sessions[0].rows[0].laps = 'many'
    files[PERF].best_times[3].driver_id = 7
    expect(lines(files).map((text) => text.split(' (')[0])).toEqual([
      'races/1101/sessions.json › sessions[0].rows[0].laps',
    ])
  })

  it('meta.race_id must name the folder', () => {
    const files = raceFiles('1101')
    files[PERF].meta.race_id = 1099
    expect(lines(files)).toEqual([
      `${PERF} › meta.race_id (error) [PERF]: expected 1101 (the folder races/1101/), got 1099`,
    ])
  })
})

describe('resume.json', () => {
  it('drivers must be those of sessions.json, once; the folder names the race', () => {
    const files = raceFiles('1101')
    const rows = files[RESUME].rows
    rows[3].driver_id = 42
    rows[5].driver_id = rows[4].driver_id
    files[RESUME].meta.race_id = 265
    expect(lines(files)).toEqual([
      `${RESUME} › meta.race_id (error) [RESUME]: expected 1101 (the folder races/1101/), got 265`,
      `${RESUME} › rows[5].driver_id (error) [RESUME]: driver ${rows[4].driver_id} (${rows[5].driver_name}) is already rows[4]`,
      `${RESUME} › rows[3].driver_id (error) [RESUME]: driver 42 (${rows[3].driver_name}) is in no session of sessions.json`,
    ])
  })

  it('pos_<session> / pct_<session> are checked as the page reads them', () => {
    const files = raceFiles('1101')
    files[RESUME].rows[0].pos_el2 = '3'
    files[RESUME].rows[1].pct_q3 = 'fast'
    expect(lines(files)).toEqual([
      `${RESUME} › rows[0].pos_el2 (error) [RESUME]: expected a whole number or null, got "3"`,
      `${RESUME} › rows[1].pct_q3 (error) [RESUME]: expected a number or null, got "fast"`,
    ])
  })

  it('a race folder without sessions.json is an error of that missing file', () => {
    const files = raceFiles('1101')
    delete files['races/1101/sessions.json']
    expect(lines(files)).toEqual([
      'races/1101/sessions.json ›  (error): missing: races/1101/ has perftime.json and resume.json but no sessions.json, so the race page says "race not found"',
    ])
  })
})
