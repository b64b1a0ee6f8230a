import { LabelledSelect } from '../../../components/labelled-select.tsx'
import type { LeagueDivision } from '../calc/types.ts'
import { useLeagueT } from '../i18n/translate.ts'

interface LeagueDivisionFilterProps {
  divisions: LeagueDivision[]
  /** The selected division id; null: all divisions. */
  selected: number | null
  onChange: (divisionId: number | null) => void
}

/** Shows one division's results or all of them; the choice lives in the URL (`&division=`). */
export function LeagueDivisionFilter({ divisions, selected, onChange }: LeagueDivisionFilterProps) {
  const lt = useLeagueT()
  if (divisions.length < 2) return null
  return (
    <LabelledSelect
      id="division-filter"
      label={lt('division')}
      className="division-filter"
      value={selected == null ? '' : String(selected)}
      onChange={(value) => onChange(value ? Number(value) : null)}
    >
      <option value="">{lt('allDivisions')}</option>
      {divisions.map((division) => (
        <option key={division.id} value={String(division.id)}>
          {division.name}
        </option>
      ))}
    </LabelledSelect>
  )
}
