// Metamorphic cases generated from the pack: SYNTHETIC rewrites of each match example that either change the value it states (the note must turn conflicting) or keep its meaning (its verdict must stay).
import { createAnnotator, noteForSentence, type Note, type Verdict } from '../../src/engine';
import type { Claim, Pack, Version } from '../../src/claims/schema';

export type Family = 'wrong-value' | 'neutral';

export const WRONG_VALUE_KINDS = [
  'year',
  'year-distractor',
  'date-day',
  'date-month',
  'date-year',
  'weekday',
  'count',
  'percentage',
  'tally',
  'role',
  'place',
  'countries',
  'status',
] as const;

export const NEUTRAL_KINDS = [
  'attribution-suffix',
  'attribution-prefix',
  'clause-reorder',
  'number-words',
  'number-digits',
  'tally-format',
  'date-format',
  'date-numeric',
  'synonym',
] as const;

export type WrongValueKind = (typeof WRONG_VALUE_KINDS)[number];
export type NeutralKind = (typeof NEUTRAL_KINDS)[number];
export type CaseKind = WrongValueKind | NeutralKind;

/** One replaced span, at an offset of the original sentence. */
export interface Edit {
  at: number;
  from: string;
  to: string;
}

/** One SYNTHETIC sentence and the verdict the note for `claim` must give it. */
export interface MetamorphicCase {
  kind: CaseKind;
  family: Family;
  claim: string;
  /** The pack's match example the variant was made from. */
  original: string;
  text: string;
  expected: Verdict;
  /** Wrong-value cases only: the spans changed, so a test can check nothing else was. */
  edits?: Edit[];
  /**
   * YYYY-MM-DD the sentence is read as published on, for variant and original alike; set only where
   * the variant states another version that held at another time, and so is wrong only at a date.
   */
  publishedDate?: string;
}

/** What the engine said of a sentence for one claim; null when it gave no note for that claim. */
export interface Outcome {
  verdict: Verdict | null;
  /** The claim the note was for, when there was a note. */
  claim: string | null;
}

export interface CaseFailure {
  case: MetamorphicCase;
  got: Outcome;
  /** Whether the unchanged example got its own verdict: if not, the rewrite is not what broke it. */
  originalRight: boolean;
}

export interface KindRate {
  kind: CaseKind;
  family: Family;
  total: number;
  passed: number;
  /** passed / total; 0 when there are no cases. */
  rate: number;
  /** How many of the cases' originals got their own verdict for the claim. */
  originalsRight: number;
  failures: CaseFailure[];
}

// ---------------------------------------------------------------------------------------------
// Reading the values an example states

type Qualifier = 'exact' | 'over' | 'under' | 'nearly' | 'about';

interface NumberMention {
  /** Offset and text of the figure alone ("1,983", "six", "a fifth"), not its qualifier or "%". */
  at: number;
  text: string;
  value: number;
  form: 'digits' | 'words' | 'fraction';
  percent: boolean;
  qualifier: Qualifier;
  /** For a vote tally ("413-15", "413 to 15", "413 for, 15 against"): the whole tally and its form. */
  tally?: { at: number; text: string; against: string; form: 'dash' | 'to' | 'for-against' };
}

const UNIT_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TEN_WORDS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];
const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };
const FRACTION_WORDS: Record<string, number> = {
  half: 50,
  third: 100 / 3,
  quarter: 25,
  fourth: 25,
  fifth: 20,
};

const NUMBER_WORD = [...UNIT_WORDS, ...TEN_WORDS.filter(Boolean), ...Object.keys(SCALE_WORDS)].join(
  '|',
);
const WORDS_PATTERN = new RegExp(
  String.raw`(?<![\p{L}-])(?:${NUMBER_WORD})(?:(?: and |[ -])(?:${NUMBER_WORD}))*(?![\p{L}])`,
  'giu',
);
const DIGITS_PATTERN = /(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|,\d|\.\d)/g;
const FRACTION_PATTERN =
  /(?<![\p{L}])(?:(?:a|one)[ -](?:fifth|quarter|third|fourth)|half)(?![\p{L}])/giu;
const PERCENT_AFTER = /^(?:\s?%| percent\b| per cent\b)/;
const QUALIFIER_BEFORE: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?:more than|over|above|in excess of|at least|no fewer than|no less than)\s+$/i, 'over'],
  [/(?:fewer than|less than|under|below|up to|at most|no more than)\s+$/i, 'under'],
  [/(?:nearly|almost|close to|just under)\s+$/i, 'nearly'],
  [/(?:about|around|roughly|approximately|some|an estimated|estimated)\s+$/i, 'about'],
];
const TALLY_AFTER: ReadonlyArray<readonly [RegExp, 'dash' | 'to' | 'for-against']> = [
  [/^\s?[-–]\s?(\d+)(?![\w])/, 'dash'],
  [/^ to (\d+)(?![\w])/, 'to'],
  [/^ for,? (\d+) against\b/, 'for-against'],
];

