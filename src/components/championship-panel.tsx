import type { SortingState } from '@tanstack/react-table'
import type { ChampionshipFile } from '../calc/export-types.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { StandingsTables } from './standings-tables.tsx'
import {
  constructorStandingColumns,
  driverStandingColumns,
} from './tables/championship-columns.tsx'

interface ChampionshipPanelProps {
  csvName?: string[] | undefined
  championship: ChampionshipFile
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** Drivers' and constructors' standings of a season. The sort applies to the drivers' table. */
export function ChampionshipPanel({ championship, ...props }: ChampionshipPanelProps) {
  const { t, date } = useI18n()
  const updated = championship.updated_at.slice(0, 10)
  const caption = t('seasonChampionship', { year: championship.season })
  return (
    <div className="championship">
      <p className="note">{t('updatedAt', { date: date(updated) })}</p>
      <StandingsTables
        {...props}
        headings
        drivers={{
          caption: `${caption} — ${t('drivers')}`,
          columns: driverStandingColumns,
          data: championship.drivers,
          getRowId: (row, index) => `${row.driver_id}-${index}`,
        }}
        constructors={{
          caption: `${caption} — ${t('constructors')}`,
          columns: constructorStandingColumns,
          data: championship.constructors,
          getRowId: (row, index) => `${row.rank}-${row.constructor}-${index}`,
        }}
      />
    </div>
  )
}
