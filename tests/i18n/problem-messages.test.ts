import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { frenchTemplates, problemWords } from '../../src/i18n/problem-messages.ts'
import { m } from '../../src/loaders/validate/message.ts'
import { ProblemLog } from '../../src/loaders/validate/problem.ts'

const VALIDATE = 'src/loaders/validate'

/** Every m`…` template of the validator's source, as message.ts makes its code ({0}, {1}…). */
function sourceTemplates(): string[] {
  const templates: string[] = []
  for (const name of readdirSync(VALIDATE)) {
    const text = readFileSync(join(VALIDATE, name), 'utf8')
    for (const match of text.matchAll(/\bm`((?:[^`\\]|\\.)*)`/g)) {
      let index = 0
      let depth = 0
      let out = ''
      const body = match[1] ?? ''
      for (let i = 0; i < body.length; i += 1) {
        if (depth === 0 && body[i] === '$' && body[i + 1] === '{') {
          depth = 1
          i += 1
          continue
        }
        if (depth > 0) {
          if (body[i] === '{') depth += 1
          if (body[i] === '}') depth -= 1
          if (depth === 0) out += `{${index++}}`
          continue
        }
        out += body[i]
      }
      templates.push(out)
    }
  }
  return templates
}

describe('the validator in French', () => {
  it('has a French template for every message template of the validator', () => {
    const templates = sourceTemplates()
    expect(templates.length).toBeGreaterThan(50)
    const french = frenchTemplates()
    expect(templates.filter((template) => !french.has(template))).toEqual([])
  })

  it('fills the params into the template of the reader’s language; the CLI keeps English', () => {
    const log = new ProblemLog()
    const file = log.forFile('races/1101/perftime.json')
    file.error('best_times[3].rank', m`expected ${6} (${5} faster best_ms), got ${7}`)
    const [problem] = log.problems
    expect(problem?.message).toBe('expected 6 (5 faster best_ms), got 7')
    expect(problemWords(problem ?? { message: '' }, 'fr')).toEqual({
      text: 'attendu 6 (5 best_ms plus rapides), trouvé 7',
      known: true,
    })
    expect(problemWords(problem ?? { message: '' }, 'en').text).toBe(problem?.message)
  })

  it('keeps a message it has no template for in English, and says so', () => {
    expect(problemWords({ message: 'something new' }, 'fr')).toEqual({
      text: 'something new',
      known: false,
    })
  })
})

describe('shape problems in French', () => {
  it('says the expected type and the value found in French words', () => {
    const problem = {
      message: 'expected a whole number of milliseconds or null, got "1:22.4"',
      template: 'expected {0}, got {1}',
      params: ['a whole number of milliseconds or null', '"1:22.4"'],
    }
    expect(problemWords(problem, 'fr').text).toBe(
      'attendu un nombre entier de millisecondes ou null, trouvé "1:22.4"',
    )
    expect(
      problemWords({ ...problem, params: ['text', 'nothing (the field is missing)'] }, 'fr').text,
    ).toBe('attendu du texte, trouvé rien (le champ manque)')
  })
})
