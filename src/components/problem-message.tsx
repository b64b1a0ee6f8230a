import { useI18n } from '../i18n/i18n.tsx'
import { type ProblemText, problemWords } from '../i18n/problem-messages.ts'

/**
 * A validator message in the reader's language (src/i18n/problem-messages.ts); one the table
 * does not know stays in the validator's English and says so (lang="en").
 */
export function ProblemMessage({ problem }: { problem: ProblemText }) {
  const { lang } = useI18n()
  const words = problemWords(problem, lang)
  return words.known ? words.text : <span lang="en">{words.text}</span>
}
