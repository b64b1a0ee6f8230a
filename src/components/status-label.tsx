import { useDataWords } from '../i18n/data-words.ts'
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

/** A reason F1DB wrote that the table does not know stays in English, and says so (lang). */
function Reason({ reason }: { reason: string }) {
  const { lang } = useI18n()
  const words = useDataWords(lang).retirementWords(reason, lang)
  return words.known ? words.text : <span lang="en">{words.text}</span>
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * "ab · Moteur" with the long form ("abandon") as its tooltip; the reason in the reader's words
 * (src/i18n/retirement-words.ts), once: a reason that only repeats the status is left out
 * ("dsq", not "dsq · Disqualified"). Unknown statuses as written.
 */
export function StatusLabel({ status, reason }: { status: string | null; reason: string | null }) {
  const { t } = useI18n()
  if (status == null) return reason ? <Reason reason={reason} /> : DASH
  const known = LABELS[status]
  const repeats =
    reason != null && (same(reason, status) || (known ? same(reason, t(known[1])) : false))
  const suffix =
    reason && !repeats ? (
      <>
        {' '}
        · <Reason reason={reason} />
      </>
    ) : null
  if (!known)
    return (
      <>
        {status}
        {suffix}
      </>
    )
  const [short, long] = known
  return (
    <span>
      <abbr title={t(long)}>{t(short)}</abbr>
      {suffix}
    </span>
  )
}
