import { useI18n } from '../../i18n/i18n.tsx'
import '../../styles/narrow-tables.css'

/**
 * On a narrow table, the switch between the key columns (position, driver, the tab's figure) and
 * every column; wide tables show every column and hide the switch (narrow-tables.css).
 */
export function ColumnToggle({
  count,
  pressed,
  onToggle,
}: {
  count: number
  pressed: boolean
  onToggle: (pressed: boolean) => void
}) {
  const { t } = useI18n()
  return (
    <button
      type="button"
      className="tool column-toggle"
      aria-pressed={pressed}
      onClick={() => onToggle(!pressed)}
    >
      {t('moreColumns', { n: count })}
    </button>
  )
}
