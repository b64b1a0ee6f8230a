import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Problem } from '../../src/loaders/validate/problem.ts'
import { validateFiles } from '../../src/loaders/validate/validate-files.ts'

const PUBLIC = resolve(import.meta.dirname, '../../public')

// biome-ignore lint/suspicious/noExplicitAny: tests edit sample files by JSON path
export type Json = any

/** A sample export file of public/, parsed (a fresh copy each call, free to edit). */
export function sample(path: string): Json {
  return JSON.parse(readFileSync(resolve(PUBLIC, path), 'utf8'))
}

/** An export folder in memory: path → text, from parsed files. */
export function folder(files: Record<string, unknown>): Map<string, string> {
  return new Map(
    Object.entries(files).map(([path, data]) => [
      path,
      typeof data === 'string' ? data : JSON.stringify(data),
    ]),
  )
}

/** A sample race's three files, each editable before validation. */
export function raceFiles(raceId: string): Record<string, Json> {
  return {
    [`races/${raceId}/sessions.json`]: sample(`races/${raceId}/sessions.json`),
    [`races/${raceId}/perftime.json`]: sample(`races/${raceId}/perftime.json`),
    [`races/${raceId}/resume.json`]: sample(`races/${raceId}/resume.json`),
  }
}

/**
 * "file › path (severity): message" per problem: what a test compares. Tests give a few files of
 * a folder; the warnings for the files they leave out ("missing: …") are dropped here, unless
 * `missing` asks for them (validate-missing.test.ts).
 */
export function lines(files: Record<string, unknown>, missing = false): string[] {
  return validateFiles(folder(files))
    .filter((problem) => missing || !isMissingWarning(problem))
    .map(line)
}

function isMissingWarning(problem: Problem): boolean {
  return (
    problem.severity === 'warning' && problem.path === '' && problem.message.startsWith('missing:')
  )
}

export function line(problem: Problem): string {
  const tab = problem.tab ? ` [${problem.tab}]` : ''
  return `${problem.file} › ${problem.path} (${problem.severity})${tab}: ${problem.message}`
}
