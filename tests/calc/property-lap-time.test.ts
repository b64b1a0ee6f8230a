import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatGap,
  formatLapTime,
  parseGap,
  parseLapsBehind,
  parseLapTime,
} from '../../src/calc/lap-time.ts'
import {
  formatPenalty,
  parseFastestLap,
  parsePenalty,
} from '../../src/features/league/calc/time.ts'

/** Anything a file or a proxy can put where a time is expected. */
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-0', '1e9', '0x10', '１:２３.４５６', '+', '+ lap'),
)
/** Text shaped like a time, gap or "+N laps", to reach the parsers' corners. */
const timeLike = fc.stringMatching(/^\s?[+-]?\d{0,3}(:\d{0,3}){0,3}(\.\d{0,4})?( laps?)?\s?$/)
const anyText = fc.oneof(junk, timeLike, fc.constant(null), fc.constant(undefined))
/** Whole milliseconds up to 100 hours. */
const ms = fc.integer({ min: 0, max: 100 * 3_600_000 - 1 })
/** Digits enough to overflow a double: "9…9" with hundreds of digits. */
const HUGE = '9'.repeat(400)

const isMs = (value: number | null) => value === null || (Number.isSafeInteger(value) && value >= 0)

describe('parseLapTime / formatLapTime', () => {
  it('never throws and gives null or whole, non-negative milliseconds (within 2^53)', () => {
    fc.assert(fc.property(anyText, (text) => isMs(parseLapTime(text))))
  })
  it('refuses times too long to be exact: null past 2^53 ms, never Infinity', () => {
    expect(parseLapTime(`${HUGE}:00:00.000`)).toBeNull()
    expect(parseLapTime('2501999792:59:59.999')).toBeNull()
    fc.assert(
      fc.property(anyText, (text) => isMs(parseLapTime(text))),
      {
        examples: [[`${HUGE}:00:00.000`], ['2501999792:59:59.999']],
      },
    )
  })
  it('round-trips: parse(format(ms)) === ms', () => {
    fc.assert(fc.property(ms, (value) => parseLapTime(formatLapTime(value)) === value))
  })
  it('format(parse(text)) is the canonical form of the same time', () => {
    fc.assert(
      fc.property(timeLike, (text) => {
        const value = parseLapTime(text)
        if (value === null || value > 100 * 3_600_000) return
        expect(parseLapTime(formatLapTime(value))).toBe(value)
      }),
    )
  })
  it('formats every number a file can hold without throwing; never "NaN" or "Infinity"', () => {
    // Files hold safe integers (zod int): beyond 2^53 ms (285,000 years) is out of the domain.
    const limit = Number.MAX_SAFE_INTEGER
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -limit, max: limit }), fc.integer()), (value) => {
        const text = formatLapTime(value)
        if (value < 0 || !Number.isFinite(value)) expect(text).toBeNull()
        else expect(text).toMatch(/^(\d+:)?(\d+:)?\d+\.\d{3}$/)
      }),
    )
  })
  it('keeps the order of times: a < b ⇒ parse(format(a)) < parse(format(b))', () => {
    fc.assert(
      fc.property(ms, ms, (a, b) => {
        fc.pre(a !== b)
        const [x, y] = [parseLapTime(formatLapTime(a)), parseLapTime(formatLapTime(b))]
        expect(Math.sign((x ?? 0) - (y ?? 0))).toBe(Math.sign(a - b))
      }),
    )
  })
})

describe('parseGap / formatGap / parseLapsBehind', () => {
  it('round-trips gaps: parseGap(formatGap(ms)) === ms', () => {
    fc.assert(fc.property(ms, (value) => parseGap(formatGap(value)) === value))
  })
  it('never throws; a gap is null or whole non-negative ms, and needs its "+"', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parseGap(text)
        expect(isMs(value)).toBe(true)
        if (value !== null) expect(text?.trim().startsWith('+')).toBe(true)
      }),
    )
  })
  it('reads "+N lap(s)" for every N, in any case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (n, upper) => {
        const text = `+${n} ${n === 1 ? 'lap' : 'laps'}`
        expect(parseLapsBehind(upper ? text.toUpperCase() : text)).toBe(n)
      }),
    )
  })
  it('never throws on junk; laps behind are null or a whole number', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parseLapsBehind(text)
        expect(value === null || Number.isInteger(value)).toBe(true)
      }),
    )
  })
  it('refuses a lap count too big to be exact: "+9…9 laps" is null, never Infinity', () => {
    expect(parseLapsBehind(`+${HUGE} laps`)).toBeNull()
    expect(parseLapsBehind(`+${Number.MAX_SAFE_INTEGER} laps`)).toBe(Number.MAX_SAFE_INTEGER)
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parseLapsBehind(text)
        expect(value === null || Number.isSafeInteger(value)).toBe(true)
      }),
      { examples: [[`+${HUGE} laps`]] },
    )
  })
})

describe('league times (seed 003)', () => {
  it('race times and differences round-trip and never throw', () => {
    fc.assert(
      fc.property(ms, (value) => {
        expect(parseLapTime(formatLapTime(value))).toBe(value)
        expect(parseGap(formatGap(value))).toBe(value)
      }),
    )
    fc.assert(
      fc.property(anyText, (text) => {
        expect(isMs(parseLapTime(text)) || parseLapTime(text) === null).toBe(true)
        void parseGap(text)
      }),
    )
  })
  it('a fastest lap never has hours', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parseFastestLap(text)
        if (value !== null) expect(text?.split(':').length).toBeLessThanOrEqual(2)
      }),
    )
  })
  it('penalties round-trip (seconds may pass 59) and refuse negatives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (value) => {
        expect(parsePenalty(formatPenalty(value))).toBe(value)
      }),
    )
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parsePenalty(text)
        expect(isMs(value)).toBe(true)
        if (value !== null) expect(text?.trim().startsWith('-')).toBe(false)
      }),
    )
  })
})
