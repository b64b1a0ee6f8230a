import { describe, expect, it } from 'vitest'
import { makeEditorT } from '../../src/features/editor/i18n/translate.ts'

describe('editor strings agree with their numbers', () => {
  it('French: 0 and 1 are singular, 2 plural', () => {
    const et = makeEditorT('fr')
    expect(et('counts', { errors: 0, warnings: 1 })).toBe('0 erreur, 1 avertissement')
    expect(et('countsInFiles', { errors: 20, warnings: 6, files: 15 })).toBe(
      '20 erreurs, 6 avertissements dans 15 fichiers.',
    )
  })

  it('English: only 1 is singular', () => {
    const et = makeEditorT('en')
    expect(et('counts', { errors: 0, warnings: 1 })).toBe('0 errors, 1 warning')
    expect(et('reading', { count: 1 })).toBe('Reading 1 file…')
  })

  it('a missing value leaves the placeholder, never "undefined"', () => {
    expect(makeEditorT('en')('counts', { errors: 2 })).toBe(
      '2 errors, {warnings} {warnings:warning/warnings}',
    )
  })
})
