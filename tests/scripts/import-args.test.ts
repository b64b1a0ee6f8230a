import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../scripts/import/args.ts'

describe('parseArgs', () => {
  it('reads the arguments of `npm run data`', () => {
    expect(
      parseArgs([
        '../shared/realdata/f1db/src/data',
        'public',
        '--lapchart',
        '../shared/realdata/lapchart',
        '--legacy-codes',
        '265',
      ]),
    ).toEqual({
      source: '../shared/realdata/f1db/src/data',
      out: 'public',
      lapchart: '../shared/realdata/lapchart',
      season: undefined,
      race: undefined,
      legacyCodes: [265],
      verbose: false,
    })
  })

  it('reads --season, --race=ID and a list of legacy races', () => {
    expect(
      parseArgs(['data', 'out', '--season', '2023', '--race=1101', '--legacy-codes', '265,469']),
    ).toMatchObject({
      season: 2023,
      race: 1101,
      legacyCodes: [265, 469],
    })
  })

  it('refuses what it does not understand, with the usage', () => {
    expect(() => parseArgs(['data'])).toThrow(/^usage:/)
    expect(() => parseArgs(['data', 'out', '--race'])).toThrow('--race needs a value')
    expect(() => parseArgs(['data', 'out', '--season', '23x'])).toThrow('expected a whole number')
    expect(() => parseArgs(['data', 'out', '--lap-chart', 'x'])).toThrow(
      'unknown option --lap-chart',
    )
  })
})
