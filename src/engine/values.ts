// Reads the values a sentence states (counts, years, dates, weekdays) with the qualifiers news puts
// on them ("over 160", "nearly 400", "half a million"), so a note can compare them with the sources.
import { foldText } from './normalise';

/** How a stated number bounds the true one: "over 160" is a lower bound, "about 160" a range. */
export type Qualifier = 'exact' | 'over' | 'at-least' | 'under' | 'at-most' | 'about' | 'nearly';

export interface StatedNumber {
  value: number;
  qualifier: Qualifier;
  /** The words as written, for display ("over 160"). */
  text: string;
  /** Offset of the number in the folded sentence; used to find the unit word after it. */
  index: number;
  /** The next few words after the number, folded ("signatory countries but russia"). */
  following: string;
}

export interface StatedDate {
  /** YYYY-MM-DD, or --MM-DD when the year is not written. */
  value: string;
  text: string;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
const FRACTIONS: Record<string, number> = {
  half: 0.5,
  quarter: 0.25,
  third: 1 / 3,
  fifth: 0.2,
  tenth: 0.1,
};

const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?<![a-z])(?:more than|over|above|upwards of|in excess of|exceeding)\s+$/, 'over'],
  [/(?<![a-z])(?:at least|no fewer than|no less than|a minimum of)\s+$/, 'at-least'],
  [/(?<![a-z])(?:fewer than|less than|under|below)\s+$/, 'under'],
  [/(?<![a-z])(?:up to|at most|no more than|a maximum of)\s+$/, 'at-most'],
  [/(?<![a-z])(?:nearly|almost|close to|just under|just shy of)\s+$/, 'nearly'],
  [
    /(?<![a-z])(?:about|around|roughly|approximately|some|an estimated|estimated|circa|about)\s+$/,
    'about',
  ],
  // Ukrainian and Russian: "понад 160", "більше ніж 160", "более 160", "свыше 160", "майже", "почти".
  [
    /(?<![\p{L}])(?:понад|більше ніж|більш ніж|більше за|більше|понад ніж|более|больше|свыше|свише)\s+$/u,
    'over',
  ],
  [
    /(?<![\p{L}])(?:щонайменше|принаймні|не менше ніж|не менше|не менее|по меньшей мере|как минимум)\s+$/u,
    'at-least',
  ],
  [/(?<![\p{L}])(?:менше ніж|менше|менее|меньше)\s+$/u, 'under'],
  [/(?<![\p{L}])(?:до|не більше ніж|не более)\s+$/u, 'at-most'],
  [/(?<![\p{L}])(?:майже|почти|близько до)\s+$/u, 'nearly'],
  [/(?<![\p{L}])(?:близько|приблизно|блізько|около|примерно|порядка)\s+$/u, 'about'],
];

const NUMBER_WORD = Object.keys({ ...UNITS, ...SCALES, ...FRACTIONS }).join('|');
const NUMBER_PHRASE = new RegExp(
  String.raw`(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:percent|%))?(?:\s+(?:hundred|thousand|million|billion))?(?![\w])` +
    String.raw`|\b(?:a|an|one)\s+(?:half|quarter|third|fifth|tenth)(?:\s+(?:of\s+)?a)?(?:\s+(?:million|billion|thousand))?\b` +
    String.raw`|\bhalf\s+a\s+(?:million|billion|thousand|dozen)\b` +
    String.raw`|\b(?:${NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+)(?:${NUMBER_WORD}))*\b`,
  'g',
);

function wordsToNumber(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'and' || word === 'a' || word === 'an' || word === 'of') continue;
    if (word in UNITS) {
      current += UNITS[word] ?? 0;
      seen = true;
    } else if (word in FRACTIONS) {
      current += FRACTIONS[word] ?? 0;
      seen = true;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (word in SCALES) {
      total += (current || 1) * (SCALES[word] ?? 1);
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** The number a matched phrase denotes ("1,000" → 1000, "1.5 million" → 1500000, "five" → 5). */
export function parseNumberPhrase(phrase: string): number | null {
  const cleaned = phrase.replace(/percent|%/g, '').trim();
  const digits =
    /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion))?$/.exec(cleaned);
  if (digits) {
    const base = Number((digits[1] ?? '').replace(/,/g, ''));
    return base * (digits[2] ? (SCALES[digits[2]] ?? 1) : 1);
  }
  return wordsToNumber(cleaned.split(/[\s-]+/));
}

