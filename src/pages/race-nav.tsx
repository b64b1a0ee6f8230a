import { memo } from 'react'
import type { RaceIndexEntry } from '../calc/export-types.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { Link, VIEW_RESET } from './link.tsx'

/**
 * Previous / next Grand Prix and the season, from races/index.json when it is there.
 * Memoised: the race page re-renders when a lookup or the lap chart's probe answers.
 */
export const RaceNav = memo(function RaceNav({
  previous,
  next,
  year,
  hasChampionship,
  tab,
}: {
  previous: RaceIndexEntry | null
  next: RaceIndexEntry | null
  year: number
  hasChampionship: boolean
  /** The open tab, kept when moving to the previous or next Grand Prix. */
  tab: string | null
}) {
  const { t } = useI18n()
  return (
    <nav className="race-nav" aria-label={t('raceNavigation')}>
      {previous ? (
        <Link to={{ ...VIEW_RESET, race: String(previous.race_id), tab }} className="race-nav-prev">
          <span aria-hidden="true">← </span>
          <span className="visually-hidden">{t('previousGp')}, </span>
          {previous.gp_name} {previous.year}
        </Link>
      ) : (
        <span />
      )}
      <span className="race-nav-middle">
        <Link to={{ ...VIEW_RESET }}>{t('allRaces')}</Link>
        {hasChampionship && (
          <Link to={{ ...VIEW_RESET, season: String(year) }}>
            {t('viewChampionship', { year })}
          </Link>
        )}
      </span>
      {next ? (
        <Link to={{ ...VIEW_RESET, race: String(next.race_id), tab }} className="race-nav-next">
          <span className="visually-hidden">{t('nextGp')}, </span>
          {next.gp_name} {next.year}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
})
