import type * as z from 'zod/mini'
import { LoadError, type ShapeProblem } from '../../../calc/load-error.ts'
import { describeIssues } from '../../../loaders/describe-issues.ts'
import type {
  LeagueIndexFile,
  LeagueRaceResult,
  LeagueRoundFile,
  RoundResults,
  RoundStandingRow,
  SeasonStandingsFile,
} from '../calc/types.ts'
import {
  envelopeSchema,
  leagueIndexSchema,
  type raceResultSchema,
  roundFileDivisionsSchema,
  roundFileFlatSchema,
  type roundResultsDivisionsSchema,
  type roundStandingRowSchema,
  seasonStandingsDivisionsSchema,
  seasonStandingsFlatSchema,
} from './schemas.ts'

/**
 * The one place league files are checked and normalized. A file is either the API's response
 * envelope `{message, data, status}` or the bare body; problems inside an envelope get the
 * "data." prefix so the path points into the file as written.
 */

export type Parsed<T> =
  | { ok: true; data: T; prefix: string }
  | { ok: false; problems: ShapeProblem[]; prefix: string }

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** "data" + "round.id" → "data.round.id"; "data" + "[0]" → "data[0]"; "" + "x" → "x". */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path
  if (path === '') return prefix
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`
}

const BODY_KEYS = ['round', 'standings', 'leagues']

function unwrap(json: unknown): { body: unknown; prefix: string; problems: ShapeProblem[] } {
  if (!isRecord(json) || BODY_KEYS.some((key) => key in json)) {
    return { body: json, prefix: '', problems: [] }
  }
  if (!('data' in json) && !('status' in json) && !('message' in json)) {
    return { body: json, prefix: '', problems: [] }
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) {
    return {
      body: undefined,
      prefix: 'data',
      problems: describeIssues(envelopeSchema, json, envelope.error.issues),
    }
  }
  const { status, message, data } = envelope.data
  if (status !== undefined && (status < 200 || status > 299)) {
    const said = message ? ` (${JSON.stringify(message)})` : ''
    return {
      body: undefined,
      prefix: 'data',
      problems: [
        {
          path: 'status',
          message: `the snapshot is an error response, status ${status}${said}, not results`,
        },
      ],
    }
  }
  if (data === undefined) {
    return {
      body: undefined,
      prefix: 'data',
      problems: [{ path: 'data', message: 'expected the response data, got nothing' }],
    }
  }
  return { body: data, prefix: 'data', problems: [] }
}

interface SafeSchema<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } }
  _zod: { def: unknown }
}

function check<T>(schema: SafeSchema<T>, body: unknown, prefix: string): Parsed<T> {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data, prefix }
  const problems = describeIssues(schema as never, body, result.error.issues).map((problem) => ({
    ...problem,
    path: joinPath(prefix, problem.path),
  }))
  return { ok: false, problems, prefix }
}

function parseWith<T>(json: unknown, pick: (body: unknown) => SafeSchema<T>): Parsed<T> {
  const { body, prefix, problems } = unwrap(json)
  if (problems.length > 0) return { ok: false, problems, prefix }
  return check(pick(body), body, prefix)
}

/** With divisions, round_results.standings holds blocks `{division_id, division_name, results}`. */
function roundSchemaFor(body: unknown) {
  const round = isRecord(body) ? body.round : undefined
  const results = isRecord(round) ? round.round_results : undefined
  const standings = isRecord(results) ? results.standings : undefined
  const first = Array.isArray(standings) ? standings[0] : undefined
  const divided = isRecord(first) && ('results' in first || 'division_name' in first)
  return divided ? roundFileDivisionsSchema : roundFileFlatSchema
}

function standingsSchemaFor(body: unknown) {
  if (isRecord(body) && typeof body.has_divisions === 'boolean') {
    return body.has_divisions ? seasonStandingsDivisionsSchema : seasonStandingsFlatSchema
  }
  const standings = isRecord(body) ? body.standings : undefined
  const first = Array.isArray(standings) ? standings[0] : undefined
  const divided = isRecord(first) && ('drivers' in first || 'division_name' in first)
  return divided ? seasonStandingsDivisionsSchema : seasonStandingsFlatSchema
}

/** The driver's name from the result's optional driver info, whatever its exact shape. */
export function driverNameOf(driver: unknown): string | null {
  if (!isRecord(driver)) return null
  for (const key of ['name', 'driver_name', 'display_name', 'nickname']) {
    const value = driver[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  const full = [driver.first_name, driver.last_name].filter((part) => typeof part === 'string')
  return full.length > 0 ? full.join(' ').trim() || null : null
}

type RawRound = z.output<typeof roundFileFlatSchema> | z.output<typeof roundFileDivisionsSchema>
type RawResult = z.output<typeof raceResultSchema>
type RawRow = z.output<typeof roundStandingRowSchema>
type RawBlock = z.output<typeof roundResultsDivisionsSchema>['standings'][number]

function normalizeResult(raw: RawResult): LeagueRaceResult {
  return {
    id: raw.id,
    race_id: raw.race_id,
    driver_id: raw.driver_id,
    division_id: raw.division_id ?? null,
    position: raw.position ?? null,
    race_time: raw.race_time ?? null,
    race_time_difference: raw.race_time_difference ?? null,
    fastest_lap: raw.fastest_lap ?? null,
    penalties: raw.penalties ?? null,
    has_fastest_lap: raw.has_fastest_lap,
    has_pole: raw.has_pole,
    dnf: raw.dnf,
    status: raw.status,
    race_points: raw.race_points,
    positions_gained: raw.positions_gained ?? null,
    driver_name: driverNameOf(raw.driver),
  }
}

function normalizeRow(row: RawRow): RoundStandingRow {
  return {
    ...row,
    round_points: row.round_points ?? null,
    total_positions_gained: row.total_positions_gained ?? null,
  }
}

function isBlock(entry: RawRow | RawBlock): entry is RawBlock {
  return 'results' in entry
}

function normalizeRoundResults(results: { standings: Array<RawRow | RawBlock> }): RoundResults {
  const blocks = results.standings.filter(isBlock)
  if (blocks.length > 0) {
    return {
      standings: blocks.map((block) => ({ ...block, results: block.results.map(normalizeRow) })),
    }
  }
  const rows = results.standings.filter((entry): entry is RawRow => !isBlock(entry))
  return { standings: rows.map(normalizeRow) }
}

function normalizeRound(raw: RawRound): LeagueRoundFile {
  const { round } = raw
  return {
    round: {
      id: round.id,
      round_number: round.round_number,
      name: round.name ?? null,
      status: round.status,
      ...(round.round_points === undefined ? {} : { round_points: round.round_points }),
      round_results: round.round_results ? normalizeRoundResults(round.round_results) : null,
      qualifying_results: round.qualifying_results ?? null,
      race_time_results: round.race_time_results ?? null,
      fastest_lap_results: round.fastest_lap_results ?? null,
    },
    divisions: raw.divisions,
    race_events: raw.race_events.map((event) => ({
      ...event,
      name: event.name ?? null,
      results: event.results.map(normalizeResult),
    })),
  }
}

/** leagues/<league_id>/rounds/<round_id>.json: RoundResultsData, bare or in its envelope. */
export function parseLeagueRound(json: unknown): Parsed<LeagueRoundFile> {
  const parsed = parseWith<RawRound>(json, roundSchemaFor)
  return parsed.ok ? { ...parsed, data: normalizeRound(parsed.data) } : parsed
}

/** leagues/<league_id>/seasons/<season_id>/standings.json, with or without divisions. */
export function parseLeagueStandings(json: unknown): Parsed<SeasonStandingsFile> {
  return parseWith<SeasonStandingsFile>(json, standingsSchemaFor)
}

/** leagues/index.json. */
export function parseLeagueIndex(json: unknown): Parsed<LeagueIndexFile> {
  const parsed = parseWith(json, () => leagueIndexSchema)
  if (!parsed.ok) return parsed
  const leagues = parsed.data.leagues.map((league) => ({
    ...league,
    seasons: league.seasons.map((season) => ({
      ...season,
      rounds: season.rounds.map((round) => ({ ...round, name: round.name ?? null })),
    })),
  }))
  return { ...parsed, data: { leagues } }
}

/** For the queries: the parsed data, or a LoadError naming the file and every problem's path. */
export function orThrow<T>(url: string, parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.data
  throw new LoadError('invalid-shape', url, `${parsed.problems.length} problem(s) in the file`, {
    problems: parsed.problems,
  })
}
