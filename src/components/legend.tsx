import { useI18n } from '../i18n/i18n.tsx'
import type { MessageKey } from '../i18n/messages.ts'

export type LegendItem = { symbol: string; kind: string; label: MessageKey }

export const MARKERS = {
  best: { symbol: '◆', kind: 'best', label: 'markBest' },
  fastest: { symbol: '◆', kind: 'best', label: 'markFastest' },
  pole: { symbol: 'P', kind: 'pole', label: 'markPole' },
  podium: { symbol: '▮', kind: 'podium', label: 'markPodium' },
  outside107: { symbol: '⚠', kind: '107', label: 'mark107' },
  fastestLap: { symbol: '◆', kind: 'fastest-lap', label: 'markFastest' },
  penalty: { symbol: '+s', kind: 'penalty', label: 'markPenalty' },
  driverBest: { symbol: '◆', kind: 'best', label: 'markDriverBest' },
  sharedCar: { symbol: '⇄', kind: 'shared', label: 'markSharedCar' },
} as const satisfies Record<string, LegendItem>

const STATUSES: Array<[MessageKey, MessageKey]> = [
  ['statusAb', 'statusAbLong'],
  ['statusNc', 'statusNcLong'],
  ['statusNp', 'statusNpLong'],
  ['statusNq', 'statusNqLong'],
  ['statusDsq', 'statusDsqLong'],
]

/** What the markers and abbreviations of the table mean, in the reader's language. */
export function Legend({
  items,
  statuses = false,
  terms = [],
}: {
  items: LegendItem[]
  statuses?: boolean
  /** Plain explanations of abbreviations, e.g. termPerfTime. */
  terms?: MessageKey[]
}) {
  const { t } = useI18n()
  if (items.length === 0 && !statuses && terms.length === 0) return null
  return (
    <details className="legend">
      <summary>{t('legend')}</summary>
      <dl>
        {items.map((item) => (
          <div key={item.label}>
            <dt>
              <span className={`marker marker-${item.kind}`} aria-hidden="true">
                {item.symbol}
              </span>
            </dt>
            <dd>{t(item.label)}</dd>
          </div>
        ))}
        {statuses &&
          STATUSES.map(([short, long]) => (
            <div key={short}>
              <dt>{t(short)}</dt>
              <dd>{t(long)}</dd>
            </div>
          ))}
      </dl>
      {terms.length > 0 && (
        <ul className="legend-terms">
          {terms.map((term) => (
            <li key={term}>{t(term)}</li>
          ))}
        </ul>
      )}
    </details>
  )
}
