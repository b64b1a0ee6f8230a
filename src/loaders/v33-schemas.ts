import * as z from 'zod/mini'
import { driverStandingFields } from './season-schemas.ts'

/**
 * Zod schemas of the v3.3 season file (docs/export-v3.3.md). Apart from race-schemas.ts and
 * season-schemas.ts so that the first page load does not carry them. laps.json's schema is in
 * race-schemas.ts: the race page reads that file with its first wave.
 */

const int = z.int()
const nullableString = z.nullable(z.string())
const excluded = z.optional(z.literal(true))

/** v3.3 seasons/<year>/rounds.json (docs/export-v3.3.md). */
export const roundsFileSchema = z.object({
  season: int,
  rounds: z.array(
    z.object({
      round: int,
      race_id: int,
      gp_name: z.string(),
      date: z.string(),
      results: z.array(
        z.object({
          driver_id: int,
          driver_name: z.string(),
          team: z.string(),
          position: z.nullable(int),
          status: nullableString,
          points: z.number(),
        }),
      ),
      standings_after: z.object({
        drivers: z.array(z.object(driverStandingFields)),
        constructors: z.array(
          z.object({ rank: int, excluded, constructor: z.string(), points: z.number() }),
        ),
      }),
    }),
  ),
})
