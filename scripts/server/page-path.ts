/**
 * Prerendered sites (issue 17): which requests are pages. "" (/), "races/1101/", "seasons/2023/"
 * and any path whose last segment has no extension ("races/1101/grid") are pages; files have one.
 */
export function isPagePath(relative: string): boolean {
  const last = relative.split('/').pop() ?? ''
  return !last.includes('.')
}

/** A query URL of a view (/?race=1101&tab=RACE): the app's shell renders it in the browser. */
export function asksForView(rawUrl: string): boolean {
  const query = new URLSearchParams(rawUrl.split('?')[1]?.split('#')[0] ?? '')
  return ['race', 'season', 'league', 'local'].some((key) => query.has(key))
}
