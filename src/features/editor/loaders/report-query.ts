import { queryOptions } from '@tanstack/react-query'
import type { OpenedFolder } from '../../../loaders/data-source.ts'
import type { FolderCheck, FolderFile } from './check-folder.ts'
import { runFolderCheck } from './folder-check.ts'

/**
 * The check of an opened folder: derived from its files, so a query under the folder's source,
 * kept while the folder is open, dropped with it. The folder opener puts the check it just ran
 * here (setQueryData); the query function runs it again only if that entry was dropped.
 */
export function folderReportQuery(folder: OpenedFolder) {
  return queryOptions({
    queryKey: ['folder', folder.source, 'report'],
    queryFn: ({ signal }): Promise<FolderCheck> =>
      runFolderCheck(folderFiles(folder), () => {}, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

function folderFiles(folder: OpenedFolder): FolderFile[] {
  return [...folder.files].map(([path, file]) => ({
    path,
    file: typeof file === 'string' ? new File([file], path) : file,
  }))
}
