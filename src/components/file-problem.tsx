import type { LoadError } from '../calc/load-error.ts'
import { isLoadError } from '../calc/load-error.ts'
import { useI18n } from '../i18n/i18n.tsx'
import type { MessageKey } from '../i18n/messages.ts'

const KIND_MESSAGE: Record<LoadError['kind'], MessageKey> = {
  'not-found': 'fileProblemNotFound',
  'not-json': 'fileProblemNotJson',
  'invalid-shape': 'fileProblemShape',
  network: 'fileProblemNetwork',
  timeout: 'fileProblemTimeout',
  'too-large': 'fileProblemTooLarge',
}

const SHOWN = 8

/**
 * Which file is wrong, where, and that the rest of the page still works. Everything from the file
 * is shown as text (React escapes it); nothing is ever rendered as HTML.
 */
export function FileProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useI18n()
  const file = isLoadError(error) ? displayPath(error.url) : '?'
  const problems = isLoadError(error) ? error.problems : []
  const detail = isLoadError(error) ? error.message.slice(error.url.length + 2) : String(error)
  // An HTTP error is said in the reader's words with its status; other kinds keep the detail.
  const serverStatus = isLoadError(error) && error.kind === 'network' ? error.status : null
  const summary = isLoadError(error) ? t(KIND_MESSAGE[error.kind]) : ''
  return (
    <div className="file-problem" role="alert">
      <p className="file-problem-title">
        <strong>{t('fileProblemTitle', { file })}</strong>
      </p>
      <p>
        {serverStatus != null ? t('fileProblemServer', { status: serverStatus }) : summary}{' '}
        {problems.length === 0 && serverStatus == null ? detail : ''}
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.slice(0, SHOWN).map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              <code>{problem.path || t('rootPath')}</code>
              {lang === 'fr' ? ' : ' : ': '}
              {problem.message}
            </li>
          ))}
          {problems.length > SHOWN && (
            <li>{t('fileProblemMore', { count: problems.length - SHOWN })}</li>
          )}
        </ul>
      )}
      <p>{t('fileProblemStillWorks')}</p>
      {onRetry && (
        <button type="button" className="button-primary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  )
}

/** "http://host/base/races/1101/perftime.json" → "races/1101/perftime.json" (what editors know). */
export function displayPath(url: string): string {
  const base = import.meta.env.BASE_URL ?? '/'
  try {
    // A fixed base, not the page's URL: the path is the same on the server (prerender) and in
    // the browser (data URLs are same-origin paths from dataUrl).
    const path = new URL(url, 'http://localhost').pathname
    return path.startsWith(base) ? path.slice(base.length) : path
  } catch {
    return url
  }
}
