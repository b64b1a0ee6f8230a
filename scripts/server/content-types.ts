import { extname } from 'node:path'

const APP_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

/**
 * An exports folder is data, written by anyone: only JSON and plain text leave it. An HTML or SVG
 * file there would run its script on the app's origin; it is a 404 like any other stray file.
 */
const DATA_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/plain; charset=utf-8',
}

/** The content type a file is sent with, or null when it is not sent at all. */
export function contentType(file: string, fromData: boolean): string | null {
  const extension = extname(file).toLowerCase()
  if (fromData) return DATA_TYPES[extension] ?? null
  return APP_TYPES[extension] ?? 'application/octet-stream'
}
