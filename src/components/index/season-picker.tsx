import type { RaceIndexEntry } from '../../calc/export-types.ts'
import { seasonsByDecade } from '../../calc/race-search.ts'
import { historyMessages } from '../../i18n/history-messages.ts'
import { useTranslator } from '../../i18n/i18n.tsx'

/**
 * Any season in one step: a native select grouped by decade (newest first), compact on a
 * phone and usable by keyboard, screen reader and touch alike.
 */
export function SeasonPicker(props: {
  races: RaceIndexEntry[]
  year: number
  onPick: (year: number) => void
}) {
  const h = useTranslator(historyMessages)
  return (
    <p className="season-picker">
      <label htmlFor="season-pick">{h('seasonPick')}</label>
      <select
        id="season-pick"
        className="field"
        value={props.year}
        onChange={(event) => props.onPick(Number(event.target.value))}
      >
        {seasonsByDecade(props.races).map(([decade, years]) => (
          <optgroup key={decade} label={`${decade}s`}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </p>
  )
}
