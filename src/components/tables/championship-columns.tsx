import type { ChampionshipConstructor, ChampionshipDriver } from '../../calc/export-types.ts'
import { useI18n, useTranslator } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { nationalityWords } from '../../i18n/nationality-words.ts'
import { TeamName } from '../cells.tsx'
import { withPriority } from './column-priority.ts'
import { driverColumn, teamColumn } from './driver-columns.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

function Points({ value }: { value: number }) {
  const { number } = useI18n()
  return <>{number(value, Number.isInteger(value) ? 0 : 1)}</>
}

// Kept with the standings (a lazy chunk), out of the first page load's catalog.
const excludedMessages = {
  fr: { excludedShort: 'exclu', excludedLong: 'exclu du championnat' },
  en: { excludedShort: 'excl.', excludedLong: 'excluded from the championship' },
} as const

/** An entry excluded from the championship (1984 Tyrrell, 1997 Schumacher) has no rank: said. */
function Rank({ rank, excluded }: { rank: number; excluded: true | undefined }) {
  const h = useTranslator(excludedMessages)
  return excluded ? <abbr title={h('excludedLong')}>{h('excludedShort')}</abbr> : rank
}
function Nationality({ value }: { value: string }) {
  const { lang } = useI18n()
  return nationalityWords(value, lang)
}

const rank = (c: {
  getValue: () => number
  row: { original: { excluded?: true | undefined } }
}) => <Rank rank={c.getValue()} excluded={c.row.original.excluded} />

const drivers = columnHelper<ChampionshipDriver>()
const num = { numeric: true } as const
/** A count read biggest first (points, wins, podiums, starts). */
const desc = (label: MessageKey) => ({ meta: { ...num, label }, sortDescFirst: true }) as const
const points = (c: { getValue: () => number }) => <Points value={c.getValue()} />

/** Pilotes: Rang, Pilote, Nationalité, Écurie, Points, Victoires, Podiums, Départs. */
export const driverStandingColumns: ResultsColumn<ChampionshipDriver>[] = withPriority(
  [
    drivers.accessor('rank', { meta: { ...num, sticky: true, label: 'colRank' }, cell: rank }),
    driverColumn<ChampionshipDriver>(),
    drivers.accessor('nationality', {
      meta: { label: 'colNationality' },
      sortFn: 'text',
      cell: (c) => <Nationality value={c.getValue()} />,
    }),
    teamColumn<ChampionshipDriver>(),
    drivers.accessor('points', { ...desc('colPoints'), cell: points }),
    drivers.accessor('wins', desc('colWins')),
    drivers.accessor('podiums', desc('colPodiums')),
    drivers.accessor('starts', desc('colStarts')),
  ],
  // On a phone: rank, driver, points and wins; nationality, team, podiums and starts one tap away.
  new Set(['rank', 'driver', 'points', 'wins']),
)

const constructors = columnHelper<ChampionshipConstructor>()

/** Constructeurs: Rang, Constructeur, Points, Victoires, Départs. */
export const constructorStandingColumns: ResultsColumn<ChampionshipConstructor>[] = [
  constructors.accessor('rank', { meta: { ...num, sticky: true, label: 'colRank' }, cell: rank }),
  constructors.accessor('constructor', {
    meta: { sticky: true, label: 'colConstructor' },
    sortFn: 'text',
    cell: (c) => <TeamName team={c.getValue()} />,
  }),
  constructors.accessor('points', { ...desc('colPoints'), cell: points }),
  constructors.accessor('wins', desc('colWins')),
  constructors.accessor('starts', desc('colStarts')),
]