/** The qualifier written just before a number, and where its words start. */
function qualifierBefore(folded: string, index: number): { qualifier: Qualifier; start: number } {
  const from = Math.max(0, index - 24);
  const before = folded.slice(from, index);
  for (const [pattern, qualifier] of QUALIFIERS) {
    const match = pattern.exec(before);
    if (match) return { qualifier, start: from + match.index };
  }
  return { qualifier: 'exact', start: index };
}

/**
 * Ukrainian and Russian cardinal words, folded (ё as е), each with the case forms news writes
 * ("шість місяців", "через шесть месяцев", "шести месяцев", "двох років"). "Один"/"одна" alone is a
 * pronoun as often as a count ("одна з країн"), so it counts only before a scale word.
 */
const CYRILLIC_NUMBER_FORMS: ReadonlyArray<readonly [number, string]> = [
  [1, 'один одна одне одно одного одной одніє однієї'],
  [2, 'два дві две двох двух двома двумя'],
  [3, 'три трьох трех трьома тремя'],
  [4, 'чотири четыре чотирьох четырех чотирма четырьмя'],
  [5, "п'ять пять п'яти пяти п'ятьма пятью"],
  [6, 'шість шесть шести шістьма шестью'],
  [7, 'сім семь семи сьома семью'],
  [8, 'вісім восемь восьми вісьмома восемью'],
  [9, "дев'ять девять дев'яти девяти"],
  [10, 'десять десяти'],
  [11, 'одинадцять одиннадцать одинадцяти одиннадцати'],
  [12, 'дванадцять двенадцать дванадцяти двенадцати'],
  [13, 'тринадцять тринадцать тринадцяти тринадцати'],
  [14, 'чотирнадцять четырнадцать чотирнадцяти четырнадцати'],
  [15, "п'ятнадцять пятнадцать п'ятнадцяти пятнадцати"],
  [16, 'шістнадцять шестнадцать шістнадцяти шестнадцати'],
  [17, 'сімнадцять семнадцать сімнадцяти семнадцати'],
  [18, 'вісімнадцять восемнадцать вісімнадцяти восемнадцати'],
  [19, "дев'ятнадцять девятнадцать дев'ятнадцяти девятнадцати"],
  [20, 'двадцять двадцать двадцяти двадцати'],
  [30, 'тридцять тридцать тридцяти тридцати'],
  [40, 'сорок сорока'],
  [50, "п'ятдесят пятьдесят п'ятдесяти пятидесяти"],
  [60, 'шістдесят шестьдесят шістдесяти шестидесяти'],
  [70, 'сімдесят семьдесят сімдесяти семидесяти'],
  [80, 'вісімдесят восемьдесят вісімдесяти восьмидесяти'],
  [90, "дев'яносто девяносто"],
  [100, 'сто ста'],
  [200, 'двісті двести двохсот двухсот'],
  [300, 'триста трьохсот трехсот'],
  [400, 'чотириста четыреста чотирьохсот четырехсот'],
  [500, "п'ятсот пятьсот п'ятисот пятисот"],
  [600, 'шістсот шестьсот шестисот'],
  [700, 'сімсот семьсот семисот'],
  [800, 'вісімсот восемьсот восьмисот'],
  [900, "дев'ятсот девятьсот дев'ятисот девятисот"],
];
const CYRILLIC_UNITS = new Map(
  CYRILLIC_NUMBER_FORMS.flatMap(([value, forms]) =>
    forms.split(' ').map((form) => [form, value] as const),
  ),
);
/** Scale words by their stems: "тисяча", "тисячі", "тисяч", "тыс.", "млн". */
const CYRILLIC_SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:тисяч|тысяч|тис\.?$|тыс\.?$)/, 1_000],
  [/^(?:мільйон|миллион|млн)/, 1_000_000],
  [/^(?:мільярд|миллиард|млрд)/, 1_000_000_000],
];
const CYRILLIC_UNIT_WORD = [...CYRILLIC_UNITS.keys()].sort((a, b) => b.length - a.length).join('|');
const CYRILLIC_SCALE_WORD = String.raw`(?:тисяч\p{L}*|тысяч\p{L}*|тис\.|тыс\.|мільйон\p{L}*|миллион\p{L}*|млн|мільярд\p{L}*|миллиард\p{L}*|млрд)`;
/**
 * A Cyrillic count: number words ("сто шістдесят чотири"), optionally with a scale, or digits with
 * a scale word ("2 тисячі", "1,5 млн"), the decimal comma as Ukrainian and Russian write it.
 */