/** The number a figure written in digits or words denotes ("1,983" → 1983, "six" → 6); null if neither. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^[\d,]+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  const fraction = /^(?:(?:a|one)[ -])?(fifth|quarter|third|fourth|half)$/.exec(trimmed);
  if (fraction) return FRACTION_WORDS[fraction[1] ?? ''] ?? null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of trimmed.split(/[\s-]+/)) {
    if (word === 'and') continue;
    const unit = UNIT_WORDS.indexOf(word);
    const ten = TEN_WORDS.indexOf(word);
    if (unit >= 0) current += unit;
    else if (ten >= 2) current += ten * 10;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALE_WORDS) {
      total += (current || 1) * (SCALE_WORDS[word] ?? 1);
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

function below1000InWords(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords =
    rest < 20
      ? (UNIT_WORDS[rest] ?? '')
      : `${TEN_WORDS[Math.floor(rest / 10)] ?? ''}${rest % 10 ? `-${UNIT_WORDS[rest % 10]}` : ''}`;
  if (!hundreds) return restWords;
  return rest
    ? `${UNIT_WORDS[hundreds]} hundred and ${restWords}`
    : `${UNIT_WORDS[hundreds]} hundred`;
}

/** A whole number in British English words: 537 → "five hundred and thirty-seven". */
export function numberInWords(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1_000);
  const rest = n % 1_000;
  if (millions) parts.push(`${below1000InWords(millions)} million`);
  if (thousands) parts.push(`${below1000InWords(thousands)} thousand`);
  if (rest) parts.push(`${parts.length && rest < 100 ? 'and ' : ''}${below1000InWords(rest)}`);
  return parts.join(' ');
}

function qualifierBefore(text: string, at: number): Qualifier {
  const before = text.slice(Math.max(0, at - 24), at);
  return QUALIFIER_BEFORE.find(([pattern]) => pattern.test(before))?.[1] ?? 'exact';
}

function findNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const taken = (at: number, end: number) =>
    mentions.some((m) => at < m.at + m.text.length && end > m.at);
  for (const m of text.matchAll(FRACTION_PATTERN)) {
    const at = m.index ?? 0;
    mentions.push({
      at,
      text: m[0],
      value: parseNumber(m[0]) ?? 0,
      form: 'fraction',
      percent: true,
      qualifier: qualifierBefore(text, at),
    });
  }
  for (const m of text.matchAll(DIGITS_PATTERN)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    const mention: NumberMention = {
      at,
      text: m[0],
      value: Number(m[0].replace(/,/g, '')),
      form: 'digits',
      percent: PERCENT_AFTER.test(after),
      qualifier: qualifierBefore(text, at),
    };
    for (const [pattern, form] of TALLY_AFTER) {
      const tally = pattern.exec(after);
      if (tally)
        mention.tally = {
          at,
          text: m[0] + tally[0],
          against: tally[1] ?? '',
          form,
        };
    }
    mentions.push(mention);
  }
  for (const m of text.matchAll(WORDS_PATTERN)) {
    const at = m.index ?? 0;
    const value = parseNumber(m[0]);
    // "one of its warplanes": a lone "one" is a pronoun far more often than a count.
    if (value === null || /^one$/i.test(m[0]) || taken(at, at + m[0].length)) continue;
    mentions.push({
      at,
      text: m[0],
      value,
      form: 'words',
      percent: PERCENT_AFTER.test(text.slice(at + m[0].length)),
      qualifier: qualifierBefore(text, at),
    });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** AP style, the abbreviation US wire copy uses: March to July are never shortened. */
const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const DAY_MONTH = new RegExp(
  String.raw`(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\d{4}))?(?!\d)`,
  'gd',
);
const MONTH_DAY = new RegExp(
  String.raw`${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?![\d])(?:, (\d{4})(?!\d))?`,
  'gd',
);
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/dg;

type DateFormat = 'day-month' | 'month-day' | 'ap' | 'numeric';
/** The formats news writes dates in; "27.12.2005" is a kind of its own so its rate shows. */
const WRITTEN_DATE_FORMATS: DateFormat[] = ['day-month', 'month-day', 'ap'];

interface DateMention {
  at: number;
  text: string;
  day: number;
  month: number;
  year: number | null;
  format: DateFormat;
  /** Where each part is written, so one part can change alone. */
  dayAt: Edit;
  monthAt: Edit;
  yearAt: Edit | null;
}

function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((month) => month.startsWith(name.replace('.', '').slice(0, 3))) + 1;
}

function part(m: RegExpExecArray, group: number): Edit | null {
  const span = m.indices?.[group];
  const text = m[group];
  return span && text !== undefined ? { at: span[0], from: text, to: text } : null;
}

