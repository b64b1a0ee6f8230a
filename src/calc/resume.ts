import type {
  PerfTimeFile,
  ResumeFile,
  ResumeRow,
  Session,
  SessionRow,
  SessionsFile,
} from './export-types.ts'
import { pctOf } from './percent.ts'
import { retirementCause } from './retirement.ts'
import { compareSessionCodes, isLapTimeSession } from './session-codes.ts'
import { sessionKind } from './session-kinds.ts'

/** Lower-case key of a session in Resume rows: "EL1" → "el1" (pos_el1 / pct_el1). */
export function resumeKey(code: string): string {
  return code.toLowerCase()
}

/** Sessions that get a Pos / % column pair in the Resume, in weekend order (not RACE: pos_race). */
export function resumeSessions(sessions: Session[]): Session[] {
  return sessions
    .filter((session) => {
      const kind = sessionKind(session.code)
      return kind !== 'race' && kind !== 'grid' && kind !== 'sprint-grid'
    })
    .sort((a, b) => compareSessionCodes(a.code, b.code))
}

function sessionBestMs(session: Session): number | null {
  let best: number | null = null
  for (const row of session.rows) {
    const ms = row.best_lap_ms
    if (ms != null && ms > 0 && (best === null || ms < best)) best = ms
  }
  return best
}

/** 1 / 0 for the Resume's "Ab. méca" and "Ab. pilote" from the RACE row; null when unknown. */
export function retirementFlags(row: SessionRow | undefined): Pick<ResumeRow, 'ab_mec' | 'ab_pil'> {
  if (!row) return { ab_mec: null, ab_pil: null }
  if (row.status !== 'ab') {
    // Classified, or out for a reason that is not a retirement (np, nq, dsq, nc).
    return row.status == null ? { ab_mec: 0, ab_pil: 0 } : { ab_mec: null, ab_pil: null }
  }
  const cause = retirementCause(row.delta)
  if (cause === 'mechanical') return { ab_mec: 1, ab_pil: 0 }
  if (cause === 'driver') return { ab_mec: 0, ab_pil: 1 }
  return { ab_mec: null, ab_pil: null }
}

/**
 * The v3.2 Resume computed from sessions.json (+ PerfTime): positions and % of the session best
 * per session, race position, PerfTime, retirements from the race status, laps. The lap-chart
 * figures (TopX laps, laps and km in the lead) cannot be derived from sessions: they stay null.
 * Rows: classified race order first, then the other race entrants, then everyone else.
 */
export function resumeFallback(file: SessionsFile, perf: PerfTimeFile): ResumeFile {
  const race = file.sessions.find((session) => sessionKind(session.code) === 'race')
  const columns = resumeSessions(file.sessions)
  const perfByDriver = new Map(perf.best_times.map((entry) => [entry.driver_id, entry]))
  const raceRows = new Map((race?.rows ?? []).map((row) => [row.driver_id, row]))
  const identity = new Map<number, SessionRow>()
  for (const session of [...(race ? [race] : []), ...file.sessions]) {
    for (const row of session.rows)
      if (!identity.has(row.driver_id)) identity.set(row.driver_id, row)
  }
  const bests = new Map(columns.map((session) => [session.code, sessionBestMs(session)]))
  const rows: ResumeRow[] = [...identity.values()].map((who) => {
    const positions: Record<string, number | null> = {}
    const pcts: Record<string, number | null> = {}
    for (const session of columns) {
      const row = session.rows.find((candidate) => candidate.driver_id === who.driver_id)
      const best = bests.get(session.code)
      const key = resumeKey(session.code)
      positions[key] = row?.position ?? null
      pcts[key] =
        isLapTimeSession(session.code) && best && row?.best_lap_ms
          ? pctOf(row.best_lap_ms, best)
          : null
    }
    const raceRow = raceRows.get(who.driver_id)
    const perfEntry = perfByDriver.get(who.driver_id)
    return {
      driver_id: who.driver_id,
      driver_name: who.driver_name,
      team: raceRow?.team ?? who.team,
      pos_race: raceRow?.position ?? null,
      perf_pos: perfEntry?.rank ?? null,
      perf_pct: perfEntry?.pct_vs_best ?? null,
      ...retirementFlags(raceRow),
      laps_total: raceRow?.laps ?? null,
      laps_top1: null,
      laps_top3: null,
      laps_top6: null,
      laps_top10: null,
      lead_laps: null,
      lead_km: null,
      positions,
      pcts,
    }
  })
  rows.sort((a, b) => raceOrder(a) - raceOrder(b))
  return {
    meta: { race_id: file.meta.race_id, year: file.meta.year, round: file.meta.round },
    rows,
  }
}

// Classified finishers by position, then unclassified race entrants, then the rest (stable sort).
function raceOrder(row: ResumeRow): number {
  if (row.pos_race != null) return row.pos_race
  return row.laps_total != null || row.ab_mec != null ? 10_000 : 20_000
}

/**
 * Session codes that get a Pos / % pair in the Resume: the sessions' own order, plus any key a
 * resume.json carries for a session absent from sessions.json (kept, after the others).
 */
export function resumeCodes(sessions: readonly Session[], resume: ResumeFile | null): string[] {
  const codes = resumeSessions([...sessions]).map((session) => session.code)
  if (!resume) return codes
  const known = new Set(codes.map((code) => code.toLowerCase()))
  const extra = new Set<string>()
  for (const row of resume.rows) {
    for (const key of [...Object.keys(row.positions), ...Object.keys(row.pcts)]) {
      if (!known.has(key)) extra.add(key.toUpperCase())
    }
  }
  return [...codes, ...[...extra].sort(compareSessionCodes)]
}
