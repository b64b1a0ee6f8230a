import type { SortingState } from '@tanstack/react-table'
import { formatSortParam, parseSortParam } from '../components/tables/sorting-param.ts'
import { navigate } from './url-state.ts'

/** The table sort lives in the URL (`&sort=gap`, `&sort=-points`) so a sorted view can be shared. */
export function useSortParam(params: URLSearchParams): [SortingState, (s: SortingState) => void] {
  const sorting = parseSortParam(params.get('sort'))
  const setSorting = (next: SortingState) =>
    navigate({ sort: formatSortParam(next) }, { replace: true })
  return [sorting, setSorting]
}