function findDates(text: string): DateMention[] {
  const dates: DateMention[] = [];
  const read = (pattern: RegExp, d: number, mo: number, y: number, format: DateFormat) => {
    for (const m of text.matchAll(pattern)) {
      const dayAt = part(m, d);
      const monthAt = part(m, mo);
      if (!dayAt || !monthAt) continue;
      const at = m.index ?? 0;
      if (dates.some((x) => at < x.at + x.text.length && at + m[0].length > x.at)) continue;
      const month = format === 'numeric' ? Number(monthAt.from) : monthNumber(monthAt.from);
      const yearAt = part(m, y);
      const abbreviated = /\.$/.test(monthAt.from);
      dates.push({
        at,
        text: m[0],
        day: Number(dayAt.from),
        month,
        year: yearAt ? Number(yearAt.from) : null,
        format: format === 'month-day' && abbreviated ? 'ap' : format,
        dayAt,
        monthAt,
        yearAt,
      });
    }
  };
  read(NUMERIC_DATE, 1, 2, 3, 'numeric');
  read(DAY_MONTH, 1, 2, 3, 'day-month');
  read(MONTH_DAY, 2, 1, 3, 'month-day');
  return dates
    .filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysIn(d.month))
    .sort((a, b) => a.at - b.at);
}

function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function writeDate(date: { day: number; month: number; year: number | null }, format: DateFormat) {
  const month = MONTH_NAMES[date.month - 1] ?? '';
  const year = date.year === null ? '' : String(date.year);
  switch (format) {
    case 'day-month':
      return [date.day, month, year].filter(Boolean).join(' ');
    case 'month-day':
      return `${month} ${date.day}${year ? `, ${year}` : ''}`;
    case 'ap':
      return `${AP_MONTHS[date.month - 1]} ${date.day}${year ? `, ${year}` : ''}`;
    case 'numeric':
      return `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${year}`;
  }
}

function isoOf(date: { day: number; month: number; year: number | null }): string {
  const mmdd = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year === null ? `--${mmdd}` : `${date.year}-${mmdd}`;
}

/** Whether a written date (maybe without its year) is the YYYY-MM-DD value. */
function dateIs(date: DateMention, value: string): boolean {
  const iso = isoOf(date);
  return iso.startsWith('--') ? value.endsWith(iso.slice(1)) : iso === value;
}

