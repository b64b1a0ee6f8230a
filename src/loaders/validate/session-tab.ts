import { normalizeSessionCode } from '../../calc/session-codes.ts'
import { sessionTabOf } from './problem.ts'

/**
 * "sessions[2].rows[5].x" → the code of sessions[2] (normalized), read from the text only when a
 * problem needs it: a valid file is parsed once.
 */
export function sessionTab(text: string): (path: string) => string | undefined {
  let codes: Array<string | undefined> | null = null
  return sessionTabOf((index) => {
    codes ??= rawSessionCodes(text)
    return codes[index]
  })
}

function rawSessionCodes(text: string): Array<string | undefined> {
  try {
    const sessions = (JSON.parse(text) as { sessions?: unknown }).sessions
    if (!Array.isArray(sessions)) return []
    return sessions.map((session: { code?: unknown } | null) =>
      typeof session?.code === 'string' ? normalizeSessionCode(session.code) : undefined,
    )
  } catch {
    return []
  }
}
