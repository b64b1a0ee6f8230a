/**
 * The championship after one round (v3.3 seasons/<year>/rounds.json), with the change since the
 * round before: what a fan reads on a past race's Championnat tab instead of the final table.
 */
import type { RoundStandings, RoundsFile } from './export-types.ts'

export type { RoundEntry, RoundsFile } from './export-types.ts'

export type RoundDriverStanding = RoundStandings['drivers'][number]
export type RoundConstructorStanding = RoundStandings['constructors'][number]

/** A standing with its change: rankChange > 0 moved up; null when not ranked the round before. */
export type WithChange<T> = T & { rankChange: number | null; pointsGained: number | null }

export interface StandingsAfterRound {
  round: number
  gp_name: string
  date: string
  drivers: WithChange<RoundDriverStanding>[]
  constructors: WithChange<RoundConstructorStanding>[]
}

function withChange<T extends { rank: number; points: number }>(
  now: readonly T[],
  before: readonly T[] | null,
  key: (entry: T) => string | number,
): WithChange<T>[] {
  const previous = new Map(before?.map((entry) => [key(entry), entry]))
  return now.map((entry) => {
    const was = before == null ? undefined : previous.get(key(entry))
    if (before == null) return { ...entry, rankChange: null, pointsGained: entry.points }
    return {
      ...entry,
      rankChange: was ? was.rank - entry.rank : null,
      pointsGained: entry.points - (was?.points ?? 0),
    }
  })
}

/** The standings after the race's round; null when rounds.json does not list the race. */
export function standingsAfterRace(file: RoundsFile, raceId: number): StandingsAfterRound | null {
  const index = file.rounds.findIndex((entry) => entry.race_id === raceId)
  const entry = file.rounds[index]
  if (!entry) return null
  const before = index > 0 ? (file.rounds[index - 1]?.standings_after ?? null) : null
  const now = entry.standings_after
  return {
    round: entry.round,
    gp_name: entry.gp_name,
    date: entry.date,
    drivers: withChange(now.drivers, before?.drivers ?? null, (d) => d.driver_id),
    constructors: withChange(now.constructors, before?.constructors ?? null, (c) => c.constructor),
  }
}
