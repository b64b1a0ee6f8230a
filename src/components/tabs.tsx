import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useRef } from 'react'
import '../styles/tab-groups.css'

export interface TabItem {
  id: string
  label: string
  /** Marked in the label, e.g. "calculé localement". */
  note?: string | undefined
  /** The part of the weekend it belongs to ("Essais", "Analyse"): consecutive tabs share a heading. */
  group?: string | undefined
  /** Drawn invisible, its place held: a tab that joins once the page is live moves nothing. */
  reserved?: boolean | undefined
}

interface TabsProps {
  label: string
  tabs: TabItem[]
  selected: string
  onSelect: (id: string) => void
  /** Each tab's own URL: tabs are real links (shareable, and they work before any script). */
  hrefOf: (id: string) => string
  children: ReactNode
}

/**
 * ARIA tabs: a tablist of links (a plain click selects in place), arrow keys / Home / End move between them and select
 * (automatic activation), one tabpanel labelled by the selected tab.
 */
export function Tabs({ label, tabs, selected, onSelect, hrefOf, children }: TabsProps) {
  const list = useRef<HTMLDivElement>(null)
  // On a phone the tab strip scrolls sideways: keep the selected tab in view (a shared link to
  // the last tab must show it selected), without moving the page. An effect: the render is pure.
  // Again when tabs join (the lap chart's, once laps.json answers) and push it aside.
  const order = tabs.map((tab) => tab.id).join(' ')
  // In a task of its own: not among the effects React runs right after hydrating.
  useEffect(() => {
    let stop: (() => void) | undefined
    const timer = setTimeout(() => {
      const strip = list.current
      const tab = strip?.querySelector<HTMLElement>(`[data-tab="${CSS.escape(selected)}"]`)
      if (strip && tab && order) stop = revealInStrip(strip, tab)
    }, 0)
    return () => {
      clearTimeout(timer)
      stop?.()
    }
  }, [selected, order])
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    onSelect(id)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected)
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    const next = tabs[(target + tabs.length) % tabs.length]
    if (!next) return
    onSelect(next.id)
    list.current?.querySelector<HTMLElement>(`[data-tab="${CSS.escape(next.id)}"]`)?.focus()
  }
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {runsOf(tabs).map((run) => (
          // The heading is for the eye: every tab's name already says its part of the weekend,
          // and a tablist owns tabs only.
          <div className="tab-group" key={run[0]?.id}>
            {run[0]?.group && (
              <span className="tab-group-label" aria-hidden="true">
                {run[0].group}
              </span>
            )}
            <div className="tab-group-tabs">
              {run.map((tab) => {
                if (tab.reserved) {
                  return (
                    <span key={tab.id} className="tab-reserved" aria-hidden="true">
                      {tab.label}
                    </span>
                  )
                }
                const active = tab.id === selected
                return (
                  <a
                    key={tab.id}
                    href={hrefOf(tab.id)}
                    role="tab"
                    id={`tab-${tab.id}`}
                    data-tab={tab.id}
                    aria-selected={active}
                    aria-controls="tabpanel"
                    tabIndex={active ? 0 : -1}
                    onClick={(event) => onClick(event, tab.id)}
                  >
                    {tab.label}
                    {tab.note && <span className="tab-note"> ({tab.note})</span>}
                  </a>
                )
              })}
            </div>
          </div>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id="tabpanel" aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </>
  )
}

/** Consecutive tabs of one group: [EL1, EL2] [Q1, Q2] [RACE]; tabs without a group form one run. */
function runsOf(tabs: readonly TabItem[]): TabItem[][] {
  const runs: TabItem[][] = []
  for (const tab of tabs) {
    const run = runs.at(-1)
    if (run && run[0]?.group === tab.group) run.push(tab)
    else runs.push([tab])
  }
  return runs
}

/**
 * Scrolls the strip sideways (never the page) so that the tab is fully in view, centred. The
 * geometry comes from an IntersectionObserver, computed with the next frame's layout: reading it
 * right after hydration forced a layout of the whole page inside React's task (57 ms at 4× CPU).
 * Returns the clean-up.
 */
function revealInStrip(strip: HTMLElement, tab: HTMLElement): () => void {
  const observer = new IntersectionObserver(
    ([entry]) => {
      observer.disconnect()
      const box = entry?.rootBounds
      if (!entry || !box || entry.intersectionRatio >= 1) return
      const rect = entry.boundingClientRect
      const left = rect.left - box.left + strip.scrollLeft
      strip.scrollLeft = left - (box.width - rect.width) / 2
    },
    { root: strip, threshold: 1 },
  )
  observer.observe(tab)
  return () => observer.disconnect()
}
