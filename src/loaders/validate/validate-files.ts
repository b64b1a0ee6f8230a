import * as z from 'zod/mini'
import type { RaceMeta, ResumeFile, SessionsFile } from '../../calc/export-types.ts'
import { isLoadError } from '../../calc/load-error.ts'
import { validateLeagueFile } from '../../features/league/loaders/validate.ts'
import { normalizeResume, normalizeSessions } from '../normalize.ts'
import {
  lapsFileSchema,
  perfTimeFileSchema,
  resumeFileSchema,
  sessionsFileSchema,
} from '../race-schemas.ts'
import {
  championshipFileSchema,
  driversLookupSchema,
  participantsLookupSchema,
  raceIndexFileSchema,
} from '../season-schemas.ts'
import { roundsFileSchema } from '../v33-schemas.ts'
import { checkChampionship } from './check-championship.ts'
import { checkRaceIndex } from './check-index.ts'
import { checkLaps } from './check-laps.ts'
import { checkDriversLookup, checkParticipants } from './check-lookups.ts'
import { checkPerftime } from './check-perftime.ts'
import { checkResume, checkResumeKeys } from './check-resume.ts'
import { checkRounds } from './check-rounds.ts'
import { checkSessions } from './check-sessions.ts'
import { classifyPath, compareFiles, type RaceFileKind } from './export-layout.ts'
import { m } from './message.ts'
import { parseFile, reportLoadError } from './parse-file.ts'
import { type Note, type Problem, ProblemLog } from './problem.ts'
import { looseRaceDrivers, type RaceDrivers, raceDrivers } from './race-drivers.ts'
import { sessionTab } from './session-tab.ts'

/** A race folder found, with its sessions.json meta when the file can be read. */
export interface RaceFound {
  raceId: string
  meta: RaceMeta | null
}

export interface ExportReport {
  /** In report order: by file (index, races by id, seasons, lookups, leagues), then as found. */
  problems: Problem[]
  /** Historical patterns recognised (shared cars, ties…): informational, in file order. */
  notes: Note[]
  races: RaceFound[]
  counts: {
    files: number
    races: number
    championships: number
    lookups: number
    leagueFiles: number
  }
}

type Texts = ReadonlyMap<string, string>

const anyJson = z.unknown()

/**
 * Every check of an export folder, pure: `files` maps each path of the folder ("races/1101/
 * sessions.json") to its text. The CLI reads the disk, the page reads a picked folder; both call
 * this. Files are parsed once each; cross-file checks use Maps and Sets (linear in the data).
 * `onChecked` is told how many files of the layout are checked so far, out of how many (the
 * folder opener's progress bar).
 */
