import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { openFolder } from '../../../loaders/data-source.ts'
import { classifyPath, exportRoot } from '../../../loaders/validate/export-layout.ts'
import type { PickedFile } from '../components/folder-picker.tsx'
import type { CheckProgress } from '../loaders/check-folder.ts'
import { runFolderCheck } from '../loaders/folder-check.ts'
import { folderReportQuery } from '../loaders/report-query.ts'

/**
 * Opens a picked folder: its files checked off the main thread (folder-check.ts) with their
 * progress, then registered as the folder `?local=1` shows, its check kept as the report query's
 * data. Picking another folder, or leaving the page, cancels a check under way.
 */
export function useFolderOpener(onOpened: () => void) {
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<CheckProgress | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const running = useRef<AbortController | null>(null)
  useEffect(() => () => running.current?.abort(), [])

  const open = async (picked: PickedFile[]) => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    const { root, files } = exportRoot(picked.map((entry) => entry.path))
    const wanted = picked
      .map((entry) => ({ path: files.get(entry.path) ?? entry.path, file: entry.file }))
      .filter((entry) => classifyPath(entry.path) !== null)
    setFailed(null)
    setProgress({ phase: 'read', done: 0, total: wanted.length })
    try {
      const check = await runFolderCheck(wanted, setProgress, controller.signal)
      const unreadable = new Set(check.unreadable)
      const folder = openFolder({
        name: root.replace(/\/$/, '') || null,
        // Kept as Files: a page reads the one it needs (strict UTF-8, the size limit) when shown.
        files: new Map(
          wanted.filter(({ path }) => !unreadable.has(path)).map(({ path, file }) => [path, file]),
        ),
        unreadable: check.unreadable,
      })
      queryClient.setQueryData(folderReportQuery(folder).queryKey, check)
      onOpened()
    } catch (error) {
      if (controller.signal.aborted) return
      setFailed(error instanceof Error ? error.message : String(error))
    } finally {
      if (running.current === controller) {
        running.current = null
        setProgress(null)
      }
    }
  }
  return { open: (picked: PickedFile[]) => void open(picked), progress, failed }
}
