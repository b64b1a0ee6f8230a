/**
 * A validator message as code + params: the English template is the code (gettext's msgid),
 * `{0}`, `{1}`… its params. The CLI prints the English text; the page shows the template of the
 * reader's language (src/i18n/problem-messages.ts) with the same params.
 *
 * m`expected ${6} (${5} faster best_ms), got ${7}` →
 *   { template: "expected {0} ({1} faster best_ms), got {2}", params: [6, 5, 7], text: "expected 6 (5 faster best_ms), got 7" }
 */
export interface Message {
  template: string
  params: ReadonlyArray<string | number>
  text: string
}

export function m(strings: TemplateStringsArray, ...values: ReadonlyArray<unknown>): Message {
  const params = values.map((value) => (typeof value === 'number' ? value : String(value)))
  return {
    template: strings.reduce((whole, part, index) => `${whole}{${index - 1}}${part}`),
    params,
    text: strings.reduce((whole, part, index) => `${whole}${params[index - 1]}${part}`),
  }
}
