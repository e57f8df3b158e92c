// Finds the claim a sentence states: BM25 retrieves candidates from an inverted index, then a
// coverage score (how much of the claim's wording the sentence carries) reranks and thresholds them.
// Fuse.js repairs misspelled or unusually transliterated words the index has never seen.
import Fuse from 'fuse.js';
import type { Claim, Pack } from '../claims/schema';
import {
  buildBm25Index,
  idfOf,
  searchBm25,
  type Bm25Index,
  type IndexedDocument,
} from './bm25-index';
import { tokenise, type Token } from './tokenise';

/** Candidates BM25 hands to the reranker; recall@20 on bench/checkthat is ~0.95, so 20 is enough. */
const CANDIDATES = 20;
/**
 * Lowest rerank score shown as a note. Precision-first: chosen from the table printed by
 * `npm run eval` (tests/eval), where it keeps precision of shown notes above recall.
 */
export const MIN_MATCH_SCORE = 0.5;
/** Words shorter than this are not fuzzily repaired: too many short words are one edit apart. */
const MIN_FUZZY_LENGTH = 5;
/** Fuse.js threshold (0 exact … 1 anything); 0.25 accepts one or two edits in a long name. */
const FUZZY_THRESHOLD = 0.25;

export interface ClaimField {
  claim: number;
  terms: string[];
  /** The field's bigrams ("ottawa convent"), rewarding phrases over scattered words. */
  bigrams: Set<string>;
  text: string;
}

export interface Matcher {
  claims: Claim[];
  index: Bm25Index;
  /** Fields (statement, paraphrases) of each claim, by claim position. */
  fieldsByClaim: ClaimField[][];
  /** Surface words of the pack, bucketed by first letter, for fuzzy repair; built on first use. */
  fuzzy: Map<string, Fuse<string>> | null;
  vocabulary: Map<string, string>;
}

export interface Candidate {
  claim: Claim;
  /** Rerank score in [0, 1]. */
  score: number;
  /** The claim text (statement or paraphrase) the sentence is closest to. */
  field: string;
}

function bigramsOf(terms: string[]): Set<string> {
  const bigrams = new Set<string>();
  for (let i = 1; i < terms.length; i += 1) bigrams.add(`${terms[i - 1]} ${terms[i]}`);
  return bigrams;
}

/** Field weights: a claim's own statement is the surest evidence, paraphrases nearly as good. */
const STATEMENT_WEIGHT = 1;
const PARAPHRASE_WEIGHT = 0.95;

/** Indexes every claim's statement and paraphrases. */
export function createMatcher(pack: Pick<Pack, 'claims'>): Matcher {
  const documents: IndexedDocument[] = [];
  const fieldsByClaim: ClaimField[][] = [];
  const vocabulary = new Map<string, string>();
  pack.claims.forEach((claim, group) => {
    const texts = [claim.statement, ...claim.paraphrases];
    const fields: ClaimField[] = [];
    fieldsByClaim.push(fields);
    texts.forEach((text, i) => {
      const tokens = tokenise(text);
      for (const token of tokens) vocabulary.set(token.word, token.term);
      const terms = tokens.map((token) => token.term);
      documents.push({ group, weight: i === 0 ? STATEMENT_WEIGHT : PARAPHRASE_WEIGHT, terms });
      fields.push({ claim: group, terms, bigrams: bigramsOf(terms), text });
    });
  });
  return {
    claims: pack.claims,
    index: buildBm25Index(documents),
    fieldsByClaim,
    fuzzy: null,
    vocabulary,
  };
}

function fuzzyBuckets(matcher: Matcher): Map<string, Fuse<string>> {
  if (matcher.fuzzy) return matcher.fuzzy;
  const byLetter = new Map<string, string[]>();
  for (const word of matcher.vocabulary.keys()) {
    if (word.length < MIN_FUZZY_LENGTH) continue;
    const letter = word[0] ?? '';
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), word]);
  }
  const buckets = new Map<string, Fuse<string>>();
  for (const [letter, words] of byLetter)
    buckets.set(letter, new Fuse(words, { threshold: FUZZY_THRESHOLD, includeScore: true }));
  matcher.fuzzy = buckets;
  return buckets;
}

/** Replaces words the pack has never seen with the pack word they most likely misspell. */
export function repairTerms(matcher: Matcher, tokens: Token[]): string[] {
  return tokens.map((token) => {
    if (matcher.index.postings.has(token.term) || token.word.length < MIN_FUZZY_LENGTH)
      return token.term;
    const fuse = fuzzyBuckets(matcher).get(token.word[0] ?? '');
    const best = fuse?.search(token.word, { limit: 1 })[0];
    return best ? (matcher.vocabulary.get(best.item) ?? token.term) : token.term;
  });
}

/**
 * How well a sentence states a claim field, in [0, 1]: mostly the IDF-weighted share of the
 * field's terms the sentence carries, plus a share of the field's bigrams, less a little for
 * sentence terms the field does not explain (a long sentence that merely mentions the topic).
 */
export function coverageScore(
  index: Bm25Index,
  sentenceTerms: Set<string>,
  sentenceBigrams: Set<string>,
  field: ClaimField,
): number {
  const fieldTerms = new Set(field.terms);
  if (fieldTerms.size === 0) return 0;
  let fieldWeight = 0;
  let covered = 0;
  for (const term of fieldTerms) {
    const idf = idfOf(index, term);
    fieldWeight += idf;
    if (sentenceTerms.has(term)) covered += idf;
  }
  let sentenceWeight = 0;
  let explained = 0;
  for (const term of sentenceTerms) {
    const idf = idfOf(index, term);
    sentenceWeight += idf;
    if (fieldTerms.has(term)) explained += idf;
  }
  let sharedBigrams = 0;
  for (const bigram of field.bigrams) if (sentenceBigrams.has(bigram)) sharedBigrams += 1;
  const recall = covered / fieldWeight;
  const precision = sentenceWeight ? explained / sentenceWeight : 0;
  const phrase = field.bigrams.size ? sharedBigrams / field.bigrams.size : recall;
  return 0.65 * recall + 0.2 * phrase + 0.15 * precision;
}

/** Claims ranked for a sentence, best first; an empty list when no claim shares a term with it. */
export function rankClaims(matcher: Matcher, sentence: string, limit = 5): Candidate[] {
  const terms = repairTerms(matcher, tokenise(sentence));
  const termSet = new Set(terms);
  const bigrams = bigramsOf(terms);
  const candidates = searchBm25(matcher.index, terms, CANDIDATES);
  const ranked: Candidate[] = [];
  for (const { group } of candidates) {
    const claim = matcher.claims[group];
    if (!claim) continue;
    let best: Candidate | null = null;
    for (const field of matcher.fieldsByClaim[group] ?? []) {
      const score = coverageScore(matcher.index, termSet, bigrams, field);
      if (!best || score > best.score) best = { claim, score, field: field.text };
    }
    if (best) ranked.push(best);
  }
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** The claim a sentence states, or null when none scores at least MIN_MATCH_SCORE. */
export function bestClaim(
  matcher: Matcher,
  sentence: string,
  minScore = MIN_MATCH_SCORE,
): Candidate | null {
  const [best] = rankClaims(matcher, sentence, 1);
  return best && best.score >= minScore ? best : null;
}
