// Picks the claim a sentence states from the matcher's shortlist using what wording alone misses:
// whether the sentence speaks of the same country, and whether its values fit the claim's versions.
// "Finland's withdrawal took effect on 10 January 2026" and "the treaty took effect on 1 March 1999"
// share their words; they differ in country and date.
import type { Claim } from '../claims/schema';
import { stateValue } from './compare';
import type { Candidate } from './match';
import { countriesIn } from './countries';
import { foldText } from './normalise';
import { analyseSentence, type AnalysedSentence } from './analyse';
import { extractNumbers, type SentenceValues } from './values';

/**
 * Score multiplier when the claim is about countries the sentence never names while naming
 * others: chosen on the pack's own match/near-miss examples (tests/claims/bundled-pack.test.ts),
 * where Finland/Poland/Ukraine look-alike claims otherwise swap.
 */
const OTHER_COUNTRY_FACTOR = 0.7;
/** Score multiplier when the sentence states a number, year, date or weekday a version has. */
const VALUE_AGREES_FACTOR = 1.3;
/** Score multiplier when the sentence carries a phrase (cue) that names a version. */
const CUE_AGREES_FACTOR = 1.1;
/**
 * Score multipliers when the sentence states no value for a claim that is about one. A count is
 * the whole point of a count claim, so a sentence without a number hardly states it; a year or
 * date claim can still be told without its date ("Ukraine ratified the treaty").
 */
const COUNT_MISSING_FACTOR = 0.75;
const VALUE_MISSING_FACTOR = 0.9;
/**
 * How fast a stated count that no version has loses weight with its relative distance from the
 * nearest version: 160 stays close to the 164-parties claim (×0.93), far from 133 signatories (×0.5).
 */
const NUMBER_DISTANCE_DECAY = 1.5;
/**
 * A sentence stating a wrong figure is exactly what a note is for: for the threshold, a stated
 * count no version has costs at most this much, however far off it is ("fired 437 aerial weapons").
 */
const WRONG_FIGURE_FLOOR = 0.9;
/**
 * The least a stated count no version has costs the claim's rank. A figure within a quarter of a
 * version still tells look-alike claims apart (160 is near 164 parties, not 133 signatories); one
 * further off every version says nothing about which claim it is, and the wording should decide:
 * "sixteen thousand troops" is still the claim about 6,000 more troops, not some other claim
 * with no number. Chosen with `npm run eval`: conflicting recall 52% → 64% at this floor, no
 * precision lost; at 0.8 the pack's own "164 signatory states" example goes to the wrong claim.
 */
const WRONG_FIGURE_RANK_FLOOR = 0.7;
/** Score multiplier when the claim is about a country and the sentence names none. */
const NO_COUNTRY_FACTOR = 0.85;
/** Score multiplier when the sentence states another year, date or weekday than every version. */
const VALUE_DIFFERS_FACTOR = 0.9;

/**
 * The countries a claim is about: those named in at least half of its statement and paraphrases.
 * Its subject recurs in every phrasing; a country mentioned in passing ("165 once the Marshall
 * Islands joined") does not. A memo keyed by the claim object itself.
 */
const subjectCountries = new WeakMap<Claim, Set<string>>();

export function claimCountries(claim: Claim): Set<string> {
  let subjects = subjectCountries.get(claim);
  if (!subjects) {
    const fields = [claim.statement, ...claim.paraphrases].map(countriesIn);
    const counts = new Map<string, number>();
    for (const field of fields)
      for (const country of field) counts.set(country, (counts.get(country) ?? 0) + 1);
    subjects = new Set(
      [...counts].filter(([, n]) => n * 2 >= fields.length).map(([country]) => country),
    );
    subjectCountries.set(claim, subjects);
  }
  return subjects;
}

/** The candidate's score adjusted for country and value fit. */
export interface AdjustedScore {
  /** Orders the shortlist: which claim the sentence states. */
  rank: number;
  /** Compared with the note threshold: whether it states it at all. */
  show: number;
}

export function adjustedScore(
  candidate: Candidate,
  values: SentenceValues,
  sentenceCountries: Set<string>,
): AdjustedScore {
  let score = candidate.score;
  const countries = claimCountries(candidate.claim);
  if (countries.size && !sentenceCountries.size) score *= NO_COUNTRY_FACTOR;
  else if (countries.size && ![...countries].some((c) => sentenceCountries.has(c)))
    score *= OTHER_COUNTRY_FACTOR;
  score *= periodFit(candidate.claim, values);
  if (!candidate.claim.value) return { rank: score, show: score };
  const fit = valueFit(candidate.claim, values);
  return { rank: score * fit.rank, show: score * fit.show };
}

