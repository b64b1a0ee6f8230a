import type { LapRange } from '../calc/laps-led.ts'
import type { SummaryDriver, WeekendSummary } from '../calc/weekend-summary.ts'
import { useWeekendT } from '../i18n/weekend-messages.ts'
import type { LinkComponent } from './link-component.ts'
import '../styles/race-weekend.css'

interface WeekendHeaderProps {
  summary: WeekendSummary
  /** The page's Link: each item opens the tab that shows it. */
  link: LinkComponent
}

/** The weekend at a glance, above the tabs: winner, pole, fastest lap, podium, laps led. */
export function WeekendHeader({ summary, link: Link }: WeekendHeaderProps) {
  const wt = useWeekendT()
  const { winner, pole, fastestLap, podium, lapsLed } = summary
  const name = (who: SummaryDriver) => (
    <Link to={{ tab: who.tab, sort: null }}>{who.driver_name}</Link>
  )
  const ranges = (list: LapRange[]) =>
    list
      .map((r) => (r.from === r.to ? wt('lapSingle', { from: r.from }) : wt('lapRange', { ...r })))
      .join(', ')
  if (!winner && !pole && !fastestLap && lapsLed.length === 0) return null
  return (
    <section className="weekend" aria-label={wt('weekend')}>
      <dl>
        {winner && (
          <div>
            <dt>{wt('winner')}</dt>
            <dd>{name(winner)}</dd>
          </div>
        )}
        {pole && (
          <div>
            <dt>{wt('pole')}</dt>
            <dd>{name(pole)}</dd>
          </div>
        )}
        {fastestLap && (
          <div>
            <dt>{wt('fastestLap')}</dt>
            <dd>
              {name(fastestLap)}
              {fastestLap.time != null && fastestLap.lap != null && (
                <> ({wt('fastestLapOn', { time: fastestLap.time, lap: fastestLap.lap })})</>
              )}
            </dd>
          </div>
        )}
        {podium.length > 1 && (
          <div>
            <dt>{wt('podium')}</dt>
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
            <dt>{wt('lapsLed')}</dt>
            <dd>
              <ul>
                {lapsLed.map((led) => (
                  <li key={led.driver_id}>
                    {name(led)} {wt('lapsLedCount', { n: led.laps })}
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
