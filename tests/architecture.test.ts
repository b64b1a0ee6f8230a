import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Data flows one way: calc ← loaders ← components ← pages, the shared layers know no feature
 * (src/features/*) and no feature knows another. Biome's `noRestrictedImports` (biome.json,
 * overrides per folder) holds those rules for static and dynamic imports alike; this file proves
 * the rules bite, that no module imports itself back through others, and that nothing renders
 * raw HTML.
 */
const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** Every module specifier of a file: `from '…'`, `import '…'` and `import('…')`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'([^']+)'/g)].map((match) => match[1] ?? '')
}

/** Lint files made for the test; a file's name starts with __tmp_cross (git-ignored). */
function lintCrossings(files: Record<string, string>): string {
  const paths = Object.keys(files).map((path) => join(SRC, path))
  try {
    for (const [path, text] of Object.entries(files)) writeFileSync(join(SRC, path), text)
    try {
      execFileSync('npx', ['biome', 'lint', '--max-diagnostics=200', ...paths], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      })
      return ''
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string }
      return `${stdout}\n${stderr}`
    }
  } finally {
    for (const path of paths) rmSync(path, { force: true })
  }
}

// One file per boundary: [where it sits, an import it must not make].
const CROSSINGS: Array<[file: string, specifier: string]> = [
  ['calc/__tmp_cross-loaders.ts', '../loaders/data-url.ts'],
  ['calc/__tmp_cross-react.ts', 'react'],
  ['loaders/__tmp_cross-components.ts', '../components/cells.tsx'],
  ['components/__tmp_cross-loaders.ts', '../loaders/race-queries.ts'],
  ['pages/__tmp_cross-feature.ts', '../features/league/pages/league-view.tsx'],
  ['features/league/calc/__tmp_cross-loaders.ts', '../loaders/paths.ts'],
  ['features/league/pages/__tmp_cross-editor.ts', '../../editor/pages/local-folder-page.tsx'],
  ['features/editor/components/__tmp_cross-league.ts', '../../league/calc/types.ts'],
]

describe('import boundaries (biome.json noRestrictedImports)', () => {
  it('fails every static and dynamic import that crosses a layer or a feature, passes the rest', () => {
    const files: Record<string, string> = {
      // Allowed: calc reading calc, a feature's page reading shared pages and its own loaders.
      'calc/__tmp_cross-ok.ts': "export { formatGap } from './lap-time.ts'\n",
      'features/league/pages/__tmp_cross-ok.ts':
        "export { Link } from '../../../pages/link.tsx'\nexport const q = () => import('../loaders/queries.ts')\n",
    }
    CROSSINGS.forEach(([file, specifier], index) => {
      // Half the crossings as a static import, half as a lazy import().
      files[file] =
        index % 2 === 0
          ? `export * from '${specifier}'\n`
          : `export const lazy = () => import('${specifier}')\n`
    })
    const output = lintCrossings(files)
    for (const [file] of CROSSINGS) {
      expect(output, file).toMatch(
        new RegExp(`src/${file}:\\d+:\\d+ lint/style/noRestrictedImports`),
      )
    }
    expect(output).not.toMatch(/__tmp_cross-ok\.ts:\d+:\d+ lint/)
    for (const file of Object.keys(files)) expect(existsSync(join(SRC, file))).toBe(false)
  }, 60_000)
})

describe('layering', () => {
  it('no module imports itself back through others (no import loop)', () => {
    const graph = new Map<string, string[]>()
    for (const file of filesUnder(SRC).filter((path) => /\.tsx?$/.test(path))) {
      const targets = importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolve(dirname(file), specifier))
      graph.set(file, targets)
    }
    const loops: string[] = []
    const done = new Set<string>()
    const walk = (file: string, path: string[]) => {
      if (path.includes(file)) {
        const loop = [...path.slice(path.indexOf(file)), file]
        loops.push(loop.map((entry) => relative(SRC, entry)).join(' → '))
        return
      }
      if (done.has(file)) return
      for (const target of graph.get(file) ?? []) walk(target, [...path, file])
      done.add(file)
    }
    for (const file of graph.keys()) walk(file, [])
    expect(loops).toEqual([])
  })

  it('no file renders raw HTML', () => {
    const offending = filesUnder(SRC).filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(
        readFileSync(file, 'utf8'),
      ),
    )
    expect(offending).toEqual([])
  })
})
