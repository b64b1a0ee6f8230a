import type { SessionRow, SessionsFile } from '../../calc/export-types.ts'
import { parseLapTime } from '../../calc/lap-time.ts'
import { normalizeSessionCode } from '../../calc/session-codes.ts'
import { sessionKind } from '../../calc/session-kinds.ts'
import {
  misnumbered,
  rankedAtGridSlot,
  type SessionHistory,
  sessionHistory,
} from './history-patterns.ts'
import { type Message, m } from './message.ts'
import type { FileLog } from './problem.ts'

/**
 * races/<id>/sessions.json once its shape is right (codes as written, not yet normalized): the
 * folder's race id, session codes, one row per driver, positions 1…n, times that agree.
 */
export function checkSessions(raceId: string, file: SessionsFile, log: FileLog): void {
  checkRaceId(raceId, file.meta.race_id, log)
  checkLapCount(() => 'meta.laps_total', file.meta.laps_total, log)
  const codes = new Map<string, number>()
  file.sessions.forEach((session, index) => {
    const at = `sessions[${index}]`
    const code = normalizeSessionCode(session.code)
    if (sessionKind(code) === 'unknown') {
      log.warning(
        `${at}.code`,
        m`unknown session code ${JSON.stringify(session.code)}: its tab comes after the known ones`,
      )
    }
    const first = codes.get(code)
    if (first !== undefined) {
      log.error(
        `${at}.code`,
        m`session ${code} is already sessions[${first}]: one session per code`,
      )
    } else codes.set(code, index)
    if (session.rows.length > MAX_ENTRIES) {
      log.warning(
        `${at}.rows`,
        m`${session.rows.length} rows: far more than any Grand Prix entry list (under ${MAX_ENTRIES}); the page shows them all`,
      )
    }
    checkRows(session.rows, at, log, sessionHistory(file, code))
  })
}

/** Limits no real Grand Prix comes near: a figure beyond them is a bug of the export. */
const MAX_ENTRIES = 100
const MAX_LAPS = 1_000
// RACE rows hold the race time (up to 4 hours in 2011 Canada): a day bounds every session.
const MAX_TIME_MS = 86_400_000

function checkLapCount(at: () => string, laps: number | null, log: FileLog): void {
  if (laps !== null && laps > MAX_LAPS) {
    log.error(at(), m`${laps} laps: not a plausible lap count (a Grand Prix has under ${MAX_LAPS})`)
  }
}

/** The folder names the race: races/1101/ holds race 1101 (the page reads it by folder). */
export function checkRaceId(raceId: string, found: number, log: FileLog): void {
  if (String(found) !== raceId) {
    log.error('meta.race_id', m`expected ${raceId} (the folder races/${raceId}/), got ${found}`)
  }
}

function checkRows(
  rows: readonly SessionRow[],
  at: string,
  log: FileLog,
  history: SessionHistory,
): void {
  const drivers = new Map<number, number>()
  const positions = new Map<number, number>()
  // Position → rows tied with the first holder: 1, 2, 2, 4 leaves 3 out on purpose.
  const ties = new Map<number, number>()
  // Two rows on one place with different times: a tie as F1DB ranked it only if the place after
  // is skipped (1960 Belgium Q1: 15, 15, 17); decided once the holes are known.
  const unsure: Array<{
    position: number
    path: string
    message: Message
    holder: number
    index: number
  }> = []
  rows.forEach((row, index) => {
    // Paths are built only for a problem: most rows have none (thousands per folder).
    const rowAt = () => `${at}.rows[${index}]`
    const twin = drivers.get(row.driver_id)
    if (twin !== undefined) {
      log.error(
        `${rowAt()}.driver_id`,
        m`driver ${row.driver_id} (${row.driver_name}) is already in this session at rows[${twin}]`,
      )
    } else drivers.set(row.driver_id, index)
    if (rankedAtGridSlot(row)) {
      log.note(
        `${rowAt()}.position`,
        m`out on lap 0, ranked ${row.position} at its grid slot as F1DB does: not a finishing place`,
      )
    } else if (row.position !== null) {
      const holder = positions.get(row.position)
      if (row.position < 1) {
        log.error(`${rowAt()}.position`, m`expected a position from 1 up, got ${row.position}`)
      } else if (holder !== undefined) {
        const first = rows[holder]
        const name = first?.driver_name ?? ''
        const pattern = first ? samePlace(first, row, history.nonStarters) : null
        if (pattern) {
          log.note(
            `${rowAt()}.position`,
            m`${pattern}: position ${row.position} as rows[${holder}] (${name})`,
          )
          if (pattern === 'tie') ties.set(row.position, (ties.get(row.position) ?? 0) + 1)
        } else {
          ties.set(row.position, (ties.get(row.position) ?? 0) + 1)
          const message = m`position ${row.position} is already rows[${holder}] (${name})`
          unsure.push({
            position: row.position,
            path: `${rowAt()}.position`,
            message,
            holder,
            index,
          })
        }
      } else positions.set(row.position, index)
    }
    checkTime(row, rowAt, log)
    if (row.points !== undefined && row.points < 0) {
      log.error(`${rowAt()}.points`, m`${row.points} points: below 0`)
    }
    if (row.grid !== undefined && row.grid < 1) {
      log.error(`${rowAt()}.grid`, m`expected a grid position from 1 up, got ${row.grid}`)
    }
    checkLapCount(() => `${rowAt()}.laps`, row.laps, log)
    checkLapCount(() => `${rowAt()}.lap_release`, row.lap_release, log)
  })
  const sure = unsure.filter(({ position, holder, index }) => {
    const row = rows[index]
    if (!row || !misnumbered(rows, positions, position, holder, row)) return true
    positions.set(position - 1, holder)
    ties.set(position, (ties.get(position) ?? 1) - 1)
    log.note(
      `${at}.rows[${holder}].position`,
      m`numbered ${position} by F1DB, but its time ranks it ${position - 1} (after place ${position - 2}, before the other ${position}): a slip of the source`,
    )
    return false
  })
  const budget = holeBudget(rows) + history.extra
  const ranked = checkHoles(positions, ties, budget, history.lenientHoles, at, log)
  for (const { position, path, message } of sure) {
    if (ranked.has(position))
      log.note(
        path,
        m`tie as F1DB ranks it: position ${position} is already rows[${message.params[1] ?? ''}] (${message.params[2] ?? ''}), the next place skipped`,
      )
    else log.error(path, message)
  }
}

