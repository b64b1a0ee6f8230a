import { describe, expect, it } from 'vitest'
import { progressReporter } from '../../scripts/import/progress.ts'
import { formatWarningGroups, groupWarnings } from '../../scripts/import/warning-groups.ts'

describe('groupWarnings', () => {
  it('one line per kind with its count and a few examples', () => {
    const warnings = [
      'a/race-results.yml: fred-agabashian listed twice, the later row is ignored',
      'b/race-results.yml: louis-rosier listed twice, the later row is ignored',
      'race 1053 (seasons/2021/races/18-mexico): no lap chart in x/2021',
      'c/race-results.yml: tony-bettenhausen listed twice, the later row is ignored',
    ]
    const lines = formatWarningGroups(groupWarnings(warnings, 2))
    expect(lines).toEqual([
      'warning (×3): <id> listed twice, the later row is ignored',
      `  e.g. ${warnings[0]}`,
      `  e.g. ${warnings[1]}`,
      '  … and 1 more',
      `warning: ${warnings[2]}`,
    ])
  })
})

describe('progressReporter', () => {
  it('in a log: one line per decade; on a terminal: one rewritten line', () => {
    const log: string[] = []
    const ci = progressReporter({ write: (text) => log.push(text) })
    for (const year of [1950, 1951, 1959, 1960]) ci.update(year - 1949, 11, year)
    ci.end()
    expect(log).toEqual(['1950 · 1 / 11 races\n', '1960 · 11 / 11 races\n'])
    const tty: string[] = []
    const terminal = progressReporter({ isTTY: true, write: (text) => tty.push(text) })
    terminal.update(1, 2, 1950)
    terminal.update(2, 2, 1951)
    terminal.end()
    expect(tty).toEqual(['\r1950 · 1 / 2 races\u001b[K', '\r1951 · 2 / 2 races\u001b[K', '\n'])
  })
})
