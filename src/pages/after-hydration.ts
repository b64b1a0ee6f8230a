import { type ReactNode, useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * false on the server and while a prerendered page hydrates, true right after (and in a page
 * rendered in the browser). React re-renders a component whose value flips at once, in one
 * task: only small components should read it (`AfterHydration`), never a page.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}

/**
 * What the HTML never holds, such as a lazy chunk's note: drawn once the page is live. A wrapper,
 * so that the re-render it causes after hydration is this one element, not the page around it
 * (the whole race page re-rendered in one task of 150 ms at 4× CPU: Lighthouse's TBT).
 */
export function AfterHydration({ children }: { children: ReactNode }): ReactNode {
  return useHydrated() ? children : null
}
