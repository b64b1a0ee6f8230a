import type { Lang } from './messages.ts'

export type Vars = Record<string, string | number>

/**
 * `{name}` is the value; `{name, plural, one {# file} other {# files}}` (ICU's syntax, `#` the
 * number) picks the words that agree with it by the language's plural rules ("0 erreur",
 * "0 errors"). A value that is not given leaves its placeholder as written, never "undefined".
 */
const PLACEHOLDER = /\{(\w+)(?:, plural, one \{([^{}]*)\} other \{([^{}]*)\})?\}/g

/**
 * One PluralRules per language, made when a plural is first used: constructing one costs more
 * than the translations of a whole page, and translators are made per render (prerendering 13,000
 * pages spent 3 % of its time there, docs/performance.md).
 */
const pluralRules = new Map<Lang, Intl.PluralRules>()

function pluralsOf(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang)
  if (!rules) {
    rules = new Intl.PluralRules(lang)
    pluralRules.set(lang, rules)
  }
  return rules
}

/** The one translator of every catalog: core (fr/en), league and editor strings. */
export function translator<Key extends string>(
  messages: Readonly<Record<Key, string>>,
  lang: Lang,
): (key: Key, vars?: Vars) => string {
  return (key, vars) => {
    const message = messages[key]
    // Without values every placeholder stays as written: the message itself.
    if (!vars) return message
    return message.replace(
      PLACEHOLDER,
      (whole, name: string, one: string | undefined, other: string | undefined) => {
        if (!(name in vars)) return whole
        const value = vars[name]
        if (one === undefined || other === undefined) return String(value)
        const words = pluralsOf(lang).select(Number(value)) === 'one' ? one : other
        return words.replaceAll('#', String(value))
      },
    )
  }
}
