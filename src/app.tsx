import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { staysInFrame } from './calc/frame-views.ts'
import { OfflineBanner } from './components/offline-banner.tsx'
import { TablePlaceholder } from './components/table-placeholder.tsx'
import { I18nProvider, useI18n } from './i18n/i18n.tsx'
import { type Lang, parseLang } from './i18n/messages.ts'
import { closeFolders, type DataSource, PUBLISHED } from './loaders/data-source.ts'
import { raceFirstWave } from './loaders/race-page-queries.ts'
import { isEmbed } from './pages/boot-rules.ts'
import { DataSourceProvider, useLatestFolder } from './pages/data-source.ts'
import { Link, VIEW_RESET } from './pages/link.tsx'
import { preloadable } from './pages/preloadable.ts'
import { preloadRaceViews, RacePage } from './pages/race-page.tsx'
import { type Theme, useTheme } from './pages/theme.ts'
import { navigate, useUrlParams } from './pages/url-state.ts'
import { useOnline } from './pages/use-online.ts'

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retry network trouble twice, never a file that answered wrongly. Query's default delay
        // is the backoff we want: 1 s, then 2 s, so a flaky network gets time to recover.
        retry: (count, error) => count < 2 && isTransient(error),
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  })
}

function isTransient(error: unknown): boolean {
  const kind = (error as { kind?: string } | null)?.kind
  return kind === 'network' || kind === 'timeout'
}

/**
 * Called by the entry before React's first render: the race page's files and the code of its
 * header are requested at once, so their downloads overlap that render (the page's queries then
 * find them on their way). Not for an editor's folder (`?local=1`): its files are read once the
 * folder is opened.
 */
export function prefetchFirstView(client: QueryClient, params: URLSearchParams): void {
  const race = params.get('race')
  if (!race || params.get('league')) return
  void preloadRaceViews().catch(() => undefined)
  if (params.get('local') === '1') return
  // Several option types in one loop: TypeScript cannot unify them, each is valid on its own.
  for (const query of raceFirstWave(PUBLISHED, race)) void client.prefetchQuery(query as never)
}

// Lazy: only an iframe (`&embed=1`) needs the embed protocol and its compact parts.
const EmbedProtocol = lazy(() =>
  import('./pages/frame-parts.tsx').then((module) => ({ default: module.EmbedProtocol })),
)
const FrameCredit = lazy(() =>
  import('./pages/frame-parts.tsx').then((module) => ({ default: module.FrameCredit })),
)
const FrameOutside = lazy(() =>
  import('./pages/frame-parts.tsx').then((module) => ({ default: module.FrameOutside })),
)
// Lazy: only the race page, the view fans land on from a GP page, is in the first bundle; the
// league code (schemas, pages, league.css), the season and the index load when opened.
const LeagueView = lazy(() =>
  import('./features/league/pages/league-view.tsx').then((module) => ({
    default: module.LeagueView,
  })),
)
// Preloadable: a prerendered season or index page loads its chunk before it hydrates.
export const SeasonPage = preloadable(() =>
  import('./pages/season-page.tsx').then((module) => module.SeasonPage),
)
export const IndexPage = preloadable(() =>
  import('./pages/index-page.tsx').then((module) => module.IndexPage),
)

// The index page's league list, its own chunk: the league schemas and list load after the race
// index, and the page shows nothing there while they do (or without leagues). Passed to the pages
// that list leagues (the index, the editor's folder view) so neither imports the league feature.
export const LeagueIndexContent = preloadable(() =>
  import('./features/league/pages/index-content.tsx').then((module) => module.LeagueIndexContent),
)
const leagueList = (
  <Suspense fallback={null}>
    <LeagueIndexContent />
  </Suspense>
)

// Lazy: the editors' folder view (validator, report) stays out of the fans' bundle.
const LocalFolderView = lazy(() =>
  import('./features/editor/pages/local-folder-page.tsx').then((module) => ({
    default: module.LocalFolderView,
  })),
)

/**
 * `?local=1`: the pages read an export folder opened in the browser (the editors' preview). The
 * source is part of every query key, so switching it only changes the keys: nothing is cleared.
 */
