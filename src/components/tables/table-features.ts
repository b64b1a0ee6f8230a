import {
  type ColumnDef,
  createColumnHelper,
  createSortedRowModel,
  type RowData,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table'
import type { MessageKey } from '../../i18n/messages.ts'

/** The one feature set every results table uses: client-side sorting, nothing else. */
export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
})

export type Features = typeof features

// biome-ignore lint/suspicious/noExplicitAny: columns of one table hold values of many types
export type ResultsColumn<Row extends RowData> = ColumnDef<Features, Row, any>

export function columnHelper<Row extends RowData>() {
  return createColumnHelper<Features, Row>()
}

declare module '@tanstack/table-core' {
  interface ColumnMeta<TFeatures, TData, TValue> {
    /** Right-aligned tabular figures (times, gaps, counts). */
    numeric?: boolean
    /** Stays visible when the table scrolls sideways (position, driver). */
    sticky?: boolean
    /** Header label key; the header text is translated at render time. */
    label?: MessageKey
    /** Header text already translated (labels outside the core messages); wins over label. */
    headerText?: string
    /** Long form of the label for screen readers and tooltips. */
    title?: string
    /** "more": hidden on a narrow table until the reader asks for every column (column-layout.ts). */
    priority?: 'key' | 'more'
  }
}
