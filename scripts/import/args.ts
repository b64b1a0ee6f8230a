import type { ImportOptions } from './import-races.ts'

export const USAGE =
  'usage: tsx scripts/import-f1db.ts <f1db src/data dir> <out dir> [--lapchart <dir>] ' +
  '[--season Y] [--race ID] [--legacy-codes ID,ID…]'

const VALUED = new Set(['lapchart', 'season', 'race', 'legacy-codes'])

function whole(name: string, value: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw new Error(`--${name}: expected a whole number, got "${value}"\n${USAGE}`)
  }
  return number
}

/** Command-line arguments → import options; anything unexpected is an error with the usage. */
export function parseArgs(args: readonly string[]): ImportOptions {
  const positional: string[] = []
  const named = new Map<string, string>()
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? ''
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    // "--race 1101" or "--race=1101"
    const equals = arg.indexOf('=')
    const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals)
    let value = equals === -1 ? undefined : arg.slice(equals + 1)
    if (value === undefined) {
      i += 1
      value = args[i]
    }
    if (!VALUED.has(name)) throw new Error(`unknown option --${name}\n${USAGE}`)
    if (value === undefined || value === '') throw new Error(`--${name} needs a value\n${USAGE}`)
    named.set(name, value)
  }
  const [source, out, ...extra] = positional
  if (!source || !out || extra.length > 0) throw new Error(USAGE)
  const season = named.get('season')
  const race = named.get('race')
  const legacy = named.get('legacy-codes')
  return {
    source,
    out,
    lapchart: named.get('lapchart'),
    season: season === undefined ? undefined : whole('season', season),
    race: race === undefined ? undefined : whole('race', race),
    legacyCodes: (legacy ?? '')
      .split(',')
      .filter((id) => id.trim() !== '')
      .map((id) => whole('legacy-codes', id.trim())),
  }
}
