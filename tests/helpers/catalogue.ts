// The message catalogues read from public/_locales/ in Node, and browser.i18n.getMessage's
// substitution rules, so unit tests see the same words as the browser without one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

// A path, not a URL: jsdom test files have their own URL class, which node:fs refuses.
const LOCALES = join(__dirname, '../../public/_locales');

/** The languages that have a catalogue ("en", "uk"). */
export function catalogueLanguages(): string[] {
  return readdirSync(LOCALES).sort();
}

/** One language's catalogue as parsed JSON. */
export function readCatalogue(language: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8'));
}

/**
 * What getMessage returns: `$NAME$` becomes its placeholder's content, where `$1`…`$9` are the
 * substitutions; `$$` is a dollar sign. Throws on an unknown key, unlike the browser, so a test
 * names the gap.
 */
export function formatMessage(
  catalogue: Catalogue,
  key: string,
  substitutions: readonly string[] = [],
): string {
  // Chrome's message names are case-insensitive.
  const entry = Object.entries(catalogue).find(
    ([name]) => name.toLowerCase() === key.toLowerCase(),
  );
  if (!entry) throw new Error(`no message "${key}" in the catalogue`);
  const [, { message, placeholders = {} }] = entry;
  const named = new Map(Object.entries(placeholders).map(([n, p]) => [n.toLowerCase(), p.content]));
  const fill = (text: string) =>
    text.replace(/\$(\d)/g, (_, i: string) => substitutions[Number(i) - 1] ?? '');
  return message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = named.get(name.toLowerCase());
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}

/** Points the fake browser's i18n at `language`'s catalogue (the setup file starts with English). */
export function useLanguage(language: string): void {
  const catalogue = readCatalogue(language);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    formatMessage(
      catalogue,
      key,
      substitutions === undefined ? [] : ([] as string[]).concat(substitutions),
    )) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => language;
}
