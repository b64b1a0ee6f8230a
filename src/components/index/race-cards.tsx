import type { RaceIndexEntry } from '../../calc/export-types.ts'
import { historyMessages } from '../../i18n/history-messages.ts'
import { useI18n, useTranslator } from '../../i18n/i18n.tsx'
import type { LinkComponent } from '../link-component.ts'

interface RaceCardsProps {
  races: RaceIndexEntry[]
  /** "Monaco Grand Prix 1984" in search results, where seasons mix. */
  withYear?: boolean
  /** The page's Link and the URL parameters a new view resets (pages own the URL). */
  Link: LinkComponent
  reset: Record<string, string | null>
}

/** Race links of the index: round, Grand Prix, circuit and date; a race not run yet says so. */
export function RaceCards({ races, withYear, Link, reset }: RaceCardsProps) {
  const { date } = useI18n()
  const h = useTranslator(historyMessages)
  return (
    <ol className="race-list">
      {races.map((race) => (
        <li key={race.race_id}>
          <Link to={{ ...reset, race: String(race.race_id) }}>
            <span className="race-round">{race.round}</span>
            <span className="race-name">
              {withYear ? `${race.gp_name} ${race.year}` : race.gp_name}
              {race.scheduled && <span className="race-upcoming">{h('upcoming')}</span>}
            </span>
            <span className="race-where">
              {race.circuit} · {date(race.date)}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  )
}
