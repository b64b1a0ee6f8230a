import type { ReactNode } from 'react'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { FileProblem } from '../components/file-problem.tsx'
import { type TabItem, Tabs } from '../components/tabs.tsx'
import { hrefWith, navigate, useUrlParams } from './url-state.ts'

/**
 * A page's tabs: the selected one is in the URL (`tab`; choosing another resets `sort`), and its
 * panel sits in an error boundary of its own, so one broken tab never takes down the page.
 */
export function PageTabs({
  label,
  tabs,
  selected,
  children,
}: {
  label: string
  tabs: TabItem[]
  selected: string
  children: ReactNode
}) {
  const params = useUrlParams()
  return (
    <Tabs
      label={label}
      tabs={tabs}
      selected={selected}
      onSelect={(id) => navigate({ tab: id, sort: null })}
      hrefOf={(id) => hrefWith({ tab: id, sort: null }, params)}
    >
      <ErrorBoundary
        key={selected}
        fallback={(error, reset) => <FileProblem error={error} onRetry={reset} />}
      >
        {children}
      </ErrorBoundary>
    </Tabs>
  )
}
