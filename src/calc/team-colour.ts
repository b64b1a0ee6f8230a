/**
 * Team colour for the chip beside a team name. Known modern teams get their livery colour;
 * any other team gets a stable colour from its name (the chip is decoration: the name is text).
 */
const KNOWN: Record<string, string> = {
  'red bull': '#3671c6',
  ferrari: '#e8002d',
  mercedes: '#27f4d2',
  mclaren: '#ff8000',
  'aston martin': '#229971',
  alpine: '#ff87bc',
  williams: '#64c4ff',
  alphatauri: '#5e8faa',
  rb: '#6692ff',
  'alfa romeo': '#c92d4b',
  sauber: '#52e252',
  haas: '#b6babd',
  renault: '#fff500',
  'racing point': '#f596c8',
  'toro rosso': '#469bff',
  lotus: '#ffb800',
  brabham: '#1e5bc6',
  tyrrell: '#0033a0',
  ligier: '#0055a4',
}

/** "Red Bull" → "#3671c6"; "Eurobrun" → a stable hsl() colour from the name. */
export function teamColour(team: string | null | undefined): string {
  const key = (team ?? '').trim().toLowerCase()
  const known = KNOWN[key]
  if (known) return known
  let hash = 0
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  return `hsl(${hash % 360} 55% 50%)`
}
