/**
 * The path part of a request, checked before anything touches the disk: "/races/1101/sessions.json"
 * → "races/1101/sessions.json". Refused (null): a path not starting with one "/" ("//evil.example/…",
 * which a page would read as another host), an encoded slash or backslash (%2f, %5c, "\"), a NUL,
 * a malformed escape, and any "." or ".." segment or dot-file (".vite/manifest.json", the build's
 * metadata) once decoded.
 */
export function requestPath(rawUrl: string): string | null {
  const raw = rawUrl.split(/[?#]/, 1)[0] ?? ''
  if (!raw.startsWith('/') || raw.startsWith('//')) return null
  if (/%2f|%5c|\\|%00/i.test(raw)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (/[\\\0]/.test(decoded)) return null
  const segments = decoded.slice(1).split('/')
  // "" inside a path ("a//b") is a doubled slash; a trailing "" is a folder ("seasons/").
  if (segments.some((segment, index) => segment === '' && index < segments.length - 1)) return null
  if (segments.some((segment) => segment.startsWith('.'))) return null
  return segments.join('/')
}

/** The top folders of the export layout (PRODUCT.md, data layout). */
export const DATA_FOLDERS: readonly string[] = ['races', 'seasons', 'lookups', 'leagues']

/** "races/1101/sessions.json" → true: a file of the export layout, not of the app. */
export function isDataFile(relative: string): boolean {
  return DATA_FOLDERS.includes(relative.split('/')[0] ?? '')
}
