/**
 * A reader for the two shapes nearly every F1DB file has: a list of flat mappings
 * ("- position: 1\n  driverId: max-verstappen\n…") and one flat mapping (race.yml, entities).
 * The general YAML parser spends most of an import's time on them. Anything outside these
 * shapes or this small set of scalars gives undefined, and the caller parses the file with
 * the `yaml` package instead, so the result is always the one that parser gives (YAML 1.2 core
 * schema; tests/scripts/fast-yaml.test.ts compares both on every file of the sample data).
 */

const KEY = /^[A-Za-z][\w-]*$/
const INT = /^[-+]?\d+$/
const FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/
const NULL = /^(?:null|Null|NULL|~)$/
// Plain scalars that would need the full YAML rules: flow, anchors, tags, block scalars, comments…
const SPECIAL = /^[[\]{}&*!|>%@`'#,?]|^-(?:\s|$)| #|: |:$/

/** The scalar of "key: <value>", or undefined when it is not one this reader is sure of. */
function scalar(text: string): unknown {
  if (text === '' || NULL.test(text)) return null
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) return undefined
    const inner = text.slice(1, -1)
    return /["\\]/.test(inner) ? undefined : inner
  }
  if (SPECIAL.test(text)) return undefined
  if (text === 'true' || text === 'True' || text === 'TRUE') return true
  if (text === 'false' || text === 'False' || text === 'FALSE') return false
  if (INT.test(text)) {
    const number = Number(text)
    return Number.isSafeInteger(number) ? number : undefined
  }
  if (FLOAT.test(text)) return Number(text)
  if (/^[-+.]?(?:0[xo]|\.(?:inf|nan))/i.test(text)) return undefined
  return text
}

/** "key: value" → [key, value], or undefined. */
function pair(line: string): [string, unknown] | undefined {
  const colon = line.indexOf(':')
  if (colon <= 0) return undefined
  const key = line.slice(0, colon)
  if (!KEY.test(key)) return undefined
  const rest = line.slice(colon + 1)
  if (rest !== '' && !rest.startsWith(' ')) return undefined
  const value = scalar(rest.trim())
  return value === undefined ? undefined : [key, value]
}

/** The parsed file, or undefined when it is not one of the two flat shapes. */
export function parseFlatYaml(source: string): unknown {
  const lines = source.split('\n')
  let list: Array<Record<string, unknown>> | null = null
  let current: Record<string, unknown> | null = null
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '' || line.startsWith('#')) continue
    let body: string
    if (line.startsWith('- ')) {
      if (list === null) {
        if (current !== null) return undefined
        list = []
      }
      current = {}
      list.push(current)
      body = line.slice(2)
    } else if (line.startsWith('  ') && list !== null && current !== null) {
      body = line.slice(2)
    } else if (list === null && !line.startsWith(' ')) {
      current ??= {}
      body = line
    } else return undefined
    const entry = pair(body)
    if (!entry || Object.hasOwn(current, entry[0])) return undefined
    current[entry[0]] = entry[1]
  }
  return list ?? current ?? undefined
}
