/**
 * Where the export files live: by default beside the app (its base URL), the layout of public/.
 * Paths are built from ids the URL gives; they are encoded so an id never leaves the data folder.
 */
export function dataUrl(path: string): string {
  const base = import.meta.env.BASE_URL ?? '/'
  return `${base.endsWith('/') ? base : `${base}/`}${path}`
}

// Ids from the URL: letters, digits, - and _ only ("1101", "gt-masters"); ".." never leaves.
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id)
}

export const paths = {
  sessions: (raceId: string) => `races/${encodeURIComponent(raceId)}/sessions.json`,
  perftime: (raceId: string) => `races/${encodeURIComponent(raceId)}/perftime.json`,
  resume: (raceId: string) => `races/${encodeURIComponent(raceId)}/resume.json`,
  laps: (raceId: string) => `races/${encodeURIComponent(raceId)}/laps.json`,
  championship: (year: number | string) =>
    `seasons/${encodeURIComponent(String(year))}/championship.json`,
  drivers: () => 'lookups/drivers.min.json',
  participants: () => 'lookups/participants.json',
  raceIndex: () => 'races/index.json',
}
