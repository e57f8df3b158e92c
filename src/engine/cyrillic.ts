// Ukrainian and Russian words to index terms: which of the two languages a word is in, its stem
// (the maintained rule-based stemmers of nlp.js: a Ukrainian one and Snowball's Russian), and the
// function words and number words that carry no evidence of which claim a sentence states.
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru';
import StemmerUk from '@nlpjs/lang-uk/src/stemmer-uk';

export type CyrillicLanguage = 'uk' | 'ru';

/** A Cyrillic word: letters, with the apostrophe Ukrainian writes inside words. */
export const CYRILLIC_WORD = /[\u0400-\u04ff][\u0400-\u04ff']*/;

/** Letters only one of the two languages writes (either case). */
const UKRAINIAN_LETTERS = /[іїєґ]/i;
const RUSSIAN_LETTERS = /[ыэъё]/i;
const ANY_CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The languages a text may be in, by its letters: none without Cyrillic, Ukrainian or Russian when
 * only that language's own letters occur, else both.
 */
export function cyrillicLanguagesOf(text: string): CyrillicLanguage[] {
  if (!ANY_CYRILLIC.test(text)) return [];
  const uk = UKRAINIAN_LETTERS.test(text);
  const ru = RUSSIAN_LETTERS.test(text);
  if (uk && !ru) return ['uk'];
  if (ru && !uk) return ['ru'];
  return ['uk', 'ru'];
}

/**
 * The language of a Cyrillic text by its letters: Ukrainian writes і, ї, є, ґ, Russian ы, э, ъ, ё.
 * A text with neither (short or all shared letters) reads as `fallback`.
 */
export function cyrillicLanguage(text: string, fallback: CyrillicLanguage): CyrillicLanguage {
  const uk = UKRAINIAN_LETTERS.test(text);
  const ru = RUSSIAN_LETTERS.test(text);
  return uk === ru ? fallback : uk ? 'uk' : 'ru';
}

/**
 * Function words of both languages. nlp.js ships its stop-word classes empty, so the lists are
 * ours: pronouns, prepositions, conjunctions, particles and auxiliaries only, never a content word.
 */
const STOP_WORDS = new Set(
  // Ukrainian
  (
    'і й та а але або чи що як так це цей ця ці той та те ті його її їх їм він вона воно вони ми ви я ' +
    'у в на з із зі до від по за про під над між через для при без після перед біля щодо також ще вже ' +
    'був була було були є бути буде будуть не ні ж же лише тільки який яка яке які котрий де коли ' +
    'тому бо якщо хоча навіть свій своя своє свої цього цієї цих тим тих цим яких якого якої зокрема ' +
    // Russian
    'и а но или что как так это этот эта эти тот та то те его ее её их им он она оно они мы вы я ' +
    'у в во на с со из до от по за про под над между через для при без после перед около также еще ' +
    'ещё уже был была было были есть быть будет будут не ни же лишь только который которая которое ' +
    'которые где когда поэтому потому если хотя даже свой своя свое своё свои этого этой этих тем тех ' +
    'этим которых которого которой в том числе'
  ).split(' '),
);

/** Number words are compared as values (values.ts), never as words. */
const NUMBER_WORDS =
  /^(?:один|одна|одне|одно|два|дві|две|три|чотир|четыр|п'ят|пят|шіст|шест|сім|сем|віс|вос|дев|десят|сот|тисяч|тысяч|мільйон|миллион|мільярд|миллиард)/;

const stemmers = { uk: new StemmerUk(), ru: new StemmerRu() };

/**
 * The past tense's endings, by gender and number, with a reflexive -ся/-сь: both stemmers cut
 * "проголосували" and "проголосувала", "приєдналися" and "приєдналася", "проголосовали" and
 * "проголосовала" to different stems. Cut first, every form of the past gives the verb's one stem.
 * Only after a vowel and at least four letters, so that short nouns ("сила", "село") are left alone.
 */
const PAST_TENSE: Record<CyrillicLanguage, RegExp> = {
  uk: /(?<=.{4}[аеиоуі])(?:ли|ла|ло)(?:ся|сь)?$/,
  ru: /(?<=.{4}[аеиоуы])(?:ли|ла|ло|л)(?:ся|сь)?$/,
};

/**
 * The Ukrainian present tense's third person, with a reflexive -ся: the stemmer keeps
 * "застосовують", "вимагають", "залишаються" whole while "застосовує", "вимагає" lose their ending.
 * Only after a vowel, so that nouns in -ість ("чинність") keep their letters.
 */
const UKRAINIAN_PRESENT = /(?<=.{4})[юуяаиеєі]ть(?:ся)?$/;

/**
 * The Russian present tense's third person after a vowel, with a reflexive -ся: Snowball's stemmer
 * as nlp.js ships it keeps "запрещает", "применяют", "используется" whole. Only after a vowel, so
 * that nouns in -ет ("запрет", "совет", "бюджет") keep their letters.
 */
const RUSSIAN_PRESENT = /(?<=.{3}[аяуеи])(?:ет|ют)(?:ся)?$/;

/**
 * Stems of words Ukrainian and Russian news use interchangeably for this topic, folded to one term,
 * as tokenise.ts folds "pact", "accord" and "convention" into "treaty": a party is a "сторона" as
 * much as an "учасник", a ban a "запрет" as much as a "заборона", and "застосовує" says what
 * "використовує" does. Both languages fold to one term, so a Russian word read with the Ukrainian
 * stemmer (a text with neither language's own letters) still meets its claim. Tried and left out on
 * the tune half: "договір"/"угода" for "конвенція" (more notes for the wrong claim) and the forms of
 * "вихід"/"выход" (a process, "выходят", then reads as a withdrawal done, "вышли").
 */
const SYNONYMS: Record<string, string> = {
  // party
  сторон: 'учасник',
  учасниц: 'учасник',
  участниц: 'учасник',
  участник: 'учасник',
  // use
  використ: 'застос',
  використан: 'застос',
  застосуван: 'застос',
  примен: 'застос',
  применен: 'застос',
  использ: 'застос',
  использован: 'застос',
  // ban
  запрещ: 'заборон',
  запрещен: 'заборон',
  запрет: 'заборон',
  заборонен: 'заборон',
  // enter into force
  набр: 'набу',
};

/** Stems already computed, by language and word: paraphrases repeat their words many times. */
const stemMemo = new Map<string, string | null>();

/** The index term of a folded Cyrillic word, or null for function words and number words. */
export function cyrillicTerm(word: string, textLanguage: CyrillicLanguage): string | null {
  const key = `${textLanguage}:${word}`;
  let term = stemMemo.get(key);
  if (term === undefined) stemMemo.set(key, (term = stemCyrillic(word, textLanguage)));
  return term;
}

function stemCyrillic(word: string, textLanguage: CyrillicLanguage): string | null {
  const stem = stemOnly(word, textLanguage);
  return stem === null ? null : (SYNONYMS[stem] ?? stem);
}

function stemOnly(word: string, textLanguage: CyrillicLanguage): string | null {
  const bare = word.replace(/'/g, '');
  if (bare.length < 2 || STOP_WORDS.has(bare) || NUMBER_WORDS.test(bare)) return null;
  const language = cyrillicLanguage(bare, textLanguage);
  const verb = bare
    .replace(PAST_TENSE[language], '')
    .replace(language === 'uk' ? UKRAINIAN_PRESENT : RUSSIAN_PRESENT, '');
  const stem = stemmers[language].stemWord(verb);
  // The Ukrainian stemmer leaves some case endings' vowels ("конвенції" → "конвенці", but
  // "конвенція" → "конвенц"; "учасницею" → "учаснице"): trimmed, every case of a noun gives one term.
  if (language !== 'uk') return stem.replace(STEM_VOWEL, '');
  // …and keeps the past tense's gender: "набув"/"набула", "підписав"/"підписала", "вийшов"/"вийшла"
  // become one term once the final в or л after a vowel (or ш) is dropped.
  return stem
    .replace(/(?<=.{4})[еієїяюй]{1,2}$/, '')
    .replace(/(?<=.{3}[аеиоуіїєюяш])[вл]$/, '')
    .replace(STEM_VOWEL, '');
}

/**
 * A verb's stem keeps its theme vowel in some forms and not others ("ратифицировав" →
 * "ратифицирова", "ратифицировали" → "ратифициров"; "приєднавшись" → "приєдна", "приєдналися" →
 * "приєдн"): a long stem's final vowel is dropped.
 */
const STEM_VOWEL = /(?<=.{5})[аяоуиы]$/;
