import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { roundWarnings } from '../calc/league-checks.ts'
import { inferPointsMode } from '../calc/league-points.ts'
import { RANKING_KINDS, resolveRanking, resultIndex } from '../calc/league-rankings.ts'
import {
  divisionNames,
  driverNames,
  eventResultGroups,
  orderedEvents,
  roundHasDivisions,
  roundStandingGroups,
} from '../calc/league-round.ts'
import type { LeagueIndexFile, LeagueRoundFile } from '../calc/league-types.ts'
import { isLoadError } from '../calc/load-error.ts'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { FileProblem } from '../components/file-problem.tsx'
import { LeagueChecks } from '../components/league-checks.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import { Tabs } from '../components/tabs.tsx'
import { eventLabel, useLeagueT } from '../i18n/league-i18n.ts'
import { leaguePaths } from '../loaders/league-paths.ts'
import { leagueIndexQuery, leagueRoundQuery } from '../loaders/league-queries.ts'
import { LeagueRoundHeader } from './league-round-header.tsx'
import { LeagueRoundPanel } from './league-round-panel.tsx'
import { NotFound } from './not-found.tsx'
import { navigate } from './url-state.ts'
import { useSortParam } from './use-sort-param.ts'

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

function useRoundView(file: LeagueRoundFile | undefined) {
  return useMemo(() => {
    if (!file) return null
    const divisions = divisionNames(file)
    const names = driverNames(file)
    const events = orderedEvents(file.race_events)
    const standings = roundStandingGroups(file.round.round_results)
    const index = resultIndex(file)
    return {
      divided: roundHasDivisions(file),
      events: events.map((event) => ({
        event,
        groups: eventResultGroups(event, divisions, names),
      })),
      standings,
      mode: inferPointsMode(
        file.round.round_points,
        standings.flatMap((group) => group.rows),
      ),
      rankings: RANKING_KINDS.map((kind) => ({
        kind,
        rows: resolveRanking(file.round[kind], index),
      })),
      warnings: roundWarnings(file),
    }
  }, [file])
}

export type RoundView = NonNullable<ReturnType<typeof useRoundView>>

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
  const [round, index] = useQueries({
    queries: [leagueRoundQuery(leagueId, roundId), leagueIndexQuery()],
  })
  const [sorting, setSorting] = useSortParam(params)
  const view = useRoundView(round.data)
  if (round.isPending) return <TablePlaceholder />
  if (round.isError || !round.data || !view) {
    if (isLoadError(round.error) && round.error.kind === 'not-found') {
      const file = leaguePaths.round(leagueId, roundId)
      return (
        <NotFound
          title={lt('roundNotFoundTitle')}
          message={lt('roundNotFound', { league: leagueId, round: roundId, file })}
        />
      )
    }
    return <FileProblem error={round.error} onRetry={() => void round.refetch()} />
  }
  const file = round.data
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
      <Tabs
        label={lt('eventsLabel')}
        tabs={tabs}
        selected={tab}
        onSelect={(id) => navigate({ tab: id, sort: null })}
      >
        <ErrorBoundary
          key={tab}
          fallback={(error, reset) => <FileProblem error={error} onRetry={reset} />}
        >
          <LeagueRoundPanel
            tab={tab}
            file={file}
            view={view}
            division={division}
            sorting={sorting}
            onSortingChange={setSorting}
          />
        </ErrorBoundary>
      </Tabs>
      <LeagueChecks warnings={view.warnings} />
    </article>
  )
}
