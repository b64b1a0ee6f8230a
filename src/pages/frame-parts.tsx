import { useQuery } from '@tanstack/react-query'
import { frameTranslator } from '../i18n/frame-messages.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { sessionsQuery } from '../loaders/race-queries.ts'
import { useDataSource } from './data-source.ts'
import { useEmbedProtocol } from './embed.ts'
import { hrefWith, useUrlParams } from './url-state.ts'

/**
 * In an iframe, a view that is not a race or a season (the index with its open-by-id box, a
 * league, the editors' folder view): a link to the full page, in a new tab, instead of the view.
 */
export function FrameOutside({ search }: { search: string }) {
  const t = frameTranslator(useI18n().lang)
  return (
    <p className="frame-outside">
      {t('frameOutside')}{' '}
      <a
        href={hrefWith({ embed: null }, new URLSearchParams(search))}
        target="_blank"
        rel="noopener"
      >
        {t('openFullPage')}
      </a>
    </p>
  )
}

/** The data credit in the iframe (F1DB is CC BY: it must stay visible), in one small line. */
export function FrameCredit() {
  const t = frameTranslator(useI18n().lang)
  return (
    <footer className="site-footer frame-credit">
      <p>{t('attributionShort')}</p>
    </footer>
  )
}

/**
 * The embed protocol (height, navigate, navigated), mounted only in an iframe. A race view's
 * season is its sessions.json's year, read from the race page's query as it arrives (this
 * observer never fetches: a failed file is not asked again).
 */
export function EmbedProtocol() {
  const race = useUrlParams().get('race')
  const sessions = useQuery({ ...sessionsQuery(useDataSource(), race ?? ''), enabled: false })
  useEmbedProtocol(true, race ? sessions.data?.meta.year : undefined)
  return null
}
