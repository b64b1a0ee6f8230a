import { createContext, useContext, useSyncExternalStore } from 'react'
import {
  type DataSource,
  latestFolder,
  type OpenedFolder,
  PUBLISHED,
  subscribeFolders,
} from '../loaders/data-source.ts'

const DataSourceContext = createContext<DataSource>(PUBLISHED)

/** Set by app.tsx: the published files, or under `?local=1` the folder the editor opened. */
export const DataSourceProvider = DataSourceContext.Provider

/** The source every query of the page reads (the second part of its key). */
export function useDataSource(): DataSource {
  return useContext(DataSourceContext)
}

/** The folder `?local=1` shows (null before one is picked, or after a reload). */
export function useLatestFolder(): OpenedFolder | null {
  return useSyncExternalStore(subscribeFolders, latestFolder, latestFolder)
}
