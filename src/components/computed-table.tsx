import type { RowData, SortingState } from '@tanstack/react-table'
import { useI18n } from '../i18n/i18n.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { DataTable } from './tables/data-table.tsx'
import type { ResultsColumn } from './tables/table-features.ts'

/** Why a table was computed locally: its file is missing, or unreadable; false when read. */
export type ComputedReason = false | 'missing' | 'broken'

export interface ComputedTableProps {
  csvName?: string[] | undefined
  computed: ComputedReason
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/**
 * A tab's table read from its file (perftime.json, resume.json) or computed in the page when the
 * file is absent or broken: then a note says so and the caption is labelled.
 */
export function ComputedTable<Row extends RowData & { driver_id: number }>(
  props: ComputedTableProps & {
    title: MessageKey
    notes: { missing: MessageKey; broken: MessageKey }
    columns: ResultsColumn<Row>[]
    data: Row[]
  },
) {
  const { t } = useI18n()
  const { computed, title, csvName } = props
  return (
    <>
      {computed && (
        <p className="note computed" role="note">
          <span className="badge">{t('computedLocally')}</span> {t(props.notes[computed])}
        </p>
      )}
      <DataTable<Row>
        caption={computed ? `${t(title)} (${t('computedLocally')})` : t(title)}
        columns={props.columns}
        data={props.data}
        getRowId={(row, index) => `${row.driver_id}-${index}`}
        sorting={props.sorting}
        onSortingChange={props.onSortingChange}
        {...(csvName ? { csvName } : {})}
      />
    </>
  )
}
