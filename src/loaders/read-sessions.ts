import type { SessionsFile } from '../calc/export-types.ts'
import { checkShape, type Schema } from './fetch-json.ts'
import { sessionsFileSchema } from './race-schemas.ts'

/**
 * sessions.json checked against its schema; when it fails, the row-level salvage (loaded only
 * then) keeps the good rows of a file whose envelope is right. A file that is not the export at
 * all still throws the file-level LoadError with every problem.
 */
export async function checkSessions(url: string, data: unknown): Promise<SessionsFile> {
  const strict = sessionsFileSchema.safeParse(data)
  if (strict.success) return strict.data
  const salvaged = await import('./salvage-sessions.ts').then(
    (module) => module.salvageSessions(data, strict.error.issues),
    () => null,
  )
  return salvaged ?? checkShape(url, data, sessionsFileSchema as Schema<SessionsFile>)
}

/** Any JSON value: the shape is checked by checkSessions, after reading. */
export const anyJson: Schema<unknown> = {
  safeParse: (data: unknown) => ({ success: true, data }),
  _zod: { def: { type: 'unknown' } },
}
