import { isLeagueFile } from '../../features/league/loaders/validate.ts'

/**
 * The files of an export folder (PRODUCT.md, data layout) and what each one is. Paths are relative
 * to the folder, with "/" separators: "races/1101/sessions.json".
 */

export type RaceFileKind = 'sessions' | 'perftime' | 'resume'

export type ExportFile =
  | { kind: RaceFileKind; raceId: string }
  | { kind: 'championship'; year: string }
  /** v3.3 optional files (docs/export-v3.3.md). */
  | { kind: 'laps'; raceId: string }
  | { kind: 'rounds'; year: string }
  | { kind: 'drivers' | 'participants' | 'race-index' | 'league' }
  /** A JSON file the page never reads (a typo in a name, a stray file). */
  | { kind: 'unknown' }

const RACE_FILE = /^races\/([^/]+)\/(sessions|perftime|resume)\.json$/
const CHAMPIONSHIP = /^seasons\/([^/]+)\/championship\.json$/
const LAPS = /^races\/([^/]+)\/laps\.json$/
const ROUNDS = /^seasons\/([^/]+)\/rounds\.json$/
const FIXED: Record<string, ExportFile> = {
  'races/index.json': { kind: 'race-index' },
  'lookups/drivers.min.json': { kind: 'drivers' },
  'lookups/participants.json': { kind: 'participants' },
}

/** What a path of the folder is; null for a file that is not JSON (licences, notes): ignored. */
export function classifyPath(path: string): ExportFile | null {
  if (!path.endsWith('.json')) return null
  const fixed = FIXED[path]
  if (fixed) return fixed
  const race = RACE_FILE.exec(path)
  if (race?.[1] && race[2]) return { kind: race[2] as RaceFileKind, raceId: race[1] }
  const season = CHAMPIONSHIP.exec(path)
  if (season?.[1]) return { kind: 'championship', year: season[1] }
  const laps = LAPS.exec(path)
  if (laps?.[1]) return { kind: 'laps', raceId: laps[1] }
  const rounds = ROUNDS.exec(path)
  if (rounds?.[1]) return { kind: 'rounds', year: rounds[1] }
  if (path.startsWith('leagues/') && isLeagueFile(path)) return { kind: 'league' }
  return { kind: 'unknown' }
}

const TOP_FOLDERS = new Set(['races', 'seasons', 'lookups', 'leagues'])

/**
 * Files picked or dropped in the browser carry the picked folder's name ("exports/races/1101/…"),
 * or not, when its subfolders are dropped ("races/1101/…"). The export root is the shallowest
 * folder holding races/, seasons/, lookups/ or leagues/; files outside it are left out.
 * Returns the root ("exports/", "" when the paths start at it) and each kept path made relative.
 */
export function exportRoot(paths: readonly string[]): { root: string; files: Map<string, string> } {
  let root: string | null = null
  for (const path of paths) {
    const parts = path.replace(/^\/+/, '').split('/')
    // The last part is the file's name: only folders count.
    for (
      let depth = 0;
      depth < parts.length - 1 && (root === null || depth < depthOf(root));
      depth++
    ) {
      if (TOP_FOLDERS.has(parts[depth] ?? '')) {
        root = parts
          .slice(0, depth)
          .map((part) => `${part}/`)
          .join('')
        break
      }
    }
  }
  const files = new Map<string, string>()
  if (root === null) return { root: '', files }
  for (const path of paths) {
    const clean = path.replace(/^\/+/, '')
    if (clean.startsWith(root)) files.set(path, clean.slice(root.length))
  }
  return { root, files }
}

function depthOf(root: string): number {
  return root === '' ? 0 : root.split('/').length - 1
}

const FILE_ORDER: Record<string, string> = {
  'sessions.json': '1',
  'perftime.json': '2',
  'resume.json': '3',
  'laps.json': '4',
}

/** Report order: the race index, races by id (sessions, perftime, resume), seasons, lookups, leagues. */
export function compareFiles(a: string, b: string): number {
  return sortKey(a).localeCompare(sortKey(b), 'en', { numeric: true })
}

const TOP_GROUP: Record<string, string> = { races: '1', seasons: '2', lookups: '3', leagues: '4' }

function sortKey(path: string): string {
  const kind = classifyPath(path)?.kind
  // A stray file sorts with its folder: races/1101/notes.json after races/1101/resume.json.
  const group = kind === 'race-index' ? '0' : (TOP_GROUP[path.split('/')[0] ?? ''] ?? '5')
  const name = path.split('/').pop() ?? ''
  const folder = path.slice(0, path.length - name.length)
  return `${group} ${folder} ${FILE_ORDER[name] ?? '9'}${name}`
}
