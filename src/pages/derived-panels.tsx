import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { PerfTimeFile, ResumeFile, SessionsFile } from '../calc/export-types.ts'
import { perfTimeFallback } from '../calc/perftime.ts'
import { resumeCodes, resumeFallback } from '../calc/resume.ts'
import { PerfPanel } from '../components/perf-panel.tsx'
import { ResumePanel } from '../components/resume-panel.tsx'

/**
 * The PerfTime and summary tabs with their local fallbacks (v3.1): the computations load with the
 * panels, in their lazy chunk, and run only when a fan opens one of these tabs.
 */
interface DerivedProps {
  file: SessionsFile
  /** perftime.json / resume.json as read; null when absent, unreadable or still on its way. */
  perf: PerfTimeFile | null
  computed: false | 'missing' | 'broken'
  csvName?: string[] | undefined
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

function usePerf(file: SessionsFile, perf: PerfTimeFile | null): PerfTimeFile {
  return useMemo(() => perf ?? perfTimeFallback(file), [file, perf])
}

export function DerivedPerfPanel({ file, perf, ...props }: DerivedProps) {
  return <PerfPanel perf={usePerf(file, perf)} {...props} />
}

export function DerivedResumePanel({
  file,
  perf,
  resume,
  ...props
}: DerivedProps & { resume: ResumeFile | null }) {
  const perfEffective = usePerf(file, perf)
  const effective = useMemo(
    () => resume ?? resumeFallback(file, perfEffective),
    [file, perfEffective, resume],
  )
  const codes = useMemo(() => resumeCodes(file.sessions, resume), [file, resume])
  return <ResumePanel resume={effective} codes={codes} {...props} />
}
