import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Data flows one way: calc ← loaders ← components ← pages. This reads every import of src/ and
 * fails when a zone reaches into one it must not know.
 */
const SRC = resolve(import.meta.dirname, '../src')

const FORBIDDEN: Record<string, string[]> = {
  calc: ['loaders', 'components', 'pages', 'i18n', 'react', '@tanstack', 'zod'],
  loaders: ['components', 'pages', 'i18n', 'react'],
  components: ['loaders', 'pages'],
  i18n: ['loaders', 'components', 'pages'],
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1] ?? '')
}

function zoneOf(specifier: string, file: string): string {
  if (!specifier.startsWith('.')) return specifier.split('/')[0] ?? specifier
  const target = relative(SRC, resolve(file, '..', specifier))
  return target.split('/')[0] ?? ''
}

describe('layering', () => {
  for (const [zone, forbidden] of Object.entries(FORBIDDEN)) {
    it(`src/${zone} imports none of: ${forbidden.join(', ')}`, () => {
      const offending: string[] = []
      for (const file of filesUnder(join(SRC, zone))) {
        for (const specifier of importsOf(file)) {
          const target = zoneOf(specifier, file)
          if (forbidden.some((name) => target === name || target.startsWith(`${name}/`))) {
            offending.push(`${relative(SRC, file)} → ${specifier}`)
          }
        }
      }
      expect(offending).toEqual([])
    })
  }

  it('no file renders raw HTML', () => {
    const offending = filesUnder(SRC).filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(
        readFileSync(file, 'utf8'),
      ),
    )
    expect(offending).toEqual([])
  })
})
