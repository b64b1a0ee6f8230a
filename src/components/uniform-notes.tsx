import type { UniformColumn } from '../calc/column-layout.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { sessionColumnLabel } from './tables/session-columns.tsx'

/** "Pneus : Pirelli (toutes les voitures)": a column with one value for every row, said once. */
export function UniformNotes({ columns }: { columns: readonly UniformColumn[] }) {
  const { t } = useI18n()
  if (columns.length === 0) return null
  return (
    <ul className="uniform-notes">
      {columns.map(({ id, value }) => {
        const label = sessionColumnLabel(id)
        return <li key={id}>{t('uniformColumn', { column: label ? t(label) : id, value })}</li>
      })}
    </ul>
  )
}
