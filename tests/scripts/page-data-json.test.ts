import { describe, expect, it } from 'vitest'
import { pageDataJson, pageDataJsonWith, scriptJson } from '../../scripts/prerender/page-html.ts'

/**
 * The prerender step serialises a race's state once and reuses it for each tab
 * (pageDataJsonWith): the text must be the one pageDataJson writes, escapes included.
 */
describe('the data block serialised once per race', () => {
  const state = {
    queries: [
      { queryKey: ['race', 'published', '1101'], state: { data: { name: '</script><b>x' } } },
      { queryKey: ['lookups'], state: { data: { note: 'line\u2028sep\u2029aration', n: 1.5 } } },
    ],
  }

  it('is byte-identical to the per-page serialisation', () => {
    for (const href of ['/races/1101/', '/races/1101/grid/', '/seasons/2023/?x="<y>"']) {
      expect(pageDataJsonWith(href, scriptJson(state))).toBe(pageDataJson(href, state))
    }
  })

  it('cannot close its script block and parses back to the data', () => {
    const text = pageDataJson('/races/1101/', state)
    expect(text).not.toContain('</script')
    expect(text).not.toMatch(/[\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual({ href: '/races/1101/', state })
  })
})
