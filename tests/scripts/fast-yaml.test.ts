import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseFlatYaml } from '../../scripts/import/fast-yaml.ts'
import { F1DB_DATA } from './real-data.ts'

function ymlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return ymlFiles(path)
    return name.endsWith('.yml') ? [path] : []
  })
}

describe('parseFlatYaml', () => {
  it('gives what the yaml package gives on every sample F1DB file it accepts', () => {
    let accepted = 0
    for (const path of ymlFiles(F1DB_DATA)) {
      const text = readFileSync(path, 'utf8')
      const fast = parseFlatYaml(text)
      if (fast === undefined) continue
      accepted += 1
      expect(fast, path).toEqual(parse(text))
    }
    expect(accepted).toBeGreaterThan(500)
  })

  it('reads the scalars of the core schema it knows', () => {
    const text = '- a: 1\n  b: "1:27.0"\n  c:\n  d: 5.281\n  e: true\n  f: 2026-12-06\n  g: 13:00\n'
    expect(parseFlatYaml(text)).toEqual([
      { a: 1, b: '1:27.0', c: null, d: 5.281, e: true, f: '2026-12-06', g: '13:00' },
    ])
  })

  it('leaves to the full parser what it is not sure of', () => {
    for (const text of [
      '- driverId: [unclosed\n',
      'a: "x\\"y"\n',
      'a: |\n  text\n',
      'a:\n  - 1\n',
      'a: 1 # comment\n',
      'a: 0x1f\n',
      "a: 'quoted'\n",
      'a: 1\na: 2\n',
    ]) {
      expect(parseFlatYaml(text), text).toBeUndefined()
    }
  })
})
