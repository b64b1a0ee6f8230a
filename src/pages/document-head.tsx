import { useEffect } from 'react'
import type { PageHead } from './page-head.ts'

/**
 * Sets the page's <title> and meta description once rendered, from the same PageHead the
 * prerender writes into the HTML (page-head.ts): a page switched to English by `?lang=en`, or
 * opened by a link in the app, gets its own title. Outside React's root, so never a mismatch.
 */
export function DocumentHead({ head }: { head: PageHead }) {
  const { title, description } = head
  useEffect(() => {
    document.title = title
    document.querySelector('meta[name="description"]')?.setAttribute('content', description)
  }, [title, description])
  return null
}