export function validateExports(
  files: Texts,
  onChecked?: (checked: number, total: number) => void,
): ExportReport {
  const log = new ProblemLog()
  const raceTexts = new Map<string, Partial<Record<RaceFileKind, string>>>()
  const seasons = new Map<string, string>()
  const others: Array<[string, string]> = []
  let jsonFiles = 0
  let lookups = 0
  let leagueFiles = 0
  for (const [path, text] of files) {
    const kind = classifyPath(path)
    if (!kind) continue
    jsonFiles += 1
    if (kind.kind === 'sessions' || kind.kind === 'perftime' || kind.kind === 'resume') {
      const race = raceTexts.get(kind.raceId) ?? {}
      race[kind.kind] = text
      raceTexts.set(kind.raceId, race)
    } else if (kind.kind === 'championship') seasons.set(kind.year, text)
    else others.push([path, text])
    if (kind.kind === 'drivers' || kind.kind === 'participants') lookups += 1
    if (kind.kind === 'league') leagueFiles += 1
  }

  let checked = 0
  const tick = (files: number) => {
    checked += files
    onChecked?.(checked, jsonFiles)
  }
  const drivers = new Map<string, RaceDrivers | null>()
  const metas = new Map<string, RaceMeta | null>()
  for (const [raceId, texts] of raceTexts) {
    const sessions = checkRaceFolder(raceId, texts, log)
    tick(Object.keys(texts).length)
    if (texts.sessions === undefined) continue
    drivers.set(raceId, sessions ? raceDrivers(sessions) : looseRaceDrivers(texts.sessions))
    metas.set(raceId, sessions?.meta ?? null)
  }
  for (const [year, text] of seasons) {
    const file = `seasons/${year}/championship.json`
    const fileLog = log.forFile(file, () => 'CHAMP')
    const parsed = parseFile(file, text, championshipFileSchema, fileLog)
    if (parsed) checkChampionship(year, parsed.data, fileLog)
    tick(1)
  }
  const championships = new Set(seasons.keys())
  for (const [path, text] of others) {
    checkOtherFile(path, text, log, { drivers, metas, championships })
    tick(1)
  }
  if (raceTexts.size > 0) warnMissingShared(files, log)
  if (jsonFiles === 0) {
    log
      .forFile('')
      .error(
        '',
        'no export file found: expected races/<race_id>/sessions.json, seasons/<year>/championship.json, lookups/ or leagues/ files',
      )
  }

  const problems = log.problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => compareFiles(a.problem.file, b.problem.file) || a.order - b.order)
    .map(({ problem }) => problem)
  const races = [...metas].map(([raceId, meta]) => ({ raceId, meta })).sort(byDate)
  const notes = [...log.notes].sort((a, b) => compareFiles(a.file, b.file))
  return {
    problems,
    notes,
    races,
    counts: {
      files: jsonFiles,
      races: races.length,
      championships: seasons.size,
      lookups,
      leagueFiles,
    },
  }
}

/** The problems only (what most callers need). */
export function validateFiles(files: Texts): Problem[] {
  return validateExports(files).problems
}

/** sessions.json, then perftime.json and resume.json checked against it. */
function checkRaceFolder(
  raceId: string,
  texts: Partial<Record<RaceFileKind, string>>,
  log: ProblemLog,
): SessionsFile | null {
  const folder = `races/${raceId}`
  let sessions: SessionsFile | null = null
  if (texts.sessions === undefined) {
    const present = Object.keys(texts).map((kind) => `${kind}.json`)
    log
      .forFile(`${folder}/sessions.json`)
      .error(
        '',
        m`missing: ${folder}/ has ${present.join(' and ')} but no sessions.json, so the race page says "race not found"`,
      )
  } else {
    const file = `${folder}/sessions.json`
    const text = texts.sessions
    const fileLog = log.forFile(file, sessionTab(text))
    const parsed = parseFile(file, text, sessionsFileSchema, fileLog)
    if (parsed) {
      checkSessions(raceId, parsed.data, fileLog)
      sessions = normalizeSessions(parsed.data)
    }
  }
  const race = sessions ? raceDrivers(sessions) : null
  if (texts.sessions !== undefined) warnMissingOptional(folder, texts, log)
  if (texts.perftime !== undefined) {
    const file = `${folder}/perftime.json`
    const fileLog = log.forFile(file, () => 'PERF')
    const parsed = parseFile(file, texts.perftime, perfTimeFileSchema, fileLog)
    if (parsed) checkPerftime(raceId, parsed.data, race, fileLog)
  }
  if (texts.resume !== undefined) {
    const file = `${folder}/resume.json`
    const fileLog = log.forFile(file, () => 'RESUME')
    const parsed = parseFile(file, texts.resume, resumeFileSchema, fileLog)
    let resume: ResumeFile | null = null
    if (parsed) checkResumeKeys(parsed.data.rows, fileLog)
    try {
      // The open-ended pos_<session> / pct_<session> keys are checked here, as the page does.
      resume = parsed ? normalizeResume(file, parsed.data) : null
    } catch (error) {
      if (!isLoadError(error)) throw error
      reportLoadError(error, fileLog)
    }
    if (resume) checkResume(raceId, resume, race, fileLog)
  }
  return sessions
}

