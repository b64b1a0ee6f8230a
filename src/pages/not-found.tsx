import { isLoadError } from '../calc/load-error.ts'
import { FileProblem } from '../components/file-problem.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { VIEW_RESET } from './link.tsx'
import { hrefWith, useUrlParams } from './url-state.ts'

/** A clear "not found" page with the way back. */
export function NotFound({ title, message }: { title: string; message: string }) {
  const { t } = useI18n()
  const home = hrefWith(VIEW_RESET, useUrlParams())
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

/**
 * A page's own file could not be shown: "not found" (a 404, an id that names no file) with the
 * way back, else the file's problem with a retry button.
 */
export function NotFoundOrProblem({
  query,
  title,
  message,
}: {
  query: { error: unknown; refetch: () => unknown }
  title: string
  message: string
}) {
  if (isLoadError(query.error) && query.error.kind === 'not-found') {
    return <NotFound title={title} message={message} />
  }
  return <FileProblem error={query.error} onRetry={() => void query.refetch()} />
}
