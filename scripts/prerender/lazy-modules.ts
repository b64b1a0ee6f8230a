import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { moduleScripts } from './page-html.ts'

/** The lazy modules each kind of view hydrates with (preloaded by main.tsx before hydrateRoot). */
const VIEW_MODULES: Record<string, readonly string[]> = {
  // Every race page: preloadRaceViews (the weekend header, the French data words).
  race: [
    'src/pages/weekend-section.tsx',
    'src/i18n/retirement-words.ts',
    'src/i18n/country-words.ts',
  ],
  PERF: ['src/pages/derived-panels.tsx'],
  RESUME: [
    'src/pages/derived-panels.tsx',
    'src/components/teammates-table.tsx',
    'src/calc/teammates.ts',
  ],
  CHAMP: ['src/components/championship-panel.tsx'],
  season: ['src/pages/season-page.tsx'],
  index: ['src/pages/index-page.tsx', 'src/features/league/pages/index-content.tsx'],
}

interface ManifestEntry {
  file: string
  imports?: string[]
}

/**
 * <link rel="modulepreload"> targets for a view, from dist/.vite/manifest.json: the chunk and the
 * chunks it imports (the entry excepted), so hydration never waits for entry → chunk in turn.
 */
export async function lazyModules(dist: string): Promise<(view: string) => string[]> {
  const base = process.env.BASE_URL ?? '/'
  let manifest: Record<string, ManifestEntry> = {}
  try {
    manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'))
  } catch {
    // No manifest (an older build): pages still hydrate, their chunks load after the entry.
  }
  // The shell's own module scripts (the entry and the bundler's runtime) are never preloaded: a
  // race page runs them after its first paint (page-html.ts), and they would load before it.
  const shell = await readFile(join(dist, 'app.html'), 'utf8').catch(() =>
    readFile(join(dist, 'index.html'), 'utf8').catch(() => ''),
  )
  const entryFiles = new Set(moduleScripts(shell).map((src) => src.slice(base.length)))
  const files = (key: string, seen: Set<string>): string[] => {
    const entry = manifest[key]
    if (!entry || seen.has(key) || key === 'index.html' || entryFiles.has(entry.file)) return []
    seen.add(key)
    return [entry.file, ...(entry.imports ?? []).flatMap((child) => files(child, seen))]
  }
  return (view) => {
    const seen = new Set<string>()
    const chunks = (VIEW_MODULES[view] ?? []).flatMap((key) => files(key, seen))
    return [...new Set(chunks)].map((file) => `${base}${file}`)
  }
}
