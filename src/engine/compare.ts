// Decides which version of a claim a sentence states (by value, cue or polarity) and turns the
// pack's evidence into a note: who corroborates that, who conflicts with it, and the verdict.
import type { Claim, Evidence, Pack, Source, Version } from '../claims/schema';
import { analyseSentence, type AnalysedSentence } from './analyse';
import { COUNTRY_MENTION, countriesIn } from './countries';
import { translatedTexts } from './match';
import { foldText } from './normalise';
import type { NoteEvidence, Verdict } from './types';
import {
  dateAgrees,
  extractDates,
  extractMonthYears,
  extractYears,
  findCue,
  hasCue,
  numberAgrees,
  type SentenceValues,
  type StatedDate,
  type StatedNumber,
} from './values';

/** What a sentence says of a claim's value. */
export interface StatedValue {
  /** The version's cue phrase the sentence carries, when a cue (not a value) named the version. */
  cue?: string;
  /** The version the sentence states, or null when it states a value no version has. */
  version: Version | null;
  /** The value as written in the sentence, or null when it states none. */
  text: string | null;
  /**
   * A value no version has, but close to one (a date off in one part, a year off by a few, a count
   * within a third): a slip in this claim's value rather than another fact's.
   */
  near?: boolean;
}

export interface Comparison {
  stated: string | null;
  /** Whether the sentence named one of the claim's versions (by value or cue). */
  statedVersion: boolean;
  /** Whether it named it by a cue phrase rather than a value. */
  byCue: boolean;
  /**
   * The cue is only a name the claim's wording writes as one ("UN", "Secretary-General", "Human
   * Rights Watch"): naming who is involved is not stating what the claim says of them.
   */
  byNameOnly: boolean;
  /**
   * A negation governs the cue itself ("не вийшла з", "has not withdrawn") though the sentence was
   * not read as denying the claim: it says the version is not so, which is no statement of it.
   */
  cueDenied: boolean;
  /** It states a value no version has, but close to one (see StatedValue.near). */
  nearMiss: boolean;
  /** Whether the verdict comes from the sentence denying what it names. */
  negated: boolean;
  verdict: Verdict;
  corroborating: NoteEvidence[];
  conflicting: NoteEvidence[];
  established: string | null;
}

const nameCues = new WeakMap<Claim, Map<string, boolean>>();

/** Whether every word of `cue` is written capitalised (a name or an acronym) in the claim's English. */
function isNameCue(claim: Claim, cue: string): boolean {
  let known = nameCues.get(claim);
  if (!known) nameCues.set(claim, (known = new Map()));
  let answer = known.get(cue);
  if (answer === undefined) {
    const wording = [claim.statement, ...claim.paraphrases].join(' ');
    const words = cue.split(/[\s-]+/).filter(Boolean);
    answer =
      words.length > 0 &&
      words.every((word) => {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const written = [...wording.matchAll(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'giu'))];
        return written.length > 0 && written.every((m) => /^\p{Lu}/u.test(m[0]));
      });
    known.set(cue, answer);
  }
  return answer;
}

/** Whether the words right after a figure are its claim's unit ("60 missiles", "413 votes"). */
function unitFollows(stated: StatedNumber, unit: string | undefined): boolean {
  if (!unit) return false;
  const [next = ''] = stated.following.split(/\s+/);
  return foldText(unit.replace(/\([^)]*\)/g, ''))
    .split(/[^a-z]+/)
    .some((word) => word.length > 2 && next.startsWith(word.replace(/s$/, '').slice(0, 5)));
}

/** Words between a number and the noun it counts: "12 of the", "164 in all", "299 for". */
const NOT_A_NOUN = new Set(
  'of the a an in on at to and or for per by from than with all more over about some its their'.split(
    ' ',
  ),
);
const claimWords = new WeakMap<Claim, Set<string>>();

/**
 * Whether a figure no version has can be this claim's: the noun it counts ("a dozen variants",
 * "164 countries") must be a word of the claim or its unit. A figure of something else the claim
 * never speaks of is another fact, not a wrong value of this one.
 */
function countsClaimNoun(stated: StatedNumber, claim: Claim): boolean {
  const [next = ''] = stated.following.trim().split(/[^a-z]+/);
  if (next.length < 3 || NOT_A_NOUN.has(next)) return true;
  let words = claimWords.get(claim);
  if (!words) {
    const text = [claim.statement, ...claim.paraphrases, claim.value?.unit ?? ''].join(' ');
    words = new Set(
      foldText(text)
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2)
        .map((w) => w.slice(0, 5)),
    );
    claimWords.set(claim, words);
  }
  return words.has(next.slice(0, 5));
}

