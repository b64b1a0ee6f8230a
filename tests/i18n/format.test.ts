import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPlausibleFigure } from '../../src/calc/figure.ts'
import { formatDate, formatNumber } from '../../src/i18n/format.ts'

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const

function intlNumber(value: number, decimals: number, lang: 'fr' | 'en'): string {
  const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
  const text = new Intl.NumberFormat(LOCALES[lang], options).format(value)
  // Where formatNumber departs from Intl on purpose (issue 18): a zero has no sign ("-0,0" →
  // "0,0"), and a figure past LARGEST_FIGURE (1e308: 309 digits) or not finite is no value.
  if (!isPlausibleFigure(value)) return '—'
  return /[1-9]/.test(text) ? text : text.replace(/^-/, '')
}

function intlDate(iso: string, lang: 'fr' | 'en'): string {
  const options = { dateStyle: 'long', timeZone: 'UTC' } as const
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(Date.parse(`${iso}T00:00:00Z`))
}

const lang = fc.constantFrom('fr' as const, 'en' as const)

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes, in both languages', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e14, max: 1e14, noNaN: true })),
        fc.integer({ min: 0, max: 4 }),
        lang,
        (v, d, l) => {
          expect(formatNumber(v, d, l)).toBe(intlNumber(v, d, l))
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('agrees with Intl on the figures of a results page and on rounding ties', () => {
    const values = [
      0,
      -0,
      0.005,
      1.005,
      2.675,
      99.995,
      100.37,
      305.355,
      999.95,
      1234.5,
      -0.001,
      1e21,
      1.5e-7,
      0.000001,
      123456789.987,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.POSITIVE_INFINITY,
      Number.NaN,
    ]
    for (const value of values) {
      for (const decimals of [0, 1, 2, 3]) {
        for (const l of ['fr', 'en'] as const) {
          expect(formatNumber(value, decimals, l)).toBe(intlNumber(value, decimals, l))
        }
      }
    }
    expect(formatNumber(100.37, 2, 'fr')).toBe('100,37')
    expect(formatNumber(1234.5, 1, 'fr')).toBe('1\u202f234,5')
    expect(formatNumber(1.005, 2, 'en')).toBe('1.01')
  })
})

describe('formatDate', () => {
  it('writes what Intl.DateTimeFormat (dateStyle long, UTC) writes, in both languages', () => {
    const day = fc.date({
      min: new Date('1000-01-01'),
      max: new Date('9999-12-31'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(day, lang, (date, l) => {
        const iso = date.toISOString().slice(0, 10)
        expect(formatDate(iso, l)).toBe(intlDate(iso, l))
      }),
      { numRuns: 3000 },
    )
    expect(formatDate('2023-11-26', 'fr')).toBe('26 novembre 2023')
    expect(formatDate('1976-01-25', 'en')).toBe('25 January 1976')
  })

  it('shows anything that is not a calendar day as it is written', () => {
    for (const text of ['', '2023', '2023-02-30', '2023-13-01', '26/11/2023', '2023-11-26T10:00']) {
      expect(formatDate(text, 'fr')).toBe(text)
    }
  })
})
