import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useRef } from 'react'

export interface TabItem {
  id: string
  label: string
  /** Marked in the label, e.g. "calculé localement". */
  note?: string | undefined
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
  // the last tab must show it selected), without moving the page.
  useEffect(() => {
    const strip = list.current
    const tab = strip?.querySelector<HTMLElement>(`[data-tab="${CSS.escape(selected)}"]`)
    if (!strip || !tab) return
    const left = tab.offsetLeft - strip.offsetLeft
    if (left < strip.scrollLeft || left + tab.offsetWidth > strip.scrollLeft + strip.clientWidth) {
      strip.scrollLeft = left - (strip.clientWidth - tab.offsetWidth) / 2
    }
  }, [selected])
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
        {tabs.map((tab) => {
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
      <div className="tabpanel" role="tabpanel" id="tabpanel" aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </>
  )
}
