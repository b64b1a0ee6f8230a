import type { LapRange } from '../calc/laps-led.ts'
import type { SummaryDriver, WeekendSummary } from '../calc/weekend-summary.ts'
import { useI18n } from '../i18n/i18n.tsx'
import type { LinkComponent } from './link-component.ts'
import '../styles/race-weekend.css'

interface WeekendHeaderProps {
  summary: WeekendSummary
  /** The page's Link: each item opens the tab that shows it. */
  link: LinkComponent
}

/** The weekend at a glance, above the tabs: winner, pole, fastest lap, podium, laps led. */
export function WeekendHeader({ summary, link: Link }: WeekendHeaderProps) {
  const { t } = useI18n()
  const { winner, pole, fastestLap, podium, lapsLed } = summary
  const name = (who: SummaryDriver) => (
    <Link to={{ tab: who.tab, sort: null }}>{who.driver_name}</Link>
  )
  const ranges = (list: LapRange[]) =>
    list
      .map((r) => (r.from === r.to ? t('lapSingle', { from: r.from }) : t('lapRange', { ...r })))
      .join(', ')
  if (!winner && !pole && !fastestLap && lapsLed.length === 0) return null
  return (
    <section className="weekend" aria-label={t('weekend')}>
      <dl>
        {winner && (
          <div>
            <dt>{t('winner')}</dt>
            <dd>{name(winner)}</dd>
          </div>
        )}
        {pole && (
          <div>
            <dt>{t('pole')}</dt>
            <dd>{name(pole)}</dd>
          </div>
        )}
        {fastestLap && (
          <div>
            <dt>{t('fastestLap')}</dt>
            <dd>
              {name(fastestLap)}
              {fastestLap.time != null && fastestLap.lap != null && (
                <> ({t('fastestLapOn', { time: fastestLap.time, lap: fastestLap.lap })})</>
              )}
            </dd>
          </div>
        )}
        {podium.length > 1 && (
          <div>
            <dt>{t('podium')}</dt>
            <dd>
              <ol className="weekend-podium">
                {podium.map((who) => (
                  <li key={who.driver_id}>{name(who)}</li>
                ))}
              </ol>
            </dd>
          </div>
        )}
        {lapsLed.length > 0 && (
          <div className="weekend-led">
            <dt>{t('lapsLed')}</dt>
            <dd>
              <ul>
                {lapsLed.map((led) => (
                  <li key={led.driver_id}>
                    {name(led)} {t('lapsLedCount', { n: led.laps })}
                    {led.ranges && <span className="note"> ({ranges(led.ranges)})</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
