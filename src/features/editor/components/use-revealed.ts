import { useEffect, useState } from 'react'

/**
 * How many of `total` items to show: `step` at first, then `step` more per task until all are,
 * so a list of 1,100 races is drawn in slices that never hold the main thread (drawn at once,
 * it held it for more than a second).
 */
export function useRevealed(total: number, step: number): number {
  const [count, setCount] = useState(step)
  useEffect(() => {
    if (count >= total) return
    const next = setTimeout(() => setCount(count + step), 0)
    return () => clearTimeout(next)
  }, [count, total, step])
  return Math.min(count, total)
}
