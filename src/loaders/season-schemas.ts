import * as z from 'zod/mini'

/** championship.json, the lookups and races/index.json. */

const int = z.int()
// v3.3: an entry excluded from the championship (1984 Tyrrell, 1997 Schumacher).
const excluded = z.optional(z.literal(true))

/** A driver's line in any standings: the season's (championship.json) or after a round (rounds.json). */
export const driverStandingFields = {
  rank: int,
  excluded,
  driver_id: int,
  driver_name: z.string(),
  points: z.number(),
}

export const championshipFileSchema = z.object({
  season: int,
  updated_at: z.string(),
  drivers: z.array(
    z.object({
      ...driverStandingFields,
      wins: int,
      podiums: int,
      starts: int,
      team: z.string(),
      nationality: z.string(),
    }),
  ),
  constructors: z.array(
    z.object({
      rank: int,
      excluded,
      constructor: z.string(),
      points: z.number(),
      wins: int,
      starts: int,
    }),
  ),
})

export const driversLookupSchema = z.record(z.string(), z.string())

const nullableString = z.nullable(z.string())

export const participantSchema = z.object({
  num_car: z.optional(nullableString),
  team: z.optional(nullableString),
  engine: z.optional(nullableString),
  tyres: z.optional(nullableString),
  laps: z.optional(z.nullable(int)),
})

export const participantsLookupSchema = z.record(
  z.string(),
  z.record(z.string(), participantSchema),
)

/** participants.json as the page first reads it: one entry per race, each checked when shown. */
export const participantsFileSchema = z.record(z.string(), z.unknown())

export const raceIndexFileSchema = z.object({
  races: z.array(
    z.object({
      race_id: int,
      year: int,
      round: int,
      gp_name: z.string(),
      country: z.string(),
      circuit: z.string(),
      date: z.string(),
      scheduled: z.optional(z.literal(true)),
    }),
  ),
  championships: z.optional(z.array(int)),
})
