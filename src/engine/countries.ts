// Which countries a text names, whatever form it uses (Finland, Finnish, Helsinki): claims about
// one country must not be matched to sentences about another, and country lists are claim values.
// Every country's English names come from i18n-iso-countries (ISO 3166, maintained); the forms it
// lacks (adjectives, capitals, the short names news uses: "Syria", "Burma") are listed here.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import russian from 'i18n-iso-countries/langs/ru.json';
import ukrainian from 'i18n-iso-countries/langs/uk.json';
import { foldText } from './normalise';

/** Hand-written forms: adjectives, capitals and short names, folded to one key. */
const HAND_FORMS: Record<string, string> = {
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
  syria: 'syria',
  syrian: 'syria',
  'syrian arab republic': 'syria',
  burma: 'myanmar',
  afghan: 'afghanistan',
  iranian: 'iran',
  israeli: 'israel',
  'north korea': 'north-korea',
  'north korean': 'north-korea',
  pyongyang: 'north-korea',
  'south korea': 'south-korea',
  'south korean': 'south-korea',
  seoul: 'south-korea',
  palestine: 'palestine',
  colombian: 'colombia',
  yemeni: 'yemen',
  cambodian: 'cambodia',
  swiss: 'switzerland',
  austrian: 'austria',
  belgian: 'belgium',
  norwegian: 'norway',
  japanese: 'japan',
};

/**
 * Names a reader would take for something else once lower-cased ("turkey", "chad", "jordan",
 * "georgia" the US state): a sentence about them names the country by another form or not at all.
 */
const AMBIGUOUS = new Set([
  'turkey',
  'chad',
  'jordan',
  'georgia',
  'guinea',
  'niger',
  'mali',
  'oman',
  'peru',
  'cuba',
  'iran',
]);

/**
 * Ukrainian and Russian forms the ISO names do not give: adjectives and capitals, as stems
 * ("польськ" for "польський уряд"), with the key they name.
 */
const CYRILLIC_HAND_FORMS: Record<string, string> = {
  українськ: 'ukraine',
  украинск: 'ukraine',
  київ: 'ukraine',
  киев: 'ukraine',
  російськ: 'russia',
  российск: 'russia',
  москв: 'russia',
  кремл: 'russia',
  польськ: 'poland',
  польск: 'poland',
  варшав: 'poland',
  фінськ: 'finland',
  финск: 'finland',
  гельсінк: 'finland',
  хельсинк: 'finland',
  литовськ: 'lithuania',
  литовск: 'lithuania',
  вільнюс: 'lithuania',
  вильнюс: 'lithuania',
  латвійськ: 'latvia',
  латвийск: 'latvia',
  естонськ: 'estonia',
  эстонск: 'estonia',
  таллін: 'estonia',
  таллин: 'estonia',
  американськ: 'usa',
  американск: 'usa',
  вашингтон: 'usa',
  сша: 'usa',
  сирі: 'syria',
  // Short forms and abbreviations ISO does not give: "РФ", "КНДР", "Сполучені Штати" in any case.
  рф: 'russia',
  кндр: 'north-korea',
  'сполучені штат': 'usa',
  'сполучених штат': 'usa',
  'сполученим штат': 'usa',
  'сполученими штат': 'usa',
  'соединенные штат': 'usa',
  'соединенных штат': 'usa',
  'соединенным штат': 'usa',
  'соединенными штат': 'usa',
  // Ukrainian writes "Маршаллові" and "Маршалові" Острови.
  маршалов: 'marshall-islands',
  балті: 'baltic',
  балти: 'baltic',
  прибалт: 'baltic',
};

/** Stems that begin common words ("того" is "of that", "мали" "had", "грузи…" "cargo"). */
const CYRILLIC_AMBIGUOUS = new Set([
  'того',
  'мали',
  'оман',
  'куба',
  'гана',
  'грузі',
  'грузи',
  'чад',
]);

/** Every form, folded, to its key: the hand-written key where one exists, else the ISO short name. */
const { COUNTRY_FORMS, CYRILLIC_STEMS } = (() => {
  countries.registerLocale(english);
  countries.registerLocale(ukrainian);
  countries.registerLocale(russian);
  const forms: Record<string, string> = { ...HAND_FORMS };
  const stems: Record<string, string> = { ...CYRILLIC_HAND_FORMS };
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const folded = names.map((name) => foldText(name)).filter((name) => /^[a-z .'-]+$/.test(name));
    const known = folded.map((name) => HAND_FORMS[name]).find(Boolean);
    const key = known ?? folded[0]?.replace(/[^a-z]+/g, '-');
    if (!key) continue;
    for (const name of folded)
      if (name.length >= 4 && !AMBIGUOUS.has(name) && !(name in forms)) forms[name] = key;
    // A Ukrainian or Russian name declines ("Україна", "України", "Україні"): its stem, without
    // the final vowel, begins every case form.
    for (const language of ['uk', 'ru'])
      for (const name of countries.getName(code, language, { select: 'all' }) ?? []) {
        const cyrillic = foldText(name);
        if (!/^[\u0400-\u04ff' -]+$/.test(cyrillic) || cyrillic.length < 4) continue;
        const stem = cyrillic.length >= 5 ? cyrillic.replace(/[аяоеіиьйуюы]$/, '') : cyrillic;
        if (!CYRILLIC_AMBIGUOUS.has(stem)) stems[stem] ??= key;
      }
  }
  return { COUNTRY_FORMS: forms, CYRILLIC_STEMS: stems };
})();

const CYRILLIC_COUNTRY = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(CYRILLIC_STEMS)
    .sort((a, b) => b.length - a.length)
    .map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`,
  'gu',
);

function cyrillicCountries(folded: string, keys: Set<string>): void {
  if (!/[\u0400-\u04ff]/.test(folded)) return;
  for (const match of folded.matchAll(CYRILLIC_COUNTRY)) {
    const key = CYRILLIC_STEMS[match[0]];
    if (key === 'baltic') for (const baltic of ['estonia', 'latvia', 'lithuania']) keys.add(baltic);
    else if (key) keys.add(key);
  }
}
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
  cyrillicCountries(folded, keys);
  // "The Baltic states" names all three.
  if (/\bbaltic(?:s| states| countries| trio)?\b/.test(folded))
    for (const key of ['estonia', 'latvia', 'lithuania']) keys.add(key);
  return keys;
}
