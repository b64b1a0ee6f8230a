import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import '../styles/editor.css'
import {
  ExportReport,
  type FolderRace,
  FolderRaces,
  type ReportProblem,
} from '../components/export-report.tsx'
import { FolderPicker, type PickedFile } from '../components/folder-picker.tsx'
import { type EditorTranslate, useEditorT } from '../i18n/editor-i18n.ts'
import { type I18n, useI18n } from '../i18n/i18n.tsx'
import { sessionLabel } from '../i18n/session-label.ts'
import { isLocalFolder, openLocalFolder } from '../loaders/data-source.ts'
import { readPickedFiles } from '../loaders/read-picked-files.ts'
import { classifyPath, exportRoot } from '../loaders/validate/export-layout.ts'
import { withRefusals } from '../loaders/validate/file-refusals.ts'
import { countBySeverity, type Problem } from '../loaders/validate/problem.ts'
import { problemTarget } from '../loaders/validate/problem-link.ts'
import { type ExportReport as Report, validateExports } from '../loaders/validate/validate-files.ts'
import { LeagueIndexSection } from './league-index-section.tsx'
import { Link, VIEW_RESET } from './link.tsx'
import { navigate } from './url-state.ts'

interface OpenFolder {
  name: string | null
  report: Report
  unreadable: string[]
}

// The folder's report outlives this view (a race page of the folder, then back): kept with the
// folder, which data-source.ts holds in memory until the reader leaves `?local=1`.
let lastFolder: OpenFolder | null = null

const LOCAL = { local: '1' }

/**
 * `?local=1`: an editor's export folder, read in the browser (never uploaded), checked by the
 * same code as `npm run validate`, and browsed with the normal pages (`?local=1&race=…`).
 * Loaded lazily by app.tsx: fans never download it.
 */
export function LocalFolderView({
  params,
  children,
}: {
  params: URLSearchParams
  children: ReactNode
}) {
  const browsing = Boolean(params.get('race') || params.get('season') || params.get('league'))
  if (isLocalFolder() && lastFolder && browsing) {
    return (
      <>
        <PreviewBar folder={lastFolder} />
        {children}
      </>
    )
  }
  return <LocalFolderPage askedAgain={browsing} />
}

function LocalFolderPage({ askedAgain }: { askedAgain: boolean }) {
  const et = useEditorT()
  const i18n = useI18n()
  const client = useQueryClient()
  const [reading, setReading] = useState<number | null>(null)
  // Re-renders once the folder is read (the URL may stay the same).
  const [, setOpened] = useState<OpenFolder | null>(null)
  const folder = isLocalFolder() ? lastFolder : null

  const open = async (picked: PickedFile[]) => {
    const { root, files } = exportRoot(picked.map((entry) => entry.path))
    const wanted = picked.filter((entry) => classifyPath(files.get(entry.path) ?? '') !== null)
    setReading(wanted.length)
    // Read as the CLI reads a folder: size limit, strict UTF-8 (read-picked-files.ts).
    const read = await readPickedFiles(
      wanted.map((entry) => ({ path: files.get(entry.path) ?? entry.path, file: entry.file })),
    )
    const report = withRefusals(validateExports(read.texts), read.refusals)
    openLocalFolder(read.folder, client)
    lastFolder = { name: root.replace(/\/$/, '') || null, report, unreadable: read.unreadable }
    setReading(null)
    setOpened(lastFolder)
    navigate({ ...VIEW_RESET, ...LOCAL }, { replace: true })
  }

  return (
    <section className="local-folder">
      <h1>{et('title')}</h1>
      <p className="local-intro">{et('intro')}</p>
      {askedAgain && !folder && <p role="status">{et('reopen')}</p>}
      <FolderPicker onFiles={(files) => void open(files)} again={folder !== null} />
      {reading !== null && <p role="status">{et('reading', { count: reading })}</p>}
      {folder && reading === null && <FolderSummary folder={folder} et={et} i18n={i18n} />}
    </section>
  )
}

function FolderSummary({
  folder,
  et,
  i18n,
}: {
  folder: OpenFolder
  et: EditorTranslate
  i18n: I18n
}) {
  const { report } = folder
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
      <LeagueIndexSection />
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
function PreviewBar({ folder }: { folder: OpenFolder }) {
  const et = useEditorT()
  const { errors, warnings } = countBySeverity(folder.report.problems)
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
