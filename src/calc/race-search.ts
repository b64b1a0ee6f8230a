import type { RaceIndexEntry } from './export-types.ts'

/** Lower case without accents: "Nürburgring" is found by "nurburg", "São Paulo" by "sao". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The races whose Grand Prix, circuit, country or year hold every word of the query ("monaco
 * 1984" → the 1984 Monaco GP), newest season first, rounds in order. An empty query finds none.
 */
export function searchRaces(races: readonly RaceIndexEntry[], query: string): RaceIndexEntry[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  return races
    .filter((race) => {
      const text = foldText(`${race.gp_name} ${race.circuit} ${race.country} ${race.year}`)
      return words.every((word) => text.includes(word))
    })
    .sort(newestFirst)
}

export function newestFirst(a: RaceIndexEntry, b: RaceIndexEntry): number {
  return b.year - a.year || a.round - b.round
}

/** Seasons newest first, grouped by decade ("2020s": 2026…2020), for a one-step season picker. */
export function seasonsByDecade(races: readonly RaceIndexEntry[]): Array<[number, number[]]> {
  const years = [...new Set(races.map((race) => race.year))].sort((a, b) => b - a)
  const decades = new Map<number, number[]>()
  for (const year of years) {
    const decade = year - (year % 10)
    decades.set(decade, [...(decades.get(decade) ?? []), year])
  }
  return [...decades.entries()]
}

/** One season's races in round order. */
export function seasonRaces(races: readonly RaceIndexEntry[], year: number): RaceIndexEntry[] {
  return races.filter((race) => race.year === year).sort(newestFirst)
}
