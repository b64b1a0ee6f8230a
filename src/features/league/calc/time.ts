import { formatGap, formatLapTime, parseGap, parseLapTime } from '../../../calc/lap-time.ts'

/**
 * The league's time texts (seed 003, "Time Format Specifications") to and from milliseconds.
 * Race and lap times reuse the export's lap-time parser; penalties are plain seconds, which may
 * run past 59 ("65.000"), so they get their own pattern.
 */

/** "1:32:45.678" → 5565678, "32:45.678" → 1965678, "45.678" → 45678; junk → null. */
export function parseRaceTime(text: string | null | undefined): number | null {
  return parseLapTime(text)
}

/** 5565678 → "1:32:45.678" (the H:MM:SS.mmm form the league stores). */
export function formatRaceTime(ms: number | null | undefined): string | null {
  return formatLapTime(ms)
}

/** "1:25.123" → 85123, "85.123" → 85123; an hour-long "lap" ("1:00:00.000") → null. */
export function parseFastestLap(text: string | null | undefined): number | null {
  if (typeof text !== 'string' || text.split(':').length > 2) return null
  return parseLapTime(text)
}

/** "+12.345" → 12345, "+5.000" → 5000, "+1:02.362" → 62362; "12.345", "+1 lap" → null. */
export function parseTimeDifference(text: string | null | undefined): number | null {
  return parseGap(text)
}

/** 12345 → "+12.345"; 62362 → "+1:02.362" (past a minute the seconds would be ambiguous). */
export function formatTimeDifference(ms: number | null | undefined): string | null {
  return formatGap(ms)
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
