import { useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * false on the server and while a prerendered page hydrates, true right after (and in a page
 * rendered in the browser): for what the HTML never holds, such as a lazy chunk's note.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