/** A stated number counts as the claim's value only when it is of the same order of magnitude. */
function plausibleNumber(
  stated: StatedNumber,
  versions: Version[],
  unit: string | undefined,
): boolean {
  const values = versions.map((v) => v.value).filter((x): x is number => typeof x === 'number');
  if (unit) {
    const unitWords = foldText(unit)
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2);
    if (unitWords.some((word) => stated.following.includes(word.slice(0, 5)))) return true;
  }
  return values.some((value) => stated.value >= value * 0.5 && stated.value <= value * 2);
}

/** Words right after a figure that count deaths alone ("5,700 died", "1,945 people were killed"). */
const DEATHS_ONLY =
  /^\s*(?:(?:people|persons|civilians|men|women|children)\s+)?(?:(?:were|have been|had been)\s+)?(?:died|dead|deaths|killed(?!\s+(?:or|and)\s+(?:injured|wounded|maimed))|загинул|загибл|погибл|убит)/u;

/** Whether a claim's unit counts casualties, the killed and injured together ("casualties (2023)"). */
function countsCasualties(unit: string | undefined): boolean {
  return /^casualties\b/i.test(unit ?? '');
}

/** Whether a stated number is a percentage ("84%", "84 per cent", "84 відсотки", "84 процента"). */
export function isShare(n: StatedNumber): boolean {
  return /%$/.test(n.text) || /^\s*(?:%|per ?cent|percent|відсот|процент)/u.test(n.following);
}

/** Groups a casualty share is of, each by the start of its word (English, Ukrainian, Russian). */
const SHARE_GROUPS: ReadonlyArray<[string, RegExp]> = [
  ['civilian', /\b(?:civilian|non-combatant)|(?<![\p{L}])(?:цивільн|мирн)/u],
  ['children', /\b(?:child|boys?\b|girls?\b)|(?<![\p{L}])(?:діт|дит|дет|ребен)/u],
  ['military', /\b(?:soldier|military|servicem|combatant)|(?<![\p{L}])(?:військов|военн)/u],
  ['deminer', /\b(?:deminer|sapper)|(?<![\p{L}])(?:сапер)/u],
];

/**
 * Whether a share stated at `index` can be of the group the claim's unit counts ("percent civilian
 * (2023)"): no when a group other than that one is the subject written before it in its clause.
 */
