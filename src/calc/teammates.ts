import type { Session } from './export-types.ts'
import { compareSessionCodes } from './session-codes.ts'
import { sessionKind } from './session-kinds.ts'

export interface HeadToHeadSession {
  code: string
  a: number | null
  b: number | null
}

export interface HeadToHead {
  team: string
  a: { driver_id: number; driver_name: string; ahead: number }
  b: { driver_id: number; driver_name: string; ahead: number }
  sessions: HeadToHeadSession[]
}

const COMPARED = new Set([
  'practice',
  'warmup',
  'qualifying',
  'sprint-qualifying',
  'sprint',
  'race',
])

/**
 * Teammates head to head over the weekend: for every team with two race drivers, who finished
 * ahead in each session both took part in (positions compared; a missing position is no score).
 * Teams come in race order of their best car.
 */
export function teammateHeadToHead(sessions: readonly Session[]): HeadToHead[] {
  const race = sessions.find((session) => sessionKind(session.code) === 'race')
  if (!race) return []
  const teams = new Map<string, Array<{ driver_id: number; driver_name: string }>>()
  for (const row of race.rows) {
    const members = teams.get(row.team) ?? []
    if (!members.some((member) => member.driver_id === row.driver_id)) {
      members.push({ driver_id: row.driver_id, driver_name: row.driver_name })
    }
    teams.set(row.team, members)
  }
  const compared = sessions
    .filter((session) => COMPARED.has(sessionKind(session.code)))
    .sort((x, y) => compareSessionCodes(x.code, y.code))
  const result: HeadToHead[] = []
  for (const [team, members] of teams) {
    const [first, second] = members
    if (!first || !second || members.length !== 2) continue
    const pair: HeadToHead = {
      team,
      a: { ...first, ahead: 0 },
      b: { ...second, ahead: 0 },
      sessions: [],
    }
    for (const session of compared) {
      const a = session.rows.find((row) => row.driver_id === first.driver_id)?.position ?? null
      const b = session.rows.find((row) => row.driver_id === second.driver_id)?.position ?? null
      if (a == null && b == null) continue
      pair.sessions.push({ code: session.code, a, b })
      if (a != null && b != null) {
        if (a < b) pair.a.ahead += 1
        else if (b < a) pair.b.ahead += 1
      }
    }
    result.push(pair)
  }
  return result
}
