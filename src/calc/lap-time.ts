/**
 * Lap and race times: the export keeps the text form ("1:22.456"); calculations use
 * milliseconds. Accepted text forms: "H:MM:SS.mmm", "M:SS.mmm", "SS.mmm" (1 to 3 decimals).
 */

const TIME_PATTERN = /^(?:(\d+):)??(?:(\d{1,2}):)?(\d{1,2})(?:\.(\d{1,3}))?$/

/** "1:22.456" → 82456, "1:27:02.624" → 5222624, "85.123" → 85123; anything else → null. */
export function parseLapTime(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null
  const match = TIME_PATTERN.exec(text.trim())
  if (!match) return null
  const [, first, second, secondsText, fraction = ''] = match
  // With two colons the first group is hours; with one it is minutes.
  const hours = second !== undefined && first !== undefined ? Number(first) : 0
  const minutes = second !== undefined ? Number(second) : first !== undefined ? Number(first) : 0
  const seconds = Number(secondsText)
  if ((first !== undefined || second !== undefined) && seconds >= 60) return null
  if (second !== undefined && first !== undefined && minutes >= 60) return null
  const millis = Number(fraction.padEnd(3, '0'))
  const total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
  // "99999999999999999999:00.000" is text, not a time anyone can use.
  return Number.isSafeInteger(total) ? total : null
}

/** 82456 → "1:22.456"; 5222624 → "1:27:02.624"; 45678 → "45.678". */
export function formatLapTime(ms: number | null | undefined): string | null {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return null
  const whole = Math.round(ms)
  const millis = whole % 1000
  const totalSeconds = Math.floor(whole / 1000)
  const seconds = totalSeconds % 60
  const totalMinutes = Math.floor(totalSeconds / 60)
  const minutes = totalMinutes % 60
  const hours = Math.floor(totalMinutes / 60)
  const frac = `.${String(millis).padStart(3, '0')}`
  if (hours > 0) {
    return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}${frac}`
  }
  if (totalMinutes > 0) return `${minutes}:${String(seconds).padStart(2, '0')}${frac}`
  return `${seconds}${frac}`
}

/** A gap in ms → "+0.066" (under a minute) or "+1:02.362". Zero is "+0.000". */
export function formatGap(ms: number | null | undefined): string | null {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return null
  return `+${formatLapTime(ms)}`
}

/** "+17.993" → 17993, "+1:02.362" → 62362; "+1 lap", "Accident" → null. */
export function parseGap(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null
  const trimmed = text.trim()
  if (!trimmed.startsWith('+')) return null
  return parseLapTime(trimmed.slice(1))
}

/** "+1 lap" → 1, "+3 laps" → 3; anything else → null. */
export function parseLapsBehind(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null
  const match = /^\+(\d+) laps?$/i.exec(text.trim())
  const laps = match ? Number(match[1]) : Number.NaN
  return Number.isSafeInteger(laps) ? laps : null
}
