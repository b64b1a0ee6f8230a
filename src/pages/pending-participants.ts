import type { Participant, SessionsFile } from '../calc/export-types.ts'

const PENDING: Participant = { num_car: '…', tyres: '…' }

/**
 * A stand-in for the race's entry of participants.json while that file is on its way (it covers
 * every race, so it may arrive well after sessions.json): the N° and Tyres columns are drawn at
 * once with "…" and filled in place, instead of being inserted into a table already on screen.
 */
export function pendingParticipants(file: SessionsFile): Record<string, Participant> {
  return Object.fromEntries(
    file.sessions.flatMap((session) => session.rows.map((row) => [String(row.driver_id), PENDING])),
  )
}
