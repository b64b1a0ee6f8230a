import type { Lang } from './messages.ts'

/**
 * The countries of F1DB's circuits (sessions.json `meta.country`, in English) in French; English
 * pages show them as written. A country not in the table stays in English (docs/translations.md).
 */
const FR: Readonly<Record<string, string>> = {
  Argentina: 'Argentine',
  Australia: 'Australie',
  Austria: 'Autriche',
  Azerbaijan: 'Azerbaïdjan',
  Bahrain: 'Bahreïn',
  Belgium: 'Belgique',
  Brazil: 'Brésil',
  Canada: 'Canada',
  China: 'Chine',
  France: 'France',
  Monaco: 'Monaco',
  Portugal: 'Portugal',
  Qatar: 'Qatar',
  Germany: 'Allemagne',
  Hungary: 'Hongrie',
  India: 'Inde',
  Italy: 'Italie',
  Japan: 'Japon',
  Malaysia: 'Malaisie',
  Mexico: 'Mexique',
  Morocco: 'Maroc',
  Netherlands: 'Pays-Bas',
  Russia: 'Russie',
  'Saudi Arabia': 'Arabie saoudite',
  Singapore: 'Singapour',
  'South Africa': 'Afrique du Sud',
  'South Korea': 'Corée du Sud',
  Spain: 'Espagne',
  Sweden: 'Suède',
  Switzerland: 'Suisse',
  Turkey: 'Turquie',
  'United Arab Emirates': 'Émirats arabes unis',
  'United Kingdom': 'Royaume-Uni',
  'United States of America': 'États-Unis',
}

/** "Spain" → "Espagne" (fr), "Spain" (en). */
export function countryWords(country: string, lang: Lang): string {
  return lang === 'fr' ? (FR[country] ?? country) : country
}
