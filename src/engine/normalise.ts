// Folds the ways news spells the same thing (quotes, dashes, diacritics, transliterations, number
// words) into one form, so matching and value extraction compare like with like.

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};
const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTE_CHARS = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Spelling variants news uses for the same name or term, folded to one form (whole words only). */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bzelensk(?:yy|iy|yi|ij|i)\b/g, 'zelensky'],
  [/\bkiev\b/g, 'kyiv'],
  [/\bkharkov\b/g, 'kharkiv'],
  [/\bodessa\b/g, 'odesa'],
  [/\bzaporozh(?:ye|ie|zhia)\b/g, 'zaporizhzhia'],
  [/\bdonetsk\b/g, 'donetsk'],
  [/\banti[- ]?personnel\b/g, 'antipersonnel'],
  [/\bland[- ]mines?\b/g, 'landmine'],
  [/\blandmines\b/g, 'landmine'],
  [/\bu\.\s?s\.(?:\s?a\.)?/g, 'usa '],
  [/\bunited states(?: of america)?\b/g, 'usa'],
  [/\bamerica\b/g, 'usa'],
  [/\bu\.\s?n\./g, 'unitednations '],
  [/\bunited nations\b/g, 'unitednations'],
  [/\bper ?cent\b/g, 'percent'],
  [/\bmine[- ]ban\b/g, 'mineban'],
];

/**
 * Cyrillic letters NFKD would split into a base letter and a mark: й and ї are letters of their own
 * in Ukrainian (stripping the mark makes "мій" "мии"), so they are set aside and put back; ё is
 * written as е in most Russian text, so it folds to е.
 */
const KEPT_LETTERS: Record<string, string> = { й: '\uE000', Й: '\uE001', ї: '\uE002', Ї: '\uE003' };
const RESTORED: Record<string, string> = {
  '\uE000': 'й',
  '\uE001': 'й',
  '\uE002': 'ї',
  '\uE003': 'ї',
};
/** The apostrophe inside Ukrainian words has several code points (ʼ, ’, `); one form is kept. */
const CYRILLIC_APOSTROPHE = /(?<=[\u0400-\u04ff])[\u02bc\u2019`'](?=[\u0400-\u04ff])/g;

/** Case-, quote-, dash- and accent-folded text; length may change, so never use it for offsets. */
export function foldText(text: string): string {
  return text
    .replace(/[йЙїЇ]/g, (ch) => KEPT_LETTERS[ch] ?? ch)
    .replace(/[ёЁ]/g, (ch) => (ch === 'ё' ? 'е' : 'Е'))
    .replace(CYRILLIC_APOSTROPHE, "'")
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/[\uE000-\uE003]/g, (ch) => RESTORED[ch] ?? ch)
    .replace(QUOTE_CHARS, (ch) => QUOTES[ch] ?? ch)
    .replace(DASHES, '-')
    .toLowerCase();
}

/** Folded text with spelling variants unified; the form matching and detection work on. */
export function normaliseText(text: string): string {
  let folded = foldText(text);
  for (const [pattern, replacement] of VARIANTS) folded = folded.replace(pattern, replacement);
  return folded;
}
