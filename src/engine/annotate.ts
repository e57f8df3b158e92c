// The engine's one entry point: article text in, topic result and notes with offsets out.
import type { Pack } from '../claims/schema';
import { compareWithClaim, isShare, sourcesById } from './compare';
import { cyrillicLanguagesOf } from './cyrillic';
import { deniesClaim } from './polarity';
import { detectTopic } from './detect';
import { analyseSentence, retrievalTextOf, type AnalysedSentence } from './analyse';
import { createMatcher, rankClaims, type Candidate, type Matcher } from './match';
import { claimCountries, periodOf, rerankCandidates, yearsSpokenOf } from './rerank';
import { segmentSentences, type Sentence } from './segment';
import { articleText, separateThisArticle, type ArticleText } from './this-article';
import type { Annotation, AnnotateInput, Note, NotePart } from './types';

/** A pack ready to annotate with: the index is built once per pack, not per article. */
export interface Annotator {
  pack: Pack;
  matcher: Matcher;
  sources: ReturnType<typeof sourcesById>;
}

/**
 * `forText`: index only the translations that text can need (none for a text without Cyrillic,
 * Ukrainian or Russian by their own letters), so an English page builds the index it always did.
 */
export function createAnnotator(pack: Pack, forText?: string): Annotator {
  const languages = forText === undefined ? undefined : cyrillicLanguagesOf(forText);
  return { pack, matcher: createMatcher(pack, languages), sources: sourcesById(pack) };
}

/** Sentences shorter than this state no checkable claim (bylines, captions, "Read more"). */
const MIN_SENTENCE_LENGTH = 25;
/** How many of the matcher's best claims the reranker considers. */
const SHORTLIST = 5;
/**
 * Lowest adjusted score that gets a note. Precision-first; chosen from the threshold sweep that
 * `npm run eval` prints (tests/eval/run.ts) as the highest threshold that keeps recall at 80%:
 * 0.40 gave precision 87.6% / recall 87.1%, 0.45 gives 91.9% / 83.1%, 0.50 gives 94.6% / 79.2%.
 */
export const NOTE_MIN_SCORE = 0.45;
/**
 * Lowest adjusted score for a note that calls a sentence conflicting because it states a value no
 * version has (rather than a version the sources reject). Precision-first: chosen on the tune half
 * of the real-article corpus (`npm run eval`), where such notes below it were mostly other claims'
 * figures (another year's Landmine Monitor count, one country's figure against a world total).
 */
export const CONFLICT_MIN_SCORE = 0.6;

/**
 * Least share of a claim's predicate (its wording without names and figures) a sentence must carry
 * to be noted with it, unless it states one of the claim's values: "the ICBL said in a statement"
 * names the campaign but states nothing of its director. On the tune half any value from 0.1 to
 * 0.35 gives the same notes (three fewer wrong ones, no right one lost); the low end asks least.
 */
export const MIN_PREDICATE = 0.15;

/**
 * The note for one sentence, or null when it states no claim in the pack. `minScore` is for the
 * evaluation's threshold sweep; everything else uses the default. `article` lets the note tell
 * evidence quoted from the article being read apart from independent sources.
 */
