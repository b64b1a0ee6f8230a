import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DriverIds, driverId } from '../../scripts/import/driver-id.ts'
import { F1DB_DATA } from './real-data.ts'

describe('driverId (FNV-1a 32-bit of the slug, masked to 31 bits)', () => {
  it('matches the FNV-1a reference values', () => {
    // FNV-1a("") = 0x811c9dc5, FNV-1a("a") = 0xe40c292c; the top bit is masked off.
    expect(driverId('')).toBe(0x811c9dc5 & 0x7fffffff)
    expect(driverId('a')).toBe(0x640c292c)
  })

  it('is stable: the ids already published stay the same', () => {
    expect(driverId('max-verstappen')).toBe(1904724266)
    expect(driverId('charles-leclerc')).toBe(51842058)
  })

  it('hashes the UTF-8 bytes (C3 A9 for "é"), not UTF-16 code units (E9)', () => {
    expect(driverId('é')).toBe(513665217)
    expect(driverId('é')).not.toBe(1812687940)
  })

  it('is always a positive 31-bit integer', () => {
    fc.assert(
      fc.property(fc.string(), (slug) => {
        const id = driverId(slug)
        return Number.isInteger(id) && id >= 0 && id <= 0x7fffffff
      }),
    )
  })

  it('gives every driver of the real data a distinct id', () => {
    const slugs = readdirSync(join(F1DB_DATA, 'drivers')).map((file) => file.replace(/\.yml$/, ''))
    expect(slugs.length).toBeGreaterThan(200)
    const ids = new DriverIds()
    expect(new Set(slugs.map((slug) => ids.of(slug))).size).toBe(slugs.length)
  })
})

describe('DriverIds', () => {
  it('refuses a collision, not the same slug twice', () => {
    const ids = new DriverIds(() => 7)
    expect(ids.of('a')).toBe(7)
    expect(ids.of('a')).toBe(7)
    expect(() => ids.of('b')).toThrow('driver_id collision: b and a both hash to 7')
  })
})
