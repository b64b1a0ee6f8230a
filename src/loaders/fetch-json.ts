import { isLoadError, LoadError, type ShapeProblem } from '../calc/load-error.ts'
import { decodeFileText } from './file-text.ts'
import { readBody } from './read-body.ts'

export interface Schema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false
        error: { issues: Array<{ code: string; path: PropertyKey[]; message: string }> }
      }
  _zod: { def: unknown }
}

/** How long a file may take before the page says so (a file that never answers). */
export const FETCH_TIMEOUT_MS = 15_000

/**
 * fetch → status → content type → bytes (strict UTF-8, size limit) → JSON.parse → schema. Every
 * failure is a LoadError. The words that explain a file of the wrong shape (describe-issues.ts)
 * load only when one is met.
 */
export async function fetchJson<T>(
  url: string,
  schema: Schema<T>,
  signal?: AbortSignal,
): Promise<T> {
  return checkShape(url, parseJsonText(url, await fetchText(url, signal)), schema)
}

/** JSON.parse, or a LoadError saying the file is empty or not JSON. */
export function parseJsonText(url: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable'
    const empty = text.trim() === ''
    throw new LoadError('not-json', url, empty ? 'the file is empty' : `not valid JSON (${detail})`)
  }
}

/** The schema's data, or a LoadError with one problem per wrong value, in plain words. */
export async function checkShape<T>(url: string, data: unknown, schema: Schema<T>): Promise<T> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const { issues } = result.error
  const problems = await import('./describe-issues.ts').then(
    (words) => words.describeIssues(schema as never, data, issues),
    // Offline or a new deploy: zod's own words, still with each problem's path.
    () => issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  )
  throw shapeError(url, problems)
}

export function shapeError(url: string, problems: ShapeProblem[]): LoadError {
  return new LoadError('invalid-shape', url, `${problems.length} problem(s) in the file`, {
    problems,
  })
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, { signal: combined, cache: 'no-cache' })
  } catch (error) {
    if (timeout.aborted) throw new LoadError('timeout', url, 'the server did not answer in time')
    if (signal?.aborted) throw error
    throw new LoadError('network', url, 'the network request failed')
  }
  if (response.status === 404 || response.status === 410) {
    throw new LoadError('not-found', url, 'file not found', { status: response.status })
  }
  if (!response.ok) {
    throw new LoadError('network', url, `the server answered ${response.status}`, {
      status: response.status,
    })
  }
  const type = response.headers.get('content-type') ?? ''
  let bytes: Uint8Array
  try {
    bytes = await readBody(response, url)
  } catch (error) {
    if (isLoadError(error)) throw error
    // The headers came, then the body stalled or the connection dropped.
    if (timeout.aborted) throw new LoadError('timeout', url, 'the server did not answer in time')
    if (signal?.aborted) throw error
    throw new LoadError('network', url, 'the connection was cut while reading the file')
  }
  // An HTML error page served with status 200 (a SPA fallback, a proxy page): not our JSON,
  // whatever its encoding (checked before the strict decoding).
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64))
  if (type.includes('text/html') || /^\uFEFF?\s*<(!doctype|html)/i.test(start)) {
    throw new LoadError('not-json', url, 'the server sent an HTML page instead of JSON', {
      status: response.status,
    })
  }
  return await decodeFileText(url, bytes)
}
