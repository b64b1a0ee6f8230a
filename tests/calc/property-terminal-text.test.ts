import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { terminalSafe } from '../../src/calc/terminal-text.ts'

describe('terminalSafe', () => {
  it('leaves no control character but newline and tab, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be left.
        expect(terminalSafe(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
      }),
    )
  })
  it('keeps a JSON text valid and reading back the same values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value, null, 2)
        expect(JSON.parse(terminalSafe(json))).toEqual(JSON.parse(json))
      }),
    )
  })
  it('shows a screen-clearing name as text', () => {
    expect(terminalSafe('Abu\u001b[2J\rOK\u009b1m\n\tDhabi')).toBe(
      'Abu\\u001b[2J\\u000dOK\\u009b1m\n\tDhabi',
    )
  })
})
