import type { SortingState } from '@tanstack/react-table'
import { useState } from 'react'
import type {
  ChampionshipConstructor,
  ChampionshipDriver,
  ChampionshipFile,
} from '../calc/export-types.ts'
import { useI18n } from '../i18n/i18n.tsx'
import {
  constructorStandingColumns,
  driverStandingColumns,
} from './tables/championship-columns.tsx'
import { DataTable } from './tables/data-table.tsx'

interface ChampionshipPanelProps {
  csvName?: string[] | undefined
  championship: ChampionshipFile
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** Drivers' and constructors' standings of a season. The sort applies to the drivers' table. */
export function ChampionshipPanel({
  championship,
  sorting,
  onSortingChange,
  csvName,
}: ChampionshipPanelProps) {
  const { t, date } = useI18n()
  const [constructorSorting, setConstructorSorting] = useState<SortingState>([])
  const updated = championship.updated_at.slice(0, 10)
  return (
    <div className="championship">
      <p className="note">{t('updatedAt', { date: date(updated) })}</p>
      <h3>{t('drivers')}</h3>
      <DataTable<ChampionshipDriver>
        caption={`${t('seasonChampionship', { year: championship.season })} — ${t('drivers')}`}
        columns={driverStandingColumns}
        data={championship.drivers}
        getRowId={(row, index) => `${row.driver_id}-${index}`}
        sorting={sorting}
        onSortingChange={onSortingChange}
        {...(csvName ? { csvName: [...csvName, 'drivers'] } : {})}
      />
      <h3>{t('constructors')}</h3>
      <DataTable<ChampionshipConstructor>
        caption={`${t('seasonChampionship', { year: championship.season })} — ${t('constructors')}`}
        columns={constructorStandingColumns}
        data={championship.constructors}
        getRowId={(row, index) => `${row.rank}-${row.constructor}-${index}`}
        sorting={constructorSorting}
        onSortingChange={setConstructorSorting}
        {...(csvName ? { csvName: [...csvName, 'constructors'] } : {})}
      />
    </div>
  )
}
