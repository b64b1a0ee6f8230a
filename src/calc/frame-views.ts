/**
 * The views an iframe may show (`&embed=1`): a race or a season, nothing an editor or a league
 * reader uses. Apart from the embed protocol so links can ask without loading the protocol.
 */
export function staysInFrame(params: URLSearchParams): boolean {
  if (params.get('league') || params.get('local') === '1') return false
  return Boolean(params.get('race') || params.get('season'))
}
