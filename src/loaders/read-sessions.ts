import type { PerfTimeFile, SessionsFile } from '../calc/export-types.ts'
import { checkShape, type Schema } from './fetch-json.ts'
import { perfTimeFileSchema, resumeFileSchema, sessionsFileSchema } from './race-schemas.ts'
import type { SalvagedResume } from './salvage-files.ts'
import type { Issue } from './salvage-rows.ts'

/**
 * A file checked against its schema; when it fails, the row-level salvage (loaded only then)
 * keeps the good rows of a file whose envelope is right. A file that is not the export at all
 * still throws the file-level LoadError with every problem.
 */
function checkOrSalvage<T>(
  schema: Schema<T>,
  salvage: (data: unknown, issues: Issue[]) => Promise<T | null>,
) {
  return async (url: string, data: unknown): Promise<T> => {
    const strict = schema.safeParse(data)
    if (strict.success) return strict.data
    const salvaged = await salvage(data, strict.error.issues).catch(() => null)
    return salvaged ?? checkShape(url, data, schema)
  }
}

// One lazy chunk for the three files' salvage: each import() costs bytes in the first chunk.
const salvage = () => import('./salvage-files.ts')

export const checkSessions = checkOrSalvage<SessionsFile>(
  sessionsFileSchema as Schema<SessionsFile>,
  (data, issues) => salvage().then((module) => module.salvageSessions(data, issues)),
)

export const checkPerftimeFile = checkOrSalvage<PerfTimeFile>(perfTimeFileSchema, (data, issues) =>
  salvage().then((module) => module.salvagePerftime(data, issues)),
)

/** resume.json as read, before normalizeResume: a salvaged one carries its marks beside. */
export const checkResumeFile = checkOrSalvage<SalvagedResume | Omit<SalvagedResume, 'marks'>>(
  resumeFileSchema,
  (data, issues) => salvage().then((module) => module.salvageResume(data, issues)),
)

/** Any JSON value: the shape is checked by checkSessions, after reading. */
export const anyJson: Schema<unknown> = {
  safeParse: (data: unknown) => ({ success: true, data }),
  _zod: { def: { type: 'unknown' } },
}
