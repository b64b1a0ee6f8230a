import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { ResumeFile, ResumeRow } from '../calc/export-types.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { Legend } from './legend.tsx'
import { DataTable } from './tables/data-table.tsx'
import { resumeColumns } from './tables/resume-columns.tsx'

interface ResumePanelProps {
  csvName?: string[] | undefined
  resume: ResumeFile
  /** Session codes in weekend order that get a Pos / % pair. */
  codes: string[]
  /** Why the table was computed locally: the file is missing, or unreadable; false when read. */
  computed: false | 'missing' | 'broken'
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** The weekend summary per driver, from resume.json or computed locally (labelled so). */
export function ResumePanel({
  resume,
  codes,
  computed,
  sorting,
  onSortingChange,
  csvName,
}: ResumePanelProps) {
  const i18n = useI18n()
  const { t } = i18n
  const columns = useMemo(() => resumeColumns(codes, i18n), [codes, i18n])
  return (
    <>
      {computed && (
        <p className="note computed" role="note">
          <span className="badge">{t('computedLocally')}</span>{' '}
          {t(computed === 'broken' ? 'computedResumeNoteBroken' : 'computedResumeNote')}
        </p>
      )}
      <DataTable<ResumeRow>
        caption={computed ? `${t('tabRESUME')} (${t('computedLocally')})` : t('tabRESUME')}
        columns={columns}
        data={resume.rows}
        getRowId={(row, index) => `${row.driver_id}-${index}`}
        sorting={sorting}
        onSortingChange={onSortingChange}
        {...(csvName ? { csvName } : {})}
      />
      <Legend
        items={[]}
        terms={[
          'termPct',
          'termPerfTime',
          'termAbMec',
          'termAbPil',
          'termTopX',
          'termLead',
          ...(computed ? (['termComputed'] as const) : []),
        ]}
      />
    </>
  )
}
