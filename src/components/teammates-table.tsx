import type { HeadToHead, HeadToHeadSession } from '../calc/teammates.ts'
import type { Translate } from '../i18n/i18n.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import type { Lang } from '../i18n/messages.ts'
import { sessionShortLabel } from '../i18n/session-short-label.ts'
import { TeamName } from './cells.tsx'

/** "EL1 3–7" / "FP1 3–7"; a driver without a position reads "nc" ("Course nc–7"), never "—–7". */
function duelSession(session: HeadToHeadSession, t: Translate, lang: Lang): string {
  const place = (position: number | null) => (position == null ? t('statusNc') : String(position))
  return `${sessionShortLabel(session.code, lang)} ${place(session.a)}–${place(session.b)}`
}

/** Teammates head to head: the score, then each session's positions ("Q3 1–4"). */
export function TeammatesTable({ pairs }: { pairs: HeadToHead[] }) {
  const { t, lang } = useI18n()
  if (pairs.length === 0) return null
  return (
    <section className="teammates" aria-labelledby="teammates-title">
      <h3 id="teammates-title">{t('teammatesTitle')}</h3>
      <p className="note">{t('teammatesNote')}</p>
      {/* Focusable so keyboard users can scroll it sideways (it holds no control of its own). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable */}
      <section className="table-scroll" aria-labelledby="teammates-title" tabIndex={0}>
        <table className="results">
          <caption className="visually-hidden">{t('teammatesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colTeam')}</th>
              <th scope="col">{t('colDriver')}</th>
              <th scope="col" className="num">
                {t('colScore')}
              </th>
              <th scope="col">{t('colDriver')}</th>
              <th scope="col">{t('colSessions')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr key={`${pair.a.driver_id}-${pair.b.driver_id}`}>
                <td>
                  <TeamName team={pair.team} />
                </td>
                <td className={pair.a.ahead > pair.b.ahead ? 'leader' : undefined}>
                  {pair.a.driver_name}
                </td>
                <td className="num">{`${pair.a.ahead}–${pair.b.ahead}`}</td>
                <td className={pair.b.ahead > pair.a.ahead ? 'leader' : undefined}>
                  {pair.b.driver_name}
                </td>
                <td className="sessions">
                  {pair.sessions.map((session) => duelSession(session, t, lang)).join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  )
}
