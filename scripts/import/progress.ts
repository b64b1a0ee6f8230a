/** What the progress line writes to: process.stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean | undefined
  write(text: string): unknown
}

/**
 * The importer's progress: on a terminal one line rewritten after each season ("1984 · 412 /
 * 1172 races"); elsewhere (CI logs) one line per decade, so a log stays short and readable.
 */
export function progressReporter(stream: ProgressStream) {
  let lastDecade: number | null = null
  let rewriting = false
  return {
    update(done: number, total: number, year: number): void {
      const line = `${year} · ${done} / ${total} races`
      if (stream.isTTY) {
        stream.write(`\r${line}\u001b[K`)
        rewriting = true
        return
      }
      const decade = Math.floor(year / 10)
      if (decade === lastDecade) return
      lastDecade = decade
      stream.write(`${line}\n`)
    },
    end(): void {
      if (rewriting) stream.write('\n')
    },
  }
}
