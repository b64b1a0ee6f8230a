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
  'broken floor': 'Fond plat cassé',
  'broken wing': 'Aileron cassé',
  camshaft: 'Arbre à cames',
  'car damaged': 'Voiture endommagée',
  'car damaged in practice': 'Voiture endommagée aux essais',
  'car damaged in qualifying': 'Voiture endommagée en qualifs',
  chassis: 'Châssis',
  clutch: 'Embrayage',
  collision: 'Accrochage',
  'collision damage': 'Dégâts (accrochage)',
  compressor: 'Compresseur',
  'coolant leak': 'Fuite de liquide de refroidissement',
  cooling: 'Refroidissement',
  'cooling system': 'Refroidissement',
  crankshaft: 'Vilebrequin',
  differential: 'Différentiel',
  distributor: 'Distributeur',
  driveshaft: 'Arbre de transmission',
  drivetrain: 'Transmission',
  electrical: 'Électricité',
  electronics: 'Électronique',
  'energy storage system failure': 'Panne de batterie hybride',
  engine: 'Moteur',
  'engine valve': 'Soupape',
  exhaust: 'Échappement',
  'failed scrutineering': 'Refusé aux vérifications',
  'fatal accident': 'Accident mortel',
  'fatal accident in practice': 'Accident mortel aux essais',
  'fatal accident in qualifying': 'Accident mortel en qualifs',
  fire: 'Incendie',
  'fire extinguisher': 'Extincteur',
  'front wing': 'Aileron avant',
  fuel: 'Carburant',
  'fuel cell': 'Réservoir',
  'fuel injection': 'Injection',
  'fuel leak': 'Fuite de carburant',
  'fuel pipe': 'Durite d’essence',
  'fuel pressure': 'Pression d’essence',
  'fuel pump': 'Pompe à essence',
  'fuel system': 'Alimentation',
  gearbox: 'Boîte de vitesses',
  halfshaft: 'Demi-arbre',
  handling: 'Tenue de route',
  'hybrid system': 'Système hybride',
  hydraulics: 'Hydraulique',
  ignition: 'Allumage',
  'ignored black flag': 'Drapeau noir ignoré',
  'ignored red light': 'Feu rouge ignoré',
  'illegal car change': 'Changement de voiture illégal',
  'illegal skid block wear': 'Patin usé au-delà du règlement',
  'illegal start': 'Départ irrégulier',
  illness: 'Malade',
  injection: 'Injection',
  injury: 'Blessure',
  'injury in practice': 'Blessure aux essais',
  'kers failure': 'Panne du KERS',
  'launch control': 'Aide au départ',
  'loose wheel': 'Roue desserrée',
  magneto: 'Magnéto',
  mechanical: 'Mécanique',
  'missed weight check': 'Pesée manquée',
  'money dispute': 'Litige financier',
  'oil leak': 'Fuite d’huile',
  'oil line': 'Durite d’huile',
  'oil pipe': 'Durite d’huile',
  'oil pressure': 'Pression d’huile',
  'oil pump': 'Pompe à huile',
  'out of fuel': 'Panne d’essence',
  overheating: 'Surchauffe',
  physical: 'Condition physique',
  pneumatics: 'Pneumatique',
  'power loss': 'Perte de puissance',
  'power steering': 'Direction assistée',
  'power unit': 'Groupe propulseur',
  'practice only': 'Essais seulement',
  puncture: 'Crevaison',
  'puncture damage': 'Dégâts (crevaison)',
  'push start': 'Départ poussé',
  radiator: 'Radiateur',
  'rear wing': 'Aileron arrière',
  'received outside assistance': 'Aide extérieure',
  retirement: 'Abandon',
  'safety concerns': 'Raisons de sécurité',
  'spark plugs': 'Bougies',
  spin: 'Tête-à-queue',
  'spun off': 'Sortie de piste',
  stalled: 'Calé',
  starter: 'Démarreur',
  steering: 'Direction',
  supercharger: 'Compresseur',
  suspension: 'Suspension',
  'technical defect': 'Défaut technique',
  'technical infringements': 'Infraction technique',
  throttle: 'Accélérateur',
  'track rod': 'Biellette de direction',
  'traction control': 'Antipatinage',
  transmission: 'Transmission',
  turbo: 'Turbo',
  turbocharger: 'Turbo',
  tyre: 'Pneu',
  undertray: 'Fond plat',
  unfit: 'Inapte',
  unwell: 'Malade',
  vibration: 'Vibrations',
  vibrations: 'Vibrations',
  'water leak': 'Fuite d’eau',
  'water pipe': 'Durite d’eau',
  'water pressure': 'Pression d’eau',
  'water pump': 'Pompe à eau',
  'water radiator': 'Radiateur',
  wheel: 'Roue',
  'wheel bearing': 'Roulement de roue',
  'wheel hub': 'Moyeu de roue',
  'wheel nut': 'Écrou de roue',
  'wheel rim': 'Jante',
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
