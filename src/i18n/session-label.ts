import type { Translate } from './i18n.tsx'
import type { MessageKey } from './messages.ts'

const FIXED: Readonly<Record<string, MessageKey>> = {
  WU: 'tabWU',
  PQ: 'tabPQ',
  QUALI: 'tabQUALI',
  SQ: 'tabSQsingle',
  SGRID: 'tabSGRID',
  SPRINT: 'tabSPRINT',
  GRID: 'tabGRID',
  RACE: 'tabRACE',
  FL: 'tabFL',
  PERF: 'tabPERF',
  RESUME: 'tabRESUME',
  LAPS: 'tabLAPS',
  CHAMP: 'tabCHAMP',
}

/** Tab name of a session code: "EL1" → "Essais libres 1" / "Practice 1", "GRID" → "Grille"… */
export function sessionLabel(code: string, t: Translate): string {
  const numbered = /^(EL|Q|SQ)(\d)$/.exec(code)
  if (numbered) {
    const [, prefix, n] = numbered
    if (prefix === 'EL') return t('tabEL', { n: n ?? '' })
    if (prefix === 'Q') return t('tabQ', { n: n ?? '' })
    return t('tabSQ', { n: n ?? '' })
  }
  const key = FIXED[code]
  return key ? t(key) : t('unknownSession', { code })
}
