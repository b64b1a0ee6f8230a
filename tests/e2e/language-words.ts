import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The word lists of tests/e2e/languages.spec.ts: what counts as an English word on a French page
 * and as a French word on an English one. Read from the catalogs' source text (each catalog
 * object is named fr/en or …Fr/…En, or sits under `fr:` / `en:`), so a word added to a catalog
 * is checked without a list to keep in step; plus the English words the exports carry (F1DB's
 * retirement reasons and demonyms), which the page must translate. Names from the data (drivers,
 * teams, engines, Grands Prix, circuits, leagues) are never counted.
 */
const CATALOGS = ['src/i18n', 'src/features/league/i18n', 'src/features/editor/i18n']
const PUBLIC = 'public'

type Lang = 'fr' | 'en'

const WORD = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu

/**
 * Text without what reads alike in every language: placeholders and plural syntax, file paths,
 * JSON paths and field names ("sessions[2].rows[5].best_lap_ms", "meta.race_id").
 */
export function prose(text: string): string {
  return text
    .replace(/\{\w+(?:, plural,)?|\b(one|other)\s*\{|[{}#]/g, ' ')
    .replace(/\S*(?:[[\]_<>]|\/\d|\/(?=\s|$)|\w\.\w)\S*/g, ' ')
}

/** "Temps/Écart" → ["temps", "écart"]; apostrophes split ("d’un" → "d", "un"). */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).flatMap((word) =>
    word
      .toLowerCase()
      .split(/['’-]/)
      .filter((part) => part.length > 0),
  )
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

const OPENS = /^\s*(?:export\s+)?const\s+(\w+)\b[^=]*=\s*\{|^\s*(fr|en):\s*\{/
const LITERAL = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g

/** The string values of each language's catalogs, placeholders and ICU syntax removed. */
function catalogTexts(): Record<Lang, string[]> {
  const texts: Record<Lang, string[]> = { fr: [], en: [] }
  for (const path of CATALOGS.flatMap(files).filter((file) => file.endsWith('.ts'))) {
    let lang: Lang | null = null
    for (const whole of readFileSync(path, 'utf8').split('\n')) {
      let line = whole
      const opens = OPENS.exec(line)
      if (opens) {
        const name = opens[1] ?? opens[2] ?? ''
        lang = /(?:^|[a-z])(?:Fr|fr|FR)$|^fr$/.test(name)
          ? 'fr'
          : /(?:^|[a-z])(?:En|en|EN)$|^en$/.test(name)
            ? 'en'
            : null
        line = line.slice(opens.index + opens[0].length)
      }
      if (!lang || /^\s*(\/\/|\*|\/\*)/.test(line) || /^\s*(import|export type)/.test(line))
        continue
      for (const match of line.matchAll(LITERAL)) {
        const text = match[1] ?? match[2] ?? match[3] ?? ''
        // A quoted key of a French table ('out of fuel': 'Panne d’essence') is the English text
        // it translates (F1DB's words, the validator's templates).
        if (/^\s*:/.test(line.slice((match.index ?? 0) + match[0].length))) {
          if (lang === 'fr') texts.en.push(prose(text))
          continue
        }
        texts[lang].push(prose(text))
      }
    }
  }
  return texts
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

// Values in English words that the page must translate (F1DB's reasons, demonyms, countries).
const DATA_WORDS = new Set(['delta', 'nationality', 'country'])
// Codes and file names, neither names nor words of the page (status codes are the catalogs').
const SKIPPED = new Set(['status', 'code', 'best_session', 'source_name', 'id', 'message'])

/** Every string of the exports under a name key, and the English data words apart. */
function dataTexts(): { names: string[]; english: string[] } {
  const names: string[] = []
  const english: string[] = []
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (SKIPPED.has(key)) return
      if (DATA_WORDS.has(key)) english.push(value)
      // A league season named "Season 2025" is a season, in the reader's words.
      else if (/^Season \d{4}$/.test(value)) english.push(value)
      else if (!/^[\d\s:.+,-]*$/.test(value)) names.push(value)
    } else if (Array.isArray(value)) for (const item of value) visit(item, key)
    else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, name)
    }
  }
  for (const path of files(PUBLIC).filter((file) => file.endsWith('.json'))) {
    visit(readJson(path), '')
  }
  return { names, english }
}

export interface WordLists {
  /** Words that must not appear on a page in that language. */
  foreign: Record<Lang, ReadonlySet<string>>
}

export function wordLists(): WordLists {
  const texts = catalogTexts()
  const data = dataTexts()
  const fr = new Set(texts.fr.flatMap(words))
  const en = new Set(texts.en.flatMap(words))
  const englishData = new Set(data.english.flatMap(words))
  // A word of a name is never foreign, even when the data also uses it as a word ("Monaco").
  const names = new Set(data.names.flatMap(words))
  // Words both languages write alike ("points", "podium", "sprint") are no one's foreign word.
  const onlyIn = (own: Set<string>, other: Set<string>) =>
    new Set([...own].filter((word) => !other.has(word) && !names.has(word) && word.length > 1))
  const englishWords = new Set([...en, ...englishData])
  return { foreign: { fr: onlyIn(englishWords, fr), en: onlyIn(fr, englishWords) } }
}
