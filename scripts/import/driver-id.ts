/**
 * The export's integer driver_id for an F1DB driver slug: FNV-1a 32-bit of the UTF-8 slug,
 * masked to a positive 31-bit integer. It depends on the slug only, so a driver keeps the same
 * id whatever subset of races is imported and in every file of every export.
 *   driverId('max-verstappen') → 1904724266
 */
export function driverId(slug: string): number {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(slug)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash & 0x7fffffff
}

/** Hands out driver ids and stops the import if two slugs ever share one. */
export class DriverIds {
  private readonly bySlug = new Map<string, number>()
  private readonly byId = new Map<number, string>()

  constructor(private readonly hash: (slug: string) => number = driverId) {}

  of(slug: string): number {
    const known = this.bySlug.get(slug)
    if (known !== undefined) return known
    const id = this.hash(slug)
    const other = this.byId.get(id)
    if (other !== undefined) {
      throw new Error(`driver_id collision: ${slug} and ${other} both hash to ${id}`)
    }
    this.bySlug.set(slug, id)
    this.byId.set(id, slug)
    return id
  }
}
