import type { Lang } from './messages.ts'

/**
 * F1DB's retirement reasons (`reasonRetired`, the RACE `delta` of a car out of the race) in
 * French, keyed by F1DB's English words in lower case; English pages show F1DB's own words.
 * Covers every reason of the 2023 season and the common ones of the whole history (table and
 * rules: docs/translations.md). A reason not in the table is shown as written, marked as English.
 */
const FR: Readonly<Record<string, string>> = {
  accident: 'Accident',
  'accident damage': 'Dégâts (accident)',
  'accident in practice': 'Accident aux essais',
  'accident in qualifying': 'Accident en qualifs',
  'accident on formation lap': 'Accident au tour de formation',
  airbox: 'Boîte à air',
  alternator: 'Alternateur',
  axle: 'Essieu',
  battery: 'Batterie',
  brakes: 'Freins',
  'broken wing': 'Aileron cassé',
  chassis: 'Châssis',
  clutch: 'Embrayage',
  collision: 'Accrochage',
  'collision damage': 'Dégâts (accrochage)',
  cooling: 'Refroidissement',
  'cooling system': 'Refroidissement',
  differential: 'Différentiel',
  distributor: 'Distributeur',
  driveshaft: 'Arbre de transmission',
  electrical: 'Électricité',
  electronics: 'Électronique',
  engine: 'Moteur',
  exhaust: 'Échappement',
  'fatal accident': 'Accident mortel',
  fire: 'Incendie',
  'front wing': 'Aileron avant',
  fuel: 'Carburant',
  'fuel leak': 'Fuite de carburant',
  'fuel pressure': 'Pression d’essence',
  'fuel pump': 'Pompe à essence',
  'fuel system': 'Alimentation',
  gearbox: 'Boîte de vitesses',
  halfshaft: 'Demi-arbre',
  handling: 'Tenue de route',
  hydraulics: 'Hydraulique',
  ignition: 'Allumage',
  illness: 'Malade',
  injection: 'Injection',
  injury: 'Blessure',
  magneto: 'Magnéto',
  mechanical: 'Mécanique',
  'oil leak': 'Fuite d’huile',
  'oil pressure': 'Pression d’huile',
  'oil pump': 'Pompe à huile',
  'out of fuel': 'Panne d’essence',
  overheating: 'Surchauffe',
  physical: 'Condition physique',
  'power loss': 'Perte de puissance',
  'power unit': 'Groupe propulseur',
  puncture: 'Crevaison',
  'puncture damage': 'Dégâts (crevaison)',
  'push start': 'Départ poussé',
  radiator: 'Radiateur',
  'rear wing': 'Aileron arrière',
  retirement: 'Abandon',
  spin: 'Tête-à-queue',
  'spun off': 'Sortie de piste',
  steering: 'Direction',
  suspension: 'Suspension',
  'technical infringements': 'Infraction technique',
  throttle: 'Accélérateur',
  transmission: 'Transmission',
  turbo: 'Turbo',
  tyre: 'Pneu',
  undertray: 'Fond plat',
  unwell: 'Malade',
  vibrations: 'Vibrations',
  'water leak': 'Fuite d’eau',
  'water pressure': 'Pression d’eau',
  'water pump': 'Pompe à eau',
  wheel: 'Roue',
  'wheel bearing': 'Roulement de roue',
  'wheel nut': 'Écrou de roue',
  withdrew: 'Forfait',
}

export interface ReasonWords {
  text: string
  /** False when the reason is not in the table: shown as F1DB wrote it, in English. */
  known: boolean
}

/** "Engine" → "Moteur" (fr) / "Engine" (en); "Car raced by Patrese" → "Voiture cédée à Patrese". */
export function retirementWords(reason: string, lang: Lang): ReasonWords {
  const trimmed = reason.trim()
  const raced = /^Car raced by (.+)$/.exec(trimmed)
  if (lang === 'en') return { text: trimmed, known: true }
  if (raced) return { text: `Voiture cédée à ${raced[1]}`, known: true }
  const french = FR[trimmed.toLowerCase()]
  return french ? { text: french, known: true } : { text: trimmed, known: false }
}

/** The table itself, for docs/translations.md and its test. */
export function retirementWordsTable(): ReadonlyArray<[string, string]> {
  return Object.entries(FR)
}
