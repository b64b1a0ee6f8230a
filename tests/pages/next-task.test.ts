import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { nextTask } from '../../src/pages/next-task.ts'

const run = promisify(execFile)

describe('nextTask', () => {
  it('resolves after the tasks already queued', async () => {
    const order: string[] = []
    setTimeout(() => order.push('timer'), 0)
    await new Promise((done) => setTimeout(done, 0))
    const next = nextTask().then(() => order.push('next'))
    order.push('sync')
    await next
    expect(order).toEqual(['timer', 'sync', 'next'])
  })

  it('lets Node exit: the prerender step awaits it (an open message port hung it)', async () => {
    const script =
      "const { nextTask } = await import('./src/pages/next-task.ts'); await nextTask(); await nextTask()"
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `${script}; console.log('done')`],
      { timeout: 20_000 },
    )
    expect(stdout.trim()).toBe('done')
  }, 30_000)
})
