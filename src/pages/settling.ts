import { useEffect, useSyncExternalStore } from 'react'

export interface Settling {
  /** Runs the load (each call: a failed import is tried again); resolves or rejects as it does. */
  load: () => Promise<unknown>
  /**
   * Whether a load has settled, loaded or failed (the page then does without that part), as a
   * store React reads; starts the load when it has not. The server and a prerendered page load
   * it before they render, so both snapshots agree.
   */
  useSettled: () => boolean
}

/**
 * Code a view draws loaded ahead, and whether it is here yet: a page rendered in the browser
 * waits for it rather than draw its parts one after another (each would push the rest down).
 */
export function settling(run: () => Promise<unknown>): Settling {
  let settled = false
  const listeners = new Set<() => void>()
  const done = () => {
    if (settled) return
    settled = true
    for (const listener of listeners) listener()
  }
  const load = () => {
    const loading = run()
    loading.then(done, done)
    return loading
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const snapshot = () => settled
  const useSettled = () => {
    const value = useSyncExternalStore(subscribe, snapshot, snapshot)
    useEffect(() => {
      if (!settled) void load().catch(() => undefined)
    }, [])
    return value
  }
  return { load, useSettled }
}
