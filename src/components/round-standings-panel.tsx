import type { SortingState } from '@tanstack/react-table'
import type { StandingsAfterRound } from '../calc/round-standings.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { useWeekendT } from '../i18n/weekend-messages.ts'
import { StandingsTables } from './standings-tables.tsx'
import { roundConstructorColumns, roundDriverColumns } from './tables/round-standings-columns.tsx'
import '../styles/race-weekend.css'

interface RoundStandingsPanelProps {
  standings: StandingsAfterRound
  csvName?: string[] | undefined
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** The drivers' and constructors' standings after one round, with the change since the last. */
export function RoundStandingsPanel({ standings, ...props }: RoundStandingsPanelProps) {
  const { t } = useI18n()
  const wt = useWeekendT()
  const title = wt('standingsAfter', { round: standings.round, gp: standings.gp_name })
  return (
    <div className="championship">
      <h3>{title}</h3>
      <StandingsTables
        {...props}
        headings={false}
        drivers={{
          caption: `${title} — ${t('drivers')}`,
          columns: roundDriverColumns,
          data: standings.drivers,
          getRowId: (row, index) => `${row.driver_id}-${index}`,
        }}
        constructors={
          standings.constructors.length > 0
            ? {
                caption: `${title} — ${t('constructors')}`,
                columns: roundConstructorColumns,
                data: standings.constructors,
                getRowId: (row, index) => `${row.constructor}-${index}`,
              }
            : null
        }
      />
    </div>
  )
}
