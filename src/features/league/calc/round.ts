import { formatGap, parseGap, parseLapTime } from '../../../calc/lap-time.ts'
import { parseFastestLap } from './time.ts'
import type {
  DivisionRoundStanding,
  LeagueRaceEvent,
  LeagueRaceResult,
  LeagueRoundFile,
  RoundResults,
  RoundStandingRow,
} from './types.ts'

/** One division's block of round_results (or the whole list when the league has none). */
export interface StandingGroup {
  divisionId: number | null
  divisionName: string | null
  rows: RoundStandingRow[]
  /** Where the rows sit in the file, for messages: "round.round_results.standings[1].results". */
  path: string
}

const STANDINGS_PATH = 'round.round_results.standings'

/** round_results with divisions holds blocks with `results`; without, the drivers' rows. */
export function hasDivisionBlocks(results: RoundResults | null): boolean {
  const first = results?.standings[0]
  return first != null && 'results' in first
}

export function roundStandingGroups(results: RoundResults | null): StandingGroup[] {
  if (!results) return []
  if (hasDivisionBlocks(results)) {
    return (results.standings as DivisionRoundStanding[]).map((block, index) => ({
      divisionId: block.division_id,
      divisionName: block.division_name,
      rows: block.results,
      path: `${STANDINGS_PATH}[${index}].results`,
    }))
  }
  return [
    {
      divisionId: null,
      divisionName: null,
      rows: results.standings as RoundStandingRow[],
      path: STANDINGS_PATH,
    },
  ]
}

/** Qualifiers first, then the races by number: the order of the weekend. */
export function orderedEvents(events: readonly LeagueRaceEvent[]): LeagueRaceEvent[] {
  return [...events].sort(
    (a, b) =>
      Number(b.is_qualifier) - Number(a.is_qualifier) ||
      a.race_number - b.race_number ||
      a.id - b.id,
  )
}

/** Driver names by driver id: from the results' driver info, else from the round standings. */
export function driverNames(file: LeagueRoundFile): Map<number, string> {
  const names = new Map<number, string>()
  for (const group of roundStandingGroups(file.round.round_results)) {
    for (const row of group.rows) names.set(row.driver_id, row.driver_name)
  }
  for (const event of file.race_events) {
    for (const result of event.results) {
      if (result.driver_name) names.set(result.driver_id, result.driver_name)
    }
  }
  return names
}

/** Division names by id: the round's divisions, completed by the round_results blocks. */
export function divisionNames(file: LeagueRoundFile): Map<number, string> {
  const names = new Map<number, string>()
  for (const group of roundStandingGroups(file.round.round_results)) {
    if (group.divisionId != null && group.divisionName) {
      names.set(group.divisionId, group.divisionName)
    }
  }
  for (const division of file.divisions) names.set(division.id, division.name)
  return names
}

/** The round is split in divisions when it says so or when its results carry division ids. */
export function roundHasDivisions(file: LeagueRoundFile): boolean {
  return (
    file.divisions.length > 0 ||
    hasDivisionBlocks(file.round.round_results) ||
    file.race_events.some((event) => event.results.some((r) => r.division_id != null))
  )
}

/**
 * pending: entered, not yet confirmed (no points, no position yet); dns: confirmed without any
 * time in a race; dnf as entered.
 */
export type ResultState = 'pending' | 'dnf' | 'dns' | 'finished'

export function resultState(result: LeagueRaceResult, isQualifier: boolean): ResultState {
  if (result.dnf) return 'dnf'
  if (result.status === 'pending') return 'pending'
  if (!isQualifier && result.race_time == null && result.fastest_lap == null) return 'dns'
  return 'finished'
}

export interface EventResultRow {
  key: string
  result: LeagueRaceResult
  driverName: string | null
  state: ResultState
  /** Race time in a race, the qualifying lap in a qualifier. */
  timeMs: number | null
  fastestLapMs: number | null
  /** The file's "+12.345", or computed from the times when the file has none. */
  gap: string | null
  gapMs: number | null
}

export interface EventDivisionGroup {
  divisionId: number | null
  divisionName: string | null
  rows: EventResultRow[]
}

const STATE_ORDER: Record<ResultState, number> = { finished: 0, pending: 0, dnf: 1, dns: 2 }

function compareRows(a: EventResultRow, b: EventResultRow): number {
  const pa = a.result.position ?? Number.POSITIVE_INFINITY
  const pb = b.result.position ?? Number.POSITIVE_INFINITY
  if (pa !== pb) return pa - pb
  // Pending results have no position yet: the provisional order is by time, DNF after.
  const sa = STATE_ORDER[a.state] - STATE_ORDER[b.state]
  if (sa !== 0) return sa
  const ta = a.timeMs ?? Number.POSITIVE_INFINITY
  const tb = b.timeMs ?? Number.POSITIVE_INFINITY
  if (ta !== tb) return ta - tb
  return a.result.id - b.result.id
}

/** One race event's results split by division (one group when the league has none), ordered. */
export function eventResultGroups(
  event: LeagueRaceEvent,
  divisions: ReadonlyMap<number, string>,
  names: ReadonlyMap<number, string>,
): EventDivisionGroup[] {
  const groups = new Map<number | null, EventResultRow[]>()
  for (const result of event.results) {
    const timeMs = event.is_qualifier
      ? parseFastestLap(result.fastest_lap)
      : parseLapTime(result.race_time)
    const row: EventResultRow = {
      key: String(result.id),
      result,
      driverName: names.get(result.driver_id) ?? result.driver_name,
      state: resultState(result, event.is_qualifier),
      timeMs,
      fastestLapMs: parseFastestLap(result.fastest_lap),
      gap: null,
      gapMs: null,
    }
    const list = groups.get(result.division_id) ?? []
    list.push(row)
    groups.set(result.division_id, list)
  }
  const order = [...divisions.keys()]
  const rank = (id: number | null) => (id == null ? order.length : order.indexOf(id))
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a ?? 0) - (b ?? 0))
    .map(([divisionId, rows]) => {
      rows.sort(compareRows)
      fillGaps(rows, event.is_qualifier)
      return {
        divisionId,
        divisionName: divisionId == null ? null : (divisions.get(divisionId) ?? null),
        rows,
      }
    })
}

/** Gaps to the division's leader: the file's text when it has one, else from the times. */
function fillGaps(rows: EventResultRow[], isQualifier: boolean): void {
  let best: number | null = null
  for (const row of rows) {
    if (row.state === 'dnf' || row.state === 'dns' || row.timeMs == null) continue
    if (best == null || row.timeMs < best) best = row.timeMs
  }
  for (const row of rows) {
    const given = isQualifier ? null : row.result.race_time_difference
    const givenMs = parseGap(given)
    if (given && givenMs != null) {
      row.gap = given
      row.gapMs = givenMs
    } else if (given) {
      row.gap = given // unreadable text: shown as written, sorted last
    } else if (best != null && row.timeMs != null && row.timeMs > best && row.state !== 'dnf') {
      row.gapMs = row.timeMs - best
      row.gap = formatGap(row.gapMs)
    }
  }
}
