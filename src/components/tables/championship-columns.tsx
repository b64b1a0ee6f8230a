import type { ChampionshipConstructor, ChampionshipDriver } from '../../calc/export-types.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { TeamName } from '../cells.tsx'
import { driverColumn, teamColumn } from './driver-columns.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

function Points({ value }: { value: number }) {
  const { number } = useI18n()
  return <>{number(value, Number.isInteger(value) ? 0 : 1)}</>
}

const drivers = columnHelper<ChampionshipDriver>()
const num = { numeric: true } as const

/** Pilotes: Rang, Pilote, Nationalité, Écurie, Points, Victoires, Podiums, Départs. */
export const driverStandingColumns: ResultsColumn<ChampionshipDriver>[] = [
  drivers.accessor('rank', { meta: { ...num, sticky: true, label: 'colRank' } }),
  driverColumn<ChampionshipDriver>(),
  drivers.accessor('nationality', { meta: { label: 'colNationality' }, sortFn: 'text' }),
  teamColumn<ChampionshipDriver>(),
  drivers.accessor('points', {
    meta: { ...num, label: 'colPoints' },
    sortDescFirst: true,
    cell: (c) => <Points value={c.getValue()} />,
  }),
  drivers.accessor('wins', { meta: { ...num, label: 'colWins' }, sortDescFirst: true }),
  drivers.accessor('podiums', { meta: { ...num, label: 'colPodiums' }, sortDescFirst: true }),
  drivers.accessor('starts', { meta: { ...num, label: 'colStarts' }, sortDescFirst: true }),
]

const constructors = columnHelper<ChampionshipConstructor>()

/** Constructeurs: Rang, Constructeur, Points, Victoires, Départs. */
export const constructorStandingColumns: ResultsColumn<ChampionshipConstructor>[] = [
  constructors.accessor('rank', { meta: { ...num, sticky: true, label: 'colRank' } }),
  constructors.accessor('constructor', {
    meta: { sticky: true, label: 'colConstructor' },
    sortFn: 'text',
    cell: (c) => <TeamName team={c.getValue()} />,
  }),
  constructors.accessor('points', {
    meta: { ...num, label: 'colPoints' },
    sortDescFirst: true,
    cell: (c) => <Points value={c.getValue()} />,
  }),
  constructors.accessor('wins', { meta: { ...num, label: 'colWins' }, sortDescFirst: true }),
  constructors.accessor('starts', { meta: { ...num, label: 'colStarts' }, sortDescFirst: true }),
]
