import type { Message } from './message.ts'

/**
 * What the validator reports: one problem of one export file, with the JSON path in the file and
 * the race tab it affects, so the page can link to it. The same CLI and browser code makes them.
 */

export type Severity = 'error' | 'warning'

export interface Problem {
  /** Path of the file in the export folder: "races/1101/sessions.json". */
  file: string
  /** JSON path in the file: "sessions[2].rows[5].best_lap_ms" ("" for the whole file). */
  path: string
  severity: Severity
  /** In English (the CLI's words). */
  message: string
  /** The message as code + params, for the page to say in the reader's language (message.ts). */
  template?: string
  params?: ReadonlyArray<string | number>
  /** The race tab the problem shows in: a session code, PERF, RESUME or CHAMP. */
  tab?: string
}

/**
 * A real historical pattern recognised (a shared car, a tie): informational, kept apart from the
 * problems so that no page, count or exit code takes it for a defect.
 */
export type Note = Omit<Problem, 'severity'> & { severity: 'note' }

/** Reports problems of one file; the tab comes from the path (sessions[2] → that session's code). */
export interface FileLog {
  error(path: string, message: string | Message): void
  warning(path: string, message: string | Message): void
  /** A pattern of the real history that looks like a defect but is not (docs/guarantees.md). */
  note(path: string, message: string | Message): void
}

/** The message's fields of a problem: its English text, and its code + params when it has them. */
function words(message: string | Message): Pick<Problem, 'message' | 'template' | 'params'> {
  if (typeof message === 'string') return { message, template: message, params: [] }
  return { message: message.text, template: message.template, params: message.params }
}

/** Collects every problem once: the same file, path and message are never listed twice. */
export class ProblemLog {
  readonly problems: Problem[] = []
  /** Notes are informational: never in `problems`, so no page or exit code counts them. */
  readonly notes: Note[] = []
  readonly #seen = new Set<string>()

  forFile(file: string, tabOf: (path: string) => string | undefined = () => undefined): FileLog {
    return {
      error: (path, message) =>
        this.add({ file, path, severity: 'error', ...words(message) }, tabOf(path)),
      warning: (path, message) =>
        this.add({ file, path, severity: 'warning', ...words(message) }, tabOf(path)),
      note: (path, message) => {
        const tab = tabOf(path)
        const note: Note = { file, path, severity: 'note', ...words(message) }
        this.notes.push(tab === undefined ? note : { ...note, tab })
      },
    }
  }

  add(problem: Problem, tab?: string): void {
    const key = `${problem.file}\n${problem.path}\n${problem.message}`
    if (this.#seen.has(key)) return
    this.#seen.add(key)
    this.problems.push(tab === undefined ? problem : { ...problem, tab })
  }
}

/**
 * The tab of a problem in sessions.json: "sessions[2].rows[5].x" → the code of sessions[2], asked
 * of `codeAt` only for such a path (undefined for "meta.race_id").
 */
export function sessionTabOf(
  codeAt: (index: number) => string | undefined,
): (path: string) => string | undefined {
  return (path) => {
    const index = /^sessions\[(\d+)\]/.exec(path)?.[1]
    return index === undefined ? undefined : codeAt(Number(index))
  }
}

export function countBySeverity(problems: readonly Problem[]): {
  errors: number
  warnings: number
} {
  let errors = 0
  for (const problem of problems) if (problem.severity === 'error') errors += 1
  return { errors, warnings: problems.length - errors }
}
