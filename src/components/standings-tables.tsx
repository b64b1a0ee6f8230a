import type { RowData, SortingState } from '@tanstack/react-table'
import { useState } from 'react'
import { useI18n } from '../i18n/i18n.tsx'
import { DataTable } from './tables/data-table.tsx'
import type { ResultsColumn } from './tables/table-features.ts'

export interface StandingsTable<Row extends RowData> {
  caption: string
  columns: ResultsColumn<Row>[]
  data: Row[]
  getRowId: (row: Row, index: number) => string
}

/**
 * The drivers' then the constructors' standings (of a season, or after a round). The page's sort
 * applies to the drivers' table; the constructors' keeps its own. With `headings`, each table has
 * its h3; the CSV files are named after both parts.
 */
export function StandingsTables<Driver extends RowData, Constructor extends RowData>(props: {
  drivers: StandingsTable<Driver>
  constructors: StandingsTable<Constructor> | null
  headings: boolean
  csvName?: string[] | undefined
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}) {
  const { t } = useI18n()
  const { drivers, constructors, headings, csvName } = props
  const [constructorSorting, setConstructorSorting] = useState<SortingState>([])
  const csv = (part: string) => (csvName ? { csvName: [...csvName, part] } : {})
  return (
    <>
      {headings && <h3>{t('drivers')}</h3>}
      <DataTable<Driver>
        {...drivers}
        sorting={props.sorting}
        onSortingChange={props.onSortingChange}
        {...csv('drivers')}
      />
      {constructors && (
        <>
          {headings && <h3>{t('constructors')}</h3>}
          <DataTable<Constructor>
            {...constructors}
            sorting={constructorSorting}
            onSortingChange={setConstructorSorting}
            {...csv('constructors')}
          />
        </>
      )}
    </>
  )
}
