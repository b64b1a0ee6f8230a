import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react'
import { withDisplayNames } from '../calc/display-names.ts'
import type { Session } from '../calc/export-types.ts'
import { isLoadError } from '../calc/load-error.ts'
import { pickTab, raceTabs } from '../calc/race-tabs.ts'
import { normalizeSessionCode } from '../calc/session-codes.ts'
import { displayPath } from '../components/file-problem.tsx'
import { RaceHeader } from '../components/race-header.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import type { RaceGapMode } from '../components/tables/session-columns.tsx'
import { loadDataWords } from '../i18n/data-words.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { sessionLabel } from '../i18n/session-label.ts'
import { tabGroupLabel } from '../i18n/tab-group-label.ts'
import { raceFirstWave, retryRaceSessions } from '../loaders/race-page-queries.ts'
import { championshipQuery } from '../loaders/race-queries.ts'
import { AfterHydration, useAfterHydration } from './after-hydration.ts'
import { useDataSource } from './data-source.ts'
import { DocumentHead } from './document-head.tsx'
import { nextTask } from './next-task.ts'
import { NotFoundOrProblem } from './not-found.tsx'
import { raceHead } from './page-head.ts'
import { PageTabs } from './page-tabs.tsx'
import { preloadable } from './preloadable.ts'
import { RaceNav } from './race-nav.tsx'
import { RacePanel } from './race-panel.tsx'
import { settling } from './settling.ts'
import { navigate } from './url-state.ts'
import { useSortParam } from './use-sort-param.ts'
import { useWaited } from './use-waited.ts'

// The validator's notes under the page: checked after the first table is painted, their code
// (the checks and the note) a chunk of its own. Offline or after a new deploy the chunk may not
// load: no note then, rather than a broken page.
/**
 * The weekend header (issue 14): its calc and laps.json reader stay out of the first bundle. It is
 * in the prerendered HTML, so it is preloaded (preloadRaceViews) before a render or a hydration.
 */
const WeekendSection = preloadable(() =>
  import('./weekend-section.tsx').then(
    (module) => module.WeekendSection,
    // Offline or after a new deploy: no header rather than a broken page.
    (): ((props: { raceId: string; sessions: Session[] }) => ReactNode) => () => null,
  ),
)
const RaceDataWarnings = lazy(() =>
  import('./race-data-warnings.tsx').then(
    (module): { default: (props: { raceId: string }) => ReactNode } => ({
      default: module.RaceDataWarnings,
    }),
    () => ({ default: () => null }),
  ),
)

// A race not run yet (issue 13): rare, so its view is a chunk of its own (preloaded like the
// header: it is prerendered too).
const RaceNotRunPage = preloadable(() =>
  import('./race-not-run.tsx').then((module) => module.RaceNotRunPage),
)

/**
 * The lazy parts of every race page, loaded before a prerendered page renders or hydrates; a page
 * rendered in the browser shows its placeholder until they are here (its header would move the
 * tabs and the table down).
 */
const raceViews = settling(async () => {
  // One after the other: each import's evaluation makes a task of its own (a prerendered page
  // hydrates after this, and Lighthouse's TBT counts every long task).
  for (const load of [WeekendSection.preload, RaceNotRunPage.preload, loadDataWords]) {
    await load()
    await nextTask()
  }
})
export const preloadRaceViews = raceViews.load

const setRaceGap = (mode: RaceGapMode) =>
  navigate({ gap: mode === 'interval' ? 'interval' : null }, { replace: true })

/** How long the page waits for its optional files and header code once sessions.json is in. */
const PATIENCE_MS = 2000

/**
 * `?race=<id>&tab=<CODE>`: every file the first table needs is requested in the same tick
 * (sessions, perftime, resume, lookups, the race index): one wave of requests. The season's
 * championship is fetched only when its tab is open (or the URL asks for it): it is the one file
 * that needs another (the year is in sessions.json), and no other tab waits for it.
 */
