import * as z from 'zod/mini'

/**
 * Zod schemas of the league files (seed 003: RoundResultsData, the standings response, plus our
 * leagues/index.json). round_results and the standings come in two shapes, with and without
 * divisions; the parser picks the shape from the data (parse.ts) rather than a union, so a
 * problem is reported at its own path ("round.round_results.standings[0].total_points").
 */

const int = z.int()
const points = z.number()
/** Fields the API documents as nullable; older snapshots may leave them out altogether. */
const maybe = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema))

export const raceResultSchema = z.object({
  id: int,
  race_id: int,
  driver_id: int,
  division_id: maybe(int),
  position: maybe(int),
  race_time: maybe(z.string()),
  race_time_difference: maybe(z.string()),
  fastest_lap: maybe(z.string()),
  penalties: maybe(z.string()),
  has_fastest_lap: z.boolean(),
  has_pole: z.boolean(),
  dnf: z.boolean(),
  status: z.union([z.literal('pending'), z.literal('confirmed')]),
  race_points: points,
  positions_gained: maybe(int),
  created_at: maybe(z.string()),
  updated_at: maybe(z.string()),
  /** "?array": optional driver info whose shape the API does not fix; its name is read at load. */
  driver: z.optional(z.unknown()),
})

export const raceEventSchema = z.object({
  id: int,
  race_number: int,
  name: maybe(z.string()),
  is_qualifier: z.boolean(),
  status: z.string(),
  race_points: z.boolean(),
  results: z.array(raceResultSchema),
})

export const roundStandingRowSchema = z.object({
  position: int,
  driver_id: int,
  driver_name: z.string(),
  race_points: points,
  fastest_lap_points: points,
  pole_position_points: points,
  round_points: maybe(points),
  total_points: points,
  total_positions_gained: maybe(int),
})

export const roundResultsFlatSchema = z.object({ standings: z.array(roundStandingRowSchema) })

export const roundResultsDivisionsSchema = z.object({
  standings: z.array(
    z.object({
      division_id: int,
      division_name: z.string(),
      results: z.array(roundStandingRowSchema),
    }),
  ),
})

/** qualifying_results, race_time_results, fastest_lap_results. */
export const crossDivisionSchema = z.array(
  z.object({ position: int, race_result_id: int, time_ms: int }),
)

export const divisionSchema = z.object({ id: int, name: z.string() })

function roundFileSchemaWith<T extends z.core.SomeType>(roundResults: T) {
  return z.object({
    round: z.object({
      id: int,
      round_number: int,
      name: maybe(z.string()),
      status: z.string(),
      round_points: z.optional(z.boolean()),
      round_results: maybe(roundResults),
      qualifying_results: maybe(crossDivisionSchema),
      race_time_results: maybe(crossDivisionSchema),
      fastest_lap_results: maybe(crossDivisionSchema),
    }),
    divisions: z.array(divisionSchema),
    race_events: z.array(raceEventSchema),
  })
}

/** RoundResultsData, round_results without divisions. */
export const roundFileFlatSchema = roundFileSchemaWith(roundResultsFlatSchema)
/** RoundResultsData, round_results with divisions. */
export const roundFileDivisionsSchema = roundFileSchemaWith(roundResultsDivisionsSchema)

export const seasonDriverSchema = z.object({
  position: int,
  driver_id: int,
  driver_name: z.string(),
  total_points: points,
  rounds: z.array(z.object({ round_id: int, round_number: int, points })),
})

export const seasonStandingsFlatSchema = z.object({
  standings: z.array(seasonDriverSchema),
  has_divisions: z.literal(false),
})

export const seasonStandingsDivisionsSchema = z.object({
  standings: z.array(
    z.object({
      division_id: int,
      division_name: z.string(),
      drivers: z.array(seasonDriverSchema),
    }),
  ),
  has_divisions: z.literal(true),
})

/** leagues/index.json: ours, so the index page can list leagues, seasons and rounds. */
export const leagueIndexSchema = z.object({
  leagues: z.array(
    z.object({
      id: z.string().check(z.regex(/^[\w-]+$/, 'expected an id of letters, digits, - or _')),
      name: z.string(),
      has_divisions: z.boolean(),
      seasons: z.array(
        z.object({
          id: int,
          name: z.string(),
          rounds: z.array(
            z.object({
              id: int,
              round_number: int,
              name: maybe(z.string()),
              status: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
})

/** The API's response envelope; `data` is checked by the schema of the file kind. */
export const envelopeSchema = z.object({
  message: z.optional(z.string()),
  status: z.optional(int),
  data: z.optional(z.unknown()),
})