function shareOfGroup(folded: string, index: number, unit: string | undefined): boolean {
  // The unit names its group first ("percent children of civilian casualties").
  const wanted = SHARE_GROUPS.map(([group, pattern]) => ({
    group,
    at: unit?.search(pattern) ?? -1,
  }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0]?.group;
  if (!wanted) return true;
  const clause =
    folded
      .slice(0, index)
      .split(/[,;:()]|\s[\u2013\u2014-]\s/)
      .pop() ?? '';
  const named = SHARE_GROUPS.filter(([, pattern]) => pattern.test(clause)).map(([group]) => group);
  return named.length === 0 || named.includes(wanted);
}

function stateByNumber(
  claim: Claim,
  values: SentenceValues,
  isYear: boolean,
  date?: string,
  from?: string,
): StatedValue {
  const versions = claim.versions;
  if (isYear) {
    const years = values.years();
    const matched = versions.find((v) => typeof v.value === 'number' && years.includes(v.value));
    if (matched) return { version: matched, text: String(matched.value) };
    const distance = (year: number) =>
      Math.min(
        ...versions.map((v) => (typeof v.value === 'number' ? Math.abs(year - v.value) : 99)),
      );
    const other = years.find((year) => distance(year) <= 10);
    if (other === undefined) return { version: null, text: null };
    return { version: null, text: String(other), near: distance(other) <= DATE_YEAR_REACH };
  }
  const percent = /percent|%/.test(claim.value?.unit ?? '');
  // A rank counts too: "the 40th state to ratify" states the fortieth ratification.
  const numbers = [...values.numbers(), ...values.ordinals()]
    // "a quarter", "half": a fraction of a claim counted in percent.
    .map((n) => (percent && n.value > 0 && n.value < 1 ? { ...n, value: n.value * 100 } : n))
    // "Children accounted for a third of civilian casualties" is the children's share, not the
    // civilians': a share is of the group named as its subject.
    .filter((n) => !percent || shareOfGroup(values.folded, n.index, claim.value?.unit))
    // A share is no count: "over 158%" of a region is not 160 states parties.
    .filter((n) => percent || !isShare(n))
    // Deaths are not casualties: "over 5,700 died" is no count of the killed and injured together.
    .filter(
      (n) =>
        !countsCasualties(claim.value?.unit) ||
        !DEATHS_ONLY.test(values.folded.slice(n.index).replace(/^\S+/, '')),
    )
    // "a 163-page report", "a six-month period": a compound's number measures its own noun, which
    // is this claim's figure only when that noun is the claim's unit.
    .filter(
      (n) =>
        !/^-[a-z]/.test(n.following) ||
        unitFollows({ ...n, following: n.following.slice(1) }, claim.value?.unit),
    )
    // A year is not a count; a figure values.ts reads as a count is ("1945 загинули").
    .filter(
      (n) =>
        !(
          n.value >= 1800 &&
          n.value <= 2099 &&
          n.qualifier === 'exact' &&
          Number.isInteger(n.value) &&
          !/,/.test(n.text) &&
          values.years().includes(n.value)
        ),
    );
  // Of the versions a figure fits, the one true at the date the sentence speaks of: "more than
  // 160" fits 164, 165 and 166 states parties, and is right whichever held then.
  const byTruth = [...versions].sort(
    (a, b) => Number(holds(claim, b, date, from)) - Number(holds(claim, a, date, from)),
  );
  for (const stated of numbers) {
    const agreeing = byTruth.find(
      (v) => typeof v.value === 'number' && numberAgrees(stated, v.value),
    );
    // The same figure with a bound ("more than 1,000" for a version of 1,000) is the version
    // itself: packs record bounded figures by the number the sources give.
    const matched =
      agreeing ?? byTruth.find((v) => typeof v.value === 'number' && stated.value === v.value);
    if (matched) return { version: matched, text: stated.text };
  }
  const other = numbers.find(
    (stated) =>
      plausibleNumber(stated, versions, claim.value?.unit) && countsClaimNoun(stated, claim),
  );
  if (!other) return { version: null, text: null };
  // Close to a version, or counted in the claim's own unit ("171 governments"): this claim's figure.
  const near =
    unitFollows(other, claim.value?.unit) ||
    versions.some(
      (v) => typeof v.value === 'number' && Math.abs(other.value - v.value) <= NEAR_COUNT * v.value,
    );
  return { version: null, text: other.text, near };
}

/** A count within this share of a version is a slip in that count, not another figure (11 vs "a dozen" is another figure). */
const NEAR_COUNT = 0.1;
/** How many years from a date claim's versions a bare year may be and still be this claim's. */
const DATE_YEAR_REACH = 3;

/**
 * A date claim checked at the precision the sentence gives: a full date must match in day, month
 * and year; "in March 1999" in month and year; "in 1999" in year. A value that matches no version
 * is reported only when it is near one (a bare year within a few years), since a far-off date in
 * the same sentence is usually another event's.
 */
function stateByDate(claim: Claim, values: SentenceValues): StatedValue {
  const truths = claim.versions.filter(
    (v): v is Version & { value: string } => typeof v.value === 'string',
  );
  const dates = values.dates();
  for (const date of dates) {
    const matched = truths.find((v) => dateAgrees(date.value, v.value));
    if (matched) return { version: matched, text: date.text };
  }
  const yearOf = (v: { value: string }) => Number(v.value.slice(0, 4));
  // A full date or a month years away from every version dates another event ("enters into force
  // for the Pacific nation on 1 September 2025" is not the treaty's 1999 entry into force).
  const within = (value: string) =>
    value.startsWith('-') ||
    truths.some((v) => Math.abs(Number(value.slice(0, 4)) - yearOf(v)) <= DATE_YEAR_REACH);
  if (dates.length) {
    const closest = closestDate(
      dates.filter((d) => within(d.value)),
      truths,
    );
    if (!closest) return { version: null, text: null };
    const near = sharedParts(closest.value, truths) >= 2;
    return { version: null, text: closest.text, near };
  }
  const months = values.monthYears();
  for (const month of months) {
    const matched = truths.find((v) => v.value.startsWith(month.value));
    if (matched) return { version: matched, text: month.text };
  }
  const years = values.years();
  const matchedYear = truths.find((v) => years.includes(yearOf(v)));
  if (matchedYear && !months.length)
    return { version: matchedYear, text: String(yearOf(matchedYear)) };
  if (months.length) {
    const month = months.find((m) => within(m.value));
    if (!month) return { version: null, text: null };
    const near = truths.some(
      (v) => month !== undefined && v.value.startsWith(month.value.slice(0, 4)),
    );
    return { version: null, text: month?.text ?? null, near };
  }
  const near = years.find((year) =>
    truths.some((v) => Math.abs(year - yearOf(v)) <= DATE_YEAR_REACH),
  );
  return {
    version: null,
    text: near === undefined ? null : String(near),
    near: near !== undefined,
  };
}

/** How many of year, month and day a stated date shares with the version it is closest to. */
function sharedParts(stated: string, truths: Array<{ value: string }>): number {
  return Math.max(
    0,
    ...truths.map(
      (t) => stated.split('-').filter((part, i) => part && part === t.value.split('-')[i]).length,
    ),
  );
}

/** The stated date sharing most with some version (same year, month or day), for the note. */
function closestDate(
  dates: StatedDate[],
  truths: Array<{ value: string }>,
): StatedDate | undefined {
  const shared = (a: string, b: string) =>
    a.split('-').filter((part, i) => part && part === b.split('-')[i]).length;
  return [...dates].sort(
    (x, y) =>
      Math.max(...truths.map((t) => shared(y.value, t.value))) -
      Math.max(...truths.map((t) => shared(x.value, t.value))),
  )[0];
}

function stateByWeekday(claim: Claim, values: SentenceValues): StatedValue {
  const days = values.weekdays();
  const matched = claim.versions.find((v) => typeof v.value === 'string' && days.includes(v.value));
  if (matched) return { version: matched, text: matched.value as string };
  // A weekday can only be this claim's weekday, right or wrong.
  return { version: null, text: days[0] ?? null, near: days.length > 0 };
}

function stateByCue(claim: Claim, values: SentenceValues): StatedValue | null {
  const folded = values.folded;
  const standing = claim.value?.kind === 'status';
  const hits = claim.versions.flatMap((v) => {
    const cue = (v.cues ?? []).find((c) => {
      const match = findCue(folded, c);
      return match !== null && (!standing || leavesTheTreaty(folded, match));
    });
    return cue ? [{ version: v, cue }] : [];
  });
  const [hit] = hits;
  return hits.length === 1 && hit
    ? { version: hit.version, text: hit.version.label, cue: hit.cue }
    : null;
}

/** Words that name the treaty or stand for it ("it", "неї"), by how they start. */
const TREATY_WORD =
  /^(?:treat|convention|pact|accord|agreement|ban\b|it$|them$|конвенц|договор|договір|угод|соглашен|неї$|нее$|него$|нього$|ней$)/u;
/** Words that may stand between a withdrawal verb and the treaty it leaves. */
const BEFORE_TREATY =
  /^(?:from|out|of|in|under|the|this|that|its|their|a|an|ottawa|mine|landmine|anti-?\p{L}*|personnel|international|global|landmark|key|\d{4}|operation|participation|membership|obligations|implementation|commitments|з|із|зі|из|от|у|в|оттавськ\p{L}*|оттавск\p{L}*|міжнародн\p{L}*|международн\p{L}*|ціє\p{L}*|цьо\p{L}*|это\p{L}*|эт\p{L}*|даної|данной|участ\p{L}*|дію|действи\p{L}*|зобов'язан\p{L}*|обязательств\p{L}*)$/u;
/** What opens the thing a withdrawal verb leaves ("from", "the", "no", "з"). */
const OBJECT_OPENS =
  /^(?:from|out|the|a|an|its|their|his|her|no|open|з|із|зі|из|от|свою|свої|свое)$/u;
/** Nouns of a withdrawal that "took effect" or "came into force". */
const WITHDRAWAL_NOUN =
  /(?:withdraw|exit|departure|denunciation|leaving|вихід|виход|выход|денонс)/u;

/** The words of a folded text without the punctuation around them. */
function bareWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d-]+$/gu, ''))
    .filter(Boolean);
}