const YEAR_PATTERN = /(?<![\d,.-])(1[89]\d\d|20\d\d)(?![\d-])/g;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function occurrences(text: string, pattern: RegExp): Edit[] {
  return [...text.matchAll(pattern)].map((m) => ({ at: m.index ?? 0, from: m[0], to: m[0] }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wholePhrase(phrase: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, flags);
}

/** The first of the phrases written in the text, as written there. */
function findPhrase(text: string, phrases: readonly string[]): Edit | null {
  for (const phrase of phrases) {
    const [hit] = occurrences(text, wholePhrase(phrase));
    if (hit) return hit;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The claim side: which version is true, which values any version has

/** The version a corroborated example states: the established one, or the only one. */
function trueVersion(claim: Claim): Version | null {
  return (
    claim.versions.find((v) => v.established) ??
    (claim.versions.length === 1 ? (claim.versions[0] ?? null) : null)
  );
}

function numericValues(claim: Claim): number[] {
  return claim.versions.map((v) => v.value).filter((x): x is number => typeof x === 'number');
}

function dateValues(claim: Claim): string[] {
  return claim.versions
    .map((v) => v.value)
    .filter((x): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x));
}

function yearValues(claim: Claim): number[] {
  return claim.value?.kind === 'date'
    ? dateValues(claim).map((d) => Number(d.slice(0, 4)))
    : numericValues(claim);
}

const isPercentClaim = (claim: Claim) => /percent|%/.test(claim.value?.unit ?? '');

/** A figure stands for one of the claim's values when equal to it, or near it with a qualifier. */
function numberFor(claim: Claim, text: string): NumberMention | null {
  const values = numericValues(claim);
  const percent = isPercentClaim(claim);
  return (
    findNumbers(text).find(
      (n) =>
        (n.form !== 'fraction' || percent) &&
        values.some(
          (v) =>
            Math.abs(n.value - v) < 0.01 ||
            (n.qualifier !== 'exact' && Math.abs(n.value - v) <= 0.5 * v),
        ),
    ) ?? null
  );
}

/** A year the claim's values have, written once in the text (twice would leave it ambiguous). */
function yearFor(claim: Claim, text: string): Edit | null {
  const years = yearValues(claim);
  const hits = occurrences(text, YEAR_PATTERN).filter((y) => years.includes(Number(y.from)));
  const [hit] = hits;
  return hit && occurrences(text, wholePhrase(hit.from, 'g')).length === 1 ? hit : null;
}

function dateFor(claim: Claim, text: string): DateMention | null {
  const values = dateValues(claim);
  return findDates(text).find((d) => values.some((v) => dateIs(d, v))) ?? null;
}

function cuesOf(versions: Version[]): string[] {
  return versions.flatMap((v) => v.cues ?? []);
}

function countryNames(key: string): string[] {
  const title = key.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return key === 'united states' || key === 'usa' ? ['United States', 'U.S.', 'US'] : [title];
}

function listedCountries(claim: Claim): string[] {
  return [...new Set(claim.versions.flatMap((v) => (Array.isArray(v.value) ? v.value : [])))];
}

/** The listed countries the text names, each with where it is written. */
function countriesFor(claim: Claim, text: string): Edit[] {
  return listedCountries(claim)
    .flatMap((key) =>
      countryNames(key).flatMap((name) => occurrences(text, wholePhrase(name, 'gu'))),
    )
    .sort((a, b) => a.at - b.at);
}

/** Whether the example states one of the claim's values at all, the gate for every rewrite. */
function statesValue(claim: Claim, text: string): boolean {
  switch (claim.value?.kind) {
    case 'number':
      return numberFor(claim, text) !== null || findPhrase(text, cuesOf(claim.versions)) !== null;
    case 'year':
      return yearFor(claim, text) !== null;
    case 'date':
      return dateFor(claim, text) !== null || yearFor(claim, text) !== null;
    case 'weekday':
      return findPhrase(text, weekdayValues(claim)) !== null;
    case 'countries':
      return countriesFor(claim, text).length >= 2;
    default:
      return findPhrase(text, cuesOf(claim.versions)) !== null;
  }
}

function weekdayValues(claim: Claim): string[] {
  return claim.versions.map((v) => v.value).filter((x): x is string => typeof x === 'string');
}

// ---------------------------------------------------------------------------------------------
// Wrong-value variants

/** One wrong-value variant before it becomes a case: its kind and the spans it changes. */
interface Variant {
  kind: WrongValueKind;
  edits: Edit[];
}

const variant = (kind: WrongValueKind, edit: Edit): Variant => ({ kind, edits: [edit] });

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.to + out.slice(edit.at + edit.from.length);
  return out;
}

function sameCase(like: string, text: string): string {
  return /^\p{Lu}/u.test(like) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Year offsets, "±1..3": one each way and the far end, so near misses and clear ones both show. */
const YEAR_OFFSETS = [1, -2, 3];
/** Years the topic's news is full of; the first that is wrong for a claim is its distractor. */
const DISTRACTOR_YEARS = [1997, 2022, 2014, 2025, 1999];

function yearVariants(claim: Claim, text: string): Variant[] {
  const hit = yearFor(claim, text);
  if (!hit) return [];
  const year = Number(hit.from);
  const taken = yearValues(claim);
  const offsets = YEAR_OFFSETS.map((d) => year + d).filter((y) => !taken.includes(y));
  const distractor = DISTRACTOR_YEARS.find((y) => !taken.includes(y) && Math.abs(y - year) > 3);
  return [
    ...offsets.map((y) => variant('year', { ...hit, to: String(y) })),
    ...(distractor ? [variant('year-distractor', { ...hit, to: String(distractor) })] : []),
  ];
}

function dateVariants(claim: Claim, text: string): Variant[] {
  const date = dateFor(claim, text);
  if (!date) return [];
  const taken = dateValues(claim);
  const isTaken = (d: { day: number; month: number; year: number | null }) =>
    taken.some((v) => v.endsWith(isoOf(d).replace(/^-+/, '')));
  const variants: Variant[] = [];
  const day = date.day + 3 <= Math.min(28, daysIn(date.month)) ? date.day + 3 : date.day - 3;
  if (!isTaken({ ...date, day }))
    variants.push(variant('date-day', { ...date.dayAt, to: String(day) }));
  const month = [date.month + 2, date.month - 2, date.month + 3].find(
    (m) => m >= 1 && m <= 12 && date.day <= daysIn(m) && !isTaken({ ...date, month: m }),
  );
  if (month) {
    const to =
      date.format === 'numeric'
        ? String(month).padStart(date.monthAt.from.length, '0')
        : date.format === 'ap'
          ? (AP_MONTHS[month - 1] ?? '')
          : (MONTH_NAMES[month - 1] ?? '');
    variants.push(variant('date-month', { ...date.monthAt, to }));
  }
  if (date.yearAt && date.year !== null && !isTaken({ ...date, year: date.year + 1 }))
    variants.push(variant('date-year', { ...date.yearAt, to: String(date.year + 1) }));
  return variants;
}

function weekdayVariants(claim: Claim, text: string): Variant[] {
  const hit = findPhrase(text, weekdayValues(claim));
  if (!hit) return [];
  const taken = weekdayValues(claim).map((d) => d.toLowerCase());
  const index = WEEKDAYS.findIndex((d) => d.toLowerCase() === hit.from.toLowerCase());
  return [3, 4]
    .map((d) => WEEKDAYS[(index + d) % 7] ?? '')
    .filter((d) => !taken.includes(d.toLowerCase()))
    .map((d) => variant('weekday', { ...hit, to: sameCase(hit.from, d.toLowerCase()) }));
}

/**
 * Whether a figure with this qualifier is clearly wrong for every value the claim has: outside what
 * the qualifier allows with a margin, so a variant never lands on a reading that is arguably true.
 */
function clearlyWrong(x: number, qualifier: Qualifier, values: number[]): boolean {
  if (x <= 0 || values.includes(x)) return false;
  return values.every((v) => {
    switch (qualifier) {
      case 'exact':
        return Math.abs(x - v) >= 0.2 * v;
      case 'over':
        return v * 1.1 < x;
      case 'under':
        return v > x * 1.1;
      case 'nearly':
        return v < 0.75 * x || v > 1.1 * x;
      case 'about':
        return Math.abs(x - v) > 0.3 * Math.max(x, v);
    }
  });
}

/** Rounds to the original's precision: a "450,000" becomes another round figure, not 630,017. */
function roundLike(x: number, original: string): number {
  const zeros = /0*$/.exec(original.replace(/,/g, ''))?.[0].length ?? 0;
  const unit = 10 ** Math.min(zeros, Math.max(0, String(Math.round(x)).length - 1));
  return Math.max(unit, Math.round(x / unit) * unit);
}

function writeLike(value: number, like: NumberMention): string | null {
  if (like.form === 'words') return sameCase(like.text, numberInWords(value));
  // Separators as news writes them, unless the original wrote a large figure without them.
  const bare = like.value >= 1_000 && !like.text.includes(',');
  const written = value >= 1_000 && !bare ? value.toLocaleString('en-US') : String(value);
  // A bare four-digit figure from 1800 to 2099 reads as a year, not a count.
  if (/^(?:1[89]|20)\d\d$/.test(written)) return null;
  return written;
}

function countCandidates(mention: NumberMention, percent: boolean): number[] {
  const v = mention.value;
  if (mention.tally) return [0.6 * v, 0.4 * v];
  if (percent) {
    const up = [v + 30, v + 50];
    const down = [v - 30, v - 50];
    const within = (xs: number[]) => xs.filter((x) => x > 0 && x < 100);
    if (mention.qualifier === 'over') return within(up);
    if (mention.qualifier === 'under') return within(down);
    return within([...down, ...up]);
  }
  const step = Math.max(Math.ceil(0.4 * v), 3);
  switch (mention.qualifier) {
    case 'exact':
      return [v + step, v - step];
    case 'under':
      return [v / 2, v / 3];
    default:
      return [2 * v, 3 * v];
  }
}

function numberVariants(claim: Claim, text: string): Variant[] {
  const mention = numberFor(claim, text);
  if (!mention) return [];
  const percent = mention.percent || isPercentClaim(claim);
  const kind: WrongValueKind = mention.tally ? 'tally' : percent ? 'percentage' : 'count';
  const values = numericValues(claim);
  if (mention.form === 'fraction') {
    const to = mention.value === 50 ? 'a quarter' : 'half';
    return clearlyWrong(parseNumber(to) ?? 0, mention.qualifier, values)
      ? [variant(kind, { at: mention.at, from: mention.text, to: sameCase(mention.text, to) })]
      : [];
  }
  const variants: Variant[] = [];
  for (const candidate of countCandidates(mention, percent)) {
    const x = percent ? Math.round(candidate) : roundLike(candidate, mention.text);
    const to = writeLike(x, mention);
    if (!to || !clearlyWrong(x, mention.qualifier, values)) continue;
    variants.push(variant(kind, { at: mention.at, from: mention.text, to }));
    // Only an exact figure is wrong both ways; a bounded one has one clearly wrong direction.
    if (mention.qualifier !== 'exact' || mention.tally) break;
  }
  return variants;
}

/** A title for each title a role cue names: another post the same person does not hold. */
const ROLE_SWAPS: Record<string, string> = {
  'foreign minister': 'defence minister',
  'minister of foreign affairs': 'minister of defence',
  'defence minister': 'foreign minister',
  'defense minister': 'foreign minister',
  'minister of defence': 'minister of foreign affairs',
  'minister of national defence': 'minister of foreign affairs',
  director: 'chair',
  secretary: 'chairman',
  chairman: 'secretary',
  colonel: 'sergeant',
  'research fellow': 'director',
  analyst: 'director',
  'secretary-general': 'High Commissioner',
  'secretary general': 'High Commissioner',
};

function roleVariants(text: string, version: Version): Variant[] {
  const cues = (version.cues ?? []).filter((c) => c.toLowerCase() in ROLE_SWAPS);
  const hit = findPhrase(text, cues);
  const to = hit && ROLE_SWAPS[hit.from.toLowerCase()];
  if (!hit || !to || findPhrase(to, version.cues ?? [])) return [];
  return [variant('role', { ...hit, to: sameCase(hit.from, to) })];
}

/** Treaty places, and for each one where the same event did not happen. */
const PLACE_SWAPS: Record<string, string> = {
  Oslo: 'Geneva',
  Ottawa: 'Geneva',
  Geneva: 'Oslo',
  'New York': 'Geneva',
};
/** For a place-valued claim's own place (a village, a region), a real place elsewhere. */
const OTHER_PLACE = 'Pokrovsk';

function placeVariants(claim: Claim, text: string, version: Version): Variant[] {
  if (claim.value?.kind === 'place') {
    const hit = findPhrase(text, version.cues ?? []);
    if (!hit || !/^\p{Lu}/u.test(hit.from)) return [];
    return [variant('place', { ...hit, to: PLACE_SWAPS[hit.from] ?? OTHER_PLACE })];
  }
  // A place is this claim's value only where its own wording puts the event there ("in Oslo").
  const wording = [claim.statement, ...claim.paraphrases].join(' ');
  for (const [place, to] of Object.entries(PLACE_SWAPS)) {
    if (!new RegExp(`\\b(?:in|at) ${place}\\b`).test(wording)) continue;
    const [hit] = occurrences(
      text,
      new RegExp(`(?<=\\b(?:in|at) )${place}\\b(?! (?:[Tt]reaty|[Cc]onvention|[Pp]rocess))`, 'g'),
    );
    if (hit) return [variant('place', { ...hit, to })];
  }
  return [];
}

/** Countries outside every list here, tried in order; the first the claim does not name is used. */
const OUTSIDE_COUNTRIES = ['Germany', 'France', 'Canada', 'Norway'];

function countryVariants(claim: Claim, text: string): Variant[] {
  const named = countriesFor(claim, text);
  // "the U.S." or "The United States" would read "the Germany": swap a one-word name, written once.
  const hit = named.find(
    (c) =>
      /^\p{Lu}\p{Ll}+$/u.test(c.from) &&
      !/\bthe $/i.test(text.slice(0, c.at)) &&
      named.filter((n) => n.from === c.from).length === 1,
  );
  const wording = [claim.statement, ...claim.paraphrases, text].join(' ').toLowerCase();
  const listed = listedCountries(claim);
  const to = OUTSIDE_COUNTRIES.find(
    (c) => !listed.includes(c.toLowerCase()) && !wording.includes(c.toLowerCase()),
  );
  return hit && to && named.length >= 2 ? [variant('countries', { ...hit, to })] : [];
}

const STATUS_CUE = /\b(?:have|has|had|already) (?:withdrawn|left)\b/;
/**
 * Status wording and wording of the other status, tense kept: the variant says a country left when
 * it had only notified, or is still leaving when it has left.
 */
const STATUS_SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhas withdrawn\b/i, 'is withdrawing'],
  [/\bhave withdrawn\b/i, 'are withdrawing'],
  [/\bhad withdrawn\b/i, 'was withdrawing'],
  [/\bhas left\b/i, 'is leaving'],
  [/\bhave left\b/i, 'are leaving'],
  [/\bwithdrew\b/i, 'moved to withdraw'],
  [/\bis in the process of (?:withdrawing|leaving)\b/i, 'has withdrawn'],
  [/\bare in the process of (?:withdrawing|leaving)\b/i, 'have withdrawn'],
  [/\bis (?:withdrawing|leaving)\b/i, 'has withdrawn'],
  [/\bare (?:withdrawing|leaving)\b/i, 'have withdrawn'],
  [/\bwill withdraw\b/i, 'withdrew'],
  [/\bwill leave\b/i, 'left'],
  [/\bhas notified\b/i, 'has withdrawn and notified'],
  [/\bhave notified\b/i, 'have withdrawn and notified'],
  [/\bwill take effect\b/i, 'took effect'],
  [/\btook effect\b/i, 'will take effect'],
  [/\bsuspends\b/i, 'has left'],
  [/\bsuspended\b/i, 'left'],
  [/\bremains a party\b/i, 'is no longer a party'],
  [/\bno longer a party\b/i, 'still a party'],
];

function isStatusClaim(claim: Claim): boolean {
  return (
    (claim.value?.kind as string) === 'status' ||
    claim.versions.some((v) => (v.cues ?? []).some((c) => STATUS_CUE.test(c.toLowerCase())))
  );
}

function statusVariants(claim: Claim, text: string, version: Version): Variant[] {
  if (!isStatusClaim(claim)) return [];
  const trueCues = version.cues ?? [];
  const edits: Edit[] = [];
  for (const [pattern, to] of STATUS_SWAPS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const at = m.index;
    // Only wording that states the true status is changed, and only into wording that does not.
    const overlaps = edits.some((e) => at < e.at + e.from.length && at + m[0].length > e.at);
    if (overlaps || !findPhrase(m[0], trueCues) || findPhrase(to, trueCues)) continue;
    edits.push({ at, from: m[0], to: sameCase(m[0], to) });
  }
  return edits.length ? [{ kind: 'status', edits }] : [];
}

function wrongValueCases(claim: Claim, text: string): MetamorphicCase[] {
  const version = trueVersion(claim);
  if (!version) return [];
  const variants: Variant[] = [];
  switch (claim.value?.kind) {
    case 'year':
      variants.push(...yearVariants(claim, text));
      break;
    case 'date':
      variants.push(...dateVariants(claim, text));
      // A date claim stated by its year alone ("adopted in 1997") is wrong with another year.
      if (!dateFor(claim, text)) variants.push(...yearVariants(claim, text));
      break;
    case 'weekday':
      variants.push(...weekdayVariants(claim, text));
      break;
    case 'number':
      variants.push(...numberVariants(claim, text));
      break;
    case 'role':
      variants.push(...roleVariants(text, version));
      break;
    case 'countries':
      variants.push(...countryVariants(claim, text));
      break;
  }
  variants.push(...placeVariants(claim, text, version));
  const cases = variants.map(({ kind, edits }) => wrongCase(kind, claim, text, edits));
  // "Finland is withdrawing" was true until the withdrawal took effect: wrong only once it had.
  const date = version.period?.from ?? version.period?.to;
  for (const { kind, edits } of statusVariants(claim, text, version))
    cases.push({
      ...wrongCase(kind, claim, text, edits),
      ...(date ? { publishedDate: date } : {}),
    });
  return cases;
}

function wrongCase(
  kind: WrongValueKind,
  claim: Claim,
  original: string,
  edits: Edit[],
): MetamorphicCase {
  return {
    kind,
    family: 'wrong-value',
    claim: claim.id,
    original,
    text: applyEdits(original, edits),
    expected: 'conflicting',
    edits,
  };
}

// ---------------------------------------------------------------------------------------------
// Neutral rewrites

/** First words that are not names, so "Officials said " can lower-case them. */
const COMMON_FIRST_WORDS = new Set(
  (
    'a an the in on at under about after before while as it its this these those there two three ' +
    'four five six seven eight nine ten some many most other mines anti-tank areas around ' +
    'additionally however notably signed facing withdrawal key human military landmine ' +
    'withdrawal when if since by during what why'
  ).split(' '),
);

function lowerFirst(text: string): string {
  const first = /^[\p{L}-]+/u.exec(text)?.[0].toLowerCase() ?? '';
  return COMMON_FIRST_WORDS.has(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const QUOTE_CHARS = /["'\u2018\u2019\u201C\u201D]/;
/** Commas that split clauses: not the one in "December 3, 1997". */
const CLAUSE_COMMA = /, (?!\d{4}\b)/g;
/** A short fronted phrase ("Under the treaty, …"); a longer one is a clause of its own. */
const INTRO_CLAUSE =
  /^((?:In|On|Under|After|At|As|While|Since|Before|During|According to|By)(?: [^, ]+){1,4}), (?!(?:and|but|or|so|which|who)\b)(.+)\.$/;
const TRAILING_SAID =
  /^(.+), ((?:he|she|they|officials|the (?:[\p{L}'-]+ ){0,3}(?:ministry|unit|agency))|\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)*) (said|says|told [\p{Lu}][\p{L}]+)\.$/u;
const TRAILING_ACCORDING = /^(.+), (according to [^,]+)\.$/;

function reorderClauses(text: string): string | null {
  if (QUOTE_CHARS.test(text)) return null;
  const commas = [...text.matchAll(CLAUSE_COMMA)].length;
  const according = TRAILING_ACCORDING.exec(text);
  if (according) return `${upperFirst(according[2] ?? '')}, ${lowerFirst(according[1] ?? '')}.`;
  const said = TRAILING_SAID.exec(text);
  if (said && commas === 1)
    return `${upperFirst(said[2] ?? '')} ${said[3]} ${lowerFirst(said[1] ?? '')}.`;
  const intro = INTRO_CLAUSE.exec(text);
  if (intro && commas === 1)
    return `${upperFirst(intro[2] ?? '')} ${(intro[1] ?? '').charAt(0).toLowerCase()}${(intro[1] ?? '').slice(1)}.`;
  return null;
}

/** Case-keeping word swaps that say the same thing in news English. */
const SYNONYMS: ReadonlyArray<readonly [RegExp, (word: string) => string]> = [
  [/\btreat(?:y|ies)\b/gi, (w) => sameCase(w, /ies$/i.test(w) ? 'conventions' : 'convention')],
  [/\bconventions?\b/gi, (w) => sameCase(w, /s$/i.test(w) ? 'treaties' : 'treaty')],
  [/\blandmine(s?)\b/gi, (w) => sameCase(w, `land mine${/s$/i.test(w) ? 's' : ''}`)],
  [/\bland mine(s?)\b/gi, (w) => sameCase(w, `landmine${/s$/i.test(w) ? 's' : ''}`)],
  [/\bsaid\b/g, () => 'stated'],
  [/\bstated\b/g, () => 'said'],
];

/** The numbers the claim's value is written as, for the words ↔ digits rewrites. */
function neutralNumber(claim: Claim, text: string): NumberMention | null {
  return claim.value?.kind === 'number' ? numberFor(claim, text) : null;
}

function neutralCases(claim: Claim, text: string, expected: Verdict): MetamorphicCase[] {
  const out: Array<[NeutralKind, string]> = [];
  if (/[\p{L}\p{N})\]]\.$/u.test(text))
    out.push(['attribution-suffix', `${text.slice(0, -1)}, according to Reuters.`]);
  if (/^\p{L}/u.test(text)) out.push(['attribution-prefix', `Officials said ${lowerFirst(text)}`]);
  const reordered = reorderClauses(text);
  if (reordered) out.push(['clause-reorder', reordered]);

  const number = neutralNumber(claim, text);
  // Only small figures: nobody writes "one thousand nine hundred and eighty-three people".
  const small =
    number && Number.isInteger(number.value) && number.value >= 2 && number.value < 1000;
  if (number && small && !number.tally && !number.percent && number.form === 'digits')
    out.push([
      'number-words',
      replaceAt(text, number, sameCase(number.text, numberInWords(number.value))),
    ]);
  if (number && number.form === 'words')
    out.push([
      'number-digits',
      replaceAt(
        text,
        number,
        number.value >= 1000 ? number.value.toLocaleString('en-US') : String(number.value),
      ),
    ]);
  if (number?.tally) {
    const { tally } = number;
    const to =
      tally.form === 'dash'
        ? `${number.text} to ${tally.against}`
        : `${number.text}-${tally.against}`;
    out.push(['tally-format', replaceAt(text, tally, to)]);
  }

  for (const date of findDates(text)) {
    for (const format of WRITTEN_DATE_FORMATS) {
      const written = writeDate(date, format);
      if (written !== date.text) out.push(['date-format', replaceAt(text, date, written)]);
    }
    if (date.year !== null && date.format !== 'numeric')
      out.push(['date-numeric', replaceAt(text, date, writeDate(date, 'numeric'))]);
  }

  for (const [pattern, swap] of SYNONYMS) out.push(['synonym', text.replace(pattern, swap)]);

  return out
    .filter(([, variant]) => variant !== text)
    .map(([kind, variant]) => ({
      kind,
      family: 'neutral',
      claim: claim.id,
      original: text,
      text: variant,
      expected,
    }));
}

function replaceAt(text: string, span: { at: number; text: string }, to: string): string {
  return text.slice(0, span.at) + to + text.slice(span.at + span.text.length);
}

// ---------------------------------------------------------------------------------------------
// Generation and scoring

/**
 * Every case the pack's match examples give, in pack order. Only examples that state one of the
 * claim's values are used; wrong-value variants come only from corroborated ones (which state the
 * true value), neutral ones from any example with a verdict.
 */
export function generateCases(pack: Pack): MetamorphicCase[] {
  const cases: MetamorphicCase[] = [];
  const seen = new Set<string>();
  for (const claim of pack.claims)
    for (const example of claim.examples.match) {
      if (!example.verdict || !statesValue(claim, example.text)) continue;
      const made = [
        ...(example.verdict === 'corroborated' ? wrongValueCases(claim, example.text) : []),
        ...neutralCases(claim, example.text, example.verdict),
      ];
      for (const c of made) {
        const key = `${c.claim}\u0000${c.kind}\u0000${c.text}`;
        if (c.text === c.original || seen.has(key)) continue;
        seen.add(key);
        cases.push(c);
      }
    }
  return cases;
}

function outcomeFor(note: Note | null, claim: string): Outcome {
  if (!note) return { verdict: null, claim: null };
  // A sentence can state several claims: the part for this claim is what counts, not the headline.
  const part = note.parts?.find((p) => p.claim === claim) ?? (note.claim === claim ? note : null);
  return { verdict: part ? part.verdict : null, claim: part ? claim : note.claim };
}

/** Pass rates per kind, wrong-value kinds first, each in the order the kinds are declared. */
export function runCases(pack: Pack, cases: MetamorphicCase[]): KindRate[] {
  const annotator = createAnnotator(pack);
  const notes = new Map<string, Note | null>();
  const noteOn = (text: string, date: string | undefined) => {
    const key = `${date ?? ''}\u0000${text}`;
    if (!notes.has(key))
      notes.set(key, noteForSentence({ start: 0, end: text.length, text }, annotator, date));
    return notes.get(key) ?? null;
  };
  const kinds: Array<[Family, CaseKind]> = [
    ...WRONG_VALUE_KINDS.map((k): [Family, CaseKind] => ['wrong-value', k]),
    ...NEUTRAL_KINDS.map((k): [Family, CaseKind] => ['neutral', k]),
  ];
  return kinds
    .map(([family, kind]) => {
      const subset = cases.filter((c) => c.family === family && c.kind === kind);
      const failures: CaseFailure[] = [];
      let originalsRight = 0;
      for (const c of subset) {
        const want = c.family === 'neutral' ? c.expected : 'corroborated';
        const original = outcomeFor(noteOn(c.original, c.publishedDate), c.claim);
        const originalRight = original.verdict === want;
        if (originalRight) originalsRight += 1;
        const got = outcomeFor(noteOn(c.text, c.publishedDate), c.claim);
        if (got.verdict !== c.expected) failures.push({ case: c, got, originalRight });
      }
      const passed = subset.length - failures.length;
      return {
        kind,
        family,
        total: subset.length,
        passed,
        rate: subset.length ? passed / subset.length : 0,
        originalsRight,
        failures,
      };
    })
    .filter((rate) => rate.total > 0);
}