export function noteForSentence(
  sentence: Sentence,
  annotator: Annotator,
  publishedDate?: string,
  minScore = NOTE_MIN_SCORE,
  article?: ArticleText,
  context?: string,
): Note | null {
  if (sentence.text.length < MIN_SENTENCE_LENGTH) return null;
  const analysed = analyseSentence(sentence.text);
  const shortlist = rerankCandidates(
    withContext(annotator.matcher, analysed, context, publishedDate),
    analysed,
    annotator.pack.topic.against,
  );
  // Claims somewhat below the note threshold are read too, so that a figure still tells whose
  // figure it is; only those above it can become parts.
  const all = shortlist.flatMap((candidate) => {
    if (candidate.score < minScore * ACCOUNTING_SHARE) return [];
    const reading = readCandidate(candidate, analysed, annotator, publishedDate, article);
    return reading ? [reading] : [];
  });
  // A value a version has (a date, a tally), or one a part away from it, states the claim as well
  // as its wording would.
  const readings = all.filter(
    (r) =>
      r.part.score >= minScore * (statesOwnValue(r) ? OWN_VALUE_SHARE : 1) &&
      (r.predicate >= MIN_PREDICATE || (r.statedVersion && !r.byNameOnly) || r.nearMiss),
  );
  // A value one shortlisted claim's versions account for is that claim's, not a wrong value of
  // another; and a figure of a measure (casualties, killed) that one period's or body's claim
  // accounts for says the sentence is about that period: Landmine Monitor 2025's 1,945 deaths are
  // not a wrong 2023 count.
  // Only a claim the sentence could be stating accounts for a value: 800 drones are not the 800
  // wounded of a casualty claim whose wording the sentence shares nothing of.
  const agreeing = all.filter(
    (r) =>
      r.statedVersion &&
      r.part.verdict !== 'conflicting' &&
      r.part.stated &&
      r.predicate >= MIN_PREDICATE &&
      !r.otherCountry,
  );
  const parts: NotePart[] = [];
  for (const reading of orderReadings(readings)) {
    const { part } = reading;
    const valueElsewhere =
      part.verdict === 'conflicting' &&
      !reading.statedVersion &&
      part.stated !== null &&
      agreeing.some(
        (r) =>
          // Accounted for only by a value at least as precise: "2012" does not account for
          // "1 January 2012".
          r.part.stated!.toLowerCase().includes(part.stated!.toLowerCase()) ||
          (r.family !== null && r.family === reading.family) ||
          (r.period !== null && reading.period !== null && r.period !== reading.period),
      );
    if (valueElsewhere) continue;
    if (!parts.length) parts.push(part);
    else if (
      !reading.otherCountry &&
      (addsConflict(part, parts, reading.negated, reading.statedVersion, reading.nearMiss) ||
        addsCorroboration(reading, parts))
    )
      parts.push(part);
    if (parts.length === MAX_PARTS) break;
  }
  return parts.length ? noteFromParts(sentence, parts) : null;
}

/**
 * Where a sentence's clauses part: commas, semicolons, colons and dashes between words — but not
 * the comma of a date ("December 3, 1997"), whose clause would lose its year, nor of a figure.
 */
const CLAUSE_BREAK = /(?<!\d),\s|(?<=\d),\s(?!\d{4}\b)|[;:]\s|\s[\u2013\u2014-]\s/;
/** A clause needs this many words to be matched on its own ("including Ukraine" is not a claim). */
const MIN_CLAUSE_WORDS = 4;

/**
 * Whether an article of `publishedDate` can be stating a figure of `period` (a Landmine Monitor
 * year). A figure counting a year is published after that year ends: an article written before
 * then cannot be stating it (a November 2024 civilian share is the 2023 figure, not 2024's). And a
 * figure that is wrong for an old report is usually right for a newer one, while one that fits an
 * old report is there by chance: without the year written, an article more than a year after the
 * period is not speaking of that period's figure.
 */
function periodReadable(
  period: string | null,
  years: number[],
  publishedDate: string | undefined,
): boolean {
  if (!period || !publishedDate) return true;
  const published = Number(publishedDate.slice(0, 4));
  if (published <= Number(period)) return false;
  return years.includes(Number(period)) || published <= Number(period) + 1;
}

/** Figure claims an article of `publishedDate` cannot be stating (periodReadable), by position. */
function unreadablePeriods(
  matcher: Matcher,
  years: number[],
  publishedDate: string | undefined,
): Set<number> {
  const positions = new Set<number>();
  if (!publishedDate) return positions;
  for (const [period, claims] of figureClaimsByPeriod(matcher))
    if (!periodReadable(String(period), years, publishedDate))
      for (const position of claims) positions.add(position);
  return positions;
}

/**
 * Candidates for the sentence and for each of its clauses, each claim at its best score: a claim a
 * long sentence states in one clause ("Ukraine withdrew in June, with analysts saying …") is found
 * by that clause, where the rest of the sentence does not dilute it. Figure claims of periods the
 * article cannot be speaking of take no place on the shortlist: five years' children shares would
 * otherwise crowd out the one year's civilian share a sentence states.
 */
function retrieveCandidates(
  matcher: Matcher,
  text: string,
  years: number[] = [],
  figures: number[] = [],
  publishedDate?: string,
): Candidate[] {
  const best = new Map<string, Candidate>();
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.split(/\s+/).length >= MIN_CLAUSE_WORDS);
  const texts = clauses.length > 1 ? [text, ...clauses] : [text];
  const ofYears = figureClaimsOf(matcher, years);
  for (const position of countClaimsNear(matcher, figures, years)) ofYears.add(position);
  const unreadable = unreadablePeriods(matcher, years, publishedDate);
  for (const piece of texts)
    for (const candidate of rankClaims(matcher, piece, SHORTLIST, ofYears, unreadable)) {
      const known = best.get(candidate.claim.id);
      if (!known || candidate.score > known.score) best.set(candidate.claim.id, candidate);
    }
  return [...best.values()];
}

