import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatGap, formatLapTime, parseGap, parseLapTime } from '../../src/calc/lap-time.ts'
import {
  formatPenalty,
  parseFastestLap,
  parsePenalty,
} from '../../src/features/league/calc/time.ts'

describe('league time texts (seed 003, Time Format Specifications)', () => {
  it('reads the race time forms', () => {
    expect(parseLapTime('1:32:45.678')).toBe(5_565_678)
    expect(parseLapTime('32:45.678')).toBe(1_965_678)
    expect(parseLapTime('45.678')).toBe(45_678)
  })
  it('reads fastest laps, not an hour-long one', () => {
    expect(parseFastestLap('1:25.123')).toBe(85_123)
    expect(parseFastestLap('85.123')).toBe(85_123)
    expect(parseFastestLap('1:00:00.000')).toBeNull()
  })
  it('reads time differences, which must carry their plus sign', () => {
    expect(parseGap('+12.345')).toBe(12_345)
    expect(parseGap('+5.000')).toBe(5_000)
    expect(parseGap('+1:02.362')).toBe(62_362)
    expect(parseGap('12.345')).toBeNull()
  })
  it('reads penalties as seconds, also past a minute', () => {
    expect(parsePenalty('5.000')).toBe(5_000)
    expect(parsePenalty('10.500')).toBe(10_500)
    expect(parsePenalty('65.000')).toBe(65_000)
    expect(parsePenalty('5')).toBe(5_000)
    for (const junk of ['', '-5.000', '5s', '5.0000', 'abc', '1:05.000']) {
      expect(parsePenalty(junk)).toBeNull()
    }
    expect(parsePenalty(null)).toBeNull()
  })
  it('writes the forms the league stores', () => {
    expect(formatLapTime(5_565_678)).toBe('1:32:45.678')
    expect(formatLapTime(45_678)).toBe('45.678')
    expect(formatGap(12_345)).toBe('+12.345')
    expect(formatGap(5_000)).toBe('+5.000')
    expect(formatPenalty(5_000)).toBe('5.000')
    expect(formatPenalty(10_500)).toBe('10.500')
    expect(formatPenalty(-1)).toBeNull()
    expect(formatPenalty(Number.NaN)).toBeNull()
  })
})

describe('league time properties', () => {
  const ms = fc.integer({ min: 0, max: 36_000_000 })
  it('round-trips race times, differences and penalties', () => {
    fc.assert(
      fc.property(ms, (value) => {
        expect(parseLapTime(formatLapTime(value))).toBe(value)
        expect(parseGap(formatGap(value))).toBe(value)
        expect(parsePenalty(formatPenalty(value))).toBe(value)
      }),
    )
  })
  it('round-trips laps under an hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_599_999 }), (value) => {
        expect(parseFastestLap(formatLapTime(value))).toBe(value)
      }),
    )
  })
  it('never throws on junk, and answers a number or null', () => {
    const parsers = [parseLapTime, parseFastestLap, parseGap, parsePenalty]
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (junk) => {
        for (const parse of parsers) {
          const value = parse(junk as string)
          expect(value === null || Number.isFinite(value)).toBe(true)
        }
      }),
    )
  })
})
