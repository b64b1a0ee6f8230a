/**
 * npm run preview:exports -- <exports-dir> [--port 4174] [--build] [--dist dist]
 *
 * The editors' local preview: validates the folder (the report of `npm run validate`), then serves
 * the built app with its data files read from that folder, in place (nothing is copied), and
 * prints the URL of the index and of each race found. Data files are sent with no-store, so an
 * edited file shows on the next reload. The app is built (vite build) only when <dist>/index.html
 * is missing, or with --build; otherwise the existing build is served (a second or so to start).
 * Errors in the folder do not stop the preview: the page shows them where they apply.
 * Exit code: 2 on a usage error or a folder with no export file, 1 when the port is taken.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { terminalSafe } from '../src/calc/terminal-text.ts'
import { formatReport } from '../src/loaders/validate/format-report.ts'
import type { RaceFound } from '../src/loaders/validate/validate-files.ts'
import { startServer } from './serve.ts'
import { validateFolder } from './validate.ts'

/** Every line printed: names and values from the folder never drive the terminal. */
const say = (text: string) => console.log(terminalSafe(text))
const complain = (text: string) => console.error(terminalSafe(text))

const USAGE =
  'usage: npm run preview:exports -- <exports-dir> [--port 4174] [--build] [--dist <built-app-dir>]'

export const DEFAULT_PORT = 4174

export interface PreviewArgs {
  dir: string
  port: number
  dist: string
  build: boolean
}

/** The command line, or the message of a usage error. */
export function parsePreviewArgs(args: readonly string[], env = process.env): PreviewArgs | string {
  let dir: string | undefined
  let port = Number(env.PORT ?? DEFAULT_PORT)
  let dist = 'dist'
  let build = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    if (arg === '--build') build = true
    else if (arg === '--port' || arg === '--dist') {
      const value = args[++index]
      if (value === undefined) return `${arg} needs a value`
      if (arg === '--port') port = Number(value)
      else dist = value
    } else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (dir === undefined) dir = arg
    else return `one folder only (got ${dir} and ${arg})`
  }
  if (dir === undefined) return 'which folder?'
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `not a port: ${port}`
  return { dir, port, dist, build }
}

/** "http://localhost:4174/?race=1101  2023 · Abu Dhabi Grand Prix · 2023-11-26" */
export function raceLine(base: string, race: RaceFound): string {
  const url = `${base}?race=${encodeURIComponent(race.raceId)}`
  const meta = race.meta
  const title = meta
    ? `${meta.year} · ${meta.gp_name} · ${meta.date}`
    : 'sessions.json fails its schema: see the report'
  return `    ${url.padEnd(base.length + 12)} ${title}`
}

function buildApp(dist: string): void {
  say(`Building the app into ${dist}/ (vite build)…`)
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  })
}

async function main(argv: string[]): Promise<number> {
  const args = parsePreviewArgs(argv)
  if (typeof args === 'string') {
    complain(`preview:exports: ${args}\n${USAGE}`)
    return 2
  }
  const dir = resolve(args.dir)
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    complain(`preview:exports: ${args.dir}: no such folder\n${USAGE}`)
    return 2
  }
  const run = validateFolder(dir)
  say(formatReport(run.report, run.seconds))
  if (run.report.counts.files === 0) return 2

  const dist = resolve(args.dist)
  if (args.build || !existsSync(join(dist, 'index.html'))) buildApp(dist)
  else say(`\nServing the existing build ${args.dist}/ (--build rebuilds it).`)

  try {
    const server = await startServer({ dist, data: dir, port: args.port })
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : args.port
    const base = `http://localhost:${port}/`
    say(`\nPreview of ${args.dir} (files read in place, never cached: reload after an edit)`)
    say(`  index: ${base}`)
    if (run.report.races.length > 0) say(`  races (${run.report.races.length}):`)
    for (const race of run.report.races) say(raceLine(base, race))
    say('Press Ctrl+C to stop.')
    const stop = () => {
      // A browser keeps its connections open: close them, or the server never stops.
      server.closeAllConnections()
      server.close(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    return 0
  } catch (error) {
    const code = (error as { code?: string }).code
    complain(
      code === 'EADDRINUSE'
        ? `preview:exports: port ${args.port} is in use: choose another with --port`
        : `preview:exports: ${String(error)}`,
    )
    return 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exit(code)
  })
}