const CYRILLIC_NUMBER_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\d'.,])(?:\d+(?:[.,]\d+)?\s+${CYRILLIC_SCALE_WORD}` +
    String.raw`|(?:${CYRILLIC_UNIT_WORD})(?:\s+(?:${CYRILLIC_UNIT_WORD}))*(?:\s+${CYRILLIC_SCALE_WORD})?)(?![\p{L}'])`,
  'gu',
);

/** The number a Cyrillic count phrase denotes, or null ("один" alone is not read as a count). */
export function parseCyrillicNumber(phrase: string): number | null {
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const scale = CYRILLIC_SCALES.find(([pattern]) => pattern.test(last))?.[1];
  const body = scale ? words.slice(0, -1) : words;
  let count = 0;
  for (const word of body) {
    const digits = /^\d+(?:[.,]\d+)?$/.test(word) ? Number(word.replace(',', '.')) : undefined;
    const value = digits ?? CYRILLIC_UNITS.get(word);
    if (value === undefined) return null;
    count += value;
  }
  if (!scale && body.length === 1 && CYRILLIC_UNITS.get(body[0] ?? '') === 1) return null;
  return scale ? count * scale : count;
}

/** Cyrillic counts in a folded sentence, as [index, phrase, value]. */
function cyrillicNumbers(folded: string): Array<[number, string, number]> {
  if (!/[\u0400-\u04ff]/.test(folded)) return [];
  return [...folded.matchAll(CYRILLIC_NUMBER_PHRASE)].flatMap((match) => {
    const value = parseCyrillicNumber(match[0]);
    return value === null ? [] : [[match.index ?? 0, match[0], value] as [number, string, number]];
  });
}

/** Numbers stated in a sentence, in order, with their qualifiers. Ordinals are not numbers. */
export function extractNumbers(sentence: string): StatedNumber[] {
  const folded = foldText(sentence);
  const numbers: StatedNumber[] = [];
  const cyrillic = cyrillicNumbers(folded);
  const matches: Array<[number, string, number | null]> = [
    ...[...folded.matchAll(NUMBER_PHRASE)]
      // Digits a Cyrillic scale word follows ("2 тисячі") are read with it.
      .filter(
        (m) =>
          !cyrillic.some(([at, text]) => (m.index ?? 0) >= at && (m.index ?? 0) < at + text.length),
      )
      .map((m): [number, string, number | null] => [m.index ?? 0, m[0], null]),
    ...cyrillic,
  ].sort((a, b) => a[0] - b[0]);
  for (const [index, phrase, known] of matches) {
    // "27.12.2005" is a date, not the number 27.12.
    if (/^\.\d{4}(?!\d)/.test(folded.slice(index + phrase.length)) && /\./.test(phrase)) continue;
    // "one of 160 countries": "one" is a pronoun there, not a count.
    if (/^(?:one|a|an)$/.test(phrase)) continue;
    if (/^one$/.test(phrase.trim()) && /^\s+of\b/.test(folded.slice(index + phrase.length)))
      continue;
    const value = known ?? parseNumberPhrase(phrase);
    if (value === null) continue;
    const { qualifier, start } = qualifierBefore(folded, index);
    numbers.push({
      value,
      qualifier,
      text: sentence.slice(start, index + phrase.length),
      index,
      following: folded
        .slice(index + phrase.length)
        .split(/\s+/)
        .slice(0, 5)
        .join(' '),
    });
  }
  return numbers;
}

