import { isLoadError } from '../../calc/load-error.ts'
import { parseJson } from '../parse-json.ts'
import { warnAbsurdNumbers } from './check-magnitudes.ts'
import type { Message } from './message.ts'
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

/**
 * "not valid JSON (Unterminated string in JSON at position 6851 (line 315 column 17))": the
 * detail is the JS engine's, in English; the page says where (line, column) in its own words.
 */
function fileMessage(text: string): string | Message {
  const where = /^not valid JSON \(.*line (\d+) column (\d+)\)\)$/.exec(text)
  if (!where) return text
  return {
    template: 'not valid JSON at line {0}, column {1}',
    params: [Number(where[1]), Number(where[2])],
    text,
  }
}

/**
 * A schema's problem (src/loaders/describe-issues.ts) as code + params: "expected a number, got
 * null" → expected {0}, got {1} with ["a number", "null"]; "unexpected field(s) x, y".
 */
function shapeMessage(text: string): string | Message {
  const expected = /^expected (.+), got (.+)$/.exec(text)
  if (expected) return { template: 'expected {0}, got {1}', params: expected.slice(1), text }
  const fields = /^unexpected field\(s\) (.+)$/.exec(text)
  if (fields) return { template: 'unexpected field(s) {0}', params: fields.slice(1), text }
  return text
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
    log.error('', fileMessage(error.message.slice(error.url.length + 2)))
    return
  }
  for (const problem of error.problems) log.error(problem.path, shapeMessage(problem.message))
}
