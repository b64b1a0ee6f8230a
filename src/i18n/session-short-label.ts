import type { Lang } from './messages.ts'
import { translator } from './translate.ts'

/** Short session names for the Resume's grouped headers and the teammate duels (lazy parts). */
const SHORT = {
  fr: {
    EL: 'EL{n}',
    SPRINT: 'Sprint',
    FL: 'Meilleur tour',
    RACE: 'Course',
    GRID: 'Grille',
    WU: 'Warm-up',
  },
  en: {
    EL: 'FP{n}',
    SPRINT: 'Sprint',
    FL: 'Fastest lap',
    RACE: 'Race',
    GRID: 'Grid',
    WU: 'Warm-up',
  },
} as const

type ShortKey = keyof (typeof SHORT)['fr']

const isShortKey = (code: string): code is ShortKey => code in SHORT.fr && code !== 'EL'

/**
 * "EL1" / "FP1", "Q2", "Course" / "Race"…: the codes that read alike in both languages (Q2, SQ1,
 * PQ) stay as they are.
 */
export function sessionShortLabel(code: string, lang: Lang): string {
  const t = translator<ShortKey>(SHORT[lang], lang)
  const practice = /^EL(\d)$/.exec(code)
  if (practice) return t('EL', { n: practice[1] ?? '' })
  return isShortKey(code) ? t(code) : code
}
