import type { ShapeProblem } from '../calc/load-error.ts'
import { frameTranslator } from '../i18n/frame-messages.ts'
import { useI18n } from '../i18n/i18n.tsx'

/**
 * Above a table from a salvaged file: each unreadable value with its JSON path, so an editor can
 * fix the file; the table marks the same cells "unreadable". Text only: nothing of the file is
 * rendered as HTML.
 */
export function SalvageNote({ problems }: { problems: readonly ShapeProblem[] }) {
  const t = frameTranslator(useI18n().lang)
  return (
    <aside className="salvage-note" aria-label={t('salvagedTitle')}>
      <p>
        <strong>{t('salvagedTitle')}</strong> — {t('salvagedIntro', { n: problems.length })}
      </p>
      <ul>
        {problems.map((problem) => (
          // One problem per path: the salvage keeps the first issue zod reports at each.
          <li key={problem.path}>
            <code>{problem.path}</code> : {problem.message}
          </li>
        ))}
      </ul>
    </aside>
  )
}
