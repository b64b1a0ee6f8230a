import { isPlausibleFigure } from '../calc/figure.ts'
import type { Lang } from './messages.ts'

/**
 * Numbers and dates in the reader's language, written out by hand rather than with Intl: the
 * first Intl formatter a page creates loads the locale data of ICU, about 15–30 ms of main thread
 * on a mid-range phone, on the way to the first table. The output is the same as
 * `Intl.NumberFormat` / `Intl.DateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' })` for fr-FR
 * and en-GB (tests/i18n/format.test.ts compares them over many values).
 */

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  fr: { group: '\u202f', decimal: ',' },
  en: { group: ',', decimal: '.' },
}

const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

/**
 * `decimals` fixed digits, thousands grouped: 1 234,57 / 1,234.57. Rounded as Intl rounds: half
 * away from zero on the shortest decimal form of the number (1.005 → 1,01, where toFixed, working
 * on the binary value 1.00499…, gives 1.00).
 */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  // No figure of an export is that large (1e308 would be 309 digits): no value, as for a time.
  if (!isPlausibleFigure(value)) return '—'
  const { group, decimal } = SEPARATORS[lang]
  const [whole, fraction] = roundDecimal(Math.abs(value), decimals)
  // -0 and -0.01 at one decimal read "0,0": a zero has no sign.
  const sign = value < 0 && /[1-9]/.test(whole + fraction) ? '-' : ''
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group)
  return sign + grouped + (fraction ? decimal + fraction : '')
}

/** The digits of a non-negative number rounded to `decimals` places: [whole part, fraction]. */
function roundDecimal(value: number, decimals: number): [string, string] {
  // Shortest round-trip form, e.g. "1.005e+0": its digits and where the decimal point goes.
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const point = Number(exponent) + 1
  const whole = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0'
  const fraction = point > 0 ? digits.slice(point) : '0'.repeat(-point) + digits
  const kept = whole + fraction.slice(0, decimals).padEnd(decimals, '0')
  // Up: one more in the last kept digit, carried ("0999" → "1000", "99" → "100").
  const up = (fraction[decimals] ?? '0') >= '5'
  const rounded = up ? String(BigInt(kept) + 1n).padStart(kept.length, '0') : kept
  const split = rounded.length - decimals
  return [rounded.slice(0, split).replace(/^0+(?=\d)/, ''), rounded.slice(split)]
}

/** "2023-11-26" → "26 novembre 2023" / "26 November 2023"; anything else is shown as it is. */
export function formatDate(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  const [, year, month, day] = match
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day))
  const date = new Date(time)
  // 2023-02-30 is not a day: Date would roll it over to March, the page shows it as written.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return isoDate
  return `${Number(day)} ${MONTHS[lang][date.getUTCMonth()]} ${Number(year)}`
}
