/**
 * Everything that differs from one kind of session to another, in one table: which codes are of
 * the kind, its place in the weekend, the columns its tab shows, how its gaps are read, and the
 * markers its table can draw. The columns, the markers drawn and the legend all read this table,
 * so a legend never names a marker its table does not draw.
 */

export type SessionKind =
  | 'practice'
  | 'warmup'
  | 'prequalifying'
  | 'qualifying'
  | 'qualifying-combined'
  | 'sprint-qualifying'
  | 'sprint-grid'
  | 'sprint'
  | 'grid'
  | 'race'
  | 'fastest-lap'
  | 'unknown'

/** Column ids of the session tables (components/tables/session-columns.tsx builds them). */
export type SessionColumnId =
  | 'pos'
  | 'no'
  | 'driver'
  | 'team'
  | 'engine'
  | 'tyres'
  | 'time'
  | 'qtime'
  | 'gap'
  | 'pct'
  | 'laps'
  | 'qlaps'
  | 'timegap'
  | 'status'
  | 'lap'
  | 'pts'
  | 'grid'
  | 'gained'

/**
 * best: the session's best lap (◆); fastest: the race's fastest lap (◆, FL tab); pole: P1 of a
 * grid; podium: the first three classified of a race; outside107: a qualifying time over 107 %;
 * fastestLap: on a race row, the holder of the race's fastest lap (from the FL session);
 * penalty: a time penalty (v3.3 time_penalty); sharedCar: both drivers of a shared car (1950s).
 */
export type SessionMarker =
  | 'best'
  | 'fastest'
  | 'pole'
  | 'podium'
  | 'outside107'
  | 'fastestLap'
  | 'penalty'
  | 'sharedCar'

export interface SessionKindRules {
  /** The codes of the kind ("EL1"…"EL4", "Q1"…). */
  codes: RegExp
  /** Tabs in weekend order: practice, warm-up, qualifying, sprint, grid, race, fastest lap. */
  rank: number
  /** The columns shown, in order; a column no row has data for is left out. */
  columns: readonly SessionColumnId[]
  /** 'best-lap': gaps and the session best from best_lap_ms; 'export': the export's delta. */
  gaps: 'best-lap' | 'export'
  /** Each time is one lap (it counts for PerfTime); a race total is not. */
  lapTimes: boolean
  /** % of the best lap (and the 107 % rule) is shown. */
  pct: boolean
  /** A race result: time or gap to the leader, intervals, statuses. */
  race: boolean
  /** Qualifying laps per driver (total_laps_q, or summed from the Q sessions). */
  qualifyingLaps: boolean
  /** The markers this kind's table can draw (the legend lists those it does draw). */
  markers: readonly SessionMarker[]
  /** The legend explains the status abbreviations (AB, NC…). */
  statuses: boolean
  /**
   * The figures the tab is read for ("time", "gap", "pts"…): with the position and the driver,
   * always in view on a phone; the other columns are one tap away (column-priority.ts).
   */
  figures: readonly SessionColumnId[]
}

const PRACTICE_COLUMNS: readonly SessionColumnId[] = [
  'pos',
  'no',
  'driver',
  'team',
  'engine',
  'tyres',
  'time',
  'gap',
  'laps',
]
const QUALIFYING_COLUMNS: readonly SessionColumnId[] = [
  ...PRACTICE_COLUMNS.slice(0, -1),
  'pct',
  'laps',
]
const GRID_COLUMNS: readonly SessionColumnId[] = [
  'pos',
  'no',
  'driver',
  'team',
  'engine',
  'qtime',
  'qlaps',
  'status',
]
const RACE_COLUMNS: readonly SessionColumnId[] = [
  'pos',
  'no',
  'driver',
  'team',
  'engine',
  'laps',
  'timegap',
  // v3.3 fields: shown only when the file has them (session-view.ts OPTIONAL).
  'pts',
  'grid',
  'gained',
  'status',
]
const FL_COLUMNS: readonly SessionColumnId[] = [
  'pos',
  'no',
  'driver',
  'team',
  'engine',
  'time',
  'gap',
  'lap',
]

const practice = {
  gaps: 'best-lap',
  lapTimes: true,
  pct: false,
  race: false,
  qualifyingLaps: false,
  markers: ['best'],
  statuses: false,
  columns: PRACTICE_COLUMNS,
  figures: ['time', 'gap'],
} as const
const qualifying = {
  ...practice,
  pct: true,
  markers: ['best', 'outside107'],
  columns: QUALIFYING_COLUMNS,
  figures: ['time', 'gap', 'pct'],
} as const
const grid = {
  ...practice,
  gaps: 'export',
  lapTimes: false,
  qualifyingLaps: true,
  markers: ['pole'],
  statuses: true,
  columns: GRID_COLUMNS,
  figures: ['qtime'],
} as const
const race = {
  ...grid,
  race: true,
  qualifyingLaps: false,
  markers: ['podium', 'penalty', 'sharedCar'],
  columns: RACE_COLUMNS,
  figures: ['timegap', 'pts'],
} as const

export const SESSION_KINDS: Readonly<Record<SessionKind, SessionKindRules>> = {
  practice: { ...practice, codes: /^EL[1-4]$/, rank: 0 },
  warmup: { ...practice, codes: /^WU$/, rank: 1 },
  prequalifying: { ...qualifying, codes: /^PQ$/, rank: 2 },
  // The combined table (QUALI, combined-qualifying.ts), before Q1; not a session of the file.
  'qualifying-combined': { ...qualifying, codes: /^QUALI$/, rank: 2.5 },
  qualifying: { ...qualifying, codes: /^Q[1-4]$/, rank: 3 },
  'sprint-qualifying': { ...qualifying, codes: /^SQ[1-3]?$/, rank: 4 },
  'sprint-grid': { ...grid, codes: /^SGRID$/, rank: 5 },
  sprint: { ...race, codes: /^SPRINT$/, rank: 6 },
  grid: { ...grid, codes: /^GRID$/, rank: 7 },
  // Only the race has a fastest-lap session (FL) to mark its holder from.
  race: {
    ...race,
    markers: ['podium', 'fastestLap', 'penalty', 'sharedCar'],
    codes: /^RACE$/,
    rank: 8,
  },
  'fastest-lap': { ...practice, markers: ['fastest'], columns: FL_COLUMNS, codes: /^FL$/, rank: 9 },
  // A code the format does not define: shown as practice, after every known session.
  unknown: { ...practice, codes: /$^/, rank: 10 },
}

const KINDS = Object.entries(SESSION_KINDS) as Array<[SessionKind, SessionKindRules]>

export function sessionKind(code: string): SessionKind {
  return KINDS.find(([, rules]) => rules.codes.test(code))?.[0] ?? 'unknown'
}

/** The rules of a session code's kind. */
export function sessionRules(code: string): SessionKindRules {
  return SESSION_KINDS[sessionKind(code)]
}
