import type { ShapeProblem } from './load-error.ts'
/**
 * The export format v3.1 → v3.2 (seed 000), as the app sees it after loading: field names
 * and nullability exactly as exported; session codes already normalized.
 */

export interface RaceMeta {
  race_id: number
  year: number
  round: number
  circuit: string
  country: string
  gp_name: string
  /** YYYY-MM-DD */
  date: string
  laps_total: number | null
  weather: string | null
  /** v3.3: "scheduled" when the race has not been run yet (no results); absent once run. */
  status?: 'scheduled' | undefined
}

export interface SessionRow {
  /**
   * Row-level salvage: the session-table column ids whose value was unreadable in the file → the
   * problem in words (calc/unreadable-cells.ts). The field holds null (or is absent) so no
   * computation uses it; its cells say "unreadable".
   */
  unreadable?: Readonly<Record<string, string>>
  driver_id: number
  driver_name: string
  team: string
  engine: string | null
  position: number | null
  /** The export's text form, e.g. "1:22.456"; in RACE rows the race time of the classified. */
  best_lap_time_raw: string | null
  best_lap_ms: number | null
  laps: number | null
  /** Lap on which the best time was set (FL). */
  lap_release: number | null
  /** "+4.128", "+1 lap", or a retirement reason such as "Accident". */
  delta: string | null
  /** Retirement or classification status: ab, nc, np, nq, dsq… (null when classified). */
  status: string | null
  source_name: string
  /** GRID only: laps run over Q1–Q4 when the export carries it; otherwise computed. */
  total_laps_q?: number | null | undefined
  /** v3.3, RACE / SPRINT rows (docs/export-v3.3.md): championship points of the result. */
  points?: number | undefined
  /** v3.3, RACE / SPRINT: starting position (F1DB gridPosition), when known. */
  grid?: number | undefined
  /** v3.3, RACE / SPRINT: time penalty in seconds as text ("5.000"), when there was one. */
  time_penalty?: string | undefined
  /** v3.3, RACE / SPRINT: true on the second driver of a shared car (1950s), same position. */
  shared_car?: true | undefined
}

export interface Session {
  /** Normalized: GRILLE→GRID, COURSE→RACE, MT→FL; unknown codes kept. */
  code: string
  rows: SessionRow[]
  /** Values of this session the loader could not read (row-level salvage), with their paths. */
  salvaged?: readonly ShapeProblem[]
}

export interface SessionsFile {
  meta: RaceMeta
  sessions: Session[]
  /** Every unreadable value of a salvaged file (absent when the file is clean). */
  salvaged?: readonly ShapeProblem[]
}

export interface PerfTimeEntry {
  driver_id: number
  driver_name: string
  team: string
  /** null only in a salvaged file: the value was unreadable (its cell says so). */
  best_ms: number | null
  best_session: string
  /** 100.37 means 0.37 % slower than the global best. */
  pct_vs_best: number | null
  rank: number | null
  /** Row-level salvage: column id → the problem in words. */
  unreadable?: Readonly<Record<string, string>>
}

export interface PerfTimeFile {
  meta: { race_id: number; year: number; round: number }
  best_times: PerfTimeEntry[]
  global_best: { driver_id: number; driver_name: string; best_ms: number } | null
  /** Every unreadable value of a salvaged file (absent when the file is clean). */
  salvaged?: readonly ShapeProblem[]
}

/** Resume rows carry pos_<session> / pct_<session> for every session (pos_el1, pct_q2…). */
export interface ResumeRow {
  driver_id: number
  driver_name: string
  team: string
  pos_race: number | null
  perf_pos: number | null
  perf_pct: number | null
  ab_mec: 0 | 1 | null
  ab_pil: 0 | 1 | null
  laps_total: number | null
  laps_top1: number | null
  laps_top3: number | null
  laps_top6: number | null
  laps_top10: number | null
  lead_laps: number | null
  lead_km: number | null
  /** pos_<code> and pct_<code> by lower-case session code, e.g. positions.el1. */
  positions: Record<string, number | null>
  pcts: Record<string, number | null>
  /** Row-level salvage: column id → the problem in words. */
  unreadable?: Readonly<Record<string, string>>
}

export interface ResumeFile {
  meta: { race_id: number; year: number; round: number }
  rows: ResumeRow[]
  /** Every unreadable value of a salvaged file (absent when the file is clean). */
  salvaged?: readonly ShapeProblem[]
}

export interface ChampionshipDriver {
  rank: number
  /** v3.3: excluded from the championship (1997 Schumacher); rank = after the row before. */
  excluded?: true | undefined
  driver_id: number
  driver_name: string
  points: number
  wins: number
  podiums: number
  starts: number
  team: string
  nationality: string
}

export interface ChampionshipConstructor {
  rank: number
  /** v3.3: excluded from the championship (1984 Tyrrell). */
  excluded?: true | undefined
  constructor: string
  points: number
  wins: number
  starts: number
}

export interface ChampionshipFile {
  season: number
  updated_at: string
  drivers: ChampionshipDriver[]
  constructors: ChampionshipConstructor[]
}

/** drivers.min.json: { "<driver_id>": "Display name" } */
export type DriversLookup = Record<string, string>

export interface Participant {
  num_car?: string | null | undefined
  team?: string | null | undefined
  engine?: string | null | undefined
  tyres?: string | null | undefined
  laps?: number | null | undefined
}

/** participants.json: { "<race_id>": { "<driver_id>": Participant } } */
export type ParticipantsLookup = Record<string, Record<string, Participant>>

/** races/index.json (not in seed 000: the app's own index of available races). */
export interface RaceIndexEntry {
  race_id: number
  year: number
  round: number
  gp_name: string
  country: string
  circuit: string
  date: string
  /** v3.3: true for a race not run yet (the page marks it upcoming). */
  scheduled?: true | undefined
}

export interface RaceIndexFile {
  races: RaceIndexEntry[]
  /** Seasons that have a seasons/<year>/championship.json (links are shown only for those). */
  championships?: number[] | undefined
}

/** v3.3 seasons/<year>/rounds.json (docs/export-v3.3.md): one entry per round, run or not. */
export interface RoundResult {
  driver_id: number
  driver_name: string
  team: string
  position: number | null
  status: string | null
  points: number
}

export interface RoundStandings {
  drivers: Array<{
    rank: number
    excluded?: true | undefined
    driver_id: number
    driver_name: string
    points: number
  }>
  constructors: Array<{
    rank: number
    excluded?: true | undefined
    constructor: string
    points: number
  }>
}

export interface RoundEntry {
  round: number
  race_id: number
  gp_name: string
  /** YYYY-MM-DD */
  date: string
  /** Race results; empty for a round not run yet. */
  results: RoundResult[]
  /** Standings after this round; both lists empty for a round not run yet. */
  standings_after: RoundStandings
}

export interface RoundsFile {
  season: number
  rounds: RoundEntry[]
}

/** v3.3 races/<race_id>/laps.json: running order (driver ids) at the grid (lap 0) and each lap. */
export interface LapsFile {
  race_id: number
  laps: Array<{ lap: number; order: number[] }>
}
