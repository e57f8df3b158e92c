// Which countries a text names, whatever form it uses (Finland, Finnish, Helsinki): claims about
// one country must not be matched to sentences about another, and country lists are claim values.
import { foldText } from './normalise';

/** Country names and the adjectives news uses for them, folded to one key. */
const COUNTRY_FORMS: Record<string, string> = {
  ukraine: 'ukraine',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  kyiv: 'ukraine',
  kiev: 'ukraine',
  russia: 'russia',
  russian: 'russia',
  russians: 'russia',
  moscow: 'russia',
  kremlin: 'russia',
  poland: 'poland',
  polish: 'poland',
  warsaw: 'poland',
  finland: 'finland',
  finnish: 'finland',
  helsinki: 'finland',
  estonia: 'estonia',
  estonian: 'estonia',
  tallinn: 'estonia',
  latvia: 'latvia',
  latvian: 'latvia',
  riga: 'latvia',
  lithuania: 'lithuania',
  lithuanian: 'lithuania',
  vilnius: 'lithuania',
  usa: 'usa',
  american: 'usa',
  washington: 'usa',
  us: 'usa',
  china: 'china',
  chinese: 'china',
  india: 'india',
  indian: 'india',
  pakistan: 'pakistan',
  belarus: 'belarus',
  'marshall islands': 'marshall-islands',
  tonga: 'tonga',
  canada: 'canada',
  canadian: 'canada',
  norway: 'norway',
  germany: 'germany',
  german: 'germany',
  france: 'france',
  french: 'france',
  britain: 'uk',
  british: 'uk',
  'united kingdom': 'uk',
  'united states': 'usa',
};
const COUNTRY_PATTERN = new RegExp(
  `\\b(?:${Object.keys(COUNTRY_FORMS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

/** One mention of a country in folded text: a name, adjective or capital, or "the Baltic states". */
export const COUNTRY_MENTION = new RegExp(
  `${COUNTRY_PATTERN.source}|\\bbaltic(?:s| states| countries| nations| trio)?\\b`,
  'g',
);

/** The countries a text names, as keys ("Finnish" and "Helsinki" both give finland). */
export function countriesIn(text: string): Set<string> {
  const folded = foldText(text)
    .replace(/\bu\.\s?s\.(?:\s?a\.)?/g, 'usa')
    .replace(/\bunited states(?: of america)?\b/g, 'usa');
  // "us" is a pronoun far more often than a country once lower-cased; only the dotted or
  // capitalised form names the country.
  const keys = new Set<string>();
  for (const match of folded.matchAll(COUNTRY_PATTERN)) {
    if (match[0] === 'us' && text.slice(match.index, match.index + 2) !== 'US') continue;
    const key = COUNTRY_FORMS[match[0]];
    if (key) keys.add(key);
  }
  // "The Baltic states" names all three.
  if (/\bbaltic(?:s| states| countries| trio)?\b/.test(folded))
    for (const key of ['estonia', 'latvia', 'lithuania']) keys.add(key);
  return keys;
}
