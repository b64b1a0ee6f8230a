import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatGap,
  formatLapTime,
  parseGap,
  parseLapsBehind,
  parseLapTime,
} from '../../src/calc/lap-time.ts'

describe('parseLapTime', () => {
  it('reads the export text forms (2023 Abu Dhabi values)', () => {
    expect(parseLapTime('1:23.445')).toBe(83445) // Verstappen's pole
    expect(parseLapTime('1:27:02.624')).toBe(5222624) // his race time
    expect(parseLapTime('1:32:45.678')).toBe(5565678) // seed 003 example
    expect(parseLapTime('85.123')).toBe(85123)
    expect(parseLapTime('45.6')).toBe(45600)
  })
  it('refuses junk rather than guessing', () => {
    for (const junk of ['', 'Accident', '1:60.000', '+1 lap', '1:22:61.000', 'NaN', '1::2']) {
      expect(parseLapTime(junk)).toBeNull()
    }
    expect(parseLapTime(null)).toBeNull()
  })
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseLapTime(s)))
  })
  it('round-trips format → parse for any time under 10 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000_000 }), (ms) => {
        expect(parseLapTime(formatLapTime(ms))).toBe(ms)
      }),
    )
  })
})

describe('formatLapTime and gaps', () => {
  it('formats like the export', () => {
    expect(formatLapTime(83445)).toBe('1:23.445')
    expect(formatLapTime(5222624)).toBe('1:27:02.624')
    expect(formatLapTime(45678)).toBe('45.678')
    expect(formatLapTime(null)).toBeNull()
    expect(formatLapTime(Number.NaN)).toBeNull()
  })
  it('formats gaps with a plus sign', () => {
    expect(formatGap(139)).toBe('+0.139') // Leclerc to Verstappen, Q3 Abu Dhabi 2023
    expect(formatGap(62362)).toBe('+1:02.362')
    expect(formatGap(0)).toBe('+0.000')
  })
  it('parses gaps and laps behind', () => {
    expect(parseGap('+17.993')).toBe(17993)
    expect(parseGap('+1:02.362')).toBe(62362)
    expect(parseGap('Accident')).toBeNull()
    expect(parseLapsBehind('+1 lap')).toBe(1)
    expect(parseLapsBehind('+3 laps')).toBe(3)
    expect(parseLapsBehind('+17.993')).toBeNull()
  })
})
