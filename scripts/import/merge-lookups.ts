import type { Participant, RaceIndexEntry } from '../../src/calc/export-types.ts'
import type { Output } from './output.ts'
import { isRecord } from './read-yaml.ts'

export interface Lookups {
  names: Map<number, string>
  participants: Map<number, Record<string, Participant>>
  index: RaceIndexEntry[]
  /** Seasons with a seasons/<year>/championship.json (the page links only those). */
  championships: number[]
}

/**
 * The lookups and index to write. A full import writes exactly the races imported; a partial
 * one (--race, --season) adds to the files already in the output folder instead of dropping
 * every other race from them.
 */
export function mergeLookups(output: Output, partial: boolean, fresh: Lookups): Lookups {
  const names = new Map<number, string>()
  const participants = new Map<number, Record<string, Participant>>()
  let index: RaceIndexEntry[] = []
  const championships = new Set<number>()
  if (partial) {
    const oldNames = output.existing('lookups/drivers.min.json')
    const oldParticipants = output.existing('lookups/participants.json')
    const oldIndex = output.existing('races/index.json')
    if (isRecord(oldNames)) {
      for (const [id, name] of Object.entries(oldNames)) {
        if (typeof name === 'string') names.set(Number(id), name)
      }
    }
    if (isRecord(oldParticipants)) {
      for (const [id, race] of Object.entries(oldParticipants)) {
        if (isRecord(race)) participants.set(Number(id), race as Record<string, Participant>)
      }
    }
    if (isRecord(oldIndex) && Array.isArray(oldIndex.races)) {
      const fresherIds = new Set(fresh.index.map((race) => race.race_id))
      index = (oldIndex.races as RaceIndexEntry[]).filter((race) => !fresherIds.has(race.race_id))
    }
    if (isRecord(oldIndex) && Array.isArray(oldIndex.championships)) {
      for (const year of oldIndex.championships)
        if (typeof year === 'number') championships.add(year)
    }
  }
  for (const [id, name] of fresh.names) names.set(id, name)
  for (const [id, race] of fresh.participants) participants.set(id, race)
  index.push(...fresh.index)
  index.sort((a, b) => a.year - b.year || a.round - b.round || a.race_id - b.race_id)
  for (const year of fresh.championships) championships.add(year)
  return { names, participants, index, championships: [...championships].sort((a, b) => a - b) }
}
