// The interface's words, in the browser's language: one catalogue per language under
// public/_locales/ (Chrome's messages.json format, which Firefox reads too), read through
// browser.i18n so the manifest, every extension page, the background and the content script agree.
import { browser } from 'wxt/browser';
import type catalogue from '../public/_locales/en/messages.json';

/** A message's name; the English catalogue is the reference, so a missing key is a type error. */
export type MessageKey = keyof typeof catalogue;

/** The plural forms every counted message has in every catalogue (Intl.PluralRules categories). */
const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;
type PluralForm = (typeof PLURAL_FORMS)[number];

/** `notes` when the catalogue has `notes_one`, `notes_few`, `notes_many` and `notes_other`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_${PluralForm}` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/**
 * The message `key` in the browser's language (English when the catalogue lacks that language),
 * with `substitutions` in its placeholders in order. Never empty: a key the browser does not know
 * (a stale build) comes back as itself, so the gap is visible rather than a blank button.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/**
 * The counted message `key` for `count` in the catalogue's own plural rules (Ukrainian has four
 * forms, English two); `count` is the first substitution, `substitutions` follow it.
 */
export function tCount(
  key: PluralKey,
  count: number,
  ...substitutions: (string | number)[]
): string {
  const form = new Intl.PluralRules(t('languageTag')).select(count) as PluralForm;
  const known: PluralForm = PLURAL_FORMS.includes(form) ? form : 'other';
  return t(`${key}_${known}`, count, ...substitutions);
}