/**
 * Whether a standing's cue, where it occurs, is about leaving the treaty: its verb leaves the
 * treaty (or nothing named), not a town, a hall or a door ("withdrew from Avdiivka", "вышли из
 * зала", "has left the door open"), and a change that "took effect" is a withdrawal's, not a law's.
 */
function leavesTheTreaty(folded: string, match: RegExpExecArray): boolean {
  const cueWords = bareWords(match[0]);
  if (cueWords.some((w) => TREATY_WORD.test(w))) return true;
  const rest = folded.slice(match.index + match[0].length);
  const after = bareWords(rest).slice(0, 8);
  // Word order differs: "the exit took effect", "набуло чинності рішення про вихід".
  if (/effect|чинност|в силу/u.test(match[0])) {
    const before = bareWords(folded.slice(Math.max(0, match.index - 80), match.index)).slice(-8);
    return [...before, ...cueWords, ...after.slice(0, 4)].some((w) => WITHDRAWAL_NOUN.test(w));
  }
  // Cyrillic cues match either order ("вийшла з X", "з X вийшла"): in the second, what the verb
  // leaves stands inside the match, and it named no treaty.
  if (/^(?:з|із|зі|из)$/u.test(cueWords[0] ?? '')) return false;
  // Clause punctuation right after the verb: it leaves what the sentence already named.
  if (/^\s*[,.;:!?)\u2013\u2014-]/u.test(rest) || !rest.trim()) return true;
  const opensObject =
    OBJECT_OPENS.test(after[0] ?? '') || /(?:^|\s)(?:from|з|із|зі|из)$/u.test(match[0]);
  if (!opensObject) return true;
  for (const word of after) {
    if (TREATY_WORD.test(word)) return true;
    if (!BEFORE_TREATY.test(word)) return false;
  }
  return false;
}

