import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeStatus } from '../../src/calc/race-result.ts'
import { retirementCause, retirementTable } from '../../src/calc/retirement.ts'
import { compareSessionCodes, normalizeSessionCode } from '../../src/calc/session-codes.ts'
import { sessionKind } from '../../src/calc/session-kinds.ts'

const KNOWN = ['EL1', 'EL2', 'EL3', 'EL4', 'WU', 'PQ', 'Q1', 'Q2', 'Q3', 'Q4', 'SQ', 'SQ1']
const MORE = ['SGRID', 'SPRINT', 'GRID', 'RACE', 'FL']
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...KNOWN))
/** A word with spaces, tabs or newlines slipped in and its letters in random case. */
function sloppy(word: string) {
  return fc
    .tuple(fc.mixedCase(fc.constant(word)), fc.array(fc.constantFrom(' ', '\t', '\n', '\u00a0')))
    .chain(([cased, spaces]) =>
      fc
        .array(fc.integer({ min: 0, max: cased.length }), {
          minLength: spaces.length,
          maxLength: spaces.length,
        })
        .map((at) => {
          const chars = [...cased]
          at.forEach((index, i) => {
            chars.splice(index, 0, spaces[i] ?? ' ')
          })
          return chars.join('')
        }),
    )
}

describe('normalizeSessionCode', () => {
  it('never throws; the code has no spaces and no lower-case ASCII letter', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const code = normalizeSessionCode(raw)
        expect(code).not.toMatch(/\s|[a-z]/)
      }),
    )
  })
  it('is idempotent: a normalized code stays as it is', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normalizeSessionCode(raw)
        expect(normalizeSessionCode(once)).toBe(once)
      }),
    )
  })
  it('reads the legacy French codes whatever the case and spacing', () => {
    const legacy: Array<[string, string]> = [
      ['grille', 'GRID'],
      ['course', 'RACE'],
      ['mt', 'FL'],
    ]
    for (const [word, code] of legacy) {
      fc.assert(fc.property(sloppy(word), (raw) => normalizeSessionCode(raw) === code))
    }
  })
  it('keeps the known codes, and any code, never dropping one', () => {
    for (const code of [...KNOWN, ...MORE]) expect(normalizeSessionCode(code)).toBe(code)
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), (raw) => {
        expect(normalizeSessionCode(raw).length).toBeGreaterThan(0)
      }),
    )
  })
})

describe('compareSessionCodes', () => {
  it('is a consistent order: reflexive, antisymmetric, transitive', () => {
    const code = fc.oneof(fc.constantFrom(...KNOWN, ...MORE), fc.string({ maxLength: 6 }))
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        expect(compareSessionCodes(a, a)).toBe(0)
        expect(Math.sign(compareSessionCodes(a, b))).toBe(
          -Math.sign(compareSessionCodes(b, a)) || 0,
        )
        if (compareSessionCodes(a, b) <= 0 && compareSessionCodes(b, c) <= 0) {
          expect(compareSessionCodes(a, c)).toBeLessThanOrEqual(0)
        }
      }),
    )
  })
  it('puts every unknown code after every known one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN, ...MORE), fc.string(), (known, other) => {
        fc.pre(sessionKind(other) === 'unknown')
        expect(compareSessionCodes(known, other)).toBeLessThan(0)
      }),
    )
  })
})

describe('normalizeStatus', () => {
  it('never throws; null exactly for nothing or blank text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.constant(null)), (raw) => {
        const status = normalizeStatus(raw)
        expect(status === null).toBe(raw === null || raw.trim() === '')
      }),
    )
  })
  it('is idempotent and trimmed', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const status = normalizeStatus(raw)
        if (status === null) return
        expect(status).toBe(status.trim())
        expect(normalizeStatus(status)).toBe(status)
      }),
    )
  })
  it('reads the codes and their English aliases whatever the case and spacing', () => {
    const codes: Array<[string, string]> = [
      ['ab', 'ab'],
      ['dnf', 'ab'],
      ['ret', 'ab'],
      ['dns', 'np'],
      ['dnq', 'nq'],
      ['dnpq', 'nq'],
      ['dsq', 'dsq'],
      ['nc', 'nc'],
    ]
    for (const [raw, code] of codes) {
      fc.assert(
        fc.property(fc.mixedCase(fc.constant(raw)), fc.constantFrom('', ' ', '\t'), (c, pad) => {
          expect(normalizeStatus(`${pad}${c}${pad}`)).toBe(code)
        }),
      )
    }
  })
})

describe('retirementCause', () => {
  it('never throws; mechanical, driver or null, whatever the case and spacing', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.constant(null)), (raw) => {
        expect([null, 'mechanical', 'driver']).toContain(retirementCause(raw))
      }),
    )
    for (const [reason, cause] of retirementTable()) {
      fc.assert(
        fc.property(
          fc.mixedCase(fc.constant(reason)),
          (raw) => retirementCause(` ${raw} `) === cause,
        ),
      )
    }
  })
})
