import { useQuery } from '@tanstack/react-query'
import type { SortingState } from '@tanstack/react-table'
import { createElement, memo, Suspense, useEffect } from 'react'
import type { Session, SessionsFile } from '../calc/export-types.ts'
import { FileProblem } from '../components/file-problem.tsx'
import { SessionPanel } from '../components/session-panel.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import type { RaceGapMode } from '../components/tables/session-columns.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { sessionLabel } from '../i18n/session-label.ts'
import { participantsQuery, perftimeQuery, resumeQuery } from '../loaders/race-queries.ts'
import { afterPaint } from './after-paint.ts'
import { useDataSource } from './data-source.ts'
import { pendingParticipants } from './pending-participants.ts'
import { preloadable } from './preloadable.ts'

// The tabs a fan opens after the first table: their code stays out of the first bundle.
const PerfPanel = preloadable(() => import('./derived-panels.tsx').then((m) => m.DerivedPerfPanel))
const ResumePanel = preloadable(() =>
  import('./derived-panels.tsx').then((m) => m.DerivedResumePanel),
)
const ChampionshipTab = preloadable(() =>
  import('./championship-tab.tsx').then((module) => module.ChampionshipTab),
)
const QualifyingTab = preloadable(() =>
  import('./qualifying-tab.tsx').then((module) => module.QualifyingTab),
)
const LapChartTab = preloadable(() => import('./lap-chart-tab.tsx').then((m) => m.LapChartTab))
/** The teammates' head-to-head and its computation, in one chunk. */
const TeammatesTable = preloadable(() =>
  Promise.all([import('../components/teammates-table.tsx'), import('../calc/teammates.ts')]).then(
    ([table, calc]) =>
      ({ sessions }: { sessions: readonly Session[] }) =>
        createElement(table.TeammatesTable, { pairs: calc.teammateHeadToHead(sessions) }),
  ),
)

/**
 * The code a tab's panel needs (null: a session tab, in the first bundle), loaded ahead of a
 * prerendered page's render.
 */
export function preloadPanels(tab: string | null): Promise<unknown> {
  if (tab === 'PERF') return PerfPanel.preload()
  if (tab === 'RESUME') return Promise.all([ResumePanel.preload(), TeammatesTable.preload()])
  if (tab === 'CHAMP') return ChampionshipTab.preload()
  if (tab === 'QUALI') return QualifyingTab.preload()
  if (tab === 'LAPS') return LapChartTab.preload()
  return Promise.resolve()
}

/**
 * One chunk after the other: each is evaluated (and Vite's helper adds its preload links) in a
 * task of its own, where all five at once made one task of 200 ms at 4× CPU.
 */
async function prefetchInTurn(panels: ReadonlyArray<{ prefetch: () => Promise<unknown> }>) {
  for (const panel of panels) await panel.prefetch()
}

/** Once the first table is painted, fetch the other tabs' code so that opening one never waits. */
function usePrefetchPanels() {
  useEffect(
    () =>
      afterPaint(() => {
        void prefetchInTurn([
          PerfPanel,
          ResumePanel,
          ChampionshipTab,
          QualifyingTab,
          TeammatesTable,
          LapChartTab,
        ])
      }),
    [],
  )
}

interface RacePanelProps {
  raceId: string
  tab: string
  /** sessions.json with the drivers' display names. */
  file: SessionsFile
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  raceGap: RaceGapMode
  onRaceGapChange: (mode: RaceGapMode) => void
}

type Sort = Pick<RacePanelProps, 'sorting' | 'onSortingChange'> & { csvName: string[] }

/**
 * Why a tab shows a table computed in the page: its file is absent (null) or broken (an error).
 * While the file is on its way the tab is not computed: only a 404 or a broken file is.
 */
function computedReason(query: { isPending: boolean; data: unknown; error: unknown }) {
  if (query.isPending || query.data != null) return false
  return query.error != null ? 'broken' : 'missing'
}

/**
 * The selected tab's content. Each tab reads the queries it needs (the page's wave already asked
 * for them: Query dedupes). A broken optional file shows its problem, then the fallback.
 * Memoised: the page re-renders when a lookup or the lap chart's probe answers, and its tables
 * need not (props are strings, the memoised file and the sort's stable objects).
 */
export const RacePanel = memo(function RacePanel(props: RacePanelProps) {
  const { raceId, tab, file, sorting, onSortingChange } = props
  usePrefetchPanels()
  const sort: Sort = {
    sorting,
    onSortingChange,
    csvName: [file.meta.gp_name, String(file.meta.year), tab],
  }
  if (tab === 'PERF') return <PerfTab raceId={raceId} file={file} sort={sort} />
  if (tab === 'RESUME') return <ResumeTab raceId={raceId} file={file} sort={sort} />
  if (tab === 'QUALI') {
    return (
      <Suspense fallback={<TablePlaceholder />}>
        <QualifyingTab file={file} {...sort} />
      </Suspense>
    )
  }
  if (tab === 'CHAMP') {
    return (
      <Suspense fallback={<TablePlaceholder />}>
        <ChampionshipTab year={file.meta.year} raceId={raceId} {...sort} />
      </Suspense>
    )
  }
  if (tab === 'LAPS') {
    return (
      <Suspense fallback={<TablePlaceholder />}>
        <LapChartTab raceId={raceId} file={file} />
      </Suspense>
    )
  }
  return <SessionTab {...props} sort={sort} />
})

function PerfTab({ raceId, file, sort }: { raceId: string; file: SessionsFile; sort: Sort }) {
  const perf = useQuery(perftimeQuery(useDataSource(), raceId))
  return (
    <>
      {perf.error != null && <FileProblem error={perf.error} onRetry={() => void perf.refetch()} />}
      <Suspense fallback={<TablePlaceholder />}>
        <PerfPanel file={file} perf={perf.data ?? null} computed={computedReason(perf)} {...sort} />
      </Suspense>
    </>
  )
}

function ResumeTab({ raceId, file, sort }: { raceId: string; file: SessionsFile; sort: Sort }) {
  const source = useDataSource()
  const perf = useQuery(perftimeQuery(source, raceId))
  const resume = useQuery(resumeQuery(source, raceId))
  return (
    <>
      {resume.error != null && (
        <FileProblem error={resume.error} onRetry={() => void resume.refetch()} />
      )}
      <Suspense fallback={<TablePlaceholder />}>
        <ResumePanel
          file={file}
          perf={perf.data ?? null}
          resume={resume.data ?? null}
          computed={computedReason(resume)}
          {...sort}
        />
        <TeammatesTable sessions={file.sessions} />
      </Suspense>
    </>
  )
}

function SessionTab({
  raceId,
  tab,
  file,
  sort,
  raceGap,
  onRaceGapChange,
}: RacePanelProps & { sort: Sort }) {
  const { t } = useI18n()
  // participants.json covers every race and may arrive well after sessions.json: until it does,
  // the N° and Tyres columns show "…" (placeholderData) and fill in place.
  const participants = useQuery({
    ...participantsQuery(useDataSource(), raceId),
    placeholderData: () => pendingParticipants(file),
  })
  const session = file.sessions.find((candidate) => candidate.code === tab)
  if (!session) return null
  return (
    <SessionPanel
      caption={`${sessionLabel(session.code, t)} — ${file.meta.gp_name} ${file.meta.year}`}
      session={session}
      sessions={file.sessions}
      participants={participants.data ?? undefined}
      raceGap={raceGap}
      onRaceGapChange={onRaceGapChange}
      {...sort}
    />
  )
}