/**
 * Figure claims counting one of `years` (by their unit, "casualties (2020)"), by claim position.
 * Words cannot tell one year's Landmine Monitor figure from another's; the year written in the
 * sentence can, so those claims are always read, however many look-alike years outrank them.
 */
const figureClaimsByYear = new WeakMap<Matcher, Map<number, number[]>>();

function figureClaimsByPeriod(matcher: Matcher): Map<number, number[]> {
  let byYear = figureClaimsByYear.get(matcher);
  if (!byYear) {
    byYear = new Map();
    matcher.claims.forEach((claim, position) => {
      const year = Number(periodOf(claim) ?? NaN);
      if (Number.isFinite(year)) byYear!.set(year, [...(byYear!.get(year) ?? []), position]);
    });
    figureClaimsByYear.set(matcher, byYear);
  }
  return byYear;
}

function figureClaimsOf(matcher: Matcher, years: number[]): Set<number> {
  const byYear = figureClaimsByPeriod(matcher);
  return new Set(years.flatMap((year) => byYear.get(year) ?? []));
}

/**
 * How close a stated figure must be to a count claim's version for that claim to be read whatever
 * its wording's rank: "ratified by 164 states" is the states-parties count even when ten claims
 * about ratifying outrank it, and 160 is near 164. Relative distance, as in rerank.ts.
 */
const FIGURE_NEAR = 0.25;
/** Figures below this are too common (days, articles, "two countries") to pick a claim by. */
const FIGURE_MIN = 20;

const countClaimValues = new WeakMap<
  Matcher,
  Array<{ position: number; values: number[]; period: number }>
>();

/**
 * Count claims with a version near one of `figures`, by claim position. A figure claim of one
 * period (a Landmine Monitor year) is left to `figureClaimsOf` when the sentence names years: 6,900
 * casualties "in 2022" is not a figure for 2018 that happens to be close.
 */
function countClaimsNear(matcher: Matcher, figures: number[], years: number[]): number[] {
  const wanted = figures.filter((f) => f >= FIGURE_MIN);
  if (!wanted.length) return [];
  let counts = countClaimValues.get(matcher);
  if (!counts) {
    counts = [];
    matcher.claims.forEach((claim, position) => {
      // A share is read by its per cent sign, not by a bare figure that happens to equal it.
      if (claim.value?.kind !== 'number' || /percent/i.test(claim.value.unit ?? '')) return;
      const values = claim.versions.flatMap((v) => (typeof v.value === 'number' ? [v.value] : []));
      if (values.length) counts!.push({ position, values, period: Number(periodOf(claim) ?? NaN) });
    });
    countClaimValues.set(matcher, counts);
  }
  return counts
    .filter(({ period }) => !years.length || Number.isNaN(period))
    .filter(({ values }) =>
      values.some((value) => wanted.some((f) => Math.abs(f - value) <= FIGURE_NEAR * value)),
    )
    .map(({ position }) => position);
}

/**
 * Share of the note threshold a claim needs to be read for whose figure a value is. Lower reads
 * more claims for little: on the tune half 0.5 and 0.3 gave the same notes, and reading every
 * retrieved claim cost about twice the time per article (bench/engine.ts).
 */
const ACCOUNTING_SHARE = 0.3;

/** How many sentences before one it may lean on ("… the decision. 299 deputies backed it."). */
const CONTEXT_SENTENCES = 0;
/**
 * What a claim found only with the previous sentences' words is worth: weaker evidence than the
 * sentence's own words. Chosen on the tune half, where sentences of the kind "N deputies backed
 * the decision" otherwise got no note.
 */
const CONTEXT_FACTOR = 0.6;
/** Words by which a sentence refers back to what an earlier one named. */
const REFERS_BACK =
  /\b(?:it|its|they|this|these|that|the (?:decision|vote|move|law|bill|step|treaty|convention|agreement|pact|document|measure|ban))\b/i;