/**
 * Places a session may leave empty on purpose: one per car excluded after the race (dsq without
 * a position: 1982 Brazil), one per car that did not start or started from the pit lane (its
 * grid slot stays empty: 2022 Belgium), and one per shared-car row (a 1950s driver who drove two
 * cars keeps one row; his other car's place stays empty).
 */
// Without a position: excluded (dsq), did not start (np), started from the pit lane (PL).
const LEFT_EMPTY = new Set(['dsq', 'np', 'PL'])

function holeBudget(rows: readonly SessionRow[]): number {
  let budget = 0
  for (const row of rows) {
    if (row.shared_car === true || (row.position === null && LEFT_EMPTY.has(row.status ?? ''))) {
      budget += 1
    }
  }
  return budget
}

/**
 * Two rows on one position that real history explains: the second driver of a shared car
 * (1951 French GP: Fagioli and Fangio both won), or a tie (the same time to the millisecond).
 */
function samePlace(
  first: SessionRow,
  row: SessionRow,
  nonStarters: ReadonlySet<number>,
): 'shared car' | 'tie' | 'slot of a car that did not start' | null {
  if (row.shared_car === true) return 'shared car'
  if (nonStarters.has(first.driver_id) || nonStarters.has(row.driver_id)) {
    return 'slot of a car that did not start'
  }
  if (row.best_lap_ms !== null && row.best_lap_ms === first.best_lap_ms) return 'tie'
  return null
}

/** Positions 1…n without a gap: "1, 2, 4" misses 3 (reported on the row after the gap). */
function checkHoles(
  positions: Map<number, number>,
  ties: Map<number, number>,
  budget: number,
  lenient: boolean,
  at: string,
  log: FileLog,
): Set<number> {
  const ranked = new Set<number>()
  const sorted = [...positions.keys()].sort((a, b) => a - b)
  let previous = 0
  let left = budget
  for (const position of sorted) {
    const tied = ties.get(previous) ?? 0
    if (tied > 0 && position === previous + 1 + tied) {
      ranked.add(previous)
      log.note(
        `${at}.rows[${positions.get(position)}].position`,
        m`tie: ${tied + 1} rows share position ${previous}, so the next is ${position}`,
      )
    } else if (position !== previous + 1 && previous > 0 && position - previous - 1 <= left) {
      left -= position - previous - 1
      log.note(
        `${at}.rows[${positions.get(position)}].position`,
        m`positions jump from ${previous} to ${position}: places left by excluded cars or shared drives`,
      )
    } else if (position !== previous + 1 && previous > 0 && lenient) {
      log.note(
        `${at}.rows[${positions.get(position)}].position`,
        m`positions jump from ${previous} to ${position}: F1DB numbers this session as its period sources did, skipping cars whose time was not kept`,
      )
    } else if (position !== previous + 1) {
      const path = `${at}.rows[${positions.get(position)}].position`
      const one = position - previous === 2
      const range = one ? previous + 1 : `${previous + 1}–${position - 1}`
      if (previous === 0) {
        log.error(
          path,
          one
            ? m`positions start at ${position}: ${range} is missing`
            : m`positions start at ${position}: ${range} are missing`,
        )
      } else {
        log.error(
          path,
          one
            ? m`positions jump from ${previous} to ${position}: ${range} is missing`
            : m`positions jump from ${previous} to ${position}: ${range} are missing`,
        )
      }
    }
    previous = position
  }
  return ranked
}

/** best_lap_ms is best_lap_time_raw in milliseconds: "1:22.456" → 82456. */
function checkTime(row: SessionRow, at: () => string, log: FileLog): void {
  const ms = row.best_lap_ms
  if (ms !== null && (ms <= 0 || ms > MAX_TIME_MS)) {
    log.error(`${at()}.best_lap_ms`, m`${ms} ms: not a plausible time (above 0, under 24 hours)`)
    return
  }
  const raw = row.best_lap_time_raw
  const parsed = parseLapTime(raw)
  if (raw !== null && parsed === null) {
    log.warning(
      `${at()}.best_lap_time_raw`,
      m`${JSON.stringify(raw)} is not a time (M:SS.mmm, H:MM:SS.mmm or SS.mmm): shown as written`,
    )
    return
  }
  if (parsed === row.best_lap_ms) return
  log.error(
    `${at()}.best_lap_ms`,
    raw === null
      ? m`expected ${parsed} (best_lap_time_raw is null), got ${row.best_lap_ms}`
      : m`expected ${parsed} (best_lap_time_raw ${JSON.stringify(raw)}), got ${row.best_lap_ms}`,
  )
}
