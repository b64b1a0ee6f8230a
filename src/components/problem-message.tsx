import { useI18n } from '../i18n/i18n.tsx'
import { type ProblemText, problemParts } from '../i18n/problem-messages.ts'

/**
 * A validator message in the reader's language (src/i18n/problem-messages.ts), a code of the file
 * ("RACE") shown as code; a message the table does not know stays in the validator's English and
 * says so (lang="en").
 */
export function ProblemMessage({ problem }: { problem: ProblemText }) {
  const { lang } = useI18n()
  const { parts, known } = problemParts(problem, lang)
  if (!known) return <span lang="en">{problem.message}</span>
  return parts.map((part, index) =>
    part.code ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never move
      <code key={index}>{part.text}</code>
    ) : (
      part.text
    ),
  )
}
