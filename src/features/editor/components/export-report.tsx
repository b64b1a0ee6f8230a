import { memo, useMemo } from 'react'
import type { LinkComponent } from '../../../components/link-component.ts'
import { ProblemMessage } from '../../../components/problem-message.tsx'
import type { ProblemText } from '../../../i18n/problem-messages.ts'
import { type EditorTranslate, useEditorT } from '../i18n/translate.ts'
import { useRevealed } from './use-revealed.ts'

/** A problem of the validator (src/loaders/validate/problem.ts), with where it shows. */
export interface ReportProblem extends ProblemText {
  file: string
  path: string
  severity: 'error' | 'warning'
  /** The view it shows in (URL params) and the link's words; null: no single view. */
  link: { to: Record<string, string | null>; label: string } | null
}

function countsText(problems: readonly ReportProblem[], et: EditorTranslate): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length
  return et('counts', { errors, warnings: problems.length - errors })
}

/** Consecutive problems of one file (the validator lists them by file). */
function byFile(problems: readonly ReportProblem[]): Array<[string, ReportProblem[]]> {
  const groups: Array<[string, ReportProblem[]]> = []
  for (const problem of problems) {
    const last = groups[groups.length - 1]
    if (last && last[0] === problem.file) last[1].push(problem)
    else groups.push([problem.file, [problem]])
  }
  return groups
}

/**
 * The validation report, grouped by file: severity (in words, not colour only), JSON path, the
 * message, and a link to the race tab, season or league page the problem shows in.
 */
export function ExportReport({
  problems,
  Link,
}: {
  problems: readonly ReportProblem[]
  Link: LinkComponent
}) {
  const et = useEditorT()
  if (problems.length === 0) return null
  return (
    <section className="export-report" aria-labelledby="export-report-title">
      <h2 id="export-report-title">{et('reportTitle')}</h2>
      {byFile(problems).map(([file, list]) => (
        <section key={file} className="report-file" aria-label={file}>
          <h3>
            <code>{file || '.'}</code> <span className="report-counts">{countsText(list, et)}</span>
          </h3>
          <ul>
            {list.map((problem) => (
              <li
                // The validator lists a path + message of a file once.
                key={`${problem.path}\n${problem.message}`}
                className={`report-problem report-${problem.severity}`}
              >
                <span className="report-severity">{et(problem.severity)}</span>
                <span className="report-body">
                  {problem.path ? (
                    <code className="report-path">{problem.path}</code>
                  ) : (
                    <em className="report-path">{et('wholeFile')}</em>
                  )}
                  <span className="report-message">
                    <ProblemMessage problem={problem} />
                  </span>
                  {problem.link && (
                    <Link to={problem.link.to} className="report-link">
                      {problem.link.label}
                    </Link>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}

export interface FolderRace {
  raceId: string
  title: string | null
  /** "2023 · Yas Marina · 26 novembre 2023" */
  detail: string | null
}

/** The races found in the folder, each a link to its page read from the folder. */
interface RaceListProps {
  races: readonly FolderRace[]
  Link: LinkComponent
  linkTo: (raceId: string) => Record<string, string | null>
}

export function FolderRaces({ races, Link, linkTo }: RaceListProps) {
  const et = useEditorT()
  const chunks = useMemo(() => chunked(races, CHUNK), [races])
  const shown = useRevealed(races.length, CHUNK)
  return (
    <section className="folder-races" aria-labelledby="folder-races-title">
      <h2 id="folder-races-title">{et('racesTitle')}</h2>
      {races.length === 0 ? (
        <p className="note">{et('noRaces')}</p>
      ) : (
        <ul className="race-list folder-race-list">
          {chunks.slice(0, Math.ceil(shown / CHUNK)).map((chunk) => (
            <RaceChunk key={chunk[0]?.raceId} races={chunk} Link={Link} linkTo={linkTo} />
          ))}
        </ul>
      )}
    </section>
  )
}

// Races drawn per slice (useRevealed): each slice is memoized, so a new one draws only itself.
const CHUNK = 100

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}

const RaceChunk = memo(function RaceChunk({ races, Link, linkTo }: RaceListProps) {
  const et = useEditorT()
  return races.map((race) => (
    <li key={race.raceId}>
      <Link to={linkTo(race.raceId)}>
        <span className="race-round">{race.raceId}</span>
        <span className="race-name">{race.title ?? et('raceUnreadable', { id: race.raceId })}</span>
        {race.detail && <span className="race-where">{race.detail}</span>}
      </Link>
    </li>
  ))
})
