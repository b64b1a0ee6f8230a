import { constants, type FileHandle, open, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/**
 * The real path of a file under `root` (itself a real path), or null: links are followed, and
 * anything that lands outside the root (`seasons/passwd.json` → /etc/passwd) is not there. A
 * folder answers with its index.html.
 */
export async function findFile(root: string, relative: string): Promise<string | null> {
  const real = await realpath(join(root, relative === '' ? 'index.html' : relative)).catch(
    () => null,
  )
  if (real === null || !inside(root, real)) return null
  const info = await stat(real).catch(() => null)
  if (info?.isFile()) return real
  if (!info?.isDirectory()) return null
  const index = await realpath(join(real, 'index.html')).catch(() => null)
  if (index === null || !inside(root, index)) return null
  return (await stat(index).catch(() => null))?.isFile() ? index : null
}

export type Opened = { handle: FileHandle; size: number } | { status: 404 | 500 }

const GONE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP'])

/**
 * Opens a file found by findFile, without following a link put there since (O_NOFOLLOW), and
 * checks what was opened is a file: replaced by a folder or deleted in between is a 404; any
 * other failure (EACCES, EIO…) a 500. Once open, the file read is the one checked.
 */
export async function openFile(path: string): Promise<Opened> {
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch (error) {
    return { status: GONE.has((error as { code?: string }).code ?? '') ? 404 : 500 }
  }
  try {
    const info = await handle.stat()
    if (info.isFile()) return { handle, size: info.size }
    await handle.close()
    return { status: 404 }
  } catch {
    await handle.close().catch(() => undefined)
    return { status: 500 }
  }
}
