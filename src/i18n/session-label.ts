import type { Translate } from './i18n.tsx'

/** Tab name of a session code: "EL1" → "Essais libres 1" / "Practice 1", "GRID" → "Grille"… */
export function sessionLabel(code: string, t: Translate): string {
  const numbered = /^(EL|Q|SQ)(\d)$/.exec(code)
  if (numbered) {
    const [, prefix, n] = numbered
    if (prefix === 'EL') return t('tabEL', { n: n ?? '' })
    if (prefix === 'Q') return t('tabQ', { n: n ?? '' })
    return t('tabSQ', { n: n ?? '' })
  }
  switch (code) {
    case 'WU':
      return t('tabWU')
    case 'PQ':
      return t('tabPQ')
    case 'SQ':
      return t('tabSQsingle')
    case 'SGRID':
      return t('tabSGRID')
    case 'SPRINT':
      return t('tabSPRINT')
    case 'GRID':
      return t('tabGRID')
    case 'RACE':
      return t('tabRACE')
    case 'FL':
      return t('tabFL')
    case 'PERF':
      return t('tabPERF')
    case 'RESUME':
      return t('tabRESUME')
    case 'CHAMP':
      return t('tabCHAMP')
    default:
      return t('unknownSession', { code })
  }
}

/** Short label for grouped Resume headers: "EL1", "Q2", "Sprint"… (the code itself mostly). */
export function sessionShortLabel(code: string, t: Translate): string {
  if (code === 'SPRINT') return t('tabSPRINT')
  if (code === 'FL') return t('tabFL')
  return code
}
