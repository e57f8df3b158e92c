// Reads a sentence once into the record every later step uses: folded text, typed values (read on
// first use), the countries it names, and the text retrieval should see. Retrieval, reranking and
// comparison take this record instead of re-reading the sentence each.
import { countriesIn } from './countries';
import { readValues, type SentenceValues } from './values';

export interface AnalysedSentence extends SentenceValues {
  /**
   * What retrieval matches on: the convention's formal title shortened to its common name, and
   * relative clauses that only describe the treaty ("…, which bans the use of anti-personnel
   * mines") removed, so a sentence about Latvia's exit is not taken for the claim about the ban.
   */
  retrievalText: string;
  countries: Set<string>;
}

/**
 * The convention's formal title, as outlets write it: "Convention on the Prohibition of the Use,
 * Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction", with or
 * without commas, "Land Mines", "and on Their Destruction" or a trailing "of 18 September 1997".
 */
const FORMAL_TITLE =
  /\bconvention on the prohibition of the (?:use|production)[\w\s,]*?(?:anti[- ]?personnel|antipersonnel) (?:land ?)?mines(?: and on (?:their|its) destruction)?/gi;

/**
 * A clause that only says what the treaty bans: ", which prohibits the use, storage and production
 * of landmines", "the convention banning anti-personnel mines" — up to the weapons it names, or
 * else to the next comma.
 */
const DESCRIBING_CLAUSE =
  /,?\s*(?:(?:which|that)\s+(?:bans|banned|prohibits|prohibited|outlaws|outlawed|forbids)|(?<=(?:convention|treaty|agreement)\s)(?:banning|prohibiting|outlawing))\b(?:[^;.]*?\b(?:mines|landmines|weapons)\b|[^,;]*)[,;]?/gi;

/**
 * The same in Ukrainian and Russian: ", яка забороняє застосування … мін", ", согласно которой
 * запрещается применение … мин", "— международного договора …, который запрещает …".
 */
const CYRILLIC_DESCRIBING_CLAUSE =
  /[,—–-]?\s*(?:(?:яка|який|що|котра|которая|который|которой|согласно которой|відповідно до якої)\s+(?:забороня\p{L}*|запреща\p{L}*)|(?:що|яка|которая|который)\s+передбача\p{L}*\s+заборон\p{L}*)[^;.]*?(?:мін\p{L}*|мин\p{L}*|зброї|оружия)(?![\p{L}])[,;]?/giu;

export function retrievalTextOf(text: string): string {
  return text
    .replace(FORMAL_TITLE, 'Ottawa Convention')
    .replace(DESCRIBING_CLAUSE, ' ')
    .replace(CYRILLIC_DESCRIBING_CLAUSE, ' ');
}

/**
 * A release's dateline ("Geneva, 25 July 2025 – …", "KYIV, July 15 (Reuters) - …"): when and where
 * it was written, not a value of what it reports, so values are read from the text after it.
 */
const DATELINE =
  /^[\p{Lu}][\p{L}.'’ -]{1,40},\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:\s+\([^)]{1,40}\))?\s*[–—-]\s+/u;

export function analyseSentence(text: string): AnalysedSentence {
  const dateline = DATELINE.exec(text)?.[0] ?? '';
  return {
    ...readValues(text.slice(dateline.length)),
    retrievalText: retrievalTextOf(text),
    countries: countriesIn(text),
  };
}