const ORDINAL =
  /\b(\d{1,3})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/g;

/** Ordinals written in digits ("the 40th state", "165th"), not day-of-month ones ("3rd of May"). */
export function extractOrdinals(sentence: string): StatedNumber[] {
  const folded = foldText(sentence);
  return [...folded.matchAll(ORDINAL)]
    .filter(
      (m) =>
        !/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/.test(
          folded.slice(0, m.index),
        ),
    )
    .map((m) => ({
      value: Number(m[1]),
      qualifier: 'exact' as const,
      text: m[0],
      index: m.index ?? 0,
      following: folded
        .slice((m.index ?? 0) + m[0].length)
        .split(/\s+/)
        .slice(0, 5)
        .join(' '),
    }));
}

/** Whether a stated number is consistent with a true value, given its qualifier. */
export function numberAgrees(stated: StatedNumber, truth: number): boolean {
  const x = stated.value;
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);
  switch (stated.qualifier) {
    case 'exact':
      return close(x, truth);
    case 'over':
      return truth > x && truth <= x * 1.5 + 1;
    case 'at-least':
      return truth >= x && truth <= x * 1.5 + 1;
    case 'under':
      return truth < x && truth >= x * 0.5;
    case 'at-most':
      return truth <= x && truth >= x * 0.5;
    case 'nearly':
      return truth <= x && truth >= x * 0.85;
    case 'about':
      return Math.abs(truth - x) <= Math.abs(x) * 0.1 + 0.5;
  }
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/**
 * A four-digit figure in Ukrainian or Russian text that counts something: the word after it is a
 * noun or verb, not "рік"/"год" ("1945 загинули", "2029 человек"), and no preposition before it
 * makes it a time ("у 2024", "с 2020"). Ukrainian and Russian write counts without a thousands
 * separator, so "1945" is as often a count as a year.
 */
const CYRILLIC_COUNT_AFTER = /^\s+(?!(?:рок|рік|роц|год|гг|рр|г\.|р\.))[\u0400-\u04ff]/;
const CYRILLIC_TIME_BEFORE =
  /(?:^|[^\p{L}])(?:в|у|во|з|із|зі|с|со|до|від|от|після|после|по|між|между|на|за|к|о|об|про|і|и|та|або|или|й)\s+$/u;

function countNotYear(sentence: string, index: number, length: number): boolean {
  if (!/[\u0400-\u04ff]/.test(sentence)) return false;
  const after = foldText(sentence.slice(index + length, index + length + 12));
  if (!CYRILLIC_COUNT_AFTER.test(after)) return false;
  const before = foldText(sentence.slice(Math.max(0, index - 30), index));
  monthBefore ??= new RegExp(`${CYRILLIC_MONTH}\\s+$`, 'u');
  return !CYRILLIC_TIME_BEFORE.test(before) && !monthBefore.test(before);
}
let monthBefore: RegExp | undefined;

/** Four-digit years (1800–2099) stated in a sentence; not a Cyrillic count ("1945 загинули"). */
export function extractYears(sentence: string): number[] {
  return [...sentence.matchAll(YEAR)]
    .filter((match) => !countNotYear(sentence, match.index ?? 0, match[0].length))
    .map((match) => Number(match[1]));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4}))?\b`,
  'g',
);
const MONTH_DAY = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`,
  'g',
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** Day-first dotted dates ("27.12.2005"), as European and Ukrainian or Russian outlets write them. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g;

function monthNumber(name: string): number {
  const cyrillic = CYRILLIC_MONTHS.findIndex((stems) =>
    stems.some((stem) => name.startsWith(stem)),
  );
  if (cyrillic >= 0) return cyrillic + 1;
  return MONTHS.findIndex((month) => month.startsWith(name.slice(0, 3))) + 1;
}

/**
 * Month stems in Ukrainian and Russian, January first: every case form starts with one
 * ("червня", "червні", "червень"; "июня", "июне", "июнь").
 */
