import { describe, expect, it } from 'vitest'
import { type Json, lines, raceFiles, sample } from './validate-helpers.ts'

const CHAMP = 'seasons/2023/championship.json'

// 2023 drivers: 1 Verstappen 575, 2 Pérez 285, 3 Hamilton 234, 4 Alonso 206, 5 Leclerc 206…
describe('championship.json', () => {
  it('the sample season has no problem', () => {
    expect(lines({ [CHAMP]: sample(CHAMP) })).toEqual([])
  })

  it('ranks out of order are reported once, where the order breaks', () => {
    const file = sample(CHAMP)
    ;[file.drivers[3].rank, file.drivers[4].rank] = [5, 4]
    expect(lines({ [CHAMP]: file })).toEqual([
      `${CHAMP} › drivers[4].rank (error) [CHAMP]: ranks out of order: rank 4 comes after rank 5`,
    ])
  })

  it('a gap in the ranks is reported once, not on every row after it', () => {
    const file = sample(CHAMP)
    for (const driver of file.drivers.slice(6)) driver.rank += 1 // 1…6, 8…23
    expect(lines({ [CHAMP]: file })).toEqual([
      `${CHAMP} › drivers[6].rank (error) [CHAMP]: expected 7 (6 rows rank above it), got 8`,
    ])
  })

  it('a shared rank needs the same points; a worse rank never has more points', () => {
    const file = sample(CHAMP)
    file.drivers[2].rank = 2 // Hamilton (234) shares Pérez's (285) rank: 1, 2, 2, 4 is a valid tie
    file.constructors[3].points = 500 // McLaren 4th above Ferrari's 406
    expect(lines({ [CHAMP]: file })).toEqual([
      `${CHAMP} › drivers[2].rank (error) [CHAMP]: rank 2 is shared with drivers[1] but not the points (234 vs 285)`,
      `${CHAMP} › constructors[3].rank (error) [CHAMP]: rank 4 has more points (500) than rank 3 above it (406)`,
    ])
  })

  it('the folder names the season; one row per driver and constructor', () => {
    const file = sample(CHAMP)
    file.season = 2022
    file.drivers[7].driver_id = file.drivers[0].driver_id
    file.constructors[9].constructor = 'Red Bull'
    expect(lines({ [CHAMP]: file })).toEqual([
      `${CHAMP} › season (error) [CHAMP]: expected 2023 (the folder seasons/2023/), got 2022`,
      `${CHAMP} › drivers[7].driver_id (error) [CHAMP]: driver 1904724266 (${file.drivers[7].driver_name}) is already drivers[0]`,
      `${CHAMP} › constructors[9].constructor (error) [CHAMP]: "Red Bull" is already constructors[0]`,
    ])
  })
})

describe('lookups', () => {
  it('participants: an unknown race is a warning, an unknown driver of a race here an error', () => {
    const files = brazilOnly()
    const participants = files['lookups/participants.json']
    participants['1101'] = sample('lookups/participants.json')['1101']
    participants['265']['12345'] = { num_car: '99' }
    expect(lines(files)).toEqual([
      'lookups/participants.json › 265.12345 (error): driver 12345 is in no session of races/265/sessions.json',
      'lookups/participants.json › 1101 (warning): race 1101 has no folder races/1101/ in this export: the entry is never read',
    ])
  })

  it('drivers.min.json: a name for a driver of no race here is a warning', () => {
    const files = brazilOnly()
    expect(lines(files)).toEqual([])
    files['lookups/drivers.min.json']['1904724266'] = 'Max Verstappen'
    expect(lines(files)).toEqual([
      'lookups/drivers.min.json › 1904724266 (warning): driver 1904724266 is in no session of the races of this export: the name is never shown',
    ])
  })

  it('drivers of a sessions.json the schema refuses still count for the lookups', () => {
    const files = brazilOnly()
    files['races/265/sessions.json'].sessions[0].rows[0].best_lap_ms = 'slow'
    expect(lines(files).map((text) => text.split(' (')[0])).toEqual([
      'races/265/sessions.json › sessions[0].rows[0].best_lap_ms',
    ])
    files['races/265/sessions.json'] = '{"meta": '
    expect(lines(files).map((text) => text.split(' (')[0])).toEqual(['races/265/sessions.json › '])
  })
})

/** 1976 Brazil with the lookups of its drivers only: no problem. */
function brazilOnly(): Record<string, Json> {
  const files = raceFiles('265')
  const drivers = new Set<string>()
  for (const session of files['races/265/sessions.json'].sessions) {
    for (const row of session.rows) drivers.add(String(row.driver_id))
  }
  const names = sample('lookups/drivers.min.json')
  for (const id of Object.keys(names)) if (!drivers.has(id)) delete names[id]
  return {
    ...files,
    'lookups/drivers.min.json': names,
    'lookups/participants.json': { 265: sample('lookups/participants.json')['265'] },
  }
}
