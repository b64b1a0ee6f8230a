import { lazy, Suspense } from 'react'

const LeagueIndexContent = lazy(() =>
  import('./league-index-content.tsx').then((module) => ({ default: module.LeagueIndexContent })),
)

/**
 * The index page's league list. Lazy: the league schemas and list load after the race index,
 * in their own chunk, and the page renders nothing here while they do (or without leagues).
 */
export function LeagueIndexSection() {
  return (
    <Suspense fallback={null}>
      <LeagueIndexContent />
    </Suspense>
  )
}
