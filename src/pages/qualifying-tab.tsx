import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import { combinedQualifying } from '../calc/combined-qualifying.ts'
import type { SessionsFile } from '../calc/export-types.ts'
import { CombinedQualifyingPanel } from '../components/combined-qualifying-panel.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { sessionLabel } from '../i18n/session-label.ts'

interface QualifyingTabProps {
  file: SessionsFile
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  csvName: string[]
}

/** The QUALI tab (a lazy chunk): the weekend's qualifying sessions in one table. */
export function QualifyingTab({ file, ...sort }: QualifyingTabProps) {
  const { t } = useI18n()
  const combined = useMemo(
    () => combinedQualifying(file.sessions, file.meta.year),
    [file.sessions, file.meta.year],
  )
  if (!combined) return <p className="empty">{t('emptySession')}</p>
  return (
    <CombinedQualifyingPanel
      caption={`${sessionLabel('QUALI', t)} — ${file.meta.gp_name} ${file.meta.year}`}
      combined={combined}
      {...sort}
    />
  )
}
