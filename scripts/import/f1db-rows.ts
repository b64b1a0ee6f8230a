import type { F1dbReader, YamlRecord } from './read-yaml.ts'

/** One row of an F1DB results file: only the fields the export reads. */
export interface F1dbRow {
  /** 1, 2… or a code: DNF, DNS, DSQ, DNQ, DNPQ, NC, PL (pit-lane start). */
  position: number | string | null
  driverNumber: string | null
  driverId: string
  constructorId: string
  engineManufacturerId: string | null
  tyreManufacturerId: string | null
  time: string | null
  gap: string | null
  laps: number | null
  lap: number | null
  reasonRetired: string | null
  q1: string | null
  q2: string | null
  q3: string | null
  /** Race and sprint files: championship points, starting slot, penalty, second driver of a car. */
  points: number | null
  gridPosition: number | null
  timePenalty: string | null
  sharedCar: boolean
}

export function text(record: YamlRecord, key: string): string | null {
  const value = record[key]
  if (value == null || value === '') return null
  return typeof value === 'string' ? value : String(value)
}

export function integer(record: YamlRecord, key: string): number | null {
  const value = record[key]
  return typeof value === 'number' && Number.isInteger(value) ? value : null
}

function required(record: YamlRecord, key: string, where: string): string {
  const value = text(record, key)
  if (value === null) throw new Error(`${where}: a row has no ${key}`)
  return value
}

function toRow(record: YamlRecord, where: string): F1dbRow {
  const position = record.position
  return {
    position: typeof position === 'number' || typeof position === 'string' ? position : null,
    driverNumber: text(record, 'driverNumber'),
    driverId: required(record, 'driverId', where),
    constructorId: required(record, 'constructorId', where),
    engineManufacturerId: text(record, 'engineManufacturerId'),
    tyreManufacturerId: text(record, 'tyreManufacturerId'),
    time: text(record, 'time'),
    gap: text(record, 'gap'),
    laps: integer(record, 'laps'),
    lap: integer(record, 'lap'),
    reasonRetired: text(record, 'reasonRetired'),
    q1: text(record, 'q1'),
    q2: text(record, 'q2'),
    q3: text(record, 'q3'),
    points: typeof record.points === 'number' ? record.points : null,
    gridPosition: integer(record, 'gridPosition'),
    timePenalty: text(record, 'timePenalty'),
    sharedCar: record.sharedCar === true,
  }
}

/** The rows of a race folder's results file, or null when the weekend did not have it. */
export function readRows(reader: F1dbReader, relative: string): F1dbRow[] | null {
  const records = reader.records(relative)
  return records ? records.map((record) => toRow(record, reader.path(relative))) : null
}

/** race.yml: the fields the export reads. */
export interface F1dbRace {
  id: number
  year: number
  round: number
  date: string
  grandPrixId: string
  circuitId: string
  courseLength: number | null
  laps: number | null
}

export function readRace(reader: F1dbReader, folder: string, year: number): F1dbRace {
  const relative = `${folder}/race.yml`
  const where = reader.path(relative)
  const race = reader.record(relative)
  if (!race) throw new Error(`${where}: missing`)
  const id = integer(race, 'id')
  const round = integer(race, 'round')
  const date = text(race, 'date')
  if (id === null || round === null || date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error(`${where}: needs a numeric id and round and a YYYY-MM-DD date`)
  }
  const courseLength = race.courseLength
  return {
    id,
    year,
    round,
    date,
    grandPrixId: required(race, 'grandPrixId', where),
    circuitId: required(race, 'circuitId', where),
    courseLength: typeof courseLength === 'number' ? courseLength : null,
    laps: integer(race, 'laps'),
  }
}
