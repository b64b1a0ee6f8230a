import { type DragEvent, useId, useState } from 'react'
import { useEditorT } from '../i18n/translate.ts'

/** A file of the chosen folder: its path from the folder's parent ("exports/races/1101/…"). */
export interface PickedFile {
  path: string
  file: File
}

// React has no typed prop for these; the browser reads them as plain attributes.
const DIRECTORY_ATTRIBUTES = { webkitdirectory: '', directory: '' } as Record<string, string>

/**
 * Choose a folder (a directory input: the browser lists every file of it) or drop one. Nothing
 * leaves the browser: the files go to onFiles as File objects, read by the caller.
 */
export function FolderPicker({
  onFiles,
  again = false,
}: {
  onFiles: (files: PickedFile[]) => void
  again?: boolean
}) {
  const et = useEditorT()
  const id = useId()
  const [over, setOver] = useState(false)
  const onDragOver = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setOver(true)
  }
  const onDrop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault()
    setOver(false)
    // Entries must be taken during the event: the list is emptied once it returns.
    const entries = [...event.dataTransfer.items]
      .map((item) => item.webkitGetAsEntry())
      .filter((entry): entry is FileSystemEntry => entry !== null)
    void droppedFiles(entries).then(onFiles, () => onFiles([]))
  }
  return (
    <fieldset
      aria-label={et('title')}
      className={over ? 'folder-picker folder-picker-over' : 'folder-picker'}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="folder-button button-primary" htmlFor={id}>
        {et(again ? 'chooseAgain' : 'choose')}
      </label>
      <input
        id={id}
        className="folder-input"
        type="file"
        multiple
        {...DIRECTORY_ATTRIBUTES}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          if (files.length > 0) {
            onFiles(files.map((file) => ({ path: file.webkitRelativePath || file.name, file })))
          }
        }}
      />
      <span className="folder-drop">{et(over ? 'dropActive' : 'drop')}</span>
    </fieldset>
  )
}

/** Every file under the dropped entries, with its path ("/exports/races/…" → "exports/races/…"). */
async function droppedFiles(entries: FileSystemEntry[]): Promise<PickedFile[]> {
  const files: PickedFile[] = []
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((done, fail) =>
        (entry as FileSystemFileEntry).file(done, fail),
      )
      files.push({ path: entry.fullPath.replace(/^\/+/, ''), file })
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader()
      // readEntries answers in batches (100 in Chrome) until an empty one.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((done, fail) =>
          reader.readEntries(done, fail),
        )
        if (batch.length === 0) break
        await Promise.all(batch.map(walk))
      }
    }
  }
  await Promise.all(entries.map(walk))
  return files
}
