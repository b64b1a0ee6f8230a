import type { RaceIndexEntry } from './export-types.ts'

/** The Grands Prix before and after a race in races/index.json (by year, then round). */
export function raceNeighbours(
  races: readonly RaceIndexEntry[],
  raceId: number,
): { previous: RaceIndexEntry | null; next: RaceIndexEntry | null } {
  const ordered = [...races].sort((a, b) => a.year - b.year || a.round - b.round)
  const index = ordered.findIndex((race) => race.race_id === raceId)
  if (index < 0) return { previous: null, next: null }
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null }
}
