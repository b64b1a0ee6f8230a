/**
 * Where the league files live (PRODUCT.md, data layout), relative to the data base URL. Ids come
 * from the URL: encoded so an id never leaves the leagues folder.
 */
export const leaguePaths = {
  index: () => 'leagues/index.json',
  round: (leagueId: string, roundId: string) =>
    `leagues/${encodeURIComponent(leagueId)}/rounds/${encodeURIComponent(roundId)}.json`,
  standings: (leagueId: string, seasonId: string) =>
    `leagues/${encodeURIComponent(leagueId)}/seasons/${encodeURIComponent(seasonId)}/standings.json`,
}

export type LeagueFileRef =
  | { kind: 'index' }
  | { kind: 'round'; leagueId: string; roundId: string }
  | { kind: 'standings'; leagueId: string; seasonId: string }

const ROUND = /(?:^|\/)leagues\/([^/]+)\/rounds\/([^/]+)\.json$/
const STANDINGS = /(?:^|\/)leagues\/([^/]+)\/seasons\/([^/]+)\/standings\.json$/
const INDEX = /(?:^|\/)leagues\/index\.json$/

/** "exports/leagues/gt-masters/rounds/201.json" → a round of gt-masters; not a league file → null. */
export function leagueFileRef(path: string): LeagueFileRef | null {
  const unix = path.replaceAll('\\', '/')
  if (INDEX.test(unix)) return { kind: 'index' }
  const round = ROUND.exec(unix)
  if (round?.[1] && round[2]) {
    return { kind: 'round', leagueId: decode(round[1]), roundId: decode(round[2]) }
  }
  const standings = STANDINGS.exec(unix)
  if (standings?.[1] && standings[2]) {
    return { kind: 'standings', leagueId: decode(standings[1]), seasonId: decode(standings[2]) }
  }
  return null
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