/**
 * Which version the sentence states; cues win over values because they are pack-authored. `date`
 * (YYYY-MM-DD) is the moment the sentence speaks of: among versions a value fits, the one true then.
 */
export function stateValue(
  claim: Claim,
  values: SentenceValues,
  date?: string,
  from?: string,
): StatedValue {
  const cued = stateByCue(claim, values);
  if (cued) return cued;
  switch (claim.value?.kind) {
    case 'number':
      return stateByNumber(claim, values, false, date, from);
    case 'year':
      return stateByNumber(claim, values, true);
    case 'date':
      return stateByDate(claim, values);
    case 'weekday':
      return stateByWeekday(claim, values);
    case 'countries':
      return stateByCountries(claim, values);
    case 'role':
      return stateByRole(claim, values);
    default:
      return { version: null, text: null };
  }
}

/**
 * A country list stated in a sentence: the version whose list contains every country the sentence
 * names, or, when the sentence names a country no version lists, that country as a wrong value.
 */
function stateByCountries(claim: Claim, values: SentenceValues): StatedValue {
  const listOf = (v: Version) =>
    countriesIn(Array.isArray(v.value) ? v.value.join(', ') : String(v.value ?? ''));
  const listed = new Set(claim.versions.flatMap((v) => [...listOf(v)]));
  // Countries the claim itself names outside its lists ("bordering Russia") are context, not members.
  const context = countriesIn([claim.statement, ...claim.paraphrases].join(' '));
  const named = new Set(
    [...listedRun(values.text, listed)].filter((c) => listed.has(c) || !context.has(c)),
  );
  if (!named.size) return { version: null, text: null };
  const matched = claim.versions.find((v) => [...named].every((c) => listOf(v).has(c)));
  if (matched) return { version: matched, text: [...named].join(', ') };
  const extra = [...named].filter((c) => !listed.has(c));
  // Only a sentence that names some of the listed countries is stating this list at all.
  return [...named].some((c) => listed.has(c))
    ? { version: null, text: extra.join(', ') }
    : { version: null, text: null };
}

/** What may stand between two countries of one list: ", ", " and ", ", and ", " or ". */
const LIST_JOINER = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)(?:the\s+)?$/;

/**
 * The countries of the enumeration that names a listed country ("Latvia, Lithuania, Estonia, and
 * Poland"); countries named elsewhere in the sentence ("citing the threat from Belarus") are not
 * members of the list it states.
 */
function listedRun(text: string, listed: Set<string>): Set<string> {
  const folded = foldText(text);
  const mentions = [...folded.matchAll(COUNTRY_MENTION)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    countries: countriesIn(m[0]),
  }));
  const runs: Array<Set<string>> = [];
  let run = new Set<string>();
  mentions.forEach((mention, i) => {
    const previous = mentions[i - 1];
    if (previous && !LIST_JOINER.test(folded.slice(previous.end, mention.start))) {
      runs.push(run);
      run = new Set<string>();
    }
    for (const c of mention.countries) run.add(c);
  });
  runs.push(run);
  const stating = runs.filter((r) => [...r].some((c) => listed.has(c)));
  return stating.sort((a, b) => b.size - a.size)[0] ?? new Set();
}

/** Titles news gives people; a role claim stated with another of these states a wrong role. */
const ROLE =
  /\b(?:(?:deputy |vice |acting )?(?:prime|foreign|defen[cs]e|interior|finance|justice|economy) minister|(?:deputy )?(?:chair(?:man|woman|person)?|secretary|head|director|president|spokes(?:man|woman|person)|commander|ambassador|analyst|researcher|research fellow|speaker|adviser|advisor))\b/;
/** How far (in characters) a title may stand from the person's name to be theirs. */
const ROLE_REACH = 60;

