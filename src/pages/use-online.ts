import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

/**
 * Whether the browser says it is online, and a retry that checks again. Offline, TanStack Query
 * pauses requests and resumes them by itself when the network is back; the retry also re-runs
 * requests that failed (a file named by a problem box) once the network answers again.
 */
export function useOnline(): { online: boolean; retry: () => void } {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )
  const client = useQueryClient()
  const retry = useCallback(() => {
    onlineManager.setOnline(navigator.onLine)
    void client.refetchQueries({
      type: 'active',
      predicate: (query) => query.state.status === 'error' || query.state.fetchStatus === 'paused',
    })
  }, [client])
  return { online, retry }
}
