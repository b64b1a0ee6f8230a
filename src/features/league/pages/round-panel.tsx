import type { SortingState } from '@tanstack/react-table'
import type { RoundView } from '../calc/round-view.ts'
import type { LeagueDivision, LeagueRoundFile } from '../calc/types.ts'
import { divisionLabel, LeagueEventPanel } from '../components/event-panel.tsx'
import { LeagueRankingsPanel } from '../components/rankings-panel.tsx'
import { LeagueRoundStandings } from '../components/round-standings.tsx'
import { eventLabel, useLeagueT } from '../i18n/translate.ts'

interface LeagueRoundPanelProps {
  tab: string
  file: LeagueRoundFile
  view: RoundView
  division: LeagueDivision | null
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** The selected tab's content, narrowed to the chosen division when there is one. */
export function LeagueRoundPanel(props: LeagueRoundPanelProps) {
  const { tab, file, view, division, sorting, onSortingChange } = props
  const lt = useLeagueT()
  const sort = { sorting, onSortingChange }
  const roundTitle = file.round.name
    ? lt('roundTitleNamed', { n: file.round.round_number, name: file.round.name })
    : lt('roundTitle', { n: file.round.round_number })
  const keep = (divisionId: number | null) => division == null || divisionId === division.id
  if (tab === 'standings' || tab === 'rankings') {
    if (!file.round.round_results && tab === 'standings') {
      return <p className="league-note">{lt('roundScheduled')}</p>
    }
    if (tab === 'standings') {
      return (
        <LeagueRoundStandings
          caption={`${lt('tabStandings')} — ${roundTitle}`}
          groups={view.standings.filter((group) => keep(group.divisionId))}
          mode={view.mode}
          {...sort}
        />
      )
    }
    if (view.rankings.every((ranking) => file.round[ranking.kind] == null)) {
      return <p className="league-note">{lt('roundScheduled')}</p>
    }
    return (
      <LeagueRankingsPanel
        tables={view.rankings.map(({ kind, rows }) => ({
          kind,
          // An unresolved id has no division: it stays visible whatever the filter.
          rows: rows.filter((row) => !row.resolved || keep(row.resolved.divisionId)),
        }))}
        divided={view.divided}
        filteredDivision={division?.name ?? null}
        {...sort}
      />
    )
  }
  const selected = view.events.find(({ event }) => `event-${event.id}` === tab)
  if (!selected) return null
  return (
    <LeagueEventPanel
      event={selected.event}
      caption={`${eventLabel(selected.event, lt)} — ${roundTitle}`}
      groups={selected.groups
        .filter((group) => keep(group.divisionId))
        .map((group) => ({ ...group, divisionName: divisionLabel(group, view.divided, lt) }))}
      divided={view.divided}
      {...sort}
    />
  )
}