/** A role claim's person, as written in its statement: its capitalised words. */
function namesInStatement(claim: Claim): string[] {
  return (claim.statement.match(/\b\p{Lu}[\p{L}'-]{2,}/gu) ?? []).map(foldText);
}

/** A title near the person's name that no version's cue names: a wrong role. */
function stateByRole(claim: Claim, values: SentenceValues): StatedValue {
  const folded = values.folded;
  for (const name of namesInStatement(claim)) {
    const at = folded.indexOf(name);
    if (at === -1) continue;
    const near = folded.slice(Math.max(0, at - ROLE_REACH), at + name.length + ROLE_REACH);
    const role = ROLE.exec(near)?.[0];
    if (role) return { version: null, text: role, near: true };
  }
  return { version: null, text: null };
}

/**
 * Whether the version held at `date`, or at some time from `since` to `date` when the sentence
 * speaks of a span ("in 2026", "in June 2025"): 163 states parties held in early 2026.
 */
function inPeriod(version: Version, date: string | undefined, since = date): boolean {
  if (!date || !version.period) return true;
  const { from, to } = version.period;
  return (!from || date >= from) && (!to || (since ?? date) <= to);
}

/** The version a sentence that states no value speaks for: the established one, or the only one. */
function defaultVersion(claim: Claim, date: string | undefined): Version | null {
  const current = claim.versions.filter((v) => inPeriod(v, date));
  const inForce = date ? current.filter((v) => v.period) : [];
  return (
    current.find((v) => v.established) ??
    (inForce.length === 1 ? inForce[0] : undefined) ??
    claim.versions.find((v) => v.established) ??
    (claim.versions.length === 1 ? (claim.versions[0] ?? null) : null)
  );
}

function toNoteEvidence(
  evidence: Evidence,
  version: Version,
  sources: Map<string, Source>,
): NoteEvidence {
  const source = sources.get(evidence.source);
  return {
    source: evidence.source,
    publisher: source?.publisher ?? evidence.source,
    url: source?.url ?? '',
    date: source?.date ?? '',
    quote: evidence.quote,
    kind: source?.kind ?? '',
    stance: evidence.stance,
    version: version.label,
  };
}

/** Whether the version counts as true for an article published on `date`. */
/** The day after `date` (YYYY-MM-DD), or undefined without one. */
function dayAfter(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function holds(
  claim: Claim,
  version: Version,
  date: string | undefined,
  since?: string,
  written = false,
): boolean {
  // A sentence that writes the day a change takes effect may give the standing before it or after
  // it ("Poland is withdrawing from the convention as of 20 February").
  if (version.period && date)
    return inPeriod(version, date, since) || (written && dayAfter(version.period.to) === date);
  // Without a date a version that held for a period may be what the writer meant: never a
  // conflict on grounds of time when the time is unknown.
  if (version.period) return true;
  if (version.established) return true;
  const established = claim.versions.some((v) => v.established);
  return !established && claim.versions.length === 1;
}

/**
 * Compares what the sentence states with the claim's versions. `negated` means the sentence denies
 * the proposition (its polarity differs from the claim wording it matched).
 */
export function compareWithClaim(
  claim: Claim,
  sentence: string | AnalysedSentence,
  sources: Map<string, Source>,
  options: { date?: string; negated: boolean; since?: string; written?: boolean },
): Comparison {
  const values = typeof sentence === 'string' ? analyseSentence(sentence) : sentence;
  // A claim whose versions hold for periods is judged at the time the sentence speaks of: a date
  // in the clause that states it ("withdrew on July 10, 2025", "signed in 1997 by 164 countries"),
  // else the article's date.
  const periodic = claim.versions.some((v) => v.period);
  let stated = stateValue(claim, values, options.date);
  if (periodic) {
    const anchor = stated.cue ?? stated.text;
    const when = anchor ? spanOfStatement(values.folded, anchor, options.date) : undefined;
    // A span the sentence does not write is the article's date, which `options` already holds;
    // a future clause without a written time is at no date the article can tell.
    if (when?.written && when.to) {
      options = { ...options, date: when.to, since: when.from, written: when.written };
      stated = stateValue(claim, values, when.to, when.from);
    } else if (when?.future) {
      options = { ...options, date: undefined, since: undefined, written: false };
      stated = stateValue(claim, values);
    }
  }
  // A sentence that names a version by its cue denies it only when a negation also governs the
  // cue itself; negations elsewhere in it (in a quote, about other things) are not about this claim.
  if (stated.cue)
    options = {
      ...options,
      negated: options.negated && deniesCue(claim, values.folded, stated.cue),
    };
  // A sentence that states a version by its value ("the four ministers … would no longer observe
  // the treaty") denies it only when the negation governs that value ("not in 2022").
  else if (stated.version && stated.text && options.negated)
    options = { ...options, negated: valueNegated(values.folded, stated.text) };
  // What the sources establish at the time the sentence speaks of: 164 states parties in June
  // 2025, not today's count (where counts overlap, the one the sentence states, else the first the
  // pack lists); a claim without periods has one established version for all time.
  const inForceThen =
    periodic && options.date
      ? claim.versions.filter((v) => v.period && inPeriod(v, options.date))
      : [];
  const established =
    inForceThen.find((v) => v === stated.version) ??
    inForceThen[0] ??
    claim.versions.find((v) => v.established) ??
    null;
  const version =
    stated.version ?? (stated.text === null ? defaultVersion(claim, options.date) : null);
  const support: NoteEvidence[] = [];
  const against: NoteEvidence[] = [];
  for (const v of claim.versions) {
    for (const evidence of v.evidence) {
      const note = toNoteEvidence(evidence, v, sources);
      const forStated = v === version;
      const agrees = forStated === (evidence.stance === 'asserts');
      // A source asserting another version only conflicts when both cannot be true together.
      if (!forStated && evidence.stance === 'asserts' && version && !holdsTogether(v, version))
        against.push(note);
      else if (forStated || evidence.stance === 'denies') (agrees ? support : against).push(note);
      else if (!version) against.push(note);
    }
  }
  const [corroborating, conflicting] = options.negated ? [against, support] : [support, against];
  const verdict = decideVerdict(claim, version, stated, options, corroborating, conflicting);
  return {
    stated: stated.text ?? (version && stated.version ? version.label : null),
    statedVersion: stated.version !== null,
    byCue: stated.cue !== undefined,
    byNameOnly: stated.cue !== undefined && isNameCue(claim, stated.cue),
    cueDenied:
      stated.cue !== undefined && !options.negated && cueNegated(values.folded, stated.cue),
    nearMiss: stated.near === true,
    negated: options.negated,
    verdict,
    corroborating,
    conflicting,
    established: established?.label ?? null,
  };
}

/** Whether a negator stands up to three words before the stated value ("not in 2022", "never 164"). */
function valueNegated(folded: string, valueText: string): boolean {
  const at = folded.indexOf(foldText(valueText));
  return at > 0 && NEGATED_CUE.test(folded.slice(0, at));
}

/** Clause edges for the time a statement refers to: a date in another clause is another event's. */
const TIME_CLAUSE_BREAK =
  /,(?!\s*\d{4})|[;:()]|\s[\u2013\u2014-]\s|\b(?:and|but|while|when|which|who|after|before|since)\b/;

/** A year that names a thing rather than dating a statement: "the 1997 Mine Ban Treaty". */
const NAMING_YEAR =
  /\b\d{4}(?=\s+(?:ottawa|mine|landmine|anti|treaty|convention|accord|agreement|pact|report)\b)/g;

/**
 * A sentence asserts what holds up to when it was written: a later date in it ("is withdrawing on
 * February 20") schedules an event, so the statement is judged at the article's date.
 */
function notLaterThan(date: string, published: string | undefined): string | undefined {
  return published && date > published ? published : date;
}

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A stretch of days a statement speaks of, both ends YYYY-MM-DD; one day when they are equal. */
interface TimeSpan {
  from?: string;
  to?: string;
  /** Whether the sentence wrote the time (else it is the article's date). */
  written?: boolean;
  /** The clause speaks of the future ("will have 161 states parties"): its time is not the article's. */
  future?: boolean;
}

/** A clause in the future tense: what it states holds later than the article, from its own date. */
const FUTURE =
  /\b(?:will|shall|would|(?:is|are) (?:set|expected|due) to)\b|(?<![\p{L}])(?:буде|будуть|матиме|матимуть|стане|стануть|будет|будут|станет|станут)(?![\p{L}])/u;

/** The article's date as a span: what a statement refers to when it writes no time of its own. */
function unwritten(fallback: string | undefined): TimeSpan {
  return { from: fallback, to: fallback };
}

/**
 * The span a statement refers to: the date, month or year written in the clause that holds its
 * anchor (the cue or value) — a year is its whole length, so "left in December 2025" holds for a
 * change on 27 December — never later than the article's date (`fallback`), else that date alone.
 */
function spanOfStatement(folded: string, anchor: string, fallback: string | undefined): TimeSpan {
  const at = anchorAt(folded, foldText(anchor));
  if (at === -1) return unwritten(fallback);
  const clauses = folded.split(TIME_CLAUSE_BREAK);
  let offset = 0;
  for (const clause of clauses) {
    const start = folded.indexOf(clause, offset);
    offset = start + clause.length;
    if (at < start || at >= offset) continue;
    // An opening time adverbial ("In 1999, …", "As of December 1, 2025, …") dates the whole sentence.
    const opening = INTRO_TIME.exec(folded)?.[0];
    const ownTime = /\b\d{4}\b/.test(clause) || LAST_YEAR.test(clause);
    const dated = opening && !ownTime ? `${opening} ${clause}` : clause;
    // A future clause is judged at the time it writes, however late, and without one at no time
    // the article can tell ("will have 161 states parties once Poland leaves").
    if (FUTURE.test(clause)) return { ...spanOfClause(dated, fallback, false), future: true };
    return spanOfClause(dated, fallback);
  }
  return unwritten(fallback);
}

/**
 * Where the anchor stands in the sentence: the phrase itself, else its longest word (a cue matched
 * in another word order, "из договора вышли" for "вышли из").
 */
function anchorAt(folded: string, anchor: string): number {
  const at = folded.indexOf(anchor);
  if (at !== -1) return at;
  const [longest] = anchor.split(/\s+/).sort((a, b) => b.length - a.length);
  return longest && longest.length >= 4 ? folded.indexOf(longest) : -1;
}

/** An opening phrase that dates the sentence: "in 1999,", "as of 1 december 2025,", "на початку 2026 року,". */
const INTRO_TIME =
  /^(?:(?:in|by|as of|at|during|at the (?:start|end|beginning) of|since|until|on|early in|late in)\s+(?:\S+\s+){0,3}?\d{4}(?:\s+[a-z]+){0,5}|(?:у|в|на|до|станом на|по состоянию на)\s+(?:\S+\s+){0,3}?\d{4}\s+(?:року|году|года|г\.|р\.))(?=\s*,)/u;
function spanOfClause(clause: string, fallback: string | undefined, clamp = true): TimeSpan {
  const notAfter = (date: string, published: string | undefined) =>
    clamp ? notLaterThan(date, published) : date;
  // "last year", "минулого року", "прошлого года", "торік": the year before the article's.
  const yearBefore =
    fallback && LAST_YEAR.test(clause) ? String(Number(fallback.slice(0, 4)) - 1) : undefined;
  const [date] = extractDates(clause);
  if (date) {
    const year = date.value.startsWith('-')
      ? (yearBefore ?? fallback?.slice(0, 4))
      : date.value.slice(0, 4);
    const day = year
      ? notAfter(`${year}${date.value.slice(date.value.indexOf('-', 1))}`, fallback)
      : fallback;
    return { from: day, to: day, written: true };
  }
  const [month] = extractMonthYears(clause);
  if (month) {
    const first = `${month.value.slice(0, 7)}-01`;
    const last = lastDayOf(Number(month.value.slice(0, 4)), Number(month.value.slice(5)));
    return { from: notAfter(first, fallback), to: notAfter(last, fallback), written: true };
  }
  const [year] = extractYears(clause.replace(NAMING_YEAR, ' '));
  const spoken = year ? String(year) : yearBefore;
  if (!spoken) return unwritten(fallback);
  return {
    from: notAfter(`${spoken}-01-01`, fallback),
    to: notAfter(`${spoken}-12-31`, fallback),
    written: true,
  };
}

const LAST_YEAR =
  /\blast year\b|(?<![\p{L}])(?:минул\p{L}* рок\p{L}*|прошл\p{L}* год\p{L}*|торік)/u;

/** Negators that, up to three words before a cue, deny it ("is not a research fellow"). */
const NEGATED_CUE =
  /(?:\b(?:not|never|no longer|cannot)|n't|(?<![\p{L}])(?:не|ні|ни|ніколи|никогда))\s+(?:\S+\s+){0,2}$/u;

function cueNegated(folded: string, cue: string): boolean {
  const at = folded.indexOf(foldText(cue));
  return (
    at > 0 && !/\b(?:not|never|n't)\b/.test(foldText(cue)) && NEGATED_CUE.test(folded.slice(0, at))
  );
}

/**
 * Whether the sentence negates the cue differently from every claim wording that carries it
 * ("could not stay tied down" agrees with a claim quoting "cannot remain tied down").
 */
function deniesCue(claim: Claim, foldedSentence: string, cue: string): boolean {
  const negatedHere = cueNegated(foldedSentence, cue);
  const carrying = [claim.statement, ...claim.paraphrases, ...translatedTexts(claim)]
    .map(foldText)
    .filter((f) => hasCue(f, cue));
  if (!carrying.length) return negatedHere;
  return carrying.every((field) => cueNegated(field, cue) !== negatedHere);
}

/** Versions for different periods describe different moments, so both can be true. */
function holdsTogether(a: Version, b: Version): boolean {
  if (!a.period || !b.period) return false;
  const aFrom = a.period.from ?? '0000';
  const aTo = a.period.to ?? '9999';
  const bFrom = b.period.from ?? '0000';
  const bTo = b.period.to ?? '9999';
  return aTo < bFrom || bTo < aFrom;
}

function decideVerdict(
  claim: Claim,
  version: Version | null,
  stated: StatedValue,
  options: { date?: string; negated: boolean; since?: string; written?: boolean },
  corroborating: NoteEvidence[],
  conflicting: NoteEvidence[],
): Verdict {
  // No version: either a contested claim stated without a value, or a value no source gives.
  if (!version) return stated.text === null ? 'mixed' : 'conflicting';
  const true_ = holds(claim, version, options.date, options.since, options.written);
  const contested = !claim.versions.some((v) => v.established) && claim.versions.length > 1;
  if (options.negated) return true_ ? 'conflicting' : contested ? 'mixed' : 'corroborated';
  if (true_) return 'corroborated';
  if (contested)
    return corroborating.length && conflicting.length
      ? 'mixed'
      : corroborating.length
        ? 'corroborated'
        : 'conflicting';
  return 'conflicting';
}

/** Sources of a pack by id. */
export function sourcesById(pack: Pick<Pack, 'sources'>): Map<string, Source> {
  return new Map(pack.sources.map((source) => [source.id, source]));
}
