import { useI18n } from '../i18n/i18n.tsx'

/**
 * Shown while the browser is offline: what still works (what is already loaded) and what will
 * happen (the rest loads when the network is back), with a retry.
 */
export function OfflineBanner({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <div className="file-problem offline-banner" role="status">
      <p>
        <strong>{t('offlineTitle')}</strong> {t('offlineMessage')}
      </p>
      <button type="button" className="button-primary" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  )
}
