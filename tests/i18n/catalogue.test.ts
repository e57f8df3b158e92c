// @vitest-environment jsdom
// The catalogues are data with their own tests (as Dark Reader's config is): every language has
// every message with the same placeholders, counted messages have every plural form, and the
// extension pages' markup names only messages that exist and holds no words of its own.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { catalogueLanguages, readCatalogue, type CatalogueEntry } from '../helpers/catalogue';

const LANGUAGES = catalogueLanguages();
const ENGLISH = readCatalogue('en');
const PAGES = ['popup', 'options', 'collection'].map((name) => `entrypoints/${name}/index.html`);

/** The placeholders an entry declares and uses: `NAME=$1` each, sorted. */
function placeholderSignature(entry: CatalogueEntry): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort();
}

/** The `$NAME$` references in a message, lower-cased and sorted. */
function usedPlaceholders(message: string): string[] {
  return [
    ...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase())),
  ].sort();
}

test('there are exactly the two languages, English the default', () => {
  expect(LANGUAGES).toEqual(['en', 'uk']);
  expect(readFileSync('wxt.config.ts', 'utf8')).toMatch(/default_locale: 'en'/);
});

describe.each(LANGUAGES)('the %s catalogue', (language) => {
  const catalogue = readCatalogue(language);

  test('has every English message and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(ENGLISH).sort());
  });

  test.each(Object.keys(ENGLISH))('%s has the English placeholders and uses each', (key) => {
    const entry = catalogue[key];
    expect(entry?.message, `${language}: ${key} is missing`).toBeTruthy();
    expect(placeholderSignature(entry!)).toEqual(placeholderSignature(ENGLISH[key]!));
    const declared = Object.keys(entry!.placeholders ?? {}).map((name) => name.toLowerCase());
    expect(usedPlaceholders(entry!.message)).toEqual(declared.sort());
  });

  test('message names are ones Chrome accepts, unique without regard to case', () => {
    const names = Object.keys(catalogue);
    expect(names.filter((name) => !/^[A-Za-z0-9_]+$/.test(name))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });
});

test('a counted message has every plural form the code may ask for', () => {
  const bases = new Set(
    Object.keys(ENGLISH).flatMap((key) =>
      /_(one|few|many|other)$/.test(key) ? [key.replace(/_\w+$/, '')] : [],
    ),
  );
  expect(bases.size).toBeGreaterThan(0);
  for (const base of bases)
    for (const form of ['one', 'few', 'many', 'other'])
      expect(ENGLISH, `${base}_${form}`).toHaveProperty(`${base}_${form}`);
});

describe.each(PAGES)('%s', (path) => {
  const document = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');

  test('names only messages that exist', () => {
    const keys = [...document.querySelectorAll('[data-i18n], [data-i18n-aria-label]')].flatMap(
      (element) =>
        [element.getAttribute('data-i18n'), element.getAttribute('data-i18n-aria-label')].filter(
          (key): key is string => key !== null,
        ),
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !(key in ENGLISH))).toEqual([]);
  });

  test('holds no words of its own: no text, no literal aria-label, title or placeholder', () => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    const words: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (/\p{L}/u.test(node.textContent ?? '') && node.parentElement?.localName !== 'script')
        words.push(node.textContent!.trim());
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      words.push(element.outerHTML);
    expect(words).toEqual([]);
  });
});
