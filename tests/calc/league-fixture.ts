import { sumPoints } from '../../src/features/league/calc/standings.ts'
import type {
  LeagueDivision,
  LeagueRaceEvent,
  LeagueRaceResult,
  LeagueRoundFile,
  RoundStandingRow,
  SeasonDivisionStanding,
  SeasonStandingDriver,
} from '../../src/features/league/calc/types.ts'

/**
 * Small league rounds and season standings built from the seed 003 examples (John Doe 42,
 * Jane Smith 43, Bob Wilson 50).
 */

type ResultFields = Partial<LeagueRaceResult> & { id: number; driver_id: number }

export function result(fields: ResultFields) {
  return {
    race_id: 5,
    division_id: null,
    position: null,
    race_time: null,
    race_time_difference: null,
    fastest_lap: null,
    penalties: null,
    has_fastest_lap: false,
    has_pole: false,
    dnf: false,
    status: 'confirmed',
    race_points: 0,
    positions_gained: null,
    driver_name: null,
    ...fields,
  } satisfies LeagueRaceResult
}

export function event(fields: Partial<LeagueRaceEvent> & { id: number }): LeagueRaceEvent {
  return {
    race_number: 1,
    name: null,
    is_qualifier: false,
    status: 'completed',
    race_points: true,
    results: [],
    ...fields,
  }
}

/** A race still running: 'scheduled', every result 'pending' (no position, no points yet). */
export function pendingEvent(id: number, results: ResultFields[]): LeagueRaceEvent {
  return event({
    id,
    status: 'scheduled',
    results: results.map((fields) => result({ status: 'pending', ...fields })),
  })
}

/** The seed's round_results row for John Doe (round points mode: 25 + 1 + 1 = 27). */
export const JOHN: RoundStandingRow = {
  position: 1,
  driver_id: 42,
  driver_name: 'John Doe',
  race_points: 50,
  fastest_lap_points: 1,
  pole_position_points: 1,
  round_points: 25,
  total_points: 27,
  total_positions_gained: 5,
}

export const JANE: RoundStandingRow = {
  position: 2,
  driver_id: 43,
  driver_name: 'Jane Smith',
  race_points: 43,
  fastest_lap_points: 0,
  pole_position_points: 0,
  round_points: 18,
  total_points: 18,
  total_positions_gained: -2,
}

/** The seed's divisions, in its order. */
export const SEED_DIVISIONS: readonly LeagueDivision[] = [
  { id: 1, name: 'Pro' },
  { id: 2, name: 'Am' },
]

/** The seed's round example, before its results. */
export const SPA_WEEKEND = { id: 5, round_number: 2, name: 'Spa Weekend', status: 'completed' }

/** The seed's divisions example: John Doe in Pro, Bob Wilson in Am, with their race results. */
export function dividedRound(): LeagueRoundFile {
  return {
    round: {
      ...SPA_WEEKEND,
      round_results: {
        standings: [
          { division_id: 1, division_name: 'Pro', results: [JOHN] },
          {
            division_id: 2,
            division_name: 'Am',
            results: [
              {
                ...JOHN,
                driver_id: 50,
                driver_name: 'Bob Wilson',
                race_points: 43,
                pole_position_points: 0,
                total_points: 26,
                total_positions_gained: 3,
              },
            ],
          },
        ],
      },
      qualifying_results: [
        { position: 1, race_result_id: 123, time_ms: 85123 },
        { position: 2, race_result_id: 124, time_ms: 85456 },
        { position: 3, race_result_id: 999, time_ms: 85789 },
      ],
      race_time_results: [{ position: 1, race_result_id: 130, time_ms: 5434567 }],
      fastest_lap_results: [],
    },
    divisions: SEED_DIVISIONS.map((division) => ({ ...division })),
    race_events: [
      event({
        id: 4,
        race_number: 0,
        is_qualifier: true,
        race_points: false,
        results: [
          result({
            id: 123,
            driver_id: 42,
            division_id: 1,
            position: 1,
            fastest_lap: '1:25.123',
            has_pole: true,
            race_points: 1,
            driver_name: 'John Doe',
          }),
          result({
            id: 124,
            driver_id: 50,
            division_id: 2,
            position: 1,
            fastest_lap: '1:25.456',
            has_pole: true,
            race_points: 1,
          }),
        ],
      }),
      event({
        id: 5,
        race_number: 1,
        name: 'Feature',
        results: [
          result({
            id: 130,
            driver_id: 42,
            division_id: 1,
            position: 1,
            race_time: '1:30:34.567',
            fastest_lap: '1:25.123',
            has_fastest_lap: true,
            race_points: 49,
            driver_name: 'John Doe',
          }),
          result({
            id: 131,
            driver_id: 50,
            division_id: 2,
            position: 1,
            race_time: '1:30:45.678',
            fastest_lap: '1:25.234',
            race_points: 42,
          }),
        ],
      }),
    ],
  }
}

/** dividedRound() with one more result in its qualifier (event 0) or its Feature (event 1). */
export function dividedRoundWith(eventIndex: 0 | 1, fields: ResultFields) {
  const file = dividedRound()
  const event = file.race_events[eventIndex]
  if (!event) throw new Error('fixture')
  event.results.push(result(fields))
  return { file, event }
}

/**
 * A driver's line in the season standings; points as [round number, points]. The round ids are
 * the round numbers plus roundIdOffset; total_points is the rounds' sum unless given.
 */
export function seasonDriver(
  id: number,
  name: string,
  position: number,
  points: Array<[number, number]>,
  { total, roundIdOffset = 0 }: { total?: number; roundIdOffset?: number } = {},
): SeasonStandingDriver {
  return {
    position,
    driver_id: id,
    driver_name: name,
    total_points: total ?? sumPoints(points.map(([, value]) => value)),
    rounds: points.map(([round, value]) => ({
      round_id: roundIdOffset + round,
      round_number: round,
      points: value,
    })),
  }
}

/** The seed's standings example without divisions: John Doe, 50 + 52 + 25 = 127. */
export const JOHN_SEASON = seasonDriver(42, 'John Doe', 1, [
  [1, 50],
  [2, 52],
  [3, 25],
])

/**
 * The seed's example with divisions keeps John Doe's 127 over two rounds only (50 + 52 = 102),
 * and gives Bob Wilson 98 for 36 + 43: as printed, so the checks have a slip to find.
 */
export const JOHN_PRO_SEASON = seasonDriver(
  42,
  'John Doe',
  1,
  [
    [1, 50],
    [2, 52],
  ],
  { total: 127 },
)
export const BOB_AM_SEASON = seasonDriver(
  50,
  'Bob Wilson',
  1,
  [
    [1, 36],
    [2, 43],
  ],
  { total: 98 },
)

/** Season standings with divisions: the first list of drivers in Pro, the second in Am. */
export function dividedSeason(...divisions: SeasonStandingDriver[][]): {
  has_divisions: true
  standings: SeasonDivisionStanding[]
} {
  return {
    has_divisions: true,
    standings: divisions.map((drivers, index) => {
      const division = SEED_DIVISIONS[index]
      if (!division) throw new Error(`fixture: no seed division ${index + 1}`)
      return { division_id: division.id, division_name: division.name, drivers }
    }),
  }
}
