/**
 * Resolves in a new task of the browser's event loop (after input, paint and other tasks), so
 * that work split around it never makes one long task. `scheduler.yield()` where the browser has
 * it (it keeps the page's priority), else a message (setTimeout's 4 ms clamp does not apply).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      // An open port keeps Node's event loop alive (the prerender step would never exit).
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
