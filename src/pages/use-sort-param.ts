import type { SortingState } from '@tanstack/react-table'
import { formatSortParam, parseSortParam } from '../components/tables/sorting-param.ts'
import { navigate } from './url-state.ts'

export interface SortProps {
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** The table sort lives in the URL (`&sort=gap`, `&sort=-points`) so a sorted view can be shared. */
export function useSortParam(params: URLSearchParams): SortProps {
  return {
    sorting: parseSortParam(params.get('sort')),
    onSortingChange: (next) => navigate({ sort: formatSortParam(next) }, { replace: true }),
  }
}
