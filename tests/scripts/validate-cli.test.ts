import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/loaders/validate/format-report.ts'
import type { Problem } from '../../src/loaders/validate/problem.ts'
import { DEFECTS, makeAll } from '../fixtures/exports-maker/make-exports.ts'
import { REPO_ROOT } from './paths.ts'

/**
 * `npm run validate` on the two fixture folders, as an editor runs it (a child process): exit
 * codes, the report's lines and summary, the --json output, and every defect the maker injects
 * reported once, with its file and JSON path.
 */
const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures')
const VALID = 'tests/fixtures/exports-valid'
const DEFECTIVE = 'tests/fixtures/exports-defects'

interface Run {
  code: number
  stdout: string
  stderr: string
}

function validate(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', 'scripts/validate.ts', ...args],
      { cwd: REPO_ROOT },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    )
  })
}

/** Every file under a folder, relative to it ("races/1101/sessions.json"). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

/** What the summary line must count, read from the folder itself. */
function folderCounts(dir: string) {
  const files = filesUnder(join(REPO_ROOT, dir)).filter((file) => file.endsWith('.json'))
  return {
    files: files.length,
    races: files.filter((file) => /^races\/[^/]+\/sessions\.json$/.test(file)).length,
    championships: files.filter((file) => /^seasons\/[^/]+\/championship\.json$/.test(file)).length,
    lookups: files.filter((file) => file.startsWith('lookups/')).length,
    leagueFiles: files.filter((file) => file.startsWith('leagues/')).length,
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function scope(dir: string): string {
  const c = folderCounts(dir)
  return `checked ${plural(c.files, 'file')} (${plural(c.races, 'race')}, ${plural(c.championships, 'championship')}, ${plural(c.lookups, 'lookup')}, ${plural(c.leagueFiles, 'league file')}) in `
}

describe('the fixture folders', () => {
  let out: string
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'gp-page-exports-'))
  })
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('are what make-exports.ts writes from public/ (regenerate: npx tsx tests/fixtures/exports-maker/make-exports.ts)', () => {
    makeAll(out)
    for (const name of ['exports-valid', 'exports-defects']) {
      const made = filesUnder(join(out, name))
      expect(filesUnder(join(FIXTURES, name)), name).toEqual(made)
      for (const file of made) {
        expect(readFileSync(join(FIXTURES, name, file), 'utf8'), `${name}/${file}`).toBe(
          readFileSync(join(out, name, file), 'utf8'),
        )
      }
    }
  })

  it('inject at least 15 distinct defects, one per file and JSON path', () => {
    const keys = new Set(DEFECTS.map((defect) => `${defect.file} › ${defect.path}`))
    expect(keys.size).toBe(DEFECTS.length)
    expect(keys.size).toBeGreaterThanOrEqual(15)
    // Errors and warnings both, over every kind of file of the layout.
    expect(new Set(DEFECTS.map((defect) => defect.severity))).toEqual(new Set(['error', 'warning']))
    for (const file of [
      /^races\/index\.json$/,
      /sessions\.json$/,
      /perftime\.json$/,
      /resume\.json$/,
      /championship\.json$/,
      /^lookups\//,
      /^leagues\//,
    ]) {
      expect(
        DEFECTS.some((defect) => file.test(defect.file)),
        String(file),
      ).toBe(true)
    }
  })
})

describe('npm run validate on exports-valid', () => {
  it('says OK, exit 0', async () => {
    const run = await validate(VALID)
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`OK: no problem · ${scope(VALID)}`)
    expect(lines[0]).toMatch(/ in \d+\.\d\d s$/)
  })

  it('--json: ok, no problem, its races', async () => {
    const run = await validate(VALID, '--json')
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: [] })
    expect(report.counts).toEqual(folderCounts(VALID))
    const raceFolders = readdirSync(join(REPO_ROOT, VALID, 'races'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect([...report.races].sort()).toEqual(raceFolders.sort())
  })
})

