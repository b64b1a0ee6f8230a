/**
 * Data the benchmark generates under bench/tmp (never committed): a race with a 1,000-row table
 * and two 30-row tabs, a participants.json covering 1,100 races, 200 race folders for the
 * validator, and a static HTML copy of a rendered race page.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { SessionRow as Row, SessionsFile } from '../../src/calc/export-types.ts'
import { formatLapTime } from '../../src/calc/lap-time.ts'

export const BIG_RACE_ID = 9001

async function writeJson(path: string, data: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(data))
}

/** `<file>.br` and `<file>.gz` beside it, as the build writes them for its own files. */
export async function precompressFile(path: string): Promise<void> {
  const content = await readFile(path)
  const quality = { [constants.BROTLI_PARAM_QUALITY]: 5 }
  await writeFile(`${path}.br`, brotliCompressSync(content, { params: quality }))
  await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }))
}

function generatedRows(count: number, template: Row[], lapMs: number, stepMs: number): Row[] {
  return Array.from({ length: count }, (_, index) => {
    const base = template[index % template.length] as Row
    const best = lapMs + index * stepMs
    return {
      ...base,
      driver_id: 900_000 + index,
      driver_name: `Driver ${String(index + 1).padStart(4, '0')} ${base.driver_name}`,
      position: index + 1,
      best_lap_time_raw: formatLapTime(best),
      best_lap_ms: best,
      laps: 58,
      lap_release: null,
      delta: index === 0 ? null : `+${((best - lapMs) / 1000).toFixed(3)}`,
      status: null,
    }
  })
}

/** races/9001: EL1 and EL2 of 30 rows each, a RACE of 1,000 rows (perftime and resume absent). */
export async function writeBigRace(publicDir: string, dataDir: string): Promise<void> {
  const sample = JSON.parse(
    await readFile(join(publicDir, 'races/1101/sessions.json'), 'utf8'),
  ) as SessionsFile
  const practice = sample.sessions.find((session) => session.code === 'EL1')?.rows ?? []
  const race = sample.sessions.find((session) => session.code === 'RACE')?.rows ?? []
  const file: SessionsFile = {
    meta: { ...sample.meta, race_id: BIG_RACE_ID, gp_name: 'Benchmark Grand Prix' },
    sessions: [
      { code: 'EL1', rows: generatedRows(30, practice, 86_072, 137) },
      { code: 'EL2', rows: generatedRows(30, practice, 85_911, 141) },
      { code: 'RACE', rows: generatedRows(1000, race, 5_222_624, 1_234) },
    ],
  }
  const path = join(dataDir, `races/${BIG_RACE_ID}/sessions.json`)
  await writeJson(path, file)
  await precompressFile(path)
}

/**
 * lookups/participants.json for 1,100 races, as big as the real one would be: the sample's races
 * under new ids, each with its own driver ids, car numbers and laps, so that it does not
 * compress better than real data would.
 */
export async function writeBigParticipants(publicDir: string, dataDir: string): Promise<number> {
  const small = JSON.parse(
    await readFile(join(publicDir, 'lookups/participants.json'), 'utf8'),
  ) as Record<string, Record<string, Record<string, unknown>>>
  const races = Object.values(small)
  const big: Record<string, unknown> = { ...small }
  let seed = 1101
  const random = (limit: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed % limit
  }
  for (let id = 1; Object.keys(big).length < 1100; id += 1) {
    if (String(id) in big) continue
    const drivers = Object.values(races[id % races.length] ?? {})
    big[String(id)] = Object.fromEntries(
      drivers.map((entry) => [
        String(random(2_000_000_000)),
        { ...entry, num_car: String(random(99) + 1), laps: random(80) },
      ]),
    )
  }
  const path = join(dataDir, 'lookups/participants.json')
  await writeJson(path, big)
  await precompressFile(path)
  return Object.keys(big).length
}

/** `count` race folders copied from the samples under new ids (meta.race_id rewritten). */
export async function writeRaceFolders(publicDir: string, outDir: string, count: number) {
  const samples = (await readdir(join(publicDir, 'races'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  for (const name of ['lookups', 'seasons']) {
    await cp(join(publicDir, name), join(outDir, name), { recursive: true })
  }
  const races: unknown[] = []
  for (let index = 0; index < count; index += 1) {
    const sample = samples[index % samples.length] as string
    const raceId = 20_000 + index
    for (const file of await readdir(join(publicDir, 'races', sample))) {
      const data = JSON.parse(await readFile(join(publicDir, 'races', sample, file), 'utf8'))
      data.meta.race_id = raceId
      await writeJson(join(outDir, 'races', String(raceId), file), data)
      if (file === 'sessions.json') races.push({ ...data.meta, race_id: raceId })
    }
  }
  await writeJson(join(outDir, 'races/index.json'), { races: races.map(indexEntry) })
}

function indexEntry(meta: unknown) {
  const { race_id, year, round, gp_name, country, circuit, date } = meta as Record<string, unknown>
  return { race_id, year, round, gp_name, country, circuit, date }
}

/**
 * The rendered page as plain HTML: the same markup and stylesheet, no script. What a server-side
 * rendered page could at best achieve, served by the same server.
 */
export async function writeStaticPage(html: string, dataDir: string): Promise<string> {
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
  const path = join(dataDir, 'static-race.html')
  await mkdir(dataDir, { recursive: true })
  await writeFile(path, `<!doctype html>\n${page}`)
  await precompressFile(path)
  return '/static-race.html'
}
