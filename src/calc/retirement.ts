/**
 * Retirement reasons (F1DB `reasonRetired`, the export's RACE `delta` for a retired car) sorted
 * into the Resume columns "Ab. méca" (the car failed) and "Ab. pilote" (driver: accident, spin).
 * Reasons that are neither (withdrawn, unwell, disqualified…) or unknown give null: no guess.
 */

export type RetirementCause = 'mechanical' | 'driver'

const MECHANICAL = [
  'airbox',
  'alternator',
  'brakes',
  'chassis',
  'clutch',
  'cooling',
  'differential',
  'driveshaft',
  'electrical',
  'electronics',
  'engine',
  'exhaust',
  'fuel leak',
  'fuel pressure',
  'fuel pump',
  'fuel system',
  'gearbox',
  'halfshaft',
  'hydraulics',
  'ignition',
  'oil leak',
  'oil pressure',
  'oil pump',
  'out of fuel',
  'overheating',
  'power loss',
  'power unit',
  'radiator',
  'rear wing',
  'front wing',
  'steering',
  'suspension',
  'throttle',
  'transmission',
  'turbo',
  'undertray',
  'water leak',
  'water pressure',
  'wheel',
  'wheel bearing',
]

const DRIVER = ['accident', 'accident damage', 'collision', 'collision damage', 'spun off', 'spin']

const TABLE: ReadonlyMap<string, RetirementCause> = new Map([
  ...MECHANICAL.map((reason) => [reason, 'mechanical'] as const),
  ...DRIVER.map((reason) => [reason, 'driver'] as const),
])

/** "Engine" → "mechanical", "Spun off" → "driver", "Withdrew" → null, null → null. */
export function retirementCause(reason: string | null | undefined): RetirementCause | null {
  if (typeof reason !== 'string') return null
  return TABLE.get(reason.trim().toLowerCase()) ?? null
}

/** The mapping itself, for the README table and the legend. */
export function retirementTable(): ReadonlyArray<[string, RetirementCause]> {
  return [...TABLE.entries()]
}