describe('npm run validate on exports-defects', () => {
  let text: Run
  let json: Run
  let problems: Problem[]
  beforeAll(async () => {
    ;[text, json] = await Promise.all([validate(DEFECTIVE), validate(DEFECTIVE, '--json')])
    problems = JSON.parse(json.stdout).problems
  })

  it('exits 1 on errors, in both forms', () => {
    expect(text.code).toBe(1)
    expect(json.code).toBe(1)
  })

  for (const defect of DEFECTS) {
    it(`reports ${defect.file} › ${defect.path || '(whole file)'} once, as ${defect.severity}`, () => {
      const found = problems.filter(
        (problem) => problem.file === defect.file && problem.path === defect.path,
      )
      expect(found).toHaveLength(1)
      expect(found[0]?.severity).toBe(defect.severity)
      expect(found[0]?.message).toContain(defect.says)
      // The text report has the same problem on one line: `file › path: message`.
      const line = formatProblem(found[0] as Problem)
      expect(text.stdout.split('\n').filter((l) => l === line)).toHaveLength(1)
    })
  }

  it('reports nothing else', () => {
    const expected = DEFECTS.map((defect) => `${defect.file} › ${defect.path}`).sort()
    expect(problems.map((problem) => `${problem.file} › ${problem.path}`).sort()).toEqual(expected)
  })

  it('groups the text report by file and ends with the summary line', () => {
    const lines = text.stdout.trim().split('\n')
    const errors = DEFECTS.filter((defect) => defect.severity === 'error').length
    const warnings = DEFECTS.length - errors
    const files = new Set(DEFECTS.map((defect) => defect.file)).size
    const summary = lines.at(-1) ?? ''
    expect(summary).toContain(
      `FAILED: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} · ${scope(DEFECTIVE)}`,
    )
    // Blocks of one file each, separated by a blank line.
    const blocks = lines
      .slice(0, -1)
      .join('\n')
      .split('\n\n')
      .map((block) => block.split('\n').filter(Boolean))
    expect(blocks).toHaveLength(files)
    const fileOf = (line: string) => /^(?:error|warning)\s+(\S+)/.exec(line)?.[1]?.replace(/:$/, '')
    for (const block of blocks) expect(new Set(block.map(fileOf)).size, block[0]).toBe(1)
  })

  it('--json: counts, races and the tab each problem shows in', () => {
    const report = JSON.parse(json.stdout)
    const errors = DEFECTS.filter((defect) => defect.severity === 'error').length
    expect(report).toMatchObject({
      dir: DEFECTIVE,
      ok: false,
      errors,
      warnings: DEFECTS.length - errors,
    })
    expect(report.counts).toEqual(folderCounts(DEFECTIVE))
    // races/1098/ has no sessions.json: not a race the page can open.
    const withSessions = readdirSync(join(REPO_ROOT, DEFECTIVE, 'races')).filter((id) =>
      statSync(join(REPO_ROOT, DEFECTIVE, 'races', id, 'sessions.json'), { throwIfNoEntry: false }),
    )
    expect([...report.races].sort()).toEqual(withSessions.sort())
    for (const problem of problems) {
      if (/\/perftime\.json$/.test(problem.file)) expect(problem.tab, problem.path).toBe('PERF')
      if (/\/resume\.json$/.test(problem.file)) expect(problem.tab, problem.path).toBe('RESUME')
      if (/^seasons\//.test(problem.file)) expect(problem.tab, problem.path).toBe('CHAMP')
    }
    const q = problems.find(
      (problem) =>
        problem.file === 'races/1101/sessions.json' && problem.path.startsWith('sessions[3]'),
    )
    const sessions = JSON.parse(
      readFileSync(join(REPO_ROOT, DEFECTIVE, 'races/1101/sessions.json'), 'utf8'),
    )
    expect(q?.tab).toBe(sessions.sessions[3].code)
  })
})

describe('npm run validate usage errors', () => {
  it('exits 2 without a folder, with two, with a missing one or an unknown option', async () => {
    const runs = await Promise.all([
      validate(),
      validate(VALID, DEFECTIVE),
      validate('tests/fixtures/no-such-folder'),
      validate(VALID, '--yaml'),
    ])
    for (const run of runs) {
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('usage: npm run validate -- <exports-dir> [--json]')
      expect(run.stdout).toBe('')
    }
  })

  it('a folder with no export file is an error', async () => {
    const run = await validate('tests/fixtures/exports-maker')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('no export file found')
  })
})
