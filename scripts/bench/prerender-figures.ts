/**
 * `npm run bench -- --full-history`: the whole history prerendered into a copy of dist/ (bench/tmp,
 * never committed), as the stats website runs it: `npm run prerender -- --exports
 * .full-history/exports --dist <dir>`, in its own Node process, start-up included.
 */
import { spawn } from 'node:child_process'
import { cp, rm } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { prepareFullHistory } from '../full-history/prepare.ts'
import { round1, timed } from './stats.ts'

function run(args: string[]): Promise<{ code: number; last: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/prerender.ts', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let last = ''
    child.stdout.on('data', (chunk: Buffer) => {
      // The progress line rewrites itself with "\r": the last one is the summary.
      last =
        `${last}${chunk.toString()}`
          .split(/[\r\n]/)
          .filter(Boolean)
          .at(-1) ?? last
      process.stdout.write(chunk)
    })
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? 1, last }))
  })
}

export async function measureFullPrerender(dir: string) {
  const exports = await prepareFullHistory()
  await rm(dir, { recursive: true, force: true })
  await cp('dist', dir, { recursive: true })
  const before = loadavg()[0] ?? 0
  const { ms, value } = await timed(() => run(['--exports', exports, '--dist', dir]))
  const after = loadavg()[0] ?? 0
  const counts = /(\d+)\/(\d+) races, (\d+) pages, (\d+) left/.exec(value.last)
  const seconds = round1(ms / 1000)
  const load = `load average ${before.toFixed(1)} → ${after.toFixed(1)} on ${cpus().length} CPUs`
  return {
    line:
      `prerender, whole history: ${seconds} s for ${counts?.[2] ?? '?'} races, ${counts?.[3] ?? '?'} pages ` +
      `(${counts?.[4] ?? '?'} left to the browser; exit ${value.code}; ${load}; goal < 120 s)`,
    value: {
      seconds,
      races: Number(counts?.[2] ?? Number.NaN),
      pages: Number(counts?.[3] ?? Number.NaN),
      left: Number(counts?.[4] ?? Number.NaN),
      exitCode: value.code,
      loadAverage: [before, after],
    },
  }
}
