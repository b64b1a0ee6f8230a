import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, csvFileName, toCsv } from '../../src/calc/csv.ts'

/**
 * A small RFC 4180 reader (comma, CRLF records, "" for a quote inside a quoted field). Strict:
 * a quote in an unquoted field or text after a closing quote is an error, so a cell the writer
 * failed to quote shows up.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  for (;;) {
    let field = ''
    if (text[i] === '"') {
      i += 1
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i += 1
          break
        }
        field += text[i]
        i += 1
      }
    } else {
      while (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) {
        if (text[i] === '"') throw new Error(`quote in an unquoted field at ${i}`)
        if (text[i] === '\r' || text[i] === '\n') throw new Error(`bare line break at ${i}`)
        field += text[i]
        i += 1
      }
    }
    record.push(field)
    if (i >= text.length) break
    if (text[i] === ',') i += 1
    else if (text.startsWith('\r\n', i)) {
      records.push(record)
      record = []
      i += 2
    } else throw new Error(`text after a closing quote at ${i}`)
  }
  records.push(record)
  return records
}

const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '=1+1',
    '@SUM(A1)',
    '+1:02.362',
    '-5',
    '+1 lap',
    '+2 tours',
    '-cmd|x',
    '\t=x',
    '"',
    ',',
    '\r\n',
    "'",
  ),
  fc.stringMatching(/^[=+\-@\t\r][\s\S]{0,12}$/),
)
const table = fc.tuple(
  fc.array(cellText, { minLength: 1, maxLength: 6 }),
  fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
)

// What a spreadsheet could run: a formula start, or a sign followed by anything but a number,
// a gap or a lap count.
const FORMULA_START = /^[=@\t\r]/
const HARMLESS_SIGNED = /^[+-][\d.:, ]*( ?(laps?|tours?))?$/

describe('toCsv / csvCell', () => {
  it('round-trips through an RFC 4180 reader; cells change only by a leading quote', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const parsed = parseCsv(toCsv(header, rows))
        const sent = [header, ...rows]
        expect(parsed).toHaveLength(sent.length)
        parsed.forEach((record, r) => {
          expect(record).toHaveLength(sent[r]?.length ?? -1)
          record.forEach((cell, c) => {
            const original = sent[r]?.[c] ?? ''
            expect([original, `'${original}`]).toContain(cell)
            if (cell !== original) expect(original).toMatch(/^[=+\-@\t\r]/)
          })
        })
      }),
    )
  })
  it('never hands a spreadsheet a formula', () => {
    fc.assert(
      fc.property(cellText, (value) => {
        const [[cell = ''] = []] = parseCsv(csvCell(value))
        expect(cell).not.toMatch(FORMULA_START)
        if (/^[+-]/.test(cell)) expect(cell).toMatch(HARMLESS_SIGNED)
      }),
    )
  })
  it('leaves times, gaps and lap counts as they are (they stay numbers in a spreadsheet)', () => {
    for (const value of [
      '+0.066',
      '+1:02.362',
      '-3',
      '+1 lap',
      '+3 laps',
      '+2 tours',
      '1:22.456',
    ]) {
      expect(csvCell(value)).toBe(value)
    }
  })
})

describe('csvFileName', () => {
  it('is always a plain, safe file name', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }), (parts) => {
        expect(csvFileName(...parts)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.csv$/)
      }),
    )
  })
})
