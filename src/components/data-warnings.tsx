import { useI18n } from '../i18n/i18n.tsx'
import type { ProblemText } from '../i18n/problem-messages.ts'
import { ProblemMessage } from './problem-message.tsx'

/** A problem the validator found (src/loaders/validate/problem.ts), as shown. */
export interface Finding extends ProblemText {
  file: string
  path: string
}

/**
 * Values of the race's files that no real race holds, as `npm run validate` words them (in the
 * reader's language): closed by default, the summary names the files. Text only.
 */
export function DataWarnings({ problems }: { problems: readonly Finding[] }) {
  const { t } = useI18n()
  if (problems.length === 0) return null
  const files = [...new Set(problems.map((problem) => problem.file))]
  return (
    <details className="note data-warnings">
      <summary>{t('dataWarnings', { count: problems.length, files: files.join(', ') })}</summary>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.file} ${problem.path} ${problem.message}`}>
            <code>
              {problem.file} › {problem.path || '.'}
            </code>{' '}
            <ProblemMessage problem={problem} />
          </li>
        ))}
      </ul>
    </details>
  )
}
