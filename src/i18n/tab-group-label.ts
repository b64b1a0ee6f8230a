import { type TabGroup, tabGroup } from '../calc/tab-groups.ts'
import type { Translate } from './i18n.tsx'
import type { MessageKey } from './messages.ts'

const LABELS: Readonly<Record<TabGroup, MessageKey>> = {
  practice: 'tabGroupPractice',
  qualifying: 'tabGroupQualifying',
  sprint: 'tabGroupSprint',
  race: 'tabGroupRace',
  analysis: 'tabGroupAnalysis',
}

/** The heading of a tab's group in the strip: "Q2" → "Qualifications", "PERF" → "Analyse". */
export function tabGroupLabel(code: string, t: Translate): string {
  return t(LABELS[tabGroup(code)])
}
