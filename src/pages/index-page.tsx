import { useQuery } from '@tanstack/react-query'
import { type FormEvent, type ReactNode, useState } from 'react'
import { FileProblem } from '../components/file-problem.tsx'
import { RaceFinder } from '../components/index/race-finder.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import { openFolderLabel } from '../i18n/editor-entry.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { raceIndexQuery } from '../loaders/race-queries.ts'
import { useDataSource } from './data-source.ts'
import { DocumentHead } from './document-head.tsx'
import { indexHead } from './index-head.ts'
import { Link, VIEW_RESET } from './link.tsx'
import { navigate, useUrlParams } from './url-state.ts'

/**
 * `/`: the races of races/index.json, one season at a time with a search over all of them
 * (RaceFinder), and a box to open a race id.
 */
/** `leagues`: the league list, given by app.tsx (the league is a feature this page does not know). */
export function IndexPage({ leagues }: { leagues: ReactNode }) {
  const { t, lang } = useI18n()
  const source = useDataSource()
  const params = useUrlParams()
  const index = useQuery(raceIndexQuery(source))
  const [raceId, setRaceId] = useState('')
  const open = (event: FormEvent) => {
    event.preventDefault()
    const id = raceId.trim()
    if (id) navigate({ ...VIEW_RESET, race: id })
  }
  return (
    <section className="index">
      <DocumentHead head={indexHead(lang)} />
      <h1>{t('indexTitle')}</h1>
      <form className="open-race" onSubmit={open}>
        <label htmlFor="race-id">{t('raceIdLabel')}</label>
        <input
          id="race-id"
          className="field"
          inputMode="numeric"
          value={raceId}
          onChange={(event) => setRaceId(event.target.value)}
        />
        <button type="submit" className="button-primary">
          {t('open')}
        </button>
      </form>
      <p>
        <Link to={{ ...VIEW_RESET, local: '1' }}>{openFolderLabel(lang)}</Link>
      </p>
      {index.isPending && <TablePlaceholder rows={8} />}
      {index.isError && <FileProblem error={index.error} onRetry={() => void index.refetch()} />}
      {index.data === null && <p className="note">{t('noIndex')}</p>}
      {index.data && (
        <RaceFinder
          index={index.data}
          year={Number(params.get('year')) || null}
          onPickYear={(year) => navigate({ year: String(year) }, { replace: true })}
          Link={Link}
          reset={VIEW_RESET}
        />
      )}
      {leagues}
    </section>
  )
}
