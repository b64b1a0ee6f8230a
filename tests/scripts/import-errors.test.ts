import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importF1db } from '../../scripts/import/import-races.ts'
import { REPO_ROOT } from './paths.ts'
import { F1DB_DATA } from './real-data.ts'

// A small copy of the real data (the entities and one season) to break or import partly.
let work = ''
let data = ''
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gp-import-errors-'))
  data = join(work, 'data')
  cpSync(F1DB_DATA, data, {
    recursive: true,
    filter: (path) =>
      !/seasons\/(?!2023)\d{4}/.test(path) && !/seasons\/2023\/races\/(?!22-)/.test(path),
  })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('import-f1db on bad input', () => {
  it('names a missing data folder', () => {
    expect(() => importF1db({ source: join(work, 'nope'), out: join(work, 'out') })).toThrow(
      `${join(work, 'nope')}: no such folder`,
    )
  })

  it('names a race that is not in the data', () => {
    expect(() => importF1db({ source: data, out: join(work, 'out'), race: 1 })).toThrow(
      /^race 1: not found/,
    )
  })

  it('names the file whose YAML is broken; the command exits 1 with it on stderr', () => {
    const broken = join(work, 'broken')
    cpSync(data, broken, { recursive: true })
    const file = join(broken, 'seasons/2023/races/22-abu-dhabi/fastest-laps.yml')
    writeFileSync(file, '- position: 1\n  driverId: [unclosed\n')
    expect(() => importF1db({ source: broken, out: join(work, 'out') })).toThrow(
      `${file}: unreadable YAML`,
    )
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/import-f1db.ts', broken, join(work, 'out')],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`import-f1db: ${file}: unreadable YAML`)
  })
})

describe('import-f1db --race', () => {
  it('adds to the lookups and index already in the output folder', () => {
    const out = join(work, 'partial')
    mkdirSync(join(out, 'races'), { recursive: true })
    const other = {
      race_id: 9,
      year: 1950,
      round: 1,
      gp_name: 'x',
      country: 'x',
      circuit: 'x',
      date: '1950-05-13',
    }
    writeFileSync(
      join(out, 'races/index.json'),
      JSON.stringify({ races: [other], championships: [1950] }),
    )
    const result = importF1db({ source: data, out, race: 1101 })
    expect(result.files).not.toContain('seasons/2023/championship.json')
    const index = JSON.parse(readFileSync(join(out, 'races/index.json'), 'utf8'))
    expect(index.races.map((race: { race_id: number }) => race.race_id)).toEqual([9, 1101])
    expect(index.championships).toEqual([1950])
  })
})
