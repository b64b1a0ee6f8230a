import type { RaceIndexEntry } from '../../calc/export-types.ts'
import { seasonsByDecade } from '../../calc/race-search.ts'
import { historyMessages } from '../../i18n/history-messages.ts'
import { useTranslator } from '../../i18n/i18n.tsx'
import { LabelledSelect } from '../labelled-select.tsx'

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
    <LabelledSelect
      id="season-pick"
      label={h('seasonPick')}
      className="season-picker"
      value={String(props.year)}
      onChange={(value) => props.onPick(Number(value))}
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
    </LabelledSelect>
  )
}
