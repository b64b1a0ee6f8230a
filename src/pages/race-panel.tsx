import type { SortingState } from '@tanstack/react-table'
import { type ComponentType, createElement, lazy, Suspense, useEffect } from 'react'
import type {
  ChampionshipFile,
  Participant,
  PerfTimeFile,
  ResumeFile,
  Session,
  SessionsFile,
} from '../calc/export-types.ts'
import { FileProblem } from '../components/file-problem.tsx'
import { SessionPanel } from '../components/session-panel.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import type { RaceGapMode } from '../components/tables/session-columns.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { sessionLabel } from '../i18n/session-label.ts'
import { afterPaint } from './after-paint.ts'

/**
 * React.lazy for the tabs a fan opens after the first table: their code stays out of the first
 * bundle. A failed import (offline, a new deploy) is tried again on the next render (the tab's
 * retry button, another tab), where React.lazy alone would keep the failure until a reload.
 */
function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>) {
  const create = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = create()
          throw error
        },
      ),
    )
  let current = create()
  const Panel = (props: P) => createElement(current, props)
  return Object.assign(Panel, { prefetch: () => load().catch(() => undefined) })
}

const PerfPanel = lazyPanel(() => import('./derived-panels.tsx').then((m) => m.DerivedPerfPanel))
const ResumePanel = lazyPanel(() =>
  import('./derived-panels.tsx').then((m) => m.DerivedResumePanel),
)
const ChampionshipPanel = lazyPanel(() =>
  import('../components/championship-panel.tsx').then((module) => module.ChampionshipPanel),
)
/** The teammates' head-to-head and its computation, in one chunk. */
const TeammatesTable = lazyPanel(() =>
  Promise.all([import('../components/teammates-table.tsx'), import('../calc/teammates.ts')]).then(
    ([table, calc]) =>
      ({ sessions }: { sessions: readonly Session[] }) =>
        createElement(table.TeammatesTable, { pairs: calc.teammateHeadToHead(sessions) }),
  ),
)

/** Once the first table is painted, fetch the other tabs' code so that opening one never waits. */
function usePrefetchPanels() {
  useEffect(
    () =>
      afterPaint(() => {
        for (const panel of [PerfPanel, ResumePanel, ChampionshipPanel, TeammatesTable]) {
          void panel.prefetch()
        }
      }),
    [],
  )
}

export interface OptionalFile<T> {
  data: T | null
  error: unknown
  retry: () => void
}

interface RacePanelProps {
  tab: string
  file: SessionsFile
  participants: Record<string, Participant> | undefined
  perf: { file: OptionalFile<PerfTimeFile>; computed: boolean }
  resume: { file: OptionalFile<ResumeFile>; computed: boolean }
  /** Fetched when the CHAMP tab opens: pending until then, null when the file is absent. */
  championship: OptionalFile<ChampionshipFile> & { year: number; pending: boolean }
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  raceGap: RaceGapMode
  onRaceGapChange: (mode: RaceGapMode) => void
}

function computedReason(part: { computed: boolean; file: OptionalFile<unknown> }) {
  if (!part.computed) return false
  return part.file.error != null ? 'broken' : 'missing'
}

/** The selected tab's content. A broken optional file shows its problem, then the fallback. */
export function RacePanel(props: RacePanelProps) {
  const { tab, file, participants, perf, resume, championship, sorting, onSortingChange } = props
  const { t } = useI18n()
  usePrefetchPanels()
  const sort = {
    sorting,
    onSortingChange,
    csvName: [file.meta.gp_name, String(file.meta.year), tab],
  }
  if (tab === 'PERF') {
    return (
      <>
        {perf.file.error != null && (
          <FileProblem error={perf.file.error} onRetry={perf.file.retry} />
        )}
        <Suspense fallback={<TablePlaceholder />}>
          <PerfPanel file={file} perf={perf.file.data} computed={computedReason(perf)} {...sort} />
        </Suspense>
      </>
    )
  }
  if (tab === 'RESUME') {
    return (
      <>
        {resume.file.error != null && (
          <FileProblem error={resume.file.error} onRetry={resume.file.retry} />
        )}
        <Suspense fallback={<TablePlaceholder />}>
          <ResumePanel
            file={file}
            perf={perf.file.data}
            resume={resume.file.data}
            computed={computedReason(resume)}
            {...sort}
          />
          <TeammatesTable sessions={file.sessions} />
        </Suspense>
      </>
    )
  }
  if (tab === 'CHAMP') {
    if (championship.error != null) {
      return <FileProblem error={championship.error} onRetry={championship.retry} />
    }
    if (championship.pending) return <TablePlaceholder />
    if (!championship.data) {
      const file = `seasons/${championship.year}/championship.json`
      return <p className="note">{t('seasonNotFound', { year: championship.year, file })}</p>
    }
    return (
      <Suspense fallback={<TablePlaceholder />}>
        <ChampionshipPanel championship={championship.data} {...sort} />
      </Suspense>
    )
  }
  const session = file.sessions.find((candidate) => candidate.code === tab)
  if (!session) return null
  return (
    <SessionPanel
      caption={`${sessionLabel(session.code, t)} — ${file.meta.gp_name} ${file.meta.year}`}
      session={session}
      sessions={file.sessions}
      participants={participants}
      raceGap={props.raceGap}
      onRaceGapChange={props.onRaceGapChange}
      {...sort}
    />
  )
}
