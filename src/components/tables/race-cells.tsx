import { useI18n } from '../../i18n/i18n.tsx'
import { DASH, Marker } from '../cells.tsx'
import { MARKERS } from '../legend.tsx'
import '../../styles/race-weekend.css'

/** ▲ 3 / ▼ 2 / = : places gained from the grid, with the words for screen readers. */
export function GainedCell({ gained }: { gained: number | null }) {
  const { t } = useI18n()
  if (gained == null) return <>{DASH}</>
  const [symbol, kind, words] =
    gained > 0
      ? [`▲ ${gained}`, 'up', t('placesGained', { n: gained })]
      : gained < 0
        ? [`▼ ${-gained}`, 'down', t('placesLost', { n: -gained })]
        : ['=', 'same', t('placesSame')]
  return (
    <span className={`gained gained-${kind}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  )
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
