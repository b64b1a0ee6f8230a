import type { DriversLookup, SessionsFile } from './export-types.ts'

/**
 * drivers.min.json gives each driver_id its display name ("Nom affiché"); when present it wins
 * over the name written in the session rows. Without the lookup the file is returned as is.
 */
export function withDisplayNames(file: SessionsFile, names: DriversLookup | null): SessionsFile {
  if (!names) return file
  const nameOf = (id: number, fallback: string) => {
    const name = names[String(id)]?.trim()
    return name ? name : fallback
  }
  return {
    meta: file.meta,
    sessions: file.sessions.map((session) => ({
      ...session,
      rows: session.rows.map((row) => ({
        ...row,
        driver_name: nameOf(row.driver_id, row.driver_name),
      })),
    })),
  }
}
