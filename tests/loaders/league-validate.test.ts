import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isLeagueFile, validateLeagueFile } from '../../src/features/league/loaders/validate.ts'

const PUBLIC = resolve(import.meta.dirname, '../../public')
const read = (path: string) => JSON.parse(readFileSync(resolve(PUBLIC, path), 'utf8'))

function leagueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? leagueFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

describe('validateLeagueFile', () => {
  it('finds nothing wrong in the generated sample leagues (the points rules hold)', () => {
    const files = leagueFiles(resolve(PUBLIC, 'leagues'))
    expect(files.length).toBe(10)
    for (const file of files) {
      const path = relative(PUBLIC, file)
      expect([path, validateLeagueFile(path, read(path))]).toEqual([path, []])
    }
  })
  it('reports a shape problem as an error with its JSON path', () => {
    const json = read('leagues/gt-masters/rounds/202.json')
    json.round.round_results.standings[1].results[0].driver_id = 'Marco'
    expect(validateLeagueFile('leagues/gt-masters/rounds/202.json', json)).toEqual([
      {
        path: 'round.round_results.standings[1].results[0].driver_id',
        severity: 'error',
        message: 'expected a whole number, got "Marco"',
      },
    ])
  })
  it('reports points that do not add up as warnings, inside the envelope too', () => {
    const json = read('leagues/club-cup/rounds/302.json')
    const first = json.data.round.round_results.standings[0]
    first.total_points += 1
    const problems = validateLeagueFile('exports/leagues/club-cup/rounds/302.json', json)
    expect(problems).toEqual([
      {
        path: 'data.round.round_results.standings[0].total_points',
        severity: 'warning',
        message: expect.stringContaining('(round points mode)'),
      },
    ])
  })
  it('warns about an unresolved ranking id, a bad time and a misnamed file', () => {
    const json = read('leagues/gt-masters/rounds/201.json')
    json.round.fastest_lap_results[0].race_result_id = 999_999
    json.race_events[1].results[0].race_time = '1:61:00.000'
    const problems = validateLeagueFile('leagues/gt-masters/rounds/209.json', json)
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'round.id'],
      ['warning', 'round.fastest_lap_results[0].race_result_id'],
      ['warning', 'race_events[1].results[0].race_time'],
    ])
  })
  it('checks season totals against the rounds', () => {
    const json = read('leagues/gt-masters/seasons/12/standings.json')
    json.data.standings[0].drivers[0].total_points = 1
    const problems = validateLeagueFile('leagues/gt-masters/seasons/12/standings.json', json)
    expect(problems.map((p) => p.path)).toEqual([
      'data.standings[0].drivers[0].total_points',
      'data.standings[0].drivers[1].position',
    ])
  })
  it('knows which paths are league files', () => {
    expect(isLeagueFile('public/leagues/index.json')).toBe(true)
    expect(isLeagueFile('leagues\\gt-masters\\seasons\\12\\standings.json')).toBe(true)
    expect(isLeagueFile('races/1101/sessions.json')).toBe(false)
    expect(validateLeagueFile('races/1101/sessions.json', {})[0]?.severity).toBe('error')
  })
})
