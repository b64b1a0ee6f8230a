import { LoadError } from '../calc/load-error.ts'
import { isLocalFolder, readLocalFile } from './data-source.ts'
import { describeIssues } from './describe-issues.ts'

interface Schema<T> {
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

/** fetch → status → content type → JSON.parse → schema. Every failure is a LoadError. */
export async function fetchJson<T>(
  url: string,
  schema: Schema<T>,
  signal?: AbortSignal,
): Promise<T> {
  // An editor's folder opened in the page (data-source.ts) answers instead of the server.
  const text = isLocalFolder() ? await readLocalFile(url) : await fetchText(url, signal)
  return parseJson(url, text, schema)
}

export function parseJson<T>(url: string, text: string, schema: Schema<T>): T {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable'
    const empty = text.trim() === ''
    throw new LoadError('not-json', url, empty ? 'the file is empty' : `not valid JSON (${detail})`)
  }
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const problems = describeIssues(schema as never, data, result.error.issues)
  throw new LoadError('invalid-shape', url, `${problems.length} problem(s) in the file`, {
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
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    // The headers came, then the body stalled or the connection dropped.
    if (timeout.aborted) throw new LoadError('timeout', url, 'the server did not answer in time')
    if (signal?.aborted) throw error
    throw new LoadError('network', url, 'the connection was cut while reading the file')
  }
  // An HTML error page served with status 200 (a SPA fallback, a proxy page): not our JSON.
  if (type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text)) {
    throw new LoadError('not-json', url, 'the server sent an HTML page instead of JSON', {
      status: response.status,
    })
  }
  return text
}
