import * as z from 'zod/mini'

/** Zod schemas of the race files of seed 000: field names and nullability as exported. */

const int = z.int()
const nullableInt = z.nullable(z.int())
const nullableString = z.nullable(z.string())

export const raceMetaSchema = z.object({
  race_id: int,
  year: int,
  round: int,
  circuit: z.string(),
  country: z.string(),
  gp_name: z.string(),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')),
  laps_total: nullableInt,
  weather: nullableString,
  // v3.3 (docs/export-v3.3.md): every new field optional, so v3.2 files still pass.
  status: z.optional(z.literal('scheduled')),
})

export const sessionRowSchema = z.object({
  driver_id: int,
  driver_name: z.string(),
  team: z.string(),
  engine: nullableString,
  position: nullableInt,
  best_lap_time_raw: nullableString,
  best_lap_ms: nullableInt,
  laps: nullableInt,
  lap_release: nullableInt,
  delta: nullableString,
  status: nullableString,
  source_name: z.string(),
  total_laps_q: z.optional(nullableInt),
  points: z.optional(z.number()),
  grid: z.optional(int),
  time_penalty: z.optional(z.string()),
  shared_car: z.optional(z.literal(true)),
})

export const sessionsFileSchema = z.object({
  meta: raceMetaSchema,
  sessions: z.array(z.object({ code: z.string(), rows: z.array(sessionRowSchema) })),
})

const shortMetaSchema = z.object({ race_id: int, year: int, round: int })

export const perfTimeFileSchema = z.object({
  meta: shortMetaSchema,
  best_times: z.array(
    z.object({
      driver_id: int,
      driver_name: z.string(),
      team: z.string(),
      best_ms: int,
      best_session: z.string(),
      pct_vs_best: z.number(),
      rank: int,
    }),
  ),
  global_best: z.nullable(z.object({ driver_id: int, driver_name: z.string(), best_ms: int })),
})

const nullableNumber = z.nullable(z.number())
const flag = z.nullable(z.union([z.literal(0), z.literal(1)]))

/** pos_<session> / pct_<session> keys are open-ended (pos_el1, pct_q2…): checked when read. */
export const resumeRowSchema = z.looseObject({
  driver_id: int,
  driver_name: z.string(),
  team: z.string(),
  pos_race: nullableInt,
  perf_pos: nullableInt,
  perf_pct: nullableNumber,
  ab_mec: flag,
  ab_pil: flag,
  laps_total: nullableInt,
  laps_top1: nullableInt,
  laps_top3: nullableInt,
  laps_top6: nullableInt,
  laps_top10: nullableInt,
  lead_laps: nullableInt,
  lead_km: nullableNumber,
})

export const resumeFileSchema = z.object({
  meta: shortMetaSchema,
  rows: z.array(resumeRowSchema),
})

/**
 * v3.3 races/<race_id>/laps.json: the running order (driver ids) at lap 0 (grid) and each lap.
 * Here rather than in v33-schemas.ts: the race page's first wave reads it (its weekend header).
 */
export const lapsFileSchema = z.object({
  race_id: int,
  laps: z.array(z.object({ lap: int, order: z.array(int) })),
})
