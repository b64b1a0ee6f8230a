import type { ComponentType, ReactNode } from 'react'

/**
 * Components do not know the router (pages own the URL): a component that links takes the
 * page's Link as a prop, with this shape.
 */
export type LinkComponent = ComponentType<{
  to: Record<string, string | null>
  children: ReactNode
  className?: string
}>
