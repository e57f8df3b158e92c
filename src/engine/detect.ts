// Tells whether a text is about the landmine treaty. Two stages: a one-regex prefilter cheap enough
// for every page, then a scored check against the pack's topic profile with reasons a user can read.
import type { TopicProfile } from '../claims/schema';
import { normaliseText } from './normalise';
import type { TopicResult } from './types';

/**
 * Stage one. False means the text cannot be a treaty article and nothing else should run; true only
 * means "worth the real check". Written for raw page text: no normalisation, one pass.
 */
const PREFILTER =
  /land[\s-]?mines?|anti[\s-]?personnel|ottawa (?:convention|treaty)|mine[\s-]ban|протипіхот|противопехот|оттавськ|оттавск/;
/** Words every prefilter phrase contains; plain substring search rules out most pages at once,
 *  before the regular expression (whose first run compiles it) is needed. Ukrainian and Russian
 *  articles name the treaty ("Оттавська", "Оттавская") or the mines ("протипіхотні",
 *  "противопехотные"). */
const PREFILTER_WORDS = ['mine', 'personnel', 'ottawa', 'протипіхот', 'противопехот', 'оттавс'];

export function quickTopicCheck(text: string): boolean {
  const lower = text.toLowerCase();
  return PREFILTER_WORDS.some((word) => lower.includes(word)) && PREFILTER.test(lower);
}

/** Points per distinct anchor phrase found; anchors alone can make a text relevant. */
const ANCHOR_POINTS = 3;
/** Points per further occurrence of an anchor, capped so one repeated phrase cannot carry a text. */
const REPEAT_POINTS = 1;
const MAX_REPEAT_POINTS = 4;
/** Points per distinct supporting phrase. */
const SUPPORT_POINTS = 1;
/** Points taken per distinct look-alike phrase (cluster munitions, crypto mining …). */
const AGAINST_POINTS = 3;
/**
 * Score a text needs. Chosen on tests/engine/detect.test.ts: the five seeds score 14 or more, the
 * twenty unrelated pages 0; 8 asks for two distinct anchors, or one anchor used repeatedly with
 * supporting vocabulary.
 */
export const RELEVANCE_THRESHOLD = 8;
/** Long pages are judged on their opening, where an article states its subject. */
const MAX_TEXT = 60_000;

const CYRILLIC_END = /[\u0400-\u04ff]$/;

/** Cyrillic phrases as patterns: every word may take any case ending ("оттавськ конвенц"). */
const cyrillicPatterns = new Map<string, RegExp>();

function countCyrillicPhrase(text: string, folded: string): number {
  let pattern = cyrillicPatterns.get(folded);
  if (!pattern) {
    const words = folded.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\p{L}*\\s+')}`, 'gu');
    cyrillicPatterns.set(folded, pattern);
  }
  return text.match(pattern)?.length ?? 0;
}

/** Folded profile phrases, memoised: a profile has a few hundred and every page check reads them. */
const foldedPhrases = new Map<string, string>();

function countPhrase(text: string, phrase: string, cyrillic = true): number {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) foldedPhrases.set(phrase, (folded = normaliseText(phrase)));
  if (CYRILLIC_END.test(folded)) return cyrillic ? countCyrillicPhrase(text, folded) : 0;
  let count = 0;
  for (let at = text.indexOf(folded); at !== -1; at = text.indexOf(folded, at + folded.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + folded.length] ?? ' ';
    // Whole words only, but allow a plural or possessive ending on the last word.
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    if (
      /[a-z0-9]/.test(after) &&
      !/^(?:s|es|'s)\b/.test(text.slice(at + folded.length, at + folded.length + 3))
    )
      continue;
    count += 1;
  }
  return count;
}

/** Stage two: a score with reasons. `relevant` is false for an empty text. */
export function detectTopic(text: string, profile: TopicProfile): TopicResult {
  const normalised = normaliseText(text.slice(0, MAX_TEXT));
  // A text without Cyrillic letters cannot hold a Ukrainian or Russian phrase.
  const cyrillic = /[\u0400-\u04ff]/.test(normalised);
  const count = (phrase: string) => countPhrase(normalised, phrase, cyrillic);
  const reasons: string[] = [];
  let score = 0;
  let anchorOccurrences = 0;
  for (const anchor of profile.anchors) {
    const found = count(anchor);
    if (!found) continue;
    score += ANCHOR_POINTS;
    anchorOccurrences += found;
    reasons.push(`mentions "${anchor}" ×${found}`);
  }
  score += Math.min(
    MAX_REPEAT_POINTS,
    Math.max(0, anchorOccurrences - reasons.length) * REPEAT_POINTS,
  );
  const supporting = profile.supporting.filter((phrase) => count(phrase) > 0);
  score += supporting.length * SUPPORT_POINTS;
  if (supporting.length) reasons.push(`related terms: ${supporting.slice(0, 6).join(', ')}`);
  const against = profile.against.filter((phrase) => count(phrase) > 0);
  score -= against.length * AGAINST_POINTS;
  if (against.length) reasons.push(`look-alike topics: ${against.slice(0, 4).join(', ')}`);
  if (anchorOccurrences === 0) reasons.unshift('no treaty or anti-personnel mine terms');
  const relevant = anchorOccurrences > 0 && score >= RELEVANCE_THRESHOLD;
  return { relevant, score, reasons };
}