/**
 * The sentence's candidates, plus — when it refers back and states a figure, date or year of its
 * own — those found with the preceding sentences' words, at a discount. Values are still read
 * from the sentence alone: the context says which claim, never which value.
 */
function withContext(
  matcher: Matcher,
  analysed: AnalysedSentence,
  context?: string,
  publishedDate?: string,
): Candidate[] {
  const own = retrieveCandidates(
    matcher,
    analysed.retrievalText,
    yearsSpokenOf(analysed),
    analysed
      .numbers()
      .filter((n) => !isShare(n))
      .map((n) => n.value),
    publishedDate,
  );
  const statesValue =
    analysed.numbers().length > 0 || analysed.years().length > 0 || analysed.dates().length > 0;
  if (!context || !statesValue || !REFERS_BACK.test(analysed.text)) return own;
  const best = new Map(own.map((c) => [c.claim.id, c]));
  for (const candidate of rankClaims(
    matcher,
    `${retrievalTextOf(context)} ${analysed.retrievalText}`,
    SHORTLIST,
  )) {
    const discounted = { ...candidate, score: candidate.score * CONTEXT_FACTOR };
    const known = best.get(candidate.claim.id);
    if (!known || discounted.score > known.score) best.set(candidate.claim.id, discounted);
  }
  return [...best.values()];
}

/**
 * Share of the note threshold enough for a claim the sentence states by a value of its own: its
 * exact figure (a count, a tally, a casualty total the sources give), or a standing's own cue
 * ("officially withdrew") with at least half the claim's wording. A figure like 6,279 or 299 is
 * evidence of which claim a sentence states that its wording need not repeat. Not dates: a date
 * is shared by many steps of this story (June 2025 saw five of them). Chosen on the tune half:
 * 0.85 raised recall in English and Russian with precision no lower in any language; 0.75 and 0.8
 * lowered English and Russian precision; counting dates too lowered English precision; standings
 * raised Russian recall and changed no other figure.
 */
const OWN_VALUE_SHARE = 0.85;

function statesOwnValue(reading: Reading): boolean {
  if (!reading.statedVersion || reading.part.verdict !== 'corroborated' || reading.byNameOnly)
    return false;
  if (reading.kind === 'number') return reading.predicate >= MIN_PREDICATE;
  return reading.kind === 'status' && reading.predicate >= FURTHER_CORROBORATION_PREDICATE;
}

/** How many claims one sentence's note checks: news sentences rarely state more than three. */
const MAX_PARTS = 3;

function sameValueText(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
}

interface Reading {
  part: NotePart;
  /** How much of what the claim says happens the sentence says too (match.ts predicateShare). */
  predicate: number;
  statedVersion: boolean;
  /** The version was named only by a name ("UN", "Human Rights Watch"), not by what is said. */
  byNameOnly: boolean;
  negated: boolean;
  kind: string | undefined;
  /** The measure a figure claim counts, without its period or body: "killed (2023)" → "killed". */
  family: string | null;
  /** The period a figure claim's unit names ("casualties (2024)" → "2024"). */
  period: string | null;
  /** It names a version by a cue or by a figure, date or year (a list of countries is not enough). */
  specific: boolean;
  nearMiss: boolean;
  /** The claim is about countries the sentence does not name ("Ukraine has withdrawn" for Finland). */
  otherCountry: boolean;
}

/**
 * "Since 2022" does not deny "since 2014": a claim that something has held since a year is a lower
 * bound, and a sentence saying it has held since a later year states less, not something else.
 */
function laterSince(
  claim: Candidate['claim'],
  analysed: AnalysedSentence,
  comparison: { verdict: string; stated: string | null; statedVersion: boolean },
): boolean {
  if (claim.value?.kind !== 'year' || comparison.verdict !== 'conflicting') return false;
  if (comparison.statedVersion || comparison.stated === null) return false;
  if (!/\bsince\b/.test(analysed.folded)) return false;
  const since = /\bsince (\d{4})\b/.exec(claim.statement)?.[1];
  return since !== undefined && Number(comparison.stated) > Number(since);
}

/** The claim's Ukrainian and Russian statements, when the pack has any. */
function statementsIn(claim: Candidate['claim']): Pick<NotePart, 'statementIn'> {
  const { uk, ru } = claim.translations ?? {};
  if (!uk && !ru) return {};
  return {
    statementIn: { ...(uk ? { uk: uk.statement } : {}), ...(ru ? { ru: ru.statement } : {}) },
  };
}

