/**
 * Runs `task` once the browser has painted what React just committed: a frame callback, then a
 * task after that frame. For work that must not delay the first table (the other tabs' code, the
 * validator's checks): React runs the effects of a data update before the paint, so a plain
 * effect would. Returns the cancel function an effect cleans up with.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    if (timer !== undefined) clearTimeout(timer)
  }
}
