import type { SortingState } from '@tanstack/react-table'
import type { PerfTimeEntry, PerfTimeFile } from '../calc/export-types.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { Legend } from './legend.tsx'
import { DataTable } from './tables/data-table.tsx'
import { perfColumns } from './tables/perf-columns.tsx'

interface PerfPanelProps {
  csvName?: string[] | undefined
  perf: PerfTimeFile
  /** Why the table was computed locally: the file is missing, or unreadable; false when read. */
  computed: false | 'missing' | 'broken'
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** The weekend's best laps, from perftime.json or computed locally (and then labelled so). */
export function PerfPanel({ perf, computed, sorting, onSortingChange, csvName }: PerfPanelProps) {
  const { t } = useI18n()
  return (
    <>
      {computed && (
        <p className="note computed" role="note">
          <span className="badge">{t('computedLocally')}</span>{' '}
          {t(computed === 'broken' ? 'computedPerfNoteBroken' : 'computedPerfNote')}
        </p>
      )}
      <DataTable<PerfTimeEntry>
        caption={computed ? `${t('tabPERF')} (${t('computedLocally')})` : t('tabPERF')}
        columns={perfColumns}
        data={perf.best_times}
        getRowId={(row, index) => `${row.driver_id}-${index}`}
        sorting={sorting}
        onSortingChange={onSortingChange}
        {...(csvName ? { csvName } : {})}
      />
      <Legend items={[]} terms={computed ? ['termPerfTime', 'termComputed'] : ['termPerfTime']} />
    </>
  )
}
