// The engine's one entry point: article text in, topic result and notes with offsets out.
import type { Pack } from '../claims/schema';
import { compareWithClaim, sourcesById } from './compare';
import { deniesClaim } from './polarity';
import { detectTopic } from './detect';
import { createMatcher, rankClaims, type Matcher } from './match';
import { rerankCandidates } from './rerank';
import { segmentSentences, type Sentence } from './segment';
import { foldText } from './normalise';
import type { Annotation, AnnotateInput, Note, NoteEvidence, NotePart } from './types';

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
 * Lowest adjusted score for a note that calls a sentence conflicting because it states a value no
 * version has (rather than a version the sources reject). Precision-first: chosen on the tune half
 * of the real-article corpus (`npm run eval`), where such notes below it were mostly other claims'
 * figures (another year's Landmine Monitor count, one country's figure against a world total).
 */
export const CONFLICT_MIN_SCORE = 0.6;

/**
 * The note for one sentence, or null when it states no claim in the pack. `minScore` is for the
 * evaluation's threshold sweep; everything else uses the default.
 */
export function noteForSentence(
  sentence: Sentence,
  annotator: Annotator,
  publishedDate?: string,
  minScore = NOTE_MIN_SCORE,
  article?: ArticleText,
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
  // A wrong value is what a note is for, but a figure no source gives is weaker evidence of which
  // claim the sentence states than a figure one does: it must match better before it is a conflict.
  if (
    comparison.verdict === 'conflicting' &&
    !comparison.statedVersion &&
    match.score < CONFLICT_MIN_SCORE
  )
    return null;
  const part: NotePart = {
    claim: match.claim.id,
    statement: match.claim.statement,
    score: Math.round(match.score * 1000) / 1000,
    stated: comparison.stated,
    verdict: comparison.verdict,
    established: comparison.established,
    ...separateThisArticle(comparison.corroborating, comparison.conflicting, article),
  };
  return noteFromParts(sentence, [part]);
}

/** The article being annotated, folded once, so evidence quoted from it can be recognised. */
export interface ArticleText {
  folded: string;
}

export function articleText(text: string): ArticleText {
  return { folded: squeeze(foldText(text)) };
}

function squeeze(folded: string): string {
  return folded.replace(/\s+/g, ' ');
}

/** Shorter quotes ("said on Sunday") occur in many articles by chance; they are not a copy. */
const MIN_SELF_QUOTE_LENGTH = 25;

/**
 * Moves evidence quoted verbatim from the article being read out of the sources for and against:
 * an article (or a syndicated copy of it) cannot corroborate itself.
 */
function separateThisArticle(
  corroborating: NoteEvidence[],
  conflicting: NoteEvidence[],
  article: ArticleText | undefined,
): Pick<NotePart, 'corroborating' | 'conflicting' | 'inThisArticle'> {
  if (!article) return { corroborating, conflicting };
  const quoted = (e: NoteEvidence) => {
    const quote = squeeze(foldText(e.quote)).trim();
    return quote.length >= MIN_SELF_QUOTE_LENGTH && article.folded.includes(quote);
  };
  const inThisArticle = [...corroborating, ...conflicting].filter(quoted);
  if (!inThisArticle.length) return { corroborating, conflicting };
  return {
    corroborating: corroborating.filter((e) => !quoted(e)),
    conflicting: conflicting.filter((e) => !quoted(e)),
    inThisArticle,
  };
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
export function annotateSentences(input: AnnotateInput, annotator: Annotator): Note[] {
  const notes: Note[] = [];
  const article = articleText(input.text);
  for (const sentence of segmentSentences(input.text)) {
    const note = noteForSentence(sentence, annotator, input.publishedDate, undefined, article);
    if (note) notes.push(note);
  }
  return notes;
}