const CYRILLIC_MONTHS: ReadonlyArray<readonly string[]> = [
  ['січ', 'январ'],
  ['лют', 'феврал'],
  ['берез', 'март'],
  ['квіт', 'апрел'],
  ['трав', 'мая', 'мае', 'май'],
  ['черв', 'июн'],
  ['лип', 'июл'],
  ['серп', 'август'],
  ['верес', 'сентябр'],
  ['жовт', 'октябр'],
  ['листопад', 'ноябр'],
  ['груд', 'декабр'],
];
const CYRILLIC_MONTH = String.raw`(січ\p{L}*|лют\p{L}*|берез\p{L}*|квіт\p{L}*|трав\p{L}*|черв\p{L}*|лип\p{L}*|серп\p{L}*|верес\p{L}*|жовт\p{L}*|листопад\p{L}*|груд\p{L}*|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яейю]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)`;
/** "29 червня 2025 року", "29 июня 2025 г.", "29 червня". */
const CYRILLIC_DAY_MONTH = new RegExp(
  String.raw`(?<![\d\p{L}])(\d{1,2})\s+${CYRILLIC_MONTH}(?![\p{L}])(?:\s+(\d{4}))?`,
  'gu',
);
/** "у червні 2025 року", "в июне 2025 года", "червень 2025". */
const CYRILLIC_MONTH_YEAR = new RegExp(
  String.raw`(?<![\d\p{L}])${CYRILLIC_MONTH}(?![\p{L}])\s+(\d{4})`,
  'gu',
);

function formatDate(year: string | undefined, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return `${year ?? '-'}-${mm}-${dd}`;
}

/** Calendar dates stated in a sentence ("29 June 2025", "June 29", "2025-06-29"). */
export function extractDates(sentence: string): StatedDate[] {
  const folded = foldText(sentence);
  const dates: StatedDate[] = [];
  for (const m of folded.matchAll(DAY_MONTH))
    dates.push({ value: formatDate(m[3], monthNumber(m[2] ?? ''), Number(m[1])), text: m[0] });
  for (const m of folded.matchAll(MONTH_DAY))
    dates.push({ value: formatDate(m[3], monthNumber(m[1] ?? ''), Number(m[2])), text: m[0] });
  for (const m of folded.matchAll(ISO))
    dates.push({ value: `${m[1]}-${m[2]}-${m[3]}`, text: m[0] });
  for (const m of folded.matchAll(CYRILLIC_DAY_MONTH))
    dates.push({ value: formatDate(m[3], monthNumber(m[2] ?? ''), Number(m[1])), text: m[0] });
  for (const m of folded.matchAll(DOTTED))
    if (Number(m[2]) <= 12)
      dates.push({ value: formatDate(m[3], Number(m[2]), Number(m[1])), text: m[0] });
  return dates.filter((date) => !date.value.endsWith('-00'));
}

