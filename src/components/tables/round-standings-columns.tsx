import type {
  RoundConstructorStanding,
  RoundDriverStanding,
  WithChange,
} from '../../calc/round-standings.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { useWeekendT } from '../../i18n/weekend-messages.ts'
import { DASH, TeamName } from '../cells.tsx'
import { ChangeCell } from './race-cells.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

type Change = { rankChange: number | null; pointsGained: number | null }

const RANK_WORDS = { up: 'rankUp', down: 'rankDown', same: 'rankSame' } as const

/** ▲ 2 / ▼ 1 / = in the standings; "—" for a newcomer to them. */
function RankChange({ change }: { change: number | null }) {
  const wt = useWeekendT()
  return <ChangeCell change={change} words={(kind, n) => wt(RANK_WORDS[kind], { n })} />
}

function Points({ value, signed = false }: { value: number | null; signed?: boolean }) {
  const { number } = useI18n()
  if (value == null) return <>{DASH}</>
  const shown = number(value, Number.isInteger(value) ? 0 : 1)
  return <>{signed && value >= 0 ? `+${shown}` : shown}</>
}

const num = { numeric: true } as const

function changeColumns<Row extends Change>(): ResultsColumn<Row>[] {
  const helper = columnHelper<Row>()
  return [
    helper.accessor((row) => row.rankChange ?? undefined, {
      id: 'change',
      meta: { ...num, label: 'colChange' },
      sortUndefined: 'last',
      cell: (c) => <RankChange change={c.row.original.rankChange} />,
    }),
  ]
}

function pointsColumns<Row extends Change & { points: number }>(): ResultsColumn<Row>[] {
  const helper = columnHelper<Row>()
  return [
    helper.accessor((row) => row.points, {
      id: 'points',
      meta: { ...num, label: 'colPoints' },
      sortDescFirst: true,
      cell: (c) => <Points value={c.row.original.points} />,
    }),
    helper.accessor((row) => row.pointsGained ?? undefined, {
      id: 'gainedPoints',
      meta: { ...num, label: 'colPointsGained' },
      sortDescFirst: true,
      sortUndefined: 'last',
      cell: (c) => <Points value={c.row.original.pointsGained} signed />,
    }),
  ]
}

type Driver = WithChange<RoundDriverStanding>
type Constructor = WithChange<RoundConstructorStanding>
const drivers = columnHelper<Driver>()
const constructors = columnHelper<Constructor>()

/** Rang, Évol., Pilote, Points, +Pts: the standings after a round. */
export const roundDriverColumns: ResultsColumn<Driver>[] = [
  drivers.accessor('rank', { meta: { ...num, sticky: true, label: 'colRank' } }),
  ...changeColumns<Driver>(),
  drivers.accessor('driver_name', { meta: { sticky: true, label: 'colDriver' }, sortFn: 'text' }),
  ...pointsColumns<Driver>(),
]

/** Rang, Évol., Constructeur, Points, +Pts. */
export const roundConstructorColumns: ResultsColumn<Constructor>[] = [
  constructors.accessor('rank', { meta: { ...num, sticky: true, label: 'colRank' } }),
  ...changeColumns<Constructor>(),
  constructors.accessor('constructor', {
    meta: { sticky: true, label: 'colConstructor' },
    sortFn: 'text',
    cell: (c) => <TeamName team={c.getValue()} />,
  }),
  ...pointsColumns<Constructor>(),
]
