import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { TablePlaceholder } from '../../../components/table-placeholder.tsx'
import { useDataSource } from '../../../pages/data-source.ts'
import { NotFoundOrProblem } from '../../../pages/not-found.tsx'
import { PageTabs } from '../../../pages/page-tabs.tsx'
import { navigate } from '../../../pages/url-state.ts'
import { useSortParam } from '../../../pages/use-sort-param.ts'
import { roundView } from '../calc/round-view.ts'
import type { LeagueIndexFile } from '../calc/types.ts'
import { LeagueChecks } from '../components/checks.tsx'
import { eventLabel, useLeagueT } from '../i18n/translate.ts'
import { leaguePaths } from '../loaders/paths.ts'
import { leagueIndexQuery, leagueRoundQuery } from '../loaders/queries.ts'
import { LeagueRoundHeader } from './round-header.tsx'
import { LeagueRoundPanel } from './round-panel.tsx'

/** Where the round sits in leagues/index.json (league name, season, sibling rounds), if listed. */
export function findRound(
  index: LeagueIndexFile | null | undefined,
  leagueId: string,
  roundId: string,
) {
  const league = index?.leagues.find((entry) => entry.id === leagueId)
  const season = league?.seasons.find((s) => s.rounds.some((r) => String(r.id) === roundId))
  return { league, season }
}

/**
 * `?league=<id>&round=<id>`: a tab per race event (qualifier first, then the races), the round
 * standings and the cross-division rankings; `&division=<id>` keeps one division in view.
 * The round file and leagues/index.json (names, season, other rounds) load in the same tick.
 */
export function LeagueRoundPage(props: {
  leagueId: string
  roundId: string
  params: URLSearchParams
}) {
  const { leagueId, roundId, params } = props
  const lt = useLeagueT()
  const source = useDataSource()
  const [round, index] = useQueries({
    queries: [leagueRoundQuery(source, leagueId, roundId), leagueIndexQuery(source)],
  })
  const sort = useSortParam(params)
  const file = round.data
  const view = useMemo(() => (file ? roundView(file) : null), [file])
  if (round.isPending) return <TablePlaceholder />
  if (round.isError || !file || !view) {
    const path = leaguePaths.round(leagueId, roundId)
    return (
      <NotFoundOrProblem
        query={round}
        title={lt('roundNotFoundTitle')}
        message={lt('roundNotFound', { league: leagueId, round: roundId, file: path })}
      />
    )
  }
  const place = findRound(index.data, leagueId, roundId)
  const divisionParam = Number(params.get('division'))
  const division = file.divisions.find((d) => d.id === divisionParam) ?? null
  const tabs = [
    ...view.events.map(({ event }) => ({
      id: `event-${event.id}`,
      label: eventLabel(event, lt),
      note: event.results.some((r) => r.status === 'pending') ? lt('provisional') : undefined,
    })),
    { id: 'standings', label: lt('tabStandings') },
    { id: 'rankings', label: lt(view.divided ? 'tabRankings' : 'tabRankingsSingle') },
  ]
  const requested = params.get('tab')
  // Default: the round standings once the round is completed, else its latest event with results.
  const latest = view.events.findLast(({ event }) => event.results.length > 0)?.event
  const fallback = file.round.round_results
    ? 'standings'
    : latest
      ? `event-${latest.id}`
      : (tabs[0]?.id ?? 'standings')
  const tab =
    requested && tabs.some((candidate) => candidate.id === requested) ? requested : fallback
  return (
    <article className="league-round">
      <LeagueRoundHeader
        file={file}
        leagueId={leagueId}
        place={place}
        division={division}
        onDivision={(id) => navigate({ division: id == null ? null : String(id) })}
      />
      <PageTabs label={lt('eventsLabel')} tabs={tabs} selected={tab}>
        <LeagueRoundPanel tab={tab} file={file} view={view} division={division} {...sort} />
      </PageTabs>
      <LeagueChecks warnings={view.warnings} />
    </article>
  )
}
