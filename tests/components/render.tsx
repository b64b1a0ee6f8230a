import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nProvider } from '../../src/i18n/i18n.tsx'
import type { Lang } from '../../src/i18n/messages.ts'

/** Renders inside the i18n provider (French by default, like the app). */
export function renderWithI18n(ui: ReactElement, lang: Lang = 'fr') {
  return render(<I18nProvider lang={lang}>{ui}</I18nProvider>)
}
