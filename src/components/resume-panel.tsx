import { useMemo } from 'react'
import type { ResumeFile } from '../calc/export-types.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { ComputedTable, type ComputedTableProps } from './computed-table.tsx'
import { resumeColumns } from './tables/resume-columns.tsx'

/** The weekend summary per driver, from resume.json or computed locally (labelled so). */
export function ResumePanel({
  resume,
  codes,
  ...props
}: ComputedTableProps & {
  resume: ResumeFile
  /** Session codes in weekend order that get a Pos / % pair. */
  codes: string[]
}) {
  const i18n = useI18n()
  const columns = useMemo(() => resumeColumns(codes, i18n), [codes, i18n])
  const { rows: data, salvaged } = resume
  return <ComputedTable {...props} kind="RESUME" {...{ columns, data, salvaged }} />
}
