import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import '../editor.css'
import { type I18n, useI18n } from '../../../i18n/i18n.tsx'
import { sessionLabel } from '../../../i18n/session-label.ts'
import type { OpenedFolder } from '../../../loaders/data-source.ts'
import { countBySeverity, type Problem } from '../../../loaders/validate/problem.ts'
import { problemTarget } from '../../../loaders/validate/problem-link.ts'
import type { ExportReport as Report } from '../../../loaders/validate/validate-files.ts'
import { useLatestFolder } from '../../../pages/data-source.ts'
import { DocumentHead } from '../../../pages/document-head.tsx'
import { Link, VIEW_RESET } from '../../../pages/link.tsx'
import { namedHead } from '../../../pages/page-head.ts'
import { navigate } from '../../../pages/url-state.ts'
import { CheckProgress } from '../components/check-progress.tsx'
import {
  ExportReport,
  type FolderRace,
  FolderRaces,
  type ReportProblem,
} from '../components/export-report.tsx'
import { FolderPicker } from '../components/folder-picker.tsx'
import { type EditorTranslate, useEditorT } from '../i18n/translate.ts'
import { folderReportQuery } from '../loaders/report-query.ts'
import { useFolderOpener } from './folder-opener.ts'

const LOCAL = { local: '1' }

/**
 * `?local=1`: an editor's export folder, read in the browser (never uploaded), checked by the
 * same code as `npm run validate`, and browsed with the normal pages (`?local=1&race=…`).
 * Loaded lazily by app.tsx: fans never download it.
 */
export function LocalFolderView({
  params,
  leagues,
  children,
}: {
  params: URLSearchParams
  /** The folder's league list (app.tsx gives it: features do not import each other). */
  leagues: ReactNode
  children: ReactNode
}) {
  const folder = useLatestFolder()
  const browsing = Boolean(params.get('race') || params.get('season') || params.get('league'))
  if (folder && browsing) {
    return (
      <>
        <PreviewBar folder={folder} />
        {children}
      </>
    )
  }
  return <LocalFolderPage folder={folder} askedAgain={browsing} leagues={leagues} />
}

function LocalFolderPage({
  folder,
  askedAgain,
  leagues,
}: {
  folder: OpenedFolder | null
  askedAgain: boolean
  leagues: ReactNode
}) {
  const et = useEditorT()
  const i18n = useI18n()
  const report = useQuery({ ...folderReportQuery(folder ?? NO_FOLDER), enabled: folder !== null })
  const opener = useFolderOpener(() => navigate({ ...VIEW_RESET, ...LOCAL }, { replace: true }))

  return (
    <section className="local-folder">
      <DocumentHead head={namedHead([et('title')], et('intro'))} />
      <h1>{et('title')}</h1>
      <p className="local-intro">{et('intro')}</p>
      {askedAgain && !folder && <p role="status">{et('reopen')}</p>}
      <FolderPicker onFiles={opener.open} again={folder !== null} />
      {opener.progress && <CheckProgress progress={opener.progress} />}
      {opener.failed !== null && <p role="alert">{et('checkFailed', { detail: opener.failed })}</p>}
      {folder && report.data && opener.progress === null && (
        <FolderSummary
          folder={folder}
          report={report.data.report}
          et={et}
          i18n={i18n}
          leagues={leagues}
        />
      )}
    </section>
  )
}

// The report query's options before any folder is open (the query is disabled then).
const NO_FOLDER: OpenedFolder = {
  source: 'published',
  name: null,
  files: new Map(),
  unreadable: [],
}

function FolderSummary({
  folder,
  report,
  et,
  i18n,
  leagues,
}: {
  folder: OpenedFolder
  report: Report
  et: EditorTranslate
  i18n: I18n
  leagues: ReactNode
}) {
  const { errors, warnings } = countBySeverity(report.problems)
  const files = new Set(report.problems.map((problem) => problem.file)).size
  const { counts } = report
  const races: FolderRace[] = report.races.map(({ raceId, meta }) => ({
    raceId,
    title: meta ? `${meta.year} · ${meta.gp_name}` : null,
    detail: meta
      ? `${i18n.t('round', { round: meta.round })} · ${meta.circuit} · ${i18n.date(meta.date)}`
      : null,
  }))
  return (
    <>
      <div className="folder-summary" role="status">
        <p>
          <strong>{folder.name ? et('folder', { name: folder.name }) : et('folderUnnamed')}</strong>
        </p>
        <p>
          {et('checked', {
            files: counts.files,
            races: counts.races,
            championships: counts.championships,
            lookups: counts.lookups,
            leagues: counts.leagueFiles,
          })}{' '}
          <strong>
            {errors + warnings === 0
              ? et('allGood')
              : et('countsInFiles', { errors, warnings, files })}
          </strong>
        </p>
        {folder.unreadable.map((file) => (
          <p key={file}>{et('readFailed', { file })}</p>
        ))}
      </div>
      <FolderRaces
        races={races}
        Link={Link}
        linkTo={(race) => ({ ...VIEW_RESET, ...LOCAL, race })}
      />
      {leagues}
      <ExportReport
        problems={report.problems.map((problem) => withLink(problem, et, i18n))}
        Link={Link}
      />
    </>
  )
}

function withLink(problem: Problem, et: EditorTranslate, i18n: I18n): ReportProblem {
  const target = problemTarget(problem)
  const base = {
    file: problem.file,
    path: problem.path,
    severity: problem.severity,
    message: problem.message,
    template: problem.template,
    params: problem.params,
  }
  if (!target) return { ...base, link: null }
  const to = { ...VIEW_RESET, ...LOCAL, ...target }
  let label = et('seeLeague')
  if (target.race && target.tab) {
    label = et('seeTab', { tab: sessionLabel(target.tab, i18n.t), race: target.race })
  } else if (target.race) label = et('seeRace', { race: target.race })
  else if (target.season) label = et('seeSeason', { season: target.season })
  return { ...base, link: { to, label } }
}

/** Above every page read from the folder: whose files these are, and the way back. */
function PreviewBar({ folder }: { folder: OpenedFolder }) {
  const et = useEditorT()
  const report = useQuery(folderReportQuery(folder))
  const { errors, warnings } = countBySeverity(report.data?.report.problems ?? [])
  return (
    <div className="preview-bar" role="note">
      <p>{folder.name ? et('previewBar', { name: folder.name }) : et('previewBarUnnamed')}</p>
      <p className="preview-actions">
        <Link to={{ ...VIEW_RESET, ...LOCAL }}>
          {et('backToReport')} ({et('counts', { errors, warnings })})
        </Link>
        <Link to={{ ...VIEW_RESET, local: null }}>{et('close')}</Link>
      </p>
    </div>
  )
}
