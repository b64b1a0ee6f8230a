import type { SortingState } from '@tanstack/react-table'

/** URL form of a sort: "gap" ascending, "-gap" descending; empty = the export's order. */
export function parseSortParam(value: string | null): SortingState {
  if (!value) return []
  const desc = value.startsWith('-')
  const id = desc ? value.slice(1) : value
  return id ? [{ id, desc }] : []
}

export function formatSortParam(sorting: SortingState): string | null {
  const first = sorting[0]
  if (!first) return null
  return `${first.desc ? '-' : ''}${first.id}`
}
