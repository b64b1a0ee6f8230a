import { type SessionKind, sessionKind } from './session-kinds.ts'

/** The parts of a weekend as a reader goes through them; the tab strip shows one group each. */
export type TabGroup = 'practice' | 'qualifying' | 'sprint' | 'race' | 'analysis'

const GROUP_OF_KIND: Readonly<Record<SessionKind, TabGroup>> = {
  practice: 'practice',
  warmup: 'practice',
  prequalifying: 'qualifying',
  'qualifying-combined': 'qualifying',
  qualifying: 'qualifying',
  'sprint-qualifying': 'sprint',
  'sprint-grid': 'sprint',
  sprint: 'sprint',
  grid: 'race',
  race: 'race',
  'fastest-lap': 'race',
  // Unknown codes come after every known session (rank 10): with the race, never alone.
  unknown: 'race',
}

/** Tabs computed from the whole weekend rather than one session. */
const ANALYSIS: ReadonlySet<string> = new Set(['PERF', 'RESUME', 'LAPS', 'CHAMP'])

/** "EL2" → practice, "SGRID" → sprint, "RESUME" → analysis. */
export function tabGroup(code: string): TabGroup {
  return ANALYSIS.has(code) ? 'analysis' : GROUP_OF_KIND[sessionKind(code)]
}

/**
 * The tabs (already in weekend order, race-tabs.ts) cut into runs of one group:
 * ["EL1", "Q1", "Q2", "RACE", "PERF"] → practice [EL1], qualifying [Q1, Q2], race [RACE],
 * analysis [PERF]. A group that comes back after another starts a new run: order is never changed.
 */
export function groupTabs(codes: readonly string[]): Array<{ group: TabGroup; codes: string[] }> {
  const runs: Array<{ group: TabGroup; codes: string[] }> = []
  for (const code of codes) {
    const group = tabGroup(code)
    const current = runs.at(-1)
    if (current?.group === group) current.codes.push(code)
    else runs.push({ group, codes: [code] })
  }
  return runs
}