/** The claim's version labels in Ukrainian and Russian, by English label, when the pack has any. */
function labelsIn(claim: Candidate['claim']): Pick<NotePart, 'labelsIn'> {
  const translated = claim.versions.filter((v) => v.labelIn?.uk || v.labelIn?.ru);
  if (!translated.length) return {};
  return { labelsIn: Object.fromEntries(translated.map((v) => [v.label, { ...v.labelIn }])) };
}

function familyOf(claim: Candidate['claim']): string | null {
  const unit = claim.value?.kind === 'number' ? claim.value.unit : undefined;
  return unit
    ? unit
        .replace(/\([^)]*\)/g, '')
        .trim()
        .toLowerCase()
    : null;
}

/**
 * Readings in the order their parts are shown. A state's standing ("has withdrawn") is the fallback
 * reading of a sentence: when another claim states a version of its own ("voted to suspend", "on
 * 10 January"), that claim leads and the standing follows, shown only if it conflicts.
 */
function orderReadings(readings: Reading[]): Reading[] {
  const specific = readings.some((r) => r.kind !== 'status' && r.specific);
  if (!specific) return readings;
  return [
    ...readings.filter((r) => r.kind !== 'status'),
    ...readings.filter((r) => r.kind === 'status'),
  ];
}

/**
 * What the sentence says of one candidate claim, or null when it does not state it: a status claim
 * ("has withdrawn", "is suspending") is stated only through its wording, a count only with a
 * number, and a figure no version has is a conflict only on a close match.
 */
function readCandidate(
  candidate: Candidate,
  analysed: AnalysedSentence,
  annotator: Annotator,
  publishedDate: string | undefined,
  article: ArticleText | undefined,
): Reading | null {
  const comparison = compareWithClaim(candidate.claim, analysed, annotator.sources, {
    date: publishedDate,
    negated: deniesClaim(analysed.text, candidate.claim, candidate.field),
  });
  const kind = candidate.claim.value?.kind;
  const period = periodOf(candidate.claim);
  if (!periodReadable(period, yearsSpokenOf(analysed), publishedDate)) return null;
  if (kind === 'status' && (!comparison.statedVersion || comparison.cueDenied)) return null;
  if (laterSince(candidate.claim, analysed, comparison)) return null;
  if (kind && VALUE_REQUIRED.has(kind) && comparison.stated === null) return null;
  // A wrong value is what a note is for, but a figure no source gives is weaker evidence of which
  // claim the sentence states than a figure one does: it must match better before it is a conflict.
  // A value close to one of the claim's own (a date off in one part) marks the claim as well as
  // its true value would; a value far from every version needs the closer match.
  if (
    comparison.verdict === 'conflicting' &&
    !comparison.statedVersion &&
    !comparison.nearMiss &&
    candidate.score < CONFLICT_MIN_SCORE
  )
    return null;
  const subjects = claimCountries(candidate.claim);
  const otherCountry = subjects.size > 0 && ![...subjects].some((c) => analysed.countries.has(c));
  // One country's figure is not a wrong value of another's ("608 casualties in Ukraine" against
  // Syria's 834): a claim about countries the sentence never names conflicts only by its own version.
  // A standing's cue ("has withdrawn", "вийшла з") is no country's own: stating it about
  // Lithuania is not stating Ukraine's standing.
  if (
    otherCountry &&
    analysed.countries.size > 0 &&
    (!comparison.statedVersion || (kind === 'status' && comparison.byCue))
  )
    return null;
  return {
    predicate: candidate.predicate,
    statedVersion: comparison.statedVersion,
    byNameOnly: comparison.byNameOnly,
    negated: comparison.negated,
    nearMiss: comparison.nearMiss,
    kind,
    family: familyOf(candidate.claim),
    period,
    otherCountry,
    specific:
      comparison.statedVersion &&
      (comparison.byCue || (kind !== undefined && VALUE_REQUIRED.has(kind))),
    part: {
      claim: candidate.claim.id,
      statement: candidate.claim.statement,
      ...statementsIn(candidate.claim),
      ...labelsIn(candidate.claim),
      score: Math.round(candidate.score * 1000) / 1000,
      stated: comparison.stated,
      verdict: comparison.verdict,
      established: comparison.established,
      ...separateThisArticle(comparison.corroborating, comparison.conflicting, article),
    },
  };
}

