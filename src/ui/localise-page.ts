// Fills an extension page's fixed words from the catalogue: its markup carries message keys, not
// text, so the catalogue is the one place each word lives.
import { t, type MessageKey } from '../i18n';

/** `data-i18n` names the message for an element's text; the others, for one attribute each. */
const ATTRIBUTES = { 'data-i18n-aria-label': 'aria-label' } as const;

/**
 * Sets every `[data-i18n]` element's text (the document's `<title>` included), every
 * `[data-i18n-aria-label]` element's `aria-label`, and `<html lang>` to the catalogue's language.
 */
export function localisePage(doc: Document): void {
  doc.documentElement.lang = t('languageTag');
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n as MessageKey);
  for (const [source, target] of Object.entries(ATTRIBUTES))
    for (const element of doc.querySelectorAll(`[${source}]`))
      element.setAttribute(target, t(element.getAttribute(source) as MessageKey));
}
