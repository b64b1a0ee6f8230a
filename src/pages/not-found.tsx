import { useI18n } from '../i18n/i18n.tsx'
import { VIEW_RESET } from './link.tsx'
import { hrefWith } from './url-state.ts'

/** A clear "not found" page with the way back. */
export function NotFound({ title, message }: { title: string; message: string }) {
  const { t } = useI18n()
  const home = hrefWith(VIEW_RESET)
  return (
    <section className="not-found">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={home}>{t('backToIndex')}</a>
      </p>
    </section>
  )
}
