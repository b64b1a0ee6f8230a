import { type ReactNode, startTransition, useEffect, useState } from 'react'

/**
 * What the HTML never holds, such as a lazy chunk's note: drawn once the page is live (false on
 * the server and while a prerendered page hydrates, so both render nothing here). A wrapper, so
 * that the render it causes is this element alone, not the page around it (the whole race page
 * re-rendered in one task of 150 ms at 4× CPU: Lighthouse's TBT); and a transition started by an
 * effect, so that React renders it in short slices after hydration, not in the same task.
 */
export function AfterHydration({ children }: { children: ReactNode }): ReactNode {
  return useAfterHydration() ? children : null
}

/**
 * false on the server and while hydrating, true once the page is live (at once on a page
 * rendered in the browser, after its first commit). Set by a transition: the re-render of the
 * component that reads it is concurrent (React yields every few milliseconds), where a store
 * whose server and browser values differ re-renders it synchronously, in one long task.
 */
export function useAfterHydration(): boolean {
  const [live, setLive] = useState(false)
  useEffect(() => startTransition(() => setLive(true)), [])
  return live
}
