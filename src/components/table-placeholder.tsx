import { useI18n } from '../i18n/i18n.tsx'

/** Reserves the table's space while data arrives, so nothing jumps when it does. */
export function TablePlaceholder({ rows = 20 }: { rows?: number }) {
  const { t } = useI18n()
  return (
    <div
      className="table-placeholder"
      style={{ minHeight: `${2.5 + rows * 2.1}rem` }}
      aria-busy="true"
    >
      <p>{t('loading')}</p>
    </div>
  )
}
