import { MAX_FILE_BYTES, tooLargeDetail } from './file-limit.ts'

/**
 * Why bytes are not UTF-8, in words, for the page's message and the validator's report: loaded
 * only when a file is not UTF-8 (the page's first table never needs it).
 */

/** Why these bytes are not UTF-8 text, in words; null when they are. */
export function encodingProblem(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'saved as UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8'
  }
  const bad = firstInvalidByte(bytes)
  if (bad === null) return null
  const value = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')
  return `not UTF-8 text: byte ${bad} (0x${value}) is not UTF-8 (saved as Latin-1 or Windows-1252?): save it as UTF-8`
}

const strict = new TextDecoder('utf-8', { fatal: true })

/** The offset of the first byte that breaks UTF-8, or null (the whole input decodes). */
function firstInvalidByte(bytes: Uint8Array): number | null {
  try {
    strict.decode(bytes)
    return null
  } catch {
    // Rare (a broken file): walk the sequences to name where it breaks.
    for (let index = 0; index < bytes.length; ) {
      const length = sequenceLength(bytes, index)
      if (length === 0) return index
      index += length
    }
    return bytes.length - 1
  }
}

// Lead byte → [length, lowest and highest second byte] (RFC 3629: no overlong form, no surrogate).
function leadOf(lead: number): [number, number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf]
  if (lead === 0xe0) return [3, 0xa0, 0xbf]
  if (lead === 0xed) return [3, 0x80, 0x9f]
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf]
  if (lead === 0xf0) return [4, 0x90, 0xbf]
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf]
  if (lead === 0xf4) return [4, 0x80, 0x8f]
  return null
}

/** The length of the UTF-8 sequence at `index`, or 0 when it is broken. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0
  if (lead < 0x80) return 1
  const shape = leadOf(lead)
  if (!shape) return 0
  const [length, low, high] = shape
  const second = bytes[index + 1] ?? -1
  if (second < low || second > high) return 0
  for (let next = index + 2; next < index + length; next++) {
    const byte = bytes[next] ?? -1
    if (byte < 0x80 || byte > 0xbf) return 0
  }
  return length
}

const lenient = new TextDecoder('utf-8')

/**
 * For the validator, which reports every problem of a folder: the text as a lenient reader sees
 * it (so the file's other checks still run and its race is still found) and, when the page would
 * refuse these bytes, why, as a problem of the whole file.
 */
export function checkFileBytes(bytes: Uint8Array): { text: string; refusal: string | null } {
  if (bytes.length > MAX_FILE_BYTES) return { text: '', refusal: tooLargeDetail(bytes.length) }
  return { text: lenient.decode(bytes), refusal: encodingProblem(bytes) }
}
