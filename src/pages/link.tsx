import type { MouseEvent, ReactNode } from 'react'
import { useFrameExit } from './frame-links.ts'
import { hrefWith, navigate, useUrlParams } from './url-state.ts'

type Changes = Record<string, string | null>

/** A real link (shareable, opens in a new tab) that navigates in place on a plain click. */
export function Link({
  to,
  children,
  className,
}: {
  to: Changes
  children: ReactNode
  className?: string
}) {
  const params = useUrlParams()
  const exit = useFrameExit(to)
  if (exit) {
    return (
      <a href={exit} target="_blank" rel="noopener" className={className}>
        {children}
      </a>
    )
  }
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    navigate(to)
    window.scrollTo(0, 0)
  }
  return (
    <a href={hrefWith(to, params)} onClick={onClick} className={className}>
      {children}
    </a>
  )
}

/** Params that leave when moving to another view (the view's own state). */
export const VIEW_RESET: Changes = {
  race: null,
  tab: null,
  sort: null,
  season: null,
  league: null,
  round: null,
  standings: null,
  division: null,
  gap: null,
}
