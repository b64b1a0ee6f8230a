/**
 * What fills each chunk: builds the app with source maps into bench/tmp/module-sizes, attributes
 * every byte of each minified chunk to its source module (through the source map), and prints per
 * chunk the minified and estimated gzip bytes of each package or source folder, biggest first,
 * then the biggest modules.
 *
 *   npx tsx scripts/bench/module-sizes.ts [--top 40]
 *
 * The gzip figure of a group is the gzip size of its bytes taken together, scaled so that the
 * groups add up to the chunk's real gzip size: an estimate, good for ranking.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const top = Number(parseArgs({ options: { top: { type: 'string', default: '40' } } }).values.top)
const outDir = 'bench/tmp/module-sizes'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one line of source-map mappings: [generated column, source index] per segment. */
function* segments(line: string, state: { source: number }): Generator<[number, number]> {
  let column = 0
  for (const segment of line.split(',')) {
    if (segment === '') continue
    const values: number[] = []
    let value = 0
    let shift = 0
    for (const char of segment) {
      const digit = B64.indexOf(char)
      value += (digit & 31) << shift
      if (digit & 32) {
        shift += 5
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1)
        value = 0
        shift = 0
      }
    }
    column += values[0] ?? 0
    if (values.length > 1) state.source += values[1] ?? 0
    yield [column, values.length > 1 ? state.source : -1]
  }
}

/** Bytes of the generated code per source file. */
function attribute(code: string, map: { sources: string[]; mappings: string }) {
  const parts = new Map<string, string[]>()
  const state = { source: 0 }
  const lines = code.split('\n')
  map.mappings.split(';').forEach((mapping, lineIndex) => {
    const line = lines[lineIndex] ?? ''
    const marks = [...segments(mapping, state)]
    marks.forEach(([column, source], index) => {
      const end = marks[index + 1]?.[0] ?? line.length
      const name = source >= 0 ? (map.sources[source] ?? '?') : '(generated)'
      const list = parts.get(name) ?? []
      list.push(line.slice(column, end))
      parts.set(name, list)
    })
  })
  return parts
}

function groupOf(source: string): string {
  const path = source.replace(/^(\.\.\/)+/, '')
  const index = path.lastIndexOf('node_modules/')
  if (index < 0) return path.split('/').slice(0, 2).join('/')
  const parts = path.slice(index + 'node_modules/'.length).split('/')
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path)
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length

await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, sourcemap: true },
})

const assets = join(outDir, 'assets')
for (const file of (await readdir(assets)).filter((name) => name.endsWith('.js')).sort()) {
  const code = await readFile(join(assets, file), 'utf8')
  const map = JSON.parse(await readFile(join(assets, `${file}.map`), 'utf8'))
  const bySource = attribute(code, map)
  const chunkGzip = gz(code)
  const groups = new Map<string, string[]>()
  for (const [source, pieces] of bySource) {
    const list = groups.get(groupOf(source)) ?? []
    list.push(...pieces)
    groups.set(groupOf(source), list)
  }
  const raw = [...groups].map(
    ([name, pieces]) => [name, pieces.join(''), gz(pieces.join(''))] as const,
  )
  const scale = chunkGzip / raw.reduce((sum, [, , size]) => sum + size, 0)
  console.log(`\n${file}: ${code.length} B minified, ${chunkGzip} B gzip`)
  for (const [name, text, size] of raw.sort((a, b) => b[2] - a[2])) {
    const kb = ((size * scale) / 1024).toFixed(1)
    console.log(`  ${kb.padStart(6)} KB gz ${String(text.length).padStart(8)} B  ${name}`)
  }
  console.log('  biggest modules (minified bytes):')
  const modules = [...bySource].map(([source, pieces]) => [source, pieces.join('').length] as const)
  for (const [source, size] of modules.sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${String(size).padStart(8)} B  ${source.replace(/^(\.\.\/)+/, '')}`)
  }
}
