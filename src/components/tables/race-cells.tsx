import { useI18n } from '../../i18n/i18n.tsx'
import { DASH, Marker } from '../cells.tsx'
import { MARKERS } from '../legend.tsx'
import '../../styles/race-weekend.css'

type Change = 'up' | 'down' | 'same'

/**
 * ▲ 3 / ▼ 2 / = : a change of places (from the grid, in the standings), with the words for
 * screen readers; "—" when there is nothing to compare with.
 */
export function ChangeCell({
  change,
  words,
}: {
  change: number | null
  words: (change: Change, n: number) => string
}) {
  if (change == null) return <>{DASH}</>
  const n = Math.abs(change)
  const kind: Change = change > 0 ? 'up' : change < 0 ? 'down' : 'same'
  const symbol = { up: `▲ ${n}`, down: `▼ ${n}`, same: '=' }[kind]
  return (
    <span className={`gained gained-${kind}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words(kind, n)}</span>
    </span>
  )
}

const GAINED_WORDS = { up: 'placesGained', down: 'placesLost', same: 'placesSame' } as const

/** Places gained from the grid. */
export function GainedCell({ gained }: { gained: number | null }) {
  const { t } = useI18n()
  return <ChangeCell change={gained} words={(kind, n) => t(GAINED_WORDS[kind], { n })} />
}

/** "+5 s" beside a race time: the penalty it includes (the legend explains the marker). */
export function PenaltyNote({ seconds }: { seconds: number | null }) {
  const { t, number } = useI18n()
  if (seconds == null) return null
  const shown = number(seconds, Number.isInteger(seconds) ? 0 : 1)
  return (
    <>
      {' '}
      <Marker kind={MARKERS.penalty.kind} label={t(MARKERS.penalty.label)}>
        +{shown} s
      </Marker>
      <span className="visually-hidden">{t('penaltyNote', { n: shown })}</span>
    </>
  )
}