/** perftime.json and resume.json may be missing: the page computes them, and says so. */
function warnMissingOptional(
  folder: string,
  texts: Partial<Record<RaceFileKind, string>>,
  log: ProblemLog,
): void {
  if (texts.perftime === undefined) {
    log
      .forFile(`${folder}/perftime.json`, () => 'PERF')
      .warning('', 'missing: the page computes the PerfTime from sessions.json and says so')
  }
  if (texts.resume === undefined) {
    log
      .forFile(`${folder}/resume.json`, () => 'RESUME')
      .warning(
        '',
        'missing: the page computes the summary from sessions.json; lap-chart figures (laps led, top 1/3/6/10) show —',
      )
  }
}

interface FolderContext {
  drivers: ReadonlyMap<string, RaceDrivers | null>
  metas: ReadonlyMap<string, RaceMeta | null>
  championships: ReadonlySet<string>
}

function checkOtherFile(path: string, text: string, log: ProblemLog, context: FolderContext) {
  const fileLog = log.forFile(path)
  const kind = classifyPath(path)?.kind
  if (kind === 'participants') {
    const parsed = parseFile(path, text, participantsLookupSchema, fileLog)
    if (parsed) checkParticipants(parsed.data, context.drivers, fileLog)
  } else if (kind === 'drivers') {
    const parsed = parseFile(path, text, driversLookupSchema, fileLog)
    if (parsed) checkDriversLookup(parsed.data, context.drivers, fileLog)
  } else if (kind === 'race-index') {
    const parsed = parseFile(path, text, raceIndexFileSchema, fileLog)
    if (parsed) {
      const folder = { races: context.metas, championships: context.championships }
      checkRaceIndex(parsed.data, folder, fileLog)
    }
  } else if (kind === 'laps') {
    const raceId = path.split('/')[1] ?? ''
    const parsed = parseFile(path, text, lapsFileSchema, fileLog)
    const race = { drivers: context.drivers.get(raceId), meta: context.metas.get(raceId) }
    if (parsed) checkLaps(raceId, parsed.data, race, fileLog)
  } else if (kind === 'rounds') {
    const parsed = parseFile(path, text, roundsFileSchema, fileLog)
    if (parsed) checkRounds(path.split('/')[1] ?? '', parsed.data, context.metas, fileLog)
  } else if (kind === 'league') {
    const parsed = parseFile(path, text, anyJson, fileLog)
    if (!parsed) return
    for (const problem of validateLeagueFile(path, parsed.data)) {
      fileLog[problem.severity](problem.path, problem.message)
    }
  } else {
    fileLog.warning(
      '',
      'not a file of the export layout (races/<race_id>/sessions|perftime|resume|laps.json, seasons/<year>/championship|rounds.json, lookups/drivers.min.json|participants.json, races/index.json, leagues/…): the page never reads it',
    )
  }
}

/** Files every race page reads besides its own: without them the page works, with less. */
const SHARED_FILES: ReadonlyArray<[string, string]> = [
  [
    'races/index.json',
    'missing: the index page lists no race, and race pages have no previous / next links',
  ],
  ['lookups/drivers.min.json', 'missing: driver names come from the session rows only'],
  ['lookups/participants.json', 'missing: car numbers, tyres and engines are not shown'],
]

function warnMissingShared(files: Texts, log: ProblemLog): void {
  for (const [path, message] of SHARED_FILES) {
    if (!files.has(path)) log.forFile(path).warning('', message)
  }
}

function byDate(a: RaceFound, b: RaceFound): number {
  const dateA = a.meta?.date ?? ''
  const dateB = b.meta?.date ?? ''
  if (dateA !== dateB) return dateA < dateB ? -1 : 1
  return a.raceId.localeCompare(b.raceId, 'en', { numeric: true })
}
