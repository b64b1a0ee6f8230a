/**
 * What fills the main thread after a page's first paint: the busy stretches of a CPU profile taken
 * in Chromium at Lighthouse's 4× CPU slowdown, the ones over 50 ms (what TBT adds up), each with
 * the functions that spent the most time in it. A tool for finding long tasks, not a gate:
 *
 *   npx tsx scripts/bench/long-tasks.ts http://127.0.0.1:4396/races/1101/ [--top 8]
 *
 * Serve a build first (`npx tsx scripts/serve.ts --port 4396`); a build with `--minify false`
 * gives readable names.
 */
import { parseArgs } from 'node:util'
import { launchChromium } from './browser.ts'
import { LONG_TASKS } from './interactive.ts'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

interface LongTask {
  startTime: number
  duration: number
}

/**
 * Runs before the page's code (after LONG_TASKS): spins for 5 ms in a function the profile
 * names, at a known performance.now(), so that profile time and page time can be aligned.
 */
const MARKER = `(() => {
  window.__gpSyncAt = (function gpSyncMarker() {
    const at = performance.now()
    while (performance.now() - at < 5) {}
    return at
  })()
})()`

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)'])

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.split('/').pop() ?? ''
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
}

interface Sample {
  /** ms since the profile started */
  at: number
  ms: number
  node: ProfileNode
}

function samplesOf(profile: Profile): Sample[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const list: Sample[] = []
  let time = 0
  profile.samples.forEach((id, index) => {
    time += (profile.timeDeltas[index] ?? 0) / 1000
    const node = byId.get(id)
    if (node) list.push({ at: time, ms: (profile.timeDeltas[index + 1] ?? 0) / 1000, node })
  })
  return list
}

function parents(profile: Profile): Map<number, ProfileNode> {
  const map = new Map<number, ProfileNode>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) map.set(child, node)
  }
  return map
}

function add(map: Map<string, number>, key: string, ms: number) {
  map.set(key, (map.get(key) ?? 0) + ms)
}

function printTop(title: string, map: Map<string, number>, top: number) {
  console.log(`  ${title}`)
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
  for (const [name, ms] of rows) console.log(`    ${ms.toFixed(1).padStart(6)}  ${name}`)
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '8' }, rate: { type: 'string', default: '4' } },
  })
  const url = positionals[0]
  if (!url) throw new Error('usage: long-tasks.ts <url> [--top 8] [--rate 4]')
  const browser = await launchChromium()
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.addInitScript(LONG_TASKS)
  await page.addInitScript(MARKER)
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForTimeout(6000)
  const pageData = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __gpSyncAt: number }
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
    return { tasks: w.__longTasks, syncAt: w.__gpSyncAt, fcp }
  })
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  await browser.close()
  const samples = samplesOf(profile)
  const marker = samples.find((sample) => sample.node.callFrame.functionName === 'gpSyncMarker')
  if (!marker) throw new Error('the alignment marker is not in the profile')
  const offset = marker.at - pageData.syncAt
  const parentOf = parents(profile)
  let total = 0
  for (const task of pageData.tasks) {
    total += task.duration - 50
    const from = task.startTime + offset
    const to = from + task.duration
    const self = new Map<string, number>()
    const inclusive = new Map<string, number>()
    const components = new Map<string, number>()
    for (const sample of samples) {
      if (sample.at < from || sample.at >= to) continue
      if (
        IDLE.has(sample.node.callFrame.functionName) &&
        sample.node.callFrame.functionName !== '(garbage collector)'
      )
        continue
      add(self, frameName(sample.node), sample.ms)
      const seen = new Set<string>()
      for (let node: ProfileNode | undefined = sample.node; node; node = parentOf.get(node.id)) {
        const name = frameName(node)
        if (!seen.has(name) && node.callFrame.url.includes('/assets/')) {
          add(inclusive, name, sample.ms)
          if (/^[A-Z]/.test(node.callFrame.functionName)) add(components, name, sample.ms)
        }
        seen.add(name)
      }
    }
    console.log(`\n${task.duration.toFixed(0)} ms task at ${task.startTime.toFixed(0)} ms`)
    printTop('self', self, Number(values.top))
    printTop('inclusive (app code)', inclusive, Number(values.top))
    printTop('components (inclusive)', components, Number(values.top))
  }
  console.log(
    `\nlong tasks: ${pageData.tasks.length}, sum over 50 ms: ${total.toFixed(0)} ms (FCP ${pageData.fcp?.toFixed(0)} ms)`,
  )
}

await main()
