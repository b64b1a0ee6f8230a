import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { CombinedQualifying } from '../calc/combined-qualifying.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { Legend, MARKERS } from './legend.tsx'
import { combinedQualifyingColumns } from './tables/combined-qualifying-columns.tsx'
import { DataTable } from './tables/data-table.tsx'
import '../styles/race-weekend.css'

interface CombinedQualifyingPanelProps {
  caption: string
  combined: CombinedQualifying
  csvName?: string[] | undefined
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/**
 * Qualifying in one table: each session's time side by side, the driver's best marked, a line
 * under each knocked-out group (drawn in the table's order only), the grid place.
 */
export function CombinedQualifyingPanel(props: CombinedQualifyingPanelProps) {
  const { caption, combined, csvName, sorting, onSortingChange } = props
  const { t } = useI18n()
  const columns = useMemo(() => combinedQualifyingColumns(combined.codes, t), [combined, t])
  const lines = sorting.length === 0
  const has107 = combined.rows.some((row) => row.outside107 && row.bestCode != null)
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        data={combined.rows}
        getRowId={(row) => String(row.driver_id)}
        sorting={sorting}
        onSortingChange={onSortingChange}
        {...(csvName ? { csvName } : {})}
        rowClassName={(row) => (lines && row.lineAfter ? 'knockout-line' : undefined)}
      />
      <Legend
        items={[
          ...(combined.rows.some((row) => row.bestCode != null) ? [MARKERS.driverBest] : []),
          ...(has107 ? [MARKERS.outside107] : []),
        ]}
        terms={lines && combined.rows.some((row) => row.lineAfter) ? ['termKnockout'] : []}
      />
    </>
  )
}
