/**
 * @vitest-environment happy-dom
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeQueryClient, prefetchFirstView } from '../../src/app.tsx'
import { afterPaint } from '../../src/pages/after-paint.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

/** A fetch that never answers, recording what was asked. */
function stubFetch(): string[] {
  const asked: string[] = []
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url)
    return new Promise(() => undefined)
  })
  return asked
}

describe('prefetchFirstView', () => {
  it("requests every file of a race page's first view before React renders", () => {
    const asked = stubFetch()
    prefetchFirstView(makeQueryClient(), new URLSearchParams('race=1101&tab=RACE'))
    expect(asked.sort()).toEqual(
      [
        '/lookups/drivers.min.json',
        '/lookups/participants.json',
        // The weekend header above the table reads it: the page waits for it (no layout shift).
        '/races/1101/laps.json',
        '/races/1101/perftime.json',
        '/races/1101/resume.json',
        '/races/1101/sessions.json',
        '/races/index.json',
      ].sort(),
    )
  })

  it("requests nothing for an editor's folder, a league or the index", () => {
    const asked = stubFetch()
    for (const search of ['race=1101&local=1', 'league=gt-masters&race=1', '', 'season=2023']) {
      prefetchFirstView(makeQueryClient(), new URLSearchParams(search))
    }
    expect(asked).toEqual([])
  })

  it('requests nothing for an id that names no file', () => {
    const asked = stubFetch()
    prefetchFirstView(makeQueryClient(), new URLSearchParams('race=../secrets'))
    // The lookups are shared files; the race's own files are never asked for.
    expect(asked.filter((url) => url.includes('secrets'))).toEqual([])
  })
})

describe('afterPaint', () => {
  it('runs the task after the next frame, not before; cancelled, never', async () => {
    const order: string[] = []
    afterPaint(() => order.push('task'))
    const cancel = afterPaint(() => order.push('cancelled task'))
    cancel()
    order.push('sync')
    await new Promise((done) => requestAnimationFrame(() => done(undefined)))
    order.push('frame')
    await new Promise((done) => setTimeout(done, 20))
    expect(order).toEqual(['sync', 'frame', 'task'])
  })
})
