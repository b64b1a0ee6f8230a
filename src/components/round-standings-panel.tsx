import type { SortingState } from '@tanstack/react-table'
import { useState } from 'react'
import type { StandingsAfterRound } from '../calc/round-standings.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { useWeekendT } from '../i18n/weekend-messages.ts'
import { DataTable } from './tables/data-table.tsx'
import { roundConstructorColumns, roundDriverColumns } from './tables/round-standings-columns.tsx'
import '../styles/race-weekend.css'

interface RoundStandingsPanelProps {
  standings: StandingsAfterRound
  csvName?: string[] | undefined
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** The drivers' and constructors' standings after one round, with the change since the last. */
export function RoundStandingsPanel(props: RoundStandingsPanelProps) {
  const { standings, sorting, onSortingChange, csvName } = props
  const { t } = useI18n()
  const wt = useWeekendT()
  const [constructorSorting, setConstructorSorting] = useState<SortingState>([])
  const title = wt('standingsAfter', { round: standings.round, gp: standings.gp_name })
  return (
    <div className="championship">
      <h3>{title}</h3>
      <DataTable
        caption={`${title} — ${t('drivers')}`}
        columns={roundDriverColumns}
        data={standings.drivers}
        getRowId={(row, index) => `${row.driver_id}-${index}`}
        sorting={sorting}
        onSortingChange={onSortingChange}
        {...(csvName ? { csvName: [...csvName, 'drivers'] } : {})}
      />
      {standings.constructors.length > 0 && (
        <DataTable
          caption={`${title} — ${t('constructors')}`}
          columns={roundConstructorColumns}
          data={standings.constructors}
          getRowId={(row, index) => `${row.constructor}-${index}`}
          sorting={constructorSorting}
          onSortingChange={setConstructorSorting}
          {...(csvName ? { csvName: [...csvName, 'constructors'] } : {})}
        />
      )}
    </div>
  )
}
