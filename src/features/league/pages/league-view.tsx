import { useQuery } from '@tanstack/react-query'
import '../league.css'
import { FileProblem } from '../../../components/file-problem.tsx'
import { TablePlaceholder } from '../../../components/table-placeholder.tsx'
import { useDataSource } from '../../../pages/data-source.ts'
import { DocumentHead } from '../../../pages/document-head.tsx'
import { Link } from '../../../pages/link.tsx'
import { NotFound } from '../../../pages/not-found.tsx'
import { namedHead } from '../../../pages/page-head.ts'
import { LeagueList } from '../components/league-list.tsx'
import { useLeagueT } from '../i18n/translate.ts'
import { leagueIndexQuery } from '../loaders/queries.ts'
import { LeagueRoundPage } from './round-page.tsx'
import { LeagueStandingsPage } from './standings-page.tsx'

/**
 * Every `?league=` view, loaded lazily by app.tsx so the race pages never carry league code:
 * a round (`&round=`), a season's standings (`&standings=`), or the league's seasons and rounds.
 */
export function LeagueView({ params }: { params: URLSearchParams }) {
  const leagueId = params.get('league') ?? ''
  const round = params.get('round')
  const standings = params.get('standings')
  // Keyed by what they show: another round or season starts from a clean state.
  const key = `${leagueId}/${round ?? standings}`
  if (round)
    return <LeagueRoundPage key={key} leagueId={leagueId} roundId={round} params={params} />
  if (standings) return <LeagueStandingsPage key={key} leagueId={leagueId} seasonId={standings} />
  return <LeagueOverview leagueId={leagueId} />
}

/** `?league=<id>` alone: that league's seasons and rounds, from leagues/index.json. */
function LeagueOverview({ leagueId }: { leagueId: string }) {
  const lt = useLeagueT()
  const source = useDataSource()
  const index = useQuery(leagueIndexQuery(source))
  if (index.isPending) return <TablePlaceholder rows={8} />
  if (index.isError) return <FileProblem error={index.error} onRetry={() => void index.refetch()} />
  const league = index.data?.leagues.find((entry) => entry.id === leagueId)
  if (!league) {
    return <NotFound title={leagueId} message={lt('leagueNotFound', { league: leagueId })} />
  }
  return (
    <>
      <DocumentHead
        head={namedHead([league.name], lt('pageDescriptionLeague', { league: league.name }))}
      />
      <LeagueList leagues={[league]} Link={Link} level={1} />
    </>
  )
}
