import { describeIssues } from './describe-issues.ts'
import { parseJsonText, type Schema, shapeError } from './fetch-json.ts'

/**
 * The page's reading of a file (JSON.parse, then the app's schema), at once: for the validator
 * and the tests, which have the text already. Every failure is a LoadError naming the file, with
 * one problem per wrong value.
 */
export function parseJson<T>(url: string, text: string, schema: Schema<T>): T {
  const data = parseJsonText(url, text)
  const result = schema.safeParse(data)
  if (result.success) return result.data
  throw shapeError(url, describeIssues(schema as never, data, result.error.issues))
}
