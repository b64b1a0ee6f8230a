import type { PerfTimeEntry, PerfTimeFile, SessionRow, SessionsFile } from './export-types.ts'
import { pctOf } from './percent.ts'
import { compareSessionCodes, isLapTimeSession } from './session-codes.ts'

interface Best {
  row: SessionRow
  ms: number
  session: string
}

/**
 * The v3.1 "local fallback" of perftime.json: each driver's best single lap of the weekend over
 * every lap-time session (practice, warm-up, qualifying, sprint qualifying, race fastest laps),
 * the session it came from, % of the global best (2 decimals) and rank (ties share a rank).
 * Race and grid times are totals or copies, not laps: they never count.
 */
export function perfTimeFallback(file: SessionsFile): PerfTimeFile {
  const bests = new Map<number, Best>()
  const sessions = file.sessions
    .filter((session) => isLapTimeSession(session.code))
    .sort((a, b) => compareSessionCodes(a.code, b.code))
  for (const session of sessions) {
    for (const row of session.rows) {
      const ms = row.best_lap_ms
      if (ms == null || !Number.isFinite(ms) || ms <= 0) continue
      const current = bests.get(row.driver_id)
      // Strictly faster only: on a tie the earlier session of the weekend keeps it.
      if (!current || ms < current.ms) bests.set(row.driver_id, { row, ms, session: session.code })
    }
  }
  const ordered = [...bests.values()].sort((a, b) => a.ms - b.ms)
  const globalBest = ordered[0]
  const meta = { race_id: file.meta.race_id, year: file.meta.year, round: file.meta.round }
  if (!globalBest) return { meta, best_times: [], global_best: null }
  const best_times: PerfTimeEntry[] = []
  ordered.forEach((best, index) => {
    const previous = best_times[index - 1]
    const rank = previous && ordered[index - 1]?.ms === best.ms ? previous.rank : index + 1
    best_times.push({
      driver_id: best.row.driver_id,
      driver_name: best.row.driver_name,
      team: best.row.team,
      best_ms: best.ms,
      best_session: best.session,
      pct_vs_best: pctOf(best.ms, globalBest.ms),
      rank,
    })
  })
  return {
    meta,
    best_times,
    global_best: {
      driver_id: globalBest.row.driver_id,
      driver_name: globalBest.row.driver_name,
      best_ms: globalBest.ms,
    },
  }
}
