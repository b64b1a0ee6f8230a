import { describe, expect, it } from 'vitest'
import { lines, raceFiles, sample } from './validate-helpers.ts'

const SHARED = {
  'races/index.json': null,
  'lookups/drivers.min.json': sample('lookups/drivers.min.json'),
  'lookups/participants.json': sample('lookups/participants.json'),
}

describe('files the page can do without', () => {
  it('a race without perftime.json or resume.json: a warning each, the page computes them', () => {
    const files = { ...raceFiles('1101') }
    delete files['races/1101/perftime.json']
    delete files['races/1101/resume.json']
    const found = lines(files, true).filter((text) => text.startsWith('races/1101/'))
    expect(found).toEqual([
      'races/1101/perftime.json ›  (warning) [PERF]: missing: the page computes the PerfTime from sessions.json and says so',
      'races/1101/resume.json ›  (warning) [RESUME]: missing: the page computes the summary from sessions.json; lap-chart figures (laps led, top 1/3/6/10) show —',
    ])
  })

  it('the index and the lookups: a warning each when a race is there without them', () => {
    const found = lines(raceFiles('1101'), true).map((text) => text.split(':')[0])
    expect(found).toEqual([
      'races/index.json ›  (warning)',
      'lookups/drivers.min.json ›  (warning)',
      'lookups/participants.json ›  (warning)',
    ])
    const { 'races/index.json': _index, ...lookups } = SHARED
    const withLookups = lines({ ...raceFiles('1101'), ...lookups }, true)
    const missing = withLookups.filter((text) => text.includes('missing:'))
    expect(missing.map((text) => text.split(' ›')[0])).toEqual(['races/index.json'])
  })

  it('a folder of lookups only (no race) is not told to have an index', () => {
    const { 'races/index.json': _index, ...lookups } = SHARED
    expect(lines(lookups, true).filter((text) => text.includes('missing:'))).toEqual([])
  })
})
