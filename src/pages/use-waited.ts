import { useEffect, useState } from 'react'

/**
 * Whether `ms` have passed since `started` turned true (false on the server and while hydrating:
 * the timer is an effect). A page waiting for optional parts uses it as its limit: a file that
 * never answers must not hold the rest of the page.
 */
export function useWaited(started: boolean, ms: number): boolean {
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    if (!started) return
    const timer = setTimeout(() => setWaited(true), ms)
    return () => clearTimeout(timer)
  }, [started, ms])
  return waited
}
