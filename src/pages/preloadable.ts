import { type ComponentType, createElement, lazy } from 'react'

/**
 * React.lazy that can be loaded ahead: once `preload()` has resolved, the component renders
 * directly, without suspending. A prerendered view preloads what it shows, on the server and in
 * the browser before hydrateRoot, so both render the same tree (a boundary that suspends on the
 * server would be rendered again in the browser, with an error). Code stays in its own chunk. A
 * failed import (offline, a new deploy) is tried again on the next render, where React.lazy alone
 * would keep the failure until a reload.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let resolved: ComponentType<P> | null = null
  // Loaded once: the component keeps its identity (a new one would remount the panel).
  const preload = (): Promise<ComponentType<P>> =>
    resolved
      ? Promise.resolve(resolved)
      : load().then((component) => {
          resolved ??= component
          return resolved
        })
  const create = () =>
    lazy(() =>
      preload().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = create()
          throw error
        },
      ),
    )
  let current = create()
  const View = (props: P) => createElement(resolved ?? current, props)
  return Object.assign(View, { preload, prefetch: () => preload().catch(() => undefined) })
}
