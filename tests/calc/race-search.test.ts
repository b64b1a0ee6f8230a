import { describe, expect, it } from 'vitest'
import type { RaceIndexEntry } from '../../src/calc/export-types.ts'
import { searchRaces, seasonRaces, seasonsByDecade } from '../../src/calc/race-search.ts'

const race = (
  race_id: number,
  year: number,
  round: number,
  gp_name: string,
  circuit: string,
  country: string,
): RaceIndexEntry => ({
  race_id,
  year,
  round,
  gp_name,
  circuit,
  country,
  date: `${year}-06-01`,
})
const races = [
  race(1, 1950, 2, 'Monaco Grand Prix', 'Monaco', 'Monaco'),
  race(2, 1984, 6, 'Monaco Grand Prix', 'Monaco', 'Monaco'),
  race(3, 1984, 1, 'Brazilian Grand Prix', 'Jacarepaguá', 'Brazil'),
  race(4, 2025, 21, 'São Paulo Grand Prix', 'Interlagos', 'Brazil'),
  race(5, 1952, 6, 'German Grand Prix', 'Nürburgring', 'Germany'),
]

describe('searchRaces', () => {
  it('finds a Grand Prix by name, newest first', () => {
    expect(searchRaces(races, 'monaco').map((r) => r.race_id)).toEqual([2, 1])
  })
  it('finds by year, country and circuit, without accents, every word required', () => {
    expect(searchRaces(races, '1984').map((r) => r.race_id)).toEqual([3, 2])
    expect(searchRaces(races, 'brazil').map((r) => r.race_id)).toEqual([4, 3])
    expect(searchRaces(races, 'nurburg').map((r) => r.race_id)).toEqual([5])
    expect(searchRaces(races, 'SAO paulo').map((r) => r.race_id)).toEqual([4])
    expect(searchRaces(races, 'monaco 1984').map((r) => r.race_id)).toEqual([2])
  })
  it('finds nothing for an empty query or an unknown word', () => {
    expect(searchRaces(races, '  ')).toEqual([])
    expect(searchRaces(races, 'zandvoort')).toEqual([])
  })
})

describe('seasons', () => {
  it('groups seasons by decade, newest first', () => {
    expect(seasonsByDecade(races)).toEqual([
      [2020, [2025]],
      [1980, [1984]],
      [1950, [1952, 1950]],
    ])
  })
  it('lists one season in round order', () => {
    expect(seasonRaces(races, 1984).map((r) => r.race_id)).toEqual([3, 2])
  })
})
