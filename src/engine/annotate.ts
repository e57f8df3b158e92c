// The engine's one entry point: article text in, topic result and notes with offsets out.
import type { Pack } from '../claims/schema';
import { compareWithClaim, sourcesById } from './compare';
import { deniesClaim } from './polarity';
import { detectTopic } from './detect';
import { createMatcher, rankClaims, type Matcher } from './match';
import { rerankCandidates } from './rerank';
import { segmentSentences, type Sentence } from './segment';
import type { Annotation, AnnotateInput, Note } from './types';

/** A pack ready to annotate with: the index is built once per pack, not per article. */
export interface Annotator {
  pack: Pack;
  matcher: Matcher;
  sources: ReturnType<typeof sourcesById>;
}

export function createAnnotator(pack: Pack): Annotator {
  return { pack, matcher: createMatcher(pack), sources: sourcesById(pack) };
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
 * The note for one sentence, or null when it states no claim in the pack. `minScore` is for the
 * evaluation's threshold sweep; everything else uses the default.
 */
export function noteForSentence(
  sentence: Sentence,
  annotator: Annotator,
  publishedDate?: string,
  minScore = NOTE_MIN_SCORE,
): Note | null {
  if (sentence.text.length < MIN_SENTENCE_LENGTH) return null;
  const [match] = rerankCandidates(
    rankClaims(annotator.matcher, sentence.text, SHORTLIST),
    sentence.text,
    annotator.pack.topic.against,
  );
  if (!match || match.score < minScore) return null;
  const comparison = compareWithClaim(match.claim, sentence.text, annotator.sources, {
    date: publishedDate,
    negated: deniesClaim(sentence.text, match.claim, match.field),
  });
  return {
    start: sentence.start,
    end: sentence.end,
    sentence: sentence.text,
    claim: match.claim.id,
    statement: match.claim.statement,
    score: Math.round(match.score * 1000) / 1000,
    ...comparison,
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
export function annotateSentences(input: AnnotateInput, annotator: Annotator): Note[] {
  const notes: Note[] = [];
  for (const sentence of segmentSentences(input.text)) {
    const note = noteForSentence(sentence, annotator, input.publishedDate);
    if (note) notes.push(note);
  }
  return notes;
}
