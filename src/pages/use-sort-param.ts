import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import { formatSortParam, parseSortParam } from '../components/tables/sorting-param.ts'
import { navigate } from './url-state.ts'

export interface SortProps {
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

const onSortingChange = (next: SortingState) =>
  navigate({ sort: formatSortParam(next) }, { replace: true })

/**
 * The table sort lives in the URL (`&sort=gap`, `&sort=-points`) so a sorted view can be shared.
 * The same objects while the param is the same: a memoised panel below skips re-rendering its
 * tables when the page around it re-renders (a tab joining, a lookup arriving).
 */
export function useSortParam(params: URLSearchParams): SortProps {
  const value = params.get('sort')
  return useMemo(() => ({ sorting: parseSortParam(value), onSortingChange }), [value])
}
