import type { RowData, SortingState } from '@tanstack/react-table'
import type { ShapeProblem } from '../calc/load-error.ts'
import { useI18n } from '../i18n/i18n.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { LazySalvageNote } from './lazy-salvage-note.tsx'
import { Legend } from './legend.tsx'
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

/** Per tab: its title, the note when computed (file missing or broken), the legend's terms. */
const KINDS = {
  PERF: {
    title: 'tabPERF',
    notes: { missing: 'computedPerfNote', broken: 'computedPerfNoteBroken' },
    terms: ['termPerfTime'],
  },
  RESUME: {
    title: 'tabRESUME',
    notes: { missing: 'computedResumeNote', broken: 'computedResumeNoteBroken' },
    terms: ['termPct', 'termPerfTime', 'termAbMec', 'termAbPil', 'termTopX', 'termLead'],
  },
} satisfies Record<
  string,
  { title: MessageKey; notes: Record<'missing' | 'broken', MessageKey>; terms: MessageKey[] }
>

/**
 * A tab's table read from its file (perftime.json, resume.json) or computed in the page when the
 * file is absent or broken: then a note says so, the caption and the legend are labelled.
 */
export function ComputedTable<
  Row extends RowData & { driver_id: number; unreadable?: Readonly<Record<string, string>> },
>(
  props: ComputedTableProps & {
    kind: keyof typeof KINDS
    columns: ResultsColumn<Row>[]
    data: Row[]
    /** A salvaged file's unreadable values: the note above the table names each. */
    salvaged?: readonly ShapeProblem[] | undefined
  },
) {
  const { t } = useI18n()
  const { computed, csvName } = props
  const { title, notes, terms } = KINDS[props.kind]
  return (
    <>
      {computed && (
        <p className="note computed" role="note">
          <span className="badge">{t('computedLocally')}</span> {t(notes[computed])}
        </p>
      )}
      <LazySalvageNote problems={props.salvaged} />
      <DataTable<Row>
        unreadable={(row, column) => row.unreadable?.[column]}
        caption={computed ? `${t(title)} (${t('computedLocally')})` : t(title)}
        columns={props.columns}
        data={props.data}
        getRowId={(row, index) => `${row.driver_id}-${index}`}
        sorting={props.sorting}
        onSortingChange={props.onSortingChange}
        {...(csvName ? { csvName } : {})}
      />
      <Legend items={[]} terms={computed ? [...terms, 'termComputed'] : terms} />
    </>
  )
}
