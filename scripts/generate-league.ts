/**
 * Sample league data for public/leagues/ (npm run data:league): simulated races scored with the
 * seed 003 points rules (src/features/league/calc/scoring.ts), written as the league API would send them.
 * Deterministic: a seeded PRNG, fixed ids, no clock. Every driver name is fictional.
 *
 *   gt-masters  race points mode, divisions Pro and Am, 4 rounds (qualifier + 2 races each):
 *               a DNF, a penalty, a fastest lap outside the top 10, round 4 still in progress
 *               (its second race pending, so provisional), a driver who misses round 3.
 *   club-cup    round points mode, no divisions, 3 rounds; a DNS; one round file kept in the
 *               API's response envelope.
 *
 * The leagues are defined in scripts/league/gt-masters.ts and club-cup.ts; the simulation and
 * the files it writes are in the other modules of scripts/league/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { LeagueIndexFile } from '../src/features/league/calc/types.ts'
import { clubCup } from './league/club-cup.ts'
import { gtMasters } from './league/gt-masters.ts'
import { leagueFiles } from './league/league-files.ts'

const OUT = resolve(import.meta.dirname, '../public/leagues')

function writeJson(path: string, value: unknown): void {
  const file = resolve(OUT, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`)
}

function main(): void {
  // Start from an empty folder: a round dropped from a league must not leave its file behind.
  rmSync(OUT, { recursive: true, force: true })
  const leagues = [gtMasters(), clubCup()].map(leagueFiles)
  for (const { files } of leagues) for (const [path, value] of files) writeJson(path, value)
  writeJson('index.json', { leagues: leagues.map((l) => l.entry) } satisfies LeagueIndexFile)
  const count = leagues.reduce((n, l) => n + l.files.length, 1)
  console.log(`wrote ${count} files under ${OUT}`)
}

main()
