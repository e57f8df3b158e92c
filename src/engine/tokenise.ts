// Turns normalised text into the terms the index and the scorer compare: words folded, stemmed,
// with stop words and bare numbers left out (numbers are compared as values, not as words).
import { stemmer } from 'stemmer';
import { cyrillicLanguage, cyrillicTerm, type CyrillicLanguage } from './cyrillic';
import { normaliseText } from './normalise';

/** Common English function words; they carry no evidence of which claim a sentence states. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her ' +
    'hers him his how i if in into is it its itself me more most my of on once only or other our ' +
    'out over own said same says she should so some such than that the their them then there ' +
    'these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your also about after again against all am any ' +
    'because before below between both during each few further here just nor off s t now ' +
    'across among per via upon within without amid according told tell ' +
    // Negation is judged per clause in compare.ts; as a word it would only blur the match.
    'not never no nor neither'
  ).split(' '),
);

/** Number words are compared as values (see values.ts), never as words. */
const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred hundreds thousand thousands million millions billion billions dozen dozens'
  ).split(' '),
);

/** Stems whose surface forms news uses interchangeably for this topic, folded to one term. */
const SYNONYMS: Record<string, string> = {
  pact: 'treati',
  accord: 'treati',
  convent: 'treati',
  quit: 'withdraw',
  exit: 'withdraw',
  leav: 'withdraw',
  pull: 'withdraw',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  withdraw: 'withdraw',
  mine: 'landmin',
  ratif: 'ratifi',
  signatori: 'signatori',
  landmin: 'landmin',
  // A treaty "in effect" is one "in force"; a withdrawal "takes effect" as it "enters into force".
  effect: 'forc',
  // A country's adjective names the country ("the Finnish government" is Finland's).
  finnish: 'finland',
  polish: 'poland',
  ukrainian: 'ukrain',
  lithuanian: 'lithuania',
  latvian: 'latvia',
  estonian: 'estonia',
  russian: 'russia',
};

export interface Token {
  /** The folded word as written (before stemming), used for fuzzy repair of misspellings. */
  word: string;
  /** The term compared by the index. */
  term: string;
}

const WORD = /[a-z][a-z0-9']*|[\u0400-\u04ff][\u0400-\u04ff']*|\d+(?:[.,]\d+)*/g;
const CYRILLIC_START = /^[\u0400-\u04ff]/;

/**
 * Folds a word to its index term, or null for stop words and bare numbers. A Cyrillic word is
 * stemmed as Ukrainian or Russian by its own letters, else by its text's (`language`).
 */
export function termOf(word: string, language: CyrillicLanguage = 'uk'): string | null {
  if (CYRILLIC_START.test(word)) return cyrillicTerm(word, language);
  const bare = word.replace(/'s?$/, '').replace(/'/g, '');
  if (!bare || STOP_WORDS.has(bare) || NUMBER_WORDS.has(bare) || /^\d/.test(bare)) return null;
  const stem = stemmer(bare);
  return SYNONYMS[stem] ?? stem;
}

/** Links carry no words a claim states; removed before anything else so their paths do not split. */
const LINK = /https?:\/\/\S+|pic\.twitter\.com\/\S+|\bwww\.\S+/g;
/** A hashtag or handle: its mark and its run of letters, digits and underscores. */
const TAG = /[#@]([\p{L}\p{N}_]+)/gu;

/**
 * The words a hashtag or handle joins: "#StateOfTheUnion" -> "State Of The Union", "@realDonaldTrump" ->
 * "real Donald Trump", "@norma_knudsen" -> "norma knudsen". Case is still there to split on, so this
 * runs before folding. Joined lower-case tags ("#cornflakes") stay whole; match.ts splits those.
 */
export function splitTag(tag: string): string {
  return tag
    .replace(/_+/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4');
}

/** Tokens of `text` in order; hashtags and handles become their words, URLs are dropped. */
export function tokenise(text: string): Token[] {
  const cleaned = normaliseText(
    text.replace(LINK, ' ').replace(TAG, (_, tag: string) => ` ${splitTag(tag)} `),
  );
  const tokens: Token[] = [];
  const language = cyrillicLanguage(cleaned, 'uk');
  for (const match of cleaned.matchAll(WORD)) {
    const term = termOf(match[0], language);
    if (term) tokens.push({ word: match[0], term });
  }
  return tokens;
}

/** Just the terms, in order. */
export function termsOf(text: string): string[] {
  return tokenise(text).map((token) => token.term);
}
