import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { TablePlaceholder } from '../../../components/table-placeholder.tsx'
import { useDataSource } from '../../../pages/data-source.ts'
import { DocumentHead } from '../../../pages/document-head.tsx'
import { Link } from '../../../pages/link.tsx'
import { NotFoundOrProblem } from '../../../pages/not-found.tsx'
import { namedHead } from '../../../pages/page-head.ts'
import { seasonWarnings } from '../calc/checks.ts'
import { standingsMatrices } from '../calc/standings.ts'
import { LeagueChecks } from '../components/checks.tsx'
import { LeagueMatrixTable } from '../components/tables/matrix-table.tsx'
import { seasonName, useLeagueT } from '../i18n/translate.ts'
import { leaguePaths } from '../loaders/paths.ts'
import { leagueIndexQuery, leagueStandingsQuery } from '../loaders/queries.ts'

const STAY = { tab: null, sort: null, race: null, season: null }

/**
 * `?league=<id>&standings=<season_id>`: the season as a matrix driver × round, one table per
 * division. Each round header links to that round's page (filtered to the table's division).
 * Rounds listed in leagues/index.json but without points yet show as empty columns.
 */
export function LeagueStandingsPage(props: { leagueId: string; seasonId: string }) {
  const { leagueId, seasonId } = props
  const lt = useLeagueT()
  const source = useDataSource()
  const [standings, index] = useQueries({
    queries: [leagueStandingsQuery(source, leagueId, seasonId), leagueIndexQuery(source)],
  })
  const league = index.data?.leagues.find((entry) => entry.id === leagueId)
  const season = league?.seasons.find((entry) => String(entry.id) === seasonId)
  const matrices = useMemo(
    () => (standings.data ? standingsMatrices(standings.data, season?.rounds ?? []) : []),
    [standings.data, season],
  )
  const warnings = useMemo(
    () => (standings.data ? seasonWarnings(standings.data) : []),
    [standings.data],
  )
  if (standings.isPending) return <TablePlaceholder />
  if (standings.isError || !standings.data) {
    const file = leaguePaths.standings(leagueId, seasonId)
    return (
      <NotFoundOrProblem
        query={standings}
        title={lt('standingsNotFoundTitle')}
        message={lt('standingsNotFound', { league: leagueId, season: seasonId, file })}
      />
    )
  }
  const title = lt('seasonStandings', {
    league: league?.name ?? leagueId,
    season: season ? seasonName(season.name, lt) : seasonId,
  })
  return (
    <section className="league-season-standings">
      <DocumentHead
        head={namedHead([title], lt('pageDescriptionLeague', { league: league?.name ?? leagueId }))}
      />
      <h1>{title}</h1>
      <p className="note">{lt('matrixNote')}</p>
      {matrices.map((matrix) => {
        const division = matrix.divisionName
        const key = String(matrix.divisionId ?? 'all')
        return (
          <section key={key} className="league-division" aria-label={division ?? undefined}>
            {division && <h2>{division}</h2>}
            <LeagueMatrixTable
              caption={division ? `${title} — ${division}` : title}
              matrix={matrix}
              Link={Link}
              roundLink={(round) => ({
                ...STAY,
                league: leagueId,
                standings: null,
                round: String(round.roundId),
                division: matrix.divisionId == null ? null : String(matrix.divisionId),
              })}
            />
          </section>
        )
      })}
      <LeagueChecks warnings={warnings} />
    </section>
  )
}