function View({ params }: { params: URLSearchParams }) {
  const client = useQueryClient()
  const local = params.get('local') === '1'
  const folder = useLatestFolder()
  // Left the folder view (back button, "close"): the folder is forgotten and its cached files
  // dropped, once the published view is on screen. The published files are read again: an
  // editor who checked a folder has often just published it.
  useEffect(() => {
    if (local) return
    const closed: readonly DataSource[] = closeFolders()
    if (closed.length === 0) return
    client.removeQueries({ predicate: (query) => closed.includes(query.queryKey[1] as DataSource) })
    void client.invalidateQueries({ predicate: (query) => query.queryKey[1] === PUBLISHED })
  }, [local, client])
  if (local) {
    return (
      <DataSourceProvider value={folder?.source ?? PUBLISHED}>
        <Suspense fallback={<TablePlaceholder />}>
          <LocalFolderView params={params} leagues={leagueList}>
            <PageView params={params} />
          </LocalFolderView>
        </Suspense>
      </DataSourceProvider>
    )
  }
  return <PageView params={params} />
}

/** Picks the view from the URL: league, race, season or the index. */
function PageView({ params }: { params: URLSearchParams }) {
  if (params.get('league')) {
    return (
      <Suspense fallback={<TablePlaceholder />}>
        <LeagueView params={params} />
      </Suspense>
    )
  }
  const race = params.get('race')
  const season = params.get('season')
  if (race) return <RacePage key={race} raceId={race} params={params} />
  return (
    <Suspense fallback={<TablePlaceholder />}>
      {season ? (
        <SeasonPage key={season} year={season} params={params} />
      ) : (
        <IndexPage leagues={leagueList} />
      )}
    </Suspense>
  )
}

function LanguageSwitch({ lang }: { lang: Lang }) {
  const { t } = useI18n()
  return (
    <nav className="switch" aria-label={t('language')}>
      {(['fr', 'en'] as const).map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === lang}
          onClick={() => navigate({ lang: code === 'fr' ? null : code }, { replace: true })}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </nav>
  )
}

const THEME_LABEL: Record<Theme, 'themeAuto' | 'themeLight' | 'themeDark'> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
}
const NEXT_THEME: Record<Theme, Theme> = { auto: 'light', light: 'dark', dark: 'auto' }

/** One button cycling Auto → Clair → Sombre; it says the current choice. */
function ThemeSwitch() {
  const { t } = useI18n()
  const [theme, setTheme] = useTheme()
  return (
    <button type="button" className="theme-button" onClick={() => setTheme(NEXT_THEME[theme])}>
      <span aria-hidden="true">◐ </span>
      {t('themeChoice', { value: t(THEME_LABEL[theme]) })}
    </button>
  )
}

function Shell() {
  const params = useUrlParams()
  const lang = parseLang(params.get('lang'))
  const embed = isEmbed(params)
  const network = useOnline()
  useEffect(() => {
    document.documentElement.lang = lang
    document.documentElement.classList.toggle('embed', embed)
    // The view the URL asks for is on screen (public/boot.js hid a prerendered page's other one).
    document.documentElement.classList.remove('gp-pending')
  }, [lang, embed])
  // Hydrated or rendered: the bench reads when the tabs start answering clicks.
  useEffect(() => {
    performance.mark('gp-page:interactive')
  }, [])
  return (
    <I18nProvider lang={lang}>
      {!embed && <SiteHeader lang={lang} />}
      <main id="content">
        {!network.online && <OfflineBanner onRetry={network.retry} />}
        {embed && !staysInFrame(params) ? (
          <Suspense fallback={null}>
            <FrameOutside search={params.toString()} />
          </Suspense>
        ) : (
          <View params={params} />
        )}
      </main>
      {embed ? (
        <Suspense fallback={null}>
          <EmbedProtocol />
          <FrameCredit />
        </Suspense>
      ) : (
        <SiteFooter league={params.has('league')} />
      )}
    </I18nProvider>
  )
}

function SiteHeader({ lang }: { lang: Lang }) {
  const { t } = useI18n()
  return (
    <header className="site-header">
      <a className="skip" href="#content">
        {t('skipToContent')}
      </a>
      <Link to={VIEW_RESET} className="brand">
        {t('appName')}
      </Link>
      <div className="switches">
        <ThemeSwitch />
        <LanguageSwitch lang={lang} />
      </div>
    </header>
  )
}

/** The credit of the data shown: F1DB and LapChart on the Grand Prix pages, the league's own. */
function SiteFooter({ league }: { league: boolean }) {
  const { t } = useI18n()
  return (
    <footer className="site-footer">
      <p>{t(league ? 'attributionLeague' : 'attribution')}</p>
    </footer>
  )
}

export function App({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <Shell />
    </QueryClientProvider>
  )
}
