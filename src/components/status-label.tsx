import { useI18n } from '../i18n/i18n.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { DASH } from './cells.tsx'

const LABELS: Record<string, [MessageKey, MessageKey]> = {
  ab: ['statusAb', 'statusAbLong'],
  nc: ['statusNc', 'statusNcLong'],
  np: ['statusNp', 'statusNpLong'],
  nq: ['statusNq', 'statusNqLong'],
  dsq: ['statusDsq', 'statusDsqLong'],
  pl: ['statusPl', 'statusPlLong'],
}

/** "ab · Engine" with the long form ("abandon") as its tooltip; unknown statuses as written. */
export function StatusLabel({ status, reason }: { status: string | null; reason: string | null }) {
  const { t } = useI18n()
  if (status == null) return <>{reason ?? DASH}</>
  const known = LABELS[status]
  if (!known) return <>{reason ? `${status} · ${reason}` : status}</>
  const [short, long] = known
  return (
    <span>
      <abbr title={t(long)}>{t(short)}</abbr>
      {reason ? ` · ${reason}` : ''}
    </span>
  )
}
