import { describe, expect, it } from 'vitest'
import { editorEn, editorFr } from '../../src/features/editor/i18n/messages.ts'
import { leagueEn } from '../../src/features/league/i18n/messages.ts'
import { fr } from '../../src/i18n/messages.ts'
import { translator } from '../../src/i18n/translate.ts'

describe('the one translator', () => {
  it('French: 0 and 1 are singular, 2 plural', () => {
    const et = translator(editorFr, 'fr')
    expect(et('counts', { errors: 0, warnings: 1 })).toBe('0 erreur, 1 avertissement')
    expect(et('countsInFiles', { errors: 20, warnings: 6, files: 15 })).toBe(
      '20 erreurs, 6 avertissements dans 15 fichiers.',
    )
  })

  it('English: only 1 is singular', () => {
    const et = translator(editorEn, 'en')
    expect(et('counts', { errors: 0, warnings: 1 })).toBe('0 errors, 1 warning')
    expect(et('reading', { count: 1 })).toBe('Reading 1 file…')
  })

  it('a missing value leaves the placeholder, never "undefined"', () => {
    expect(translator(editorEn, 'en')('counts', { errors: 2 })).toBe(
      '2 errors, {warnings, plural, one {# warning} other {# warnings}}',
    )
    expect(translator(fr, 'fr')('round')).toBe('Manche {round}')
  })

  it('reads the core and league catalogs the same way', () => {
    expect(translator(fr, 'fr')('round', { round: 7 })).toBe('Manche 7')
    expect(translator(leagueEn, 'en')('raceNamed', { n: 2, name: 'Feature' })).toBe(
      'Race 2 · Feature',
    )
  })

  it('keeps each language its plural rules when translators of both are made in turn', () => {
    const first = translator(editorFr, 'fr')
    const english = translator(editorEn, 'en')
    const second = translator(editorFr, 'fr')
    for (const t of [first, second]) {
      expect(t('counts', { errors: 1, warnings: 0 })).toBe('1 erreur, 0 avertissement')
    }
    expect(english('counts', { errors: 1, warnings: 0 })).toBe('1 error, 0 warnings')
    expect(first('counts', { errors: 2, warnings: 1 })).toBe('2 erreurs, 1 avertissement')
  })
})
