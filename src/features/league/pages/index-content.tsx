import { useQuery } from '@tanstack/react-query'
import '../league.css'
import { FileProblem } from '../../../components/file-problem.tsx'
import { useDataSource } from '../../../pages/data-source.ts'
import { Link } from '../../../pages/link.tsx'
import { LeagueList } from '../components/league-list.tsx'
import { leagueIndexQuery } from '../loaders/queries.ts'

/** The leagues of leagues/index.json on the index page; nothing at all when the file is absent. */
export function LeagueIndexContent() {
  const source = useDataSource()
  const index = useQuery(leagueIndexQuery(source))
  if (index.isError) return <FileProblem error={index.error} onRetry={() => void index.refetch()} />
  if (!index.data) return null
  return <LeagueList leagues={index.data.leagues} Link={Link} />
}
