import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { checkFileBytes } from '../src/loaders/encoding-problem.ts'
import { MAX_FILE_BYTES, tooLargeDetail } from '../src/loaders/file-limit.ts'
import { type FileRefusal, LINK_REFUSAL } from '../src/loaders/validate/file-refusals.ts'

/**
 * Every .json file under an export folder, by path relative to it ("races/1101/sessions.json"),
 * read as the page reads it (src/loaders/file-text.ts), and the files the page would refuse:
 * over the size limit (never read: a 600 MB file is one line of the report), not UTF-8, a link
 * (scripts/serve.ts does not follow links out of a folder; neither does this walk), unreadable.
 */
export function readExportFiles(dir: string): {
  files: Map<string, string>
  refusals: FileRefusal[]
} {
  const files = new Map<string, string>()
  const refusals: FileRefusal[] = []
  const name = (path: string) => relative(dir, path).split(sep).join('/')
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(folder, entry.name)
      if (entry.isSymbolicLink()) refusals.push({ file: name(path), message: LINK_REFUSAL })
      else if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name.endsWith('.json')) {
        const refusal = readOne(path, (text) => files.set(name(path), text))
        if (refusal) refusals.push({ file: name(path), message: refusal })
      }
    }
  }
  walk(dir)
  return { files, refusals }
}

/**
 * Reads one file into `keep`; returns why the page would refuse it, or null. A refused file is
 * kept (as "" when it cannot be read), so its race is still found: withRefusals puts the refusal
 * in place of what the checks say of its text.
 */
function readOne(path: string, keep: (text: string) => void): string | null {
  try {
    const size = statSync(path).size
    if (size > MAX_FILE_BYTES) {
      keep('')
      return tooLargeDetail(size)
    }
    const { text, refusal } = checkFileBytes(readFileSync(path))
    keep(text)
    return refusal
  } catch (error) {
    keep('')
    return `the file could not be read (${(error as { code?: string }).code ?? 'unknown error'})`
  }
}