/**
 * Value kinds a sentence must state for its note to be about them: a count is the whole point of
 * a count claim ("the treaty has states parties" checks nothing). Chosen on the tune half.
 */
const VALUE_REQUIRED: ReadonlySet<string> = new Set(['number', 'year', 'date', 'weekday']);

/**
 * Whether a further claim belongs on the note: only when it conflicts, through a value of its own
 * (not one an earlier part already accounts for). A second corroboration tells a reader little;
 * a second fact that is wrong is the point of the note.
 */
function addsConflict(
  part: NotePart,
  parts: NotePart[],
  negated: boolean,
  statedVersion: boolean,
  nearMiss: boolean,
): boolean {
  // A negation belongs to the clause of the claim it was read for, not to a second claim.
  if (part.verdict !== 'conflicting' || part.stated === null || negated) return false;
  // Without a version of its own, a further figure is this claim's only when close to its value.
  if (!statedVersion && !nearMiss) return false;
  return isNewFact(part, parts);
}

/** A part no shown part already states: another claim, and not a value one of them gave. */
function isNewFact(part: NotePart, parts: NotePart[]): boolean {
  return parts.every(
    (p) =>
      p.claim !== part.claim &&
      (p.stated === null || part.stated === null || !sameValueText(p.stated, part.stated)),
  );
}

/**
 * Least predicate share for a further corroborated part. A second fact the sentence states with a
 * value or cue of its own ("signed on 4 December 1997 but did not ratify until 2012") is shown; one
 * it only shares words with is not. Chosen on the tune half: 0.5 gave recall 44.2% → 50.0% for
 * precision 84.4% → 84.0%; 0.15 gave 50.8% for 82.6%; without the value-or-cue condition, 0.9
 * gave 47.5% for 81.6%.
 */
const FURTHER_CORROBORATION_PREDICATE = 0.5;

/** Whether a further corroborated part belongs on the note: it states its own value or cue. */
function addsCorroboration(reading: Reading, parts: NotePart[]): boolean {
  const { part } = reading;
  if (part.verdict !== 'corroborated' || reading.negated || !reading.specific) return false;
  if (reading.predicate < FURTHER_CORROBORATION_PREDICATE) return false;
  return isNewFact(part, parts);
}

/** A note whose top-level fields are those of the part that decides it: a conflict, else the best. */
function noteFromParts(sentence: Sentence, parts: NotePart[]): Note {
  const deciding = parts.find((p) => p.verdict === 'conflicting') ?? parts[0]!;
  return {
    start: sentence.start,
    end: sentence.end,
    sentence: sentence.text,
    ...deciding,
    parts,
  };
}

/**
 * Topic and notes for an article. Notes are produced only when the text is relevant; an
 * irrelevant text gives its topic result and an empty list.
 */
export function annotate(input: AnnotateInput, annotator: Annotator): Annotation {
  const topic = detectTopic(input.text, annotator.pack.topic);
  if (!topic.relevant) return { topic, notes: [] };
  return { topic, notes: annotateSentences(input, annotator) };
}

/** Notes for every sentence, without the topic gate (for "check this page anyway" and selections). */
export function annotateSentences(
  input: AnnotateInput,
  annotator: Annotator,
  minScore = NOTE_MIN_SCORE,
): Note[] {
  const notes: Note[] = [];
  for (const note of sentenceNotes(input, annotator, minScore)) if (note) notes.push(note);
  return notes;
}

/**
 * One step per sentence, in order: its note, or null. The page consumes it in time slices; the
 * steps are those `annotateSentences` takes (same context, same article), so the page and the
 * command line give the same notes.
 */
export function* sentenceNotes(
  input: AnnotateInput,
  annotator: Annotator,
  minScore = NOTE_MIN_SCORE,
): Generator<Note | null, void, undefined> {
  const article = articleText(input.text);
  const sentences = segmentSentences(input.text);
  for (let i = 0; i < sentences.length; i += 1) {
    // Context is off (CONTEXT_SENTENCES = 0): build none rather than an empty string per sentence.
    const context = CONTEXT_SENTENCES
      ? sentences
          .slice(Math.max(0, i - CONTEXT_SENTENCES), i)
          .map((s) => s.text)
          .join(' ')
      : undefined;
    yield noteForSentence(
      sentences[i]!,
      annotator,
      input.publishedDate,
      minScore,
      article,
      context,
    );
  }
}
