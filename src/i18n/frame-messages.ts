import type { Lang } from './messages.ts'
import { translator, type Vars } from './translate.ts'

/**
 * Issue 18's strings shown only in an iframe or above a salvaged file: loaded with those lazy
 * parts (frame-parts.tsx, salvage-note.tsx), so the fans' first page does not carry them.
 */
const TEXT = {
  fr: {
    attributionShort: 'Données F1DB (CC BY 4.0) · LapChart (MIT)',
    frameOutside: 'Cette vue s’ouvre en pleine page.',
    openFullPage: 'Ouvrir la page complète',
    salvagedTitle: 'Valeurs illisibles dans ce fichier',
    salvagedIntro:
      '{n, plural, one {# valeur marquée} other {# valeurs marquées}} « illisible » ; le reste du fichier est affiché.',
  },
  en: {
    attributionShort: 'Data: F1DB (CC BY 4.0) · LapChart (MIT)',
    frameOutside: 'This view opens as a full page.',
    openFullPage: 'Open the full page',
    salvagedTitle: 'Unreadable values in this file',
    salvagedIntro:
      '{n, plural, one {# value marked} other {# values marked}} “unreadable”; the rest of the file is shown.',
  },
} as const

export type FrameKey = keyof (typeof TEXT)['fr']

export function frameTranslator(lang: Lang): (key: FrameKey, vars?: Vars) => string {
  return translator<FrameKey>(TEXT[lang], lang)
}
