import type { Session, SessionsFile } from '../../src/calc/export-types.ts'
import { compareSessionCodes } from '../../src/calc/session-codes.ts'
import type { F1dbRace } from './f1db-rows.ts'
import { isKnockout, knockoutSessions } from './knockout.ts'
import { type RaceContext, sessionSource } from './session-rows.ts'
import { type GridExtras, gridSession, raceSession, timedSession } from './sessions.ts'

const QUALIFYING = 'qualifying-results.yml'

/** Knockout or one-session qualifying ("Q" → Q1…Q3 or Q1; "SQ" → SQ1…SQ3 or SQ). */
function qualifying(context: RaceContext, file: string, prefix: string, single: string) {
  const rows = sessionSource(context, file)
  if (!rows) return { sessions: [], knockout: false }
  if (isKnockout(rows)) {
    return { sessions: knockoutSessions(context, rows, file, prefix), knockout: true }
  }
  return { sessions: [timedSession(context, file, single)], knockout: false }
}

/** GRID's extras: knockout qualifying laps, or the combined time of the two-session years. */
function gridExtras(context: RaceContext, knockout: boolean, twoSession: boolean): GridExtras {
  const lapsQ = new Map<string, number>()
  const times = new Map<string, string>()
  for (const row of sessionSource(context, QUALIFYING) ?? []) {
    if (knockout && row.laps !== null) lapsQ.set(row.driverId, row.laps)
    if (twoSession && row.time !== null) times.set(row.driverId, row.time)
  }
  return { lapsQ, times }
}

/** Every session F1DB has for the race folder, in the export's codes (docs/importer.md). */
export function weekendSessions(context: RaceContext): Session[] {
  const sessions: Array<Session | null> = []
  for (const name of context.reader.names(context.folder)) {
    const practice = /^free-practice-(\d+)-results\.yml$/.exec(name)
    if (practice) sessions.push(timedSession(context, name, `EL${practice[1]}`))
  }
  sessions.push(timedSession(context, 'warming-up-results.yml', 'WU'))
  sessions.push(timedSession(context, 'pre-qualifying-results.yml', 'PQ'))
  const q1 = timedSession(context, 'qualifying-1-results.yml', 'Q1')
  const q2 = timedSession(context, 'qualifying-2-results.yml', 'Q2')
  // Two-session years: qualifying-results.yml is the combined classification, not a session.
  const twoSession = q1 !== null || q2 !== null
  let knockout = false
  if (twoSession) sessions.push(q1, q2)
  else {
    const main = qualifying(context, QUALIFYING, 'Q', 'Q1')
    knockout = main.knockout
    sessions.push(...main.sessions)
  }
  sessions.push(...qualifying(context, 'sprint-qualifying-results.yml', 'SQ', 'SQ').sessions)
  sessions.push(gridSession(context, 'sprint-starting-grid-positions.yml', 'SGRID', null))
  sessions.push(raceSession(context, 'sprint-race-results.yml', 'SPRINT'))
  const extras = gridExtras(context, knockout, twoSession)
  sessions.push(gridSession(context, 'starting-grid-positions.yml', 'GRID', extras))
  sessions.push(raceSession(context, 'race-results.yml', 'RACE'))
  sessions.push(timedSession(context, 'fastest-laps.yml', 'FL'))
  return sessions
    .filter((session): session is Session => session !== null)
    .sort((a, b) => compareSessionCodes(a.code, b.code))
}

/**
 * The country of a race: the Grand Prix's, else the circuit's (the European GP has no country
 * of its own: it moved between countries, the circuit says where that year's race was).
 */
function raceCountry({ reader }: RaceContext, race: F1dbRace): string {
  const fromGrandPrix = reader.entity('grands-prix', race.grandPrixId).countryId
  if (typeof fromGrandPrix === 'string' && fromGrandPrix !== '') return fromGrandPrix
  const fromCircuit = reader.entity('circuits', race.circuitId).countryId
  if (typeof fromCircuit === 'string' && fromCircuit !== '') return fromCircuit
  throw new Error(
    `${reader.path(`grands-prix/${race.grandPrixId}.yml`)}: no countryId, nor has circuit ${race.circuitId}`,
  )
}

/** sessions.json of a race: meta from race.yml and the circuit / Grand Prix / country files. */
export function sessionsFile(context: RaceContext, race: F1dbRace): SessionsFile {
  const { reader } = context
  const countryId = raceCountry(context, race)
  const sessions = weekendSessions(context)
  // Not run yet: race.yml only (or a weekend under way): what is known, marked scheduled.
  const scheduled = !sessions.some((session) => session.code === 'RACE')
  return {
    meta: {
      race_id: race.id,
      year: race.year,
      round: race.round,
      circuit: reader.text('circuits', race.circuitId),
      country: reader.text('countries', countryId),
      gp_name: reader.text('grands-prix', race.grandPrixId, 'fullName'),
      date: race.date,
      laps_total: race.laps,
      weather: null,
      ...(scheduled ? { status: 'scheduled' as const } : {}),
    },
    sessions,
  }
}

/** Old exports' French codes, written for --legacy-codes races (the page normalizes them). */
const LEGACY: Record<string, string> = { GRID: 'GRILLE', RACE: 'COURSE', FL: 'MT' }

export function withLegacyCodes(file: SessionsFile): SessionsFile {
  return {
    ...file,
    sessions: file.sessions.map((session) => ({
      ...session,
      code: LEGACY[session.code] ?? session.code,
    })),
  }
}
