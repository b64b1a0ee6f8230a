import { parseLapTime } from '../../../calc/lap-time.ts'

/**
 * The league's time texts (seed 003, "Time Format Specifications") that the export's lap-time
 * functions do not read as is. Race times ("1:32:45.678") and differences ("+12.345") are
 * parseLapTime / parseGap themselves; a fastest lap is a lap time without hours; penalties are
 * plain seconds, which may run past 59 ("65.000"), so they get their own pattern.
 */

/** "1:25.123" → 85123, "85.123" → 85123; an hour-long "lap" ("1:00:00.000") → null. */
export function parseFastestLap(text: string | null | undefined): number | null {
  if (typeof text !== 'string' || text.split(':').length > 2) return null
  return parseLapTime(text)
}

const PENALTY = /^(\d{1,6})(?:\.(\d{1,3}))?$/

/** "5.000" → 5000, "10.500" → 10500, "5" → 5000, "65.000" → 65000; "-5", "5s" → null. */
export function parsePenalty(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null
  const match = PENALTY.exec(text.trim())
  if (!match) return null
  const [, seconds, fraction = ''] = match
  return Number(seconds) * 1000 + Number(fraction.padEnd(3, '0'))
}

/** 5000 → "5.000", 10500 → "10.500", 65000 → "65.000". */
export function formatPenalty(ms: number | null | undefined): string | null {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return null
  const whole = Math.round(ms)
  return `${Math.floor(whole / 1000)}.${String(whole % 1000).padStart(3, '0')}`
}
