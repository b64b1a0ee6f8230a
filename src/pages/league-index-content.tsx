import { useQuery } from '@tanstack/react-query'
import '../styles/league.css'
import { FileProblem } from '../components/file-problem.tsx'
import { LeagueList } from '../components/league-list.tsx'
import { leagueIndexQuery } from '../loaders/league-queries.ts'
import { Link } from './link.tsx'

/** The leagues of leagues/index.json on the index page; nothing at all when the file is absent. */
export function LeagueIndexContent() {
  const index = useQuery(leagueIndexQuery())
  if (index.isError) return <FileProblem error={index.error} onRetry={() => void index.refetch()} />
  if (!index.data) return null
  return <LeagueList leagues={index.data.leagues} Link={Link} />
}
