import { queryOptions } from '@tanstack/react-query'
import type { OpenedFolder } from '../../../loaders/data-source.ts'
import { withRefusals } from '../../../loaders/validate/file-refusals.ts'
import { validateExports } from '../../../loaders/validate/validate-files.ts'

/**
 * The validation report of an opened folder: derived from its files, so a query under the
 * folder's source (computed once, kept while the folder is open, dropped with it).
 */
export function folderReportQuery(folder: OpenedFolder) {
  return queryOptions({
    queryKey: ['folder', folder.source, 'report'],
    queryFn: () => withRefusals(validateExports(folder.texts), folder.refusals),
    staleTime: Number.POSITIVE_INFINITY,
  })
}
