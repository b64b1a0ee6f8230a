import { createHash } from 'node:crypto'
import { basename, extname } from 'node:path'
import { parseOriginList } from '../../src/calc/embed-protocol.ts'

/**
 * The page's Content Security Policy. index.html carries the same policy as a meta tag (plus
 * style-src 'unsafe-inline' for the dev server), for hosts that send no header. React sets team
 * colours through the CSSOM, which style-src 'self' allows: no inline style is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** 'sha256-…' of each inline block of this tag in an HTML text (CSP hash sources). */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const blocks = html.matchAll(
    new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'),
  )
  return [...blocks].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  )
}

/**
 * The policy of an HTML page of the build that is not the app (embed-demo.html, a host page with
 * its own inline script and style): the app's policy, with exactly those inline blocks allowed
 * by their hash, so an edit of the page keeps working and nothing injected runs.
 */
export function hostPagePolicy(html: string): string {
  const scripts = inlineHashes(html, 'script')
  const styles = inlineHashes(html, 'style')
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
  ).replace("style-src 'self'", ["style-src 'self'", ...styles].join(' '))
}

/** True for an HTML page of the build other than the app's index.html. */
export function isHostPage(file: string | null): boolean {
  const name = file === null ? '' : basename(file)
  // The app's pages: index.html (prerendered or not) and app.html, the shell (scripts/prerender.ts).
  return extname(name) === '.html' && name !== 'index.html' && name !== 'app.html'
}

/**
 * Headers of every answer. frame-ancestors, which a meta tag cannot set, lists the embed
 * allow-list when there is one; without one, any site may frame the page, but only the page's own
 * origin gets its height or may navigate it (src/pages/embed.ts). A host page (`isHostPage`) gets
 * `hostPagePolicy` of its text instead, with no frame-ancestors: it is the one that embeds.
 */
export function securityHeaders(
  file: string | null,
  embedOrigins: string | undefined,
  html?: string,
): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' }
  if (isHostPage(file)) {
    headers['content-security-policy'] = hostPagePolicy(html ?? '')
    return headers
  }
  // "https://*.example" would be a wildcard here, while the message check takes it literally.
  const origins = parseOriginList(embedOrigins).filter((origin) => !origin.includes('*'))
  const frame = origins.length > 0 ? `; frame-ancestors 'self' ${origins.join(' ')}` : ''
  headers['content-security-policy'] = `${CONTENT_SECURITY_POLICY}${frame}`
  return headers
}
