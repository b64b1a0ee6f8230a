import { queryOptions } from '@tanstack/react-query'
import type {
  ChampionshipFile,
  DriversLookup,
  LapsFile,
  Participant,
  PerfTimeFile,
  RaceIndexFile,
  ResumeFile,
  SessionsFile,
} from '../calc/export-types.ts'
import { LoadError } from '../calc/load-error.ts'
import { type DataSource, readJson } from './data-source.ts'
import { dataUrl, isSafeId, paths } from './data-url.ts'
import { checkShape } from './fetch-json.ts'
import { normalizeResume, normalizeSessions } from './normalize.ts'
import { optional } from './optional-file.ts'
import { lapsFileSchema } from './race-schemas.ts'
import { anyJson, checkPerftimeFile, checkResumeFile, checkSessions } from './read-sessions.ts'
import {
  championshipFileSchema,
  driversLookupSchema,
  participantsFileSchema,
  participantsLookupSchema,
  raceIndexFileSchema,
} from './season-schemas.ts'

/**
 * One queryOptions factory per file kind; keys go from generic to specific, the data source
 * second (['race', source, raceId, 'sessions']). Optional files
 * resolve to null on 404: that selects the fallback (computed PerfTime, hidden tab…), it is
 * not an error. Any other failure is a LoadError naming the file.
 */

/** An id that is not a plain id ("..", "a/b") names no file: the page says "not found". */
function checkedPath(id: string, path: (id: string) => string): string {
  const url = dataUrl(path(id))
  if (!isSafeId(id)) throw new LoadError('not-found', url, 'not a valid id')
  return url
}

/** A race file must belong to its folder: races/1101/ holds race 1101, not a copy of another. */
function checkRaceId<T extends { meta: { race_id: number } }>(
  url: string,
  raceId: string,
  file: T,
): T {
  if (String(file.meta.race_id) === raceId) return file
  throw new LoadError('invalid-shape', url, 'the file belongs to another race', {
    problems: [
      {
        path: 'meta.race_id',
        message: `expected ${raceId} (the folder races/${raceId}/), got ${file.meta.race_id}`,
      },
    ],
  })
}

/** races/<id>/<kind>.json: read, checked to belong to its folder, then normalized. */
async function readRaceFile<T extends { meta: { race_id: number } }, R>(
  source: DataSource,
  raceId: string,
  read: {
    path: (id: string) => string
    check: (url: string, data: unknown) => Promise<T>
    finish: (url: string, file: T) => R
  },
  signal: AbortSignal,
): Promise<R> {
  const url = checkedPath(raceId, read.path)
  const file = await read.check(url, await readJson(source, url, anyJson, signal))
  return read.finish(url, checkRaceId(url, raceId, file))
}

const SESSIONS = {
  path: paths.sessions,
  // A few bad values keep the rest of the file readable (row-level salvage).
  check: checkSessions,
  finish: (_url: string, file: SessionsFile) => normalizeSessions(file),
}
// Row-level salvage too: a bad value hides only its cell (salvage-files.ts).
const PERFTIME = {
  path: paths.perftime,
  check: checkPerftimeFile,
  finish: (_url: string, file: PerfTimeFile) => file,
}
const RESUME = {
  path: paths.resume,
  check: checkResumeFile,
  finish: normalizeResume,
}

export function sessionsQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['race', source, raceId, 'sessions'],
    queryFn: ({ signal }): Promise<SessionsFile> => readRaceFile(source, raceId, SESSIONS, signal),
  })
}

export function perftimeQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['race', source, raceId, 'perftime'],
    queryFn: ({ signal }): Promise<PerfTimeFile | null> =>
      optional(() => readRaceFile(source, raceId, PERFTIME, signal)),
  })
}

export function resumeQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['race', source, raceId, 'resume'],
    queryFn: ({ signal }): Promise<ResumeFile | null> =>
      optional(() => readRaceFile(source, raceId, RESUME, signal)),
  })
}

/**
 * v3.3 races/<race_id>/laps.json (null on 404): the weekend header's laps led and the lap chart.
 * In the first wave: the header is above the table, so the page waits for this small file rather
 * than push the table down when it answers (docs/performance.md, "CLS").
 */
export function lapsQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['race', source, raceId, 'laps'],
    queryFn: ({ signal }): Promise<LapsFile | null> =>
      optional(async () => {
        const url = checkedPath(raceId, paths.laps)
        const file = await readJson(source, url, lapsFileSchema, signal)
        if (String(file.race_id) === raceId) return file
        throw new LoadError('invalid-shape', url, 'the file belongs to another race', {
          problems: [{ path: 'race_id', message: `expected ${raceId}, got ${file.race_id}` }],
        })
      }),
  })
}

export function championshipQuery(source: DataSource, year: number | string) {
  return queryOptions({
    queryKey: ['season', source, String(year), 'championship'],
    queryFn: ({ signal }): Promise<ChampionshipFile | null> =>
      optional(() =>
        readJson(
          source,
          checkedPath(String(year), paths.championship),
          championshipFileSchema,
          signal,
        ),
      ),
  })
}

export function driversLookupQuery(source: DataSource) {
  return queryOptions({
    queryKey: ['lookups', source, 'drivers'],
    queryFn: ({ signal }): Promise<DriversLookup | null> =>
      optional(() => readJson(source, dataUrl(paths.drivers()), driversLookupSchema, signal)),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

/** participants.json, parsed once for every race page: an object of races, not yet checked. */
function participantsFileQuery(source: DataSource) {
  return queryOptions({
    queryKey: ['lookups', source, 'participants'],
    queryFn: ({ signal }): Promise<Record<string, unknown> | null> =>
      optional(() =>
        readJson(source, dataUrl(paths.participants()), participantsFileSchema, signal),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

/**
 * The cars of one race (null when the file or the race's entry is absent). participants.json
 * covers every race of the site, 1,100 and more: the page checks only the entry of the race it
 * shows against the schema, so a long history never delays the first table, and a broken entry
 * of another race is not this page's problem (the validator checks them all).
 */
export function participantsQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['lookups', source, 'participants', raceId],
    queryFn: async ({ client }): Promise<Record<string, Participant> | null> => {
      const file = await client.fetchQuery(participantsFileQuery(source))
      const entry = file?.[raceId]
      if (entry === undefined) return null
      // Checked as a one-race lookup: a problem's path starts with the race id, as in the file.
      const url = dataUrl(paths.participants())
      const own = await checkShape(url, { [raceId]: entry }, participantsLookupSchema)
      return own[raceId] ?? null
    },
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function raceIndexQuery(source: DataSource) {
  return queryOptions({
    queryKey: ['races', source, 'index'],
    queryFn: ({ signal }): Promise<RaceIndexFile | null> =>
      optional(() => readJson(source, dataUrl(paths.raceIndex()), raceIndexFileSchema, signal)),
  })
}