/**
 * Score multipliers for a figure claim of one period ("casualties (2023)"): the sentence names that
 * year, or names only other years. Figures of different years are separate claims, and the year
 * written beside a figure is what tells them apart. Chosen on the metamorphic families and the
 * tune half (Landmine Monitor years).
 */
const PERIOD_NAMED_FACTOR = 1.2;
const OTHER_PERIOD_FACTOR = 0.7;
/** "Landmine Monitor 2025" reports on 2024: an edition's year is one after the year it counts. */
const MONITOR_EDITION = /\bmonitor\s+(\d{4})\b/g;

/** The year a figure claim counts, from its unit ("casualties (2024)" → "2024"), or null. */
export function periodOf(claim: Claim): string | null {
  return /\((\d{4})\)/.exec(claim.value?.unit ?? '')?.[1] ?? null;
}

/** The years a sentence speaks of, a Landmine Monitor edition standing for the year it counts. */
export function yearsSpokenOf(values: SentenceValues): number[] {
  const editions = [...values.folded.matchAll(MONITOR_EDITION)].map((m) => Number(m[1]));
  return [
    ...values.years().filter((year) => !editions.includes(year)),
    ...editions.map((year) => year - 1),
  ];
}

function periodFit(claim: Claim, values: SentenceValues): number {
  const period = periodOf(claim);
  if (!period) return 1;
  const years = yearsSpokenOf(values);
  if (!years.length) return 1;
  return years.includes(Number(period)) ? PERIOD_NAMED_FACTOR : OTHER_PERIOD_FACTOR;
}

/** How well the values a sentence states fit a claim's versions, as a score multiplier. */
function valueFit(claim: Claim, values: SentenceValues): AdjustedScore {
  const both = (factor: number) => ({ rank: factor, show: factor });
  const stated = stateValue(claim, values);
  // Naming the countries a list claim lists is already rewarded by the country fit; it is no more
  // evidence of that claim than of any other claim about those countries.
  if (stated.version && claim.value?.kind === 'countries') return both(1);
  if (stated.version) return both(stated.cue ? CUE_AGREES_FACTOR : VALUE_AGREES_FACTOR);
  if (stated.text === null)
    return both(claim.value?.kind === 'number' ? COUNT_MISSING_FACTOR : VALUE_MISSING_FACTOR);
  if (claim.value?.kind !== 'number') return both(VALUE_DIFFERS_FACTOR);
  const statedNumber = extractNumbers(stated.text)[0]?.value;
  const distances = claim.versions
    .map((version) => version.value)
    .filter((value): value is number => typeof value === 'number' && value !== 0)
    .map((value) => Math.abs((statedNumber ?? value) - value) / Math.abs(value));
  if (!distances.length) return both(VALUE_DIFFERS_FACTOR);
  const rank = Math.max(
    WRONG_FIGURE_RANK_FLOOR,
    Math.exp(-NUMBER_DISTANCE_DECAY * Math.min(...distances)),
  );
  return { rank, show: Math.max(rank, WRONG_FIGURE_FLOOR) };
}

/**
 * Score multiplier when the sentence names a look-alike topic from the pack's profile (cluster
 * munitions, sea mines) that the claim does not: "the Convention on Cluster Munitions bans the use,
 * production and transfer of cluster bombs" is not the mine ban.
 */
const LOOK_ALIKE_FACTOR = 0.5;

function namesLookAlike(
  foldedSentence: string,
  claim: Claim,
  lookAlikes: readonly string[],
): boolean {
  const claimText = foldText([claim.statement, ...claim.paraphrases].join(' '));
  return lookAlikes.some(
    (phrase) => foldedSentence.includes(phrase) && !claimText.includes(phrase),
  );
}

/** The shortlist reordered by adjusted score, best first. */
export function rerankCandidates(
  candidates: Candidate[],
  sentence: string | AnalysedSentence,
  lookAlikes: readonly string[] = [],
): Candidate[] {
  const values = typeof sentence === 'string' ? analyseSentence(sentence) : sentence;
  const sentenceCountries = values.countries;
  return (
    candidates
      .map((candidate) => {
        const adjusted = adjustedScore(candidate, values, sentenceCountries);
        const lookAlike = namesLookAlike(values.folded, candidate.claim, lookAlikes)
          ? LOOK_ALIKE_FACTOR
          : 1;
        return { candidate, rank: adjusted.rank * lookAlike, show: adjusted.show * lookAlike };
      })
      // Ordered by the uncapped rank; the shown score is a threshold input, kept in [0, 1].
      .sort((a, b) => b.rank - a.rank)
      .map(({ candidate, show }) => ({ ...candidate, score: Math.min(1, show) }))
  );
}
