import type { Lang } from './messages.ts'

export type Vars = Record<string, string | number>

/**
 * `{name}` is the value; `{name, plural, one {# file} other {# files}}` (ICU's syntax, `#` the
 * number) picks the words that agree with it by the language's plural rules ("0 erreur",
 * "0 errors"). A value that is not given leaves its placeholder as written, never "undefined".
 */
const PLACEHOLDER = /\{(\w+)(?:, plural, one \{([^{}]*)\} other \{([^{}]*)\})?\}/g

/** The one translator of every catalog: core (fr/en), league and editor strings. */
export function translator<Key extends string>(
  messages: Readonly<Record<Key, string>>,
  lang: Lang,
): (key: Key, vars?: Vars) => string {
  const plurals = new Intl.PluralRules(lang)
  return (key, vars) =>
    messages[key].replace(
      PLACEHOLDER,
      (whole, name: string, one: string | undefined, other: string | undefined) => {
        if (!vars || !(name in vars)) return whole
        const value = vars[name]
        if (one === undefined || other === undefined) return String(value)
        const words = plurals.select(Number(value)) === 'one' ? one : other
        return words.replaceAll('#', String(value))
      },
    )
}