export function RacePage({ raceId, params }: { raceId: string; params: URLSearchParams }) {
  const { t } = useI18n()
  const source = useDataSource()
  const client = useQueryClient()
  const [sessions, perftime, resume, drivers, participants, nav, laps] = useQueries({
    queries: raceFirstWave(source, raceId),
  })
  const year = sessions.data?.meta.year
  const wantsChampionship = normalizeSessionCode(params.get('tab') ?? '') === 'CHAMP'
  // races/index.json lists the seasons that have a championship file. Without that list the tab
  // is offered, and its panel says so when the file turns out to be absent.
  const seasons = nav.data?.championships ?? undefined
  const championship = useQuery({
    ...championshipQuery(source, year ?? 0),
    enabled: year != null && wantsChampionship && (seasons?.includes(year) ?? true),
  })
  const hasChampionship =
    year != null &&
    (seasons ? seasons.includes(year) : championship.data !== null || wantsChampionship)
  const sort = useSortParam(params)
  const hydrated = useAfterHydration()
  // The lap chart's tab once laps.json has answered; until then, or when it is broken, as the URL
  // asks. Prerendered HTML has no LAPS page to link to: it holds the tab's place until hydrated.
  const wantsLaps = normalizeSessionCode(params.get('tab') ?? '') === 'LAPS'
  const hasLaps = laps.isSuccess ? laps.data != null : wantsLaps
  // One piece (no layout shift): the race's own files have answered and the header's code is here,
  // or, for a file that hangs or is retried, at most PATIENCE_MS after sessions.json.
  const settledNow =
    raceViews.useSettled() && !perftime.isPending && !resume.isPending && !laps.isPending
  // Once drawn whole, the page stays so: a broken optional file is fetched again when its tab
  // mounts (its status goes back to pending), which must not bring the placeholder back (that
  // unmounted the tab, whose next mount fetched again: an endless loop of requests).
  // (Settled from the start on a prerendered page: no second render while it hydrates.)
  const [drawnWhole, setDrawnWhole] = useState(settledNow)
  if (settledNow && !drawnWhole) setDrawnWhole(true)
  const settled = settledNow || drawnWhole
  // No timer once settled (a prerendered page always is): its expiry would re-render the page.
  const waited = useWaited(sessions.isSuccess && !settled, PATIENCE_MS)
  const complete = settled || waited
  const file = useMemo(
    () => (sessions.data ? withDisplayNames(sessions.data, drivers.data ?? null) : undefined),
    [sessions.data, drivers.data],
  )

  if (sessions.isPending) return <TablePlaceholder />
  if (sessions.isError || !file) {
    return (
      <NotFoundOrProblem
        query={{
          error: sessions.error,
          refetch: () => retryRaceSessions(client, source, raceId),
        }}
        title={t('raceNotFoundTitle')}
        message={t('raceNotFound', { id: raceId, file: `races/${raceId}/sessions.json` })}
      />
    )
  }
  if (!complete) return <TablePlaceholder />

  // status is only ever "scheduled" (no sessions yet): said plainly, without empty tabs.
  if (file.meta.status) {
    return (
      <Suspense>
        <RaceNotRunPage meta={file.meta} />
      </Suspense>
    )
  }
  const tabs = raceTabs(file.sessions, hasChampionship, hasLaps)
  const tab = pickTab(tabs, params.get('tab')) ?? 'RACE'
  // While the file is on its way the tab is not labelled: only a 404 or a broken file is.
  const perfComputed = !perftime.isPending && perftime.data == null
  const resumeComputed = !resume.isPending && resume.data == null
  return (
    <article className="race">
      <RaceHeader meta={file.meta} />
      <DocumentHead head={raceHead(file, tab, t)} />
      {/* Drawn at once (its links fill in when races/index.json answers): nothing below moves. */}
      <RaceNav
        previous={nav.data?.previous ?? null}
        next={nav.data?.next ?? null}
        year={file.meta.year}
        hasChampionship={seasons ? hasChampionship : championship.data != null}
        tab={params.get('tab')}
      />
      {[participants.error, drivers.error].map(
        (error) =>
          isLoadError(error) && (
            <p key={error.url} className="note lookup-problem" role="status">
              {t('lookupProblem', { file: displayPath(error.url) })}
            </p>
          ),
      )}
      <Suspense fallback={null}>
        <WeekendSection raceId={raceId} sessions={file.sessions} />
      </Suspense>
      <PageTabs
        label={t('tabsLabel')}
        tabs={tabs.map((code) => ({
          id: code,
          label: sessionLabel(code, t),
          group: tabGroupLabel(code, t),
          reserved: code === 'LAPS' && !hydrated && !wantsLaps,
          note:
            (code === 'PERF' && perfComputed) || (code === 'RESUME' && resumeComputed)
              ? t('computedLocally')
              : undefined,
        }))}
        selected={tab}
      >
        <RacePanel
          raceId={raceId}
          tab={tab}
          file={file}
          {...sort}
          raceGap={params.get('gap') === 'interval' ? 'interval' : 'leader'}
          onRaceGapChange={setRaceGap}
        />
      </PageTabs>
      {/* Not in prerendered HTML: its lazy chunk would suspend there (checked after paint anyway). */}
      <AfterHydration>
        <Suspense fallback={null}>
          <RaceDataWarnings raceId={raceId} />
        </Suspense>
      </AfterHydration>
    </article>
  )
}
