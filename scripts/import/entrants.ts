import { text } from './f1db-rows.ts'
import { type F1dbReader, isRecord, type YamlRecord } from './read-yaml.ts'

/** One car of a season's entrants.yml, flattened to one driver. */
export interface EntrantDriver {
  constructorId: string
  engineManufacturerId: string | null
  /** null when the entrant lists several engines for the season (which one ran is unknown). */
  engineId: string | null
  tyreManufacturerId: string | null
  driverId: string
  /** Rounds the driver raced for the entrant; null when F1DB does not say. */
  rounds: Set<number> | null
}

/** "1-10,12-16" → {1…10, 12…16}; "15" → {15}; empty → null. */
export function parseRounds(value: unknown): Set<number> | null {
  if (typeof value === 'number') return new Set([value])
  if (typeof value !== 'string' || value.trim() === '') return null
  const rounds = new Set<number>()
  for (const part of value.split(',')) {
    const [from, to = from] = part.split('-').map((bound) => Number(bound.trim()))
    if (
      from === undefined ||
      to === undefined ||
      !Number.isInteger(from) ||
      !Number.isInteger(to)
    ) {
      return null
    }
    for (let round = from; round <= to; round += 1) rounds.add(round)
  }
  return rounds
}

function engineOf(entrant: YamlRecord): string | null {
  const single = text(entrant, 'engineId')
  if (single) return single
  const list = Array.isArray(entrant.engines) ? entrant.engines.filter(isRecord) : []
  const first = list[0]
  return list.length === 1 && first ? text(first, 'engineId') : null
}

/**
 * seasons/<year>/entrants.yml as one entry per driver. F1DB writes a one-driver entrant with
 * `driverId` + `rounds` on the entrant itself, a team with a `drivers` list, and an entrant that
 * changed engine during the season with an `engines` list.
 */
export function readEntrants(reader: F1dbReader, year: number): EntrantDriver[] {
  const entrants = reader.records(`seasons/${year}/entrants.yml`) ?? []
  return entrants.flatMap((entrant) => {
    const constructorId = text(entrant, 'constructorId')
    if (!constructorId) return []
    const car = {
      constructorId,
      engineManufacturerId: text(entrant, 'engineManufacturerId'),
      engineId: engineOf(entrant),
      tyreManufacturerId: text(entrant, 'tyreManufacturerId'),
    }
    const drivers = Array.isArray(entrant.drivers) ? entrant.drivers.filter(isRecord) : [entrant]
    return drivers.flatMap((driver) => {
      const driverId = text(driver, 'driverId')
      return driverId ? [{ ...car, driverId, rounds: parseRounds(driver.rounds) }] : []
    })
  })
}

/** The entrant a race row belongs to: same constructor, engine maker and driver, that round. */
export function findEntrant(
  entrants: EntrantDriver[],
  row: { constructorId: string; engineManufacturerId: string | null; driverId: string },
  round: number,
): EntrantDriver | null {
  const matches = entrants.filter(
    (entrant) =>
      entrant.constructorId === row.constructorId &&
      entrant.engineManufacturerId === row.engineManufacturerId &&
      entrant.driverId === row.driverId,
  )
  return matches.find((entrant) => entrant.rounds?.has(round)) ?? matches[0] ?? null
}