const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?(\d{4})\b`, 'g');

/** Months stated with their year but no day ("in March 1999"), as YYYY-MM. */
export function extractMonthYears(sentence: string): StatedDate[] {
  const folded = foldText(sentence);
  const fullDates = extractDates(sentence).map((d) => d.text);
  return [...folded.matchAll(MONTH_YEAR), ...folded.matchAll(CYRILLIC_MONTH_YEAR)]
    .filter((m) => !fullDates.some((text) => text.includes(m[0])))
    .map((m) => ({
      value: `${m[2]}-${String(monthNumber(m[1] ?? '')).padStart(2, '0')}`,
      text: m[0],
    }))
    .filter((d) => !d.value.endsWith('-00'));
}

/** Whether a stated date (maybe without a year) is the given YYYY-MM-DD. */
export function dateAgrees(stated: string, truth: string): boolean {
  // A span of days ("1997-12-03/1997-12-04": signed in Ottawa on 3-4 December) holds each day.
  const [from = truth, to = from] = truth.split('/');
  if (stated.startsWith('-')) {
    const monthDay = stated.slice(2);
    return monthDay >= from.slice(5) && monthDay <= to.slice(5);
  }
  return stated >= from && stated <= to;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Weekday stems in Ukrainian and Russian, Sunday first, as every case form begins. */
const CYRILLIC_WEEKDAYS: ReadonlyArray<RegExp> = [
  /(?<![\p{L}])(?:неділ|воскресен)\p{L}*/u,
  /(?<![\p{L}])(?:понеділ|понедельн)\p{L}*/u,
  /(?<![\p{L}])(?:вівтор|вторн)\p{L}*/u,
  /(?<![\p{L}])(?:серед[уаи]|сред[уаы])(?![\p{L}])/u,
  /(?<![\p{L}])(?:четвер|четверг)\p{L}*/u,
  /(?<![\p{L}])(?:п'ятниц|пятниц)\p{L}*/u,
  /(?<![\p{L}])(?:субот|суббот)\p{L}*/u,
];

/** Weekday names stated in a sentence, as lower-case English names. */
export function extractWeekdays(sentence: string): string[] {
  const folded = foldText(sentence);
  return WEEKDAYS.filter(
    (day, i) =>
      new RegExp(`\\b${day}\\b`).test(folded) || (CYRILLIC_WEEKDAYS[i]?.test(folded) ?? false),
  );
}

/** The weekday of a YYYY-MM-DD date, lower-case. */
export function weekdayOf(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[day] ?? '';
}

/**
 * Compiled cue patterns by cue text. A memo, not state: the same cue always compiles to the same
 * pattern, and a pack has a few hundred cues at most.
 */
const cuePatterns = new Map<string, RegExp>();

/**
 * A Ukrainian or Russian cue of a verb and the preposition "from" ("вийшла з", "вышли из").
 * Word order is free in both languages: "з конвенції вийшла", "из договора официально вышли" say
 * the same, and Ukrainian writes з, із and зі alike.
 */
const CYRILLIC_VERB_FROM = /^(\p{L}+) (з|із|зі|из)$/u;

function cuePattern(cue: string): RegExp {
  const folded = foldText(cue);
  const verbFrom = CYRILLIC_VERB_FROM.exec(folded);
  if (verbFrom) {
    const [, verb, from] = verbFrom;
    const froms = from === 'из' ? 'из' : 'з|із|зі';
    // One or two words between the preposition and the verb, never a negation just before it.
    return new RegExp(
      `(?<![\\p{L}])(?:${verb} (?:${froms})|(?:${froms}) (?:[\\p{L}'-]+ ){1,2}(?<!(?:не|ни) )${verb})(?![\\p{L}])`,
      'u',
    );
  }
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`);
}

/** Whether a cue phrase occurs in the sentence as whole words (case- and accent-insensitive). */
export function hasCue(foldedSentence: string, cue: string): boolean {
  return findCue(foldedSentence, cue) !== null;
}

/** Where a cue phrase first occurs in the folded sentence, as a match, or null. */
export function findCue(foldedSentence: string, cue: string): RegExpExecArray | null {
  let pattern = cuePatterns.get(cue);
  if (!pattern) {
    pattern = cuePattern(cue);
    cuePatterns.set(cue, pattern);
  }
  return pattern.exec(foldedSentence);
}

/** A sentence's values, each read on first use and kept: several candidate claims ask for them. */
export interface SentenceValues {
  text: string;
  folded: string;
  numbers(): StatedNumber[];
  ordinals(): StatedNumber[];
  years(): number[];
  dates(): StatedDate[];
  monthYears(): StatedDate[];
  weekdays(): string[];
}

function once<T>(read: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) [value, done] = [read(), true];
    return value as T;
  };
}

export function readValues(sentence: string): SentenceValues {
  return {
    text: sentence,
    folded: foldText(sentence),
    numbers: once(() => extractNumbers(sentence)),
    ordinals: once(() => extractOrdinals(sentence)),
    years: once(() => extractYears(sentence)),
    dates: once(() => extractDates(sentence)),
    monthYears: once(() => extractMonthYears(sentence)),
    weekdays: once(() => extractWeekdays(sentence)),
  };
}
