import type { Lang } from './messages.ts'

/**
 * The demonyms of F1DB's countries (championship.json `nationality`: "Dutch") in French, in the
 * form that fits a man or a woman ("Néerlandais(e)"): the export does not say which. Every
 * nationality of F1DB's drivers is here; another one stays in English (docs/translations.md).
 */
const FR: Readonly<Record<string, string>> = {
  American: 'Américain(e)',
  Argentine: 'Argentin(e)',
  Australian: 'Australien(ne)',
  Austrian: 'Autrichien(ne)',
  Belgian: 'Belge',
  Brazilian: 'Brésilien(ne)',
  British: 'Britannique',
  Canadian: 'Canadien(ne)',
  Chilean: 'Chilien(ne)',
  Chinese: 'Chinois(e)',
  Colombian: 'Colombien(ne)',
  Czech: 'Tchèque',
  Danish: 'Danois(e)',
  Dutch: 'Néerlandais(e)',
  Estonian: 'Estonien(ne)',
  Finnish: 'Finlandais(e)',
  French: 'Français(e)',
  German: 'Allemand(e)',
  Hongkongese: 'Hongkongais(e)',
  Hungarian: 'Hongrois(e)',
  Indian: 'Indien(ne)',
  Indonesian: 'Indonésien(ne)',
  Irish: 'Irlandais(e)',
  Israeli: 'Israélien(ne)',
  Italian: 'Italien(ne)',
  Japanese: 'Japonais(e)',
  Liechtensteiner: 'Liechtensteinois(e)',
  Malaysian: 'Malaisien(ne)',
  Mexican: 'Mexicain(e)',
  Monégasque: 'Monégasque',
  Moroccan: 'Marocain(e)',
  'New Zealander': 'Néo-Zélandais(e)',
  Polish: 'Polonais(e)',
  Portuguese: 'Portugais(e)',
  Russian: 'Russe',
  'South African': 'Sud-Africain(e)',
  Spanish: 'Espagnol(e)',
  Swedish: 'Suédois(e)',
  Swiss: 'Suisse',
  Thai: 'Thaïlandais(e)',
  Uruguayan: 'Uruguayen(ne)',
  Venezuelan: 'Vénézuélien(ne)',
  Zimbabwean: 'Zimbabwéen(ne)',
}

/** "Dutch" → "Néerlandais(e)" (fr), "Dutch" (en). */
export function nationalityWords(nationality: string, lang: Lang): string {
  return lang === 'fr' ? (FR[nationality] ?? nationality) : nationality
}

/** The table itself, for its test. */
export function nationalityTable(): ReadonlyArray<[string, string]> {
  return Object.entries(FR)
}
