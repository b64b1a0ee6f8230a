import { DASH, Marker } from '../../../components/cells.tsx'
import { useI18n } from '../../../i18n/i18n.tsx'
import type { ResultState } from '../calc/round.ts'
import type { LeagueMessageKey } from '../i18n/messages.ts'
import { useLeagueT } from '../i18n/translate.ts'

/** ▲3 / ▼2 / = with the words for screen readers; colour is only a twin of the arrow. */
export function PositionsGained({ value }: { value: number | null }) {
  const lt = useLeagueT()
  if (value == null) return <>{DASH}</>
  const kind = value > 0 ? 'up' : value < 0 ? 'down' : 'same'
  const symbol = value > 0 ? `▲${value}` : value < 0 ? `▼${-value}` : '='
  const words =
    value > 0 ? lt('gained', { n: value }) : value < 0 ? lt('lost', { n: -value }) : lt('unchanged')
  return (
    <span className={`gained gained-${kind}`} title={words}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  )
}

const STATES: Partial<Record<ResultState, [LeagueMessageKey, LeagueMessageKey]>> = {
  dnf: ['stateDnf', 'stateDnfLong'],
  dns: ['stateDns', 'stateDnsLong'],
}

/** DNF / DNS as an abbreviation with its long form; "provisoire" for a pending result. */
export function ResultStateLabel({ state }: { state: ResultState }) {
  const lt = useLeagueT()
  if (state === 'pending') return <ProvisionalBadge />
  const labels = STATES[state]
  if (!labels) return <>{DASH}</>
  return <abbr title={lt(labels[1])}>{lt(labels[0])}</abbr>
}

export function ProvisionalBadge() {
  const lt = useLeagueT()
  return (
    <span className="badge badge-provisional" title={lt('markProvisional')}>
      {lt('provisional')}
    </span>
  )
}

export function FastestLapMark() {
  const lt = useLeagueT()
  return (
    <Marker kind="best" label={lt('markFastestLap')}>
      ◆
    </Marker>
  )
}

export function PoleMark() {
  const lt = useLeagueT()
  return (
    <Marker kind="pole" label={lt('markPole')}>
      P
    </Marker>
  )
}

/** Points in the reader's locale: 25, or 12,5 when a league awards half points. */
export function Points({ value }: { value: number | null }) {
  const { number } = useI18n()
  if (value == null) return <>{DASH}</>
  return <>{number(value, Number.isInteger(value) ? 0 : 1)}</>
}

export type LeagueLegendItem =
  | 'fastest'
  | 'pole'
  | 'provisional'
  | 'gained'
  | 'unresolved'
  | 'states'

/** What the table's marks mean, in the reader's language. */
export function LeagueLegend({ items }: { items: LeagueLegendItem[] }) {
  const { t } = useI18n()
  const lt = useLeagueT()
  if (items.length === 0) return null
  const rows: Array<[string, string, string]> = []
  if (items.includes('fastest')) rows.push(['◆', 'marker marker-best', lt('markFastestLap')])
  if (items.includes('pole')) rows.push(['P', 'marker marker-pole', lt('markPole')])
  if (items.includes('gained')) {
    rows.push(['▲', 'gained gained-up', lt('gained', { n: 'n' })])
    rows.push(['▼', 'gained gained-down', lt('lost', { n: 'n' })])
  }
  if (items.includes('provisional')) rows.push([lt('provisional'), 'badge', lt('markProvisional')])
  if (items.includes('unresolved'))
    rows.push(['⚠', 'marker marker-unresolved', lt('markUnresolved')])
  if (items.includes('states')) {
    rows.push([lt('stateDnf'), '', lt('stateDnfLong')])
    rows.push([lt('stateDns'), '', lt('stateDnsLong')])
  }
  return (
    <details className="legend">
      <summary>{t('legend')}</summary>
      <dl>
        {rows.map(([symbol, className, label]) => (
          <div key={label}>
            <dt>
              <span className={className || undefined} aria-hidden="true">
                {symbol}
              </span>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
