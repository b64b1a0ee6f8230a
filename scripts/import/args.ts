import { parseArgs as parseNodeArgs } from 'node:util'
import type { ImportOptions } from './import-races.ts'

export const USAGE =
  'usage: tsx scripts/import-f1db.ts <f1db src/data dir> <out dir> [--lapchart <dir>] ' +
  '[--season Y] [--race ID] [--legacy-codes ID,ID…] [--verbose]'

export type CliOptions = ImportOptions & { verbose: boolean }

const OPTIONS = {
  lapchart: { type: 'string' },
  season: { type: 'string' },
  race: { type: 'string' },
  'legacy-codes': { type: 'string' },
  verbose: { type: 'boolean' },
} as const

function whole(name: string, value: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw new Error(`--${name}: expected a whole number, got "${value}"\n${USAGE}`)
  }
  return number
}

/**
 * node:util's parser, its errors reworded to name the option and end with the usage:
 * "--race needs a value", "unknown option --lap-chart".
 */
function parsed(args: readonly string[]) {
  try {
    return parseNodeArgs({ args: [...args], options: OPTIONS, allowPositionals: true })
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = error instanceof Error ? error.message : String(error)
    const option = /'(--[\w-]+)/.exec(message)?.[1] ?? ''
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new Error(`unknown option ${option}\n${USAGE}`)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new Error(`${option} needs a value\n${USAGE}`)
    }
    throw new Error(`${message}\n${USAGE}`)
  }
}

/** Command-line arguments → import options; anything unexpected is an error with the usage. */
export function parseArgs(args: readonly string[]): CliOptions {
  const { values, positionals } = parsed(args)
  const [source, out, ...extra] = positionals
  if (!source || !out || extra.length > 0) throw new Error(USAGE)
  for (const name of ['lapchart', 'season', 'race', 'legacy-codes'] as const) {
    if (values[name] === '') throw new Error(`--${name} needs a value\n${USAGE}`)
  }
  const { season, race } = values
  return {
    source,
    out,
    lapchart: values.lapchart,
    season: season === undefined ? undefined : whole('season', season),
    race: race === undefined ? undefined : whole('race', race),
    legacyCodes: (values['legacy-codes'] ?? '')
      .split(',')
      .filter((id) => id.trim() !== '')
      .map((id) => whole('legacy-codes', id.trim())),
    verbose: values.verbose ?? false,
  }
}
