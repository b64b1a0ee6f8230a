import { isLoadError } from '../../calc/load-error.ts'
import { parseJson } from '../parse-json.ts'
import { warnAbsurdNumbers } from './check-magnitudes.ts'
import type { FileLog } from './problem.ts'

type Schema<T> = Parameters<typeof parseJson<T>>[2]

/**
 * JSON.parse + the app's own schema, exactly as the page reads the file (parseJson): every
 * failure becomes an error of the file with its JSON path. null when the file cannot be used.
 */
export function parseFile<T>(
  file: string,
  text: string,
  schema: Schema<T>,
  log: FileLog,
): { data: T } | null {
  try {
    const data = parseJson(file, text, schema)
    warnAbsurdNumbers(data, log)
    return { data }
  } catch (error) {
    if (!isLoadError(error)) throw error
    reportLoadError(error, log)
    return null
  }
}

/** A LoadError's problems, or its one-line detail ("not valid JSON (…)") for the whole file. */
export function reportLoadError(
  error: {
    url: string
    message: string
    problems: ReadonlyArray<{ path: string; message: string }>
  },
  log: FileLog,
): void {
  if (error.problems.length === 0) {
    log.error('', error.message.slice(error.url.length + 2))
    return
  }
  for (const problem of error.problems) log.error(problem.path, problem.message)
}
