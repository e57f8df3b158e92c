// Finds the claim a sentence states: BM25 retrieves candidates from an inverted index, then an
// agreement score (how much rare wording the sentence and the claim share) reranks and thresholds them.
// Words the index has never seen are split when they join two pack words (#cornflakes) and otherwise
// repaired when they are one or two edits from a pack word.
import Fuse from 'fuse.js';
import { TRANSLATION_LANGUAGES, type Claim, type Pack } from '../claims/schema';

type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
import { foldText } from './normalise';
import {
  buildBm25Index,
  idfOf,
  searchBm25,
  type Bm25Index,
  type IndexedDocument,
} from './bm25-index';
import { termOf, tokenise, type Token } from './tokenise';

/** Candidates BM25 hands to the reranker; BM25 recall@20 on bench/checkthat dev is ~0.89. */
const CANDIDATES = 20;
/**
 * Lowest coverage score shown as a note. From `npx tsx bench/lib/pack-examples.ts` on the bundled
 * pack (184 match examples, 128 near misses), with claims ranked by agreementScore: 0.4 finds 140 with
 * 1 near miss given its own claim (112 match some claim); 0.45 finds 137 (1, 112); 0.5 finds 132 (1, 111).
 * The former ranking found 133 at 0.5 with 2 near misses given their own claim.
 */
export const MIN_MATCH_SCORE = 0.4;
/** Parts of a joined unseen word ("cornflakes" -> "corn" + "flakes") are at least this long, in letters. */
const MIN_SPLIT_PART = 3;
/** Words shorter than this are not fuzzily repaired: too many short words are one edit apart. */
const MIN_FUZZY_LENGTH = 5;
/**
 * Edits allowed per letter of a misspelled word: one edit in 5-7 letters, two from 8 (the former
 * Fuse.js threshold, 0.25). Fuse.js searched a first-letter bucket per unseen word, ~2 ms each at
 * 10,000 claims (bench/scale); a table of one-letter deletions finds the same words in microseconds.
 */
const EDITS_PER_LETTER = 0.25;
/**
 * Names are where fuzzy matching is the job: transliterations differ by more than two edits
 * (Kosiniak-Kamysz / Kosinyak-Kamysh, Venislavskiy / Venislavsky). Fuse.js searches the pack's
 * names (words written capitalised inside its claims) for a capitalised sentence word the edit
 * table did not repair. Its threshold (0 exact … 1 anything) of 0.3 accepted every spelling pair in
 * tests/engine/match.test.ts and no ordinary word; at most two searches a sentence keep a tweet
 * with many unknown names within bench/checkthat's time budget.
 */
const NAME_THRESHOLD = 0.3;
const MAX_NAME_SEARCHES = 2;
const MIN_NAME_LENGTH = 6;

export interface ClaimField {
  claim: number;
  /** The field's distinct terms. */
  terms: Set<string>;
  /** The field's bigrams ("ottawa convent"), rewarding phrases over scattered words. */
  bigrams: Set<string>;
  /** Sum of the IDF of the field's distinct terms: the most evidence the field can share. */
  weight: number;
  /**
   * The field's terms that say what happens (verbs, nouns, roles), without the names it writes
   * capitalised or its figures: a sentence that shares only a claim's names ("the ICBL said") does
   * not state it.
   */
  predicate: Set<string>;
  predicateWeight: number;
  text: string;
}

export interface Matcher {
  claims: Claim[];
  index: Bm25Index;
  /** Fields (statement, paraphrases) of each claim, by claim position. */
  fieldsByClaim: ClaimField[][];
  /** Each pack word and its one-letter deletions, mapped to pack words, for fuzzy repair; built on first use. */
  fuzzy: Map<string, string[]> | null;
  /** Names the claims write capitalised (folded), for Fuse.js; built on first use. */
  names: Set<string>;
  nameSearch: Fuse<string> | null;
  vocabulary: Map<string, string>;
}

export interface Candidate {
  claim: Claim;
  /**
   * How fully the sentence states the claim, in [0, 1]: the best coverageScore over its fields, and
   * what bestClaim thresholds. Candidates are ordered by agreementScore, which picks *which* claim.
   */
  score: number;
  /** The claim text (statement or paraphrase) the sentence is closest to. */
  field: string;
  /** The best IDF-weighted share of a field's predicate terms the sentence carries, in [0, 1]. */
  predicate: number;
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
export function createMatcher(
  pack: Pick<Pack, 'claims'>,
  languages: readonly TranslationLanguage[] = TRANSLATION_LANGUAGES,
): Matcher {
  const documents: IndexedDocument[] = [];
  const fieldsByClaim: ClaimField[][] = [];
  const vocabulary = new Map<string, string>();
  const names = new Set<string>();
  pack.claims.forEach((claim, group) => {
    const texts = [claim.statement, ...claim.paraphrases, ...translatedTexts(claim, languages)];
    const fields: ClaimField[] = [];
    fieldsByClaim.push(fields);
    texts.forEach((text, i) => {
      const tokens = tokenise(text);
      for (const token of tokens) vocabulary.set(token.word, token.term);
      const capitalised = capitalisedWords(text);
      for (const name of capitalised) if (name.length >= MIN_NAME_LENGTH) names.add(name);
      const terms = tokens.map((token) => token.term);
      // The field's names, as folded words: capitalised inside it, its first word when
      // capitalised, and acronyms in brackets or quotes ("(ICBL)").
      const nameWords = new Set([
        ...capitalised,
        ...[...(/^\p{Lu}[\p{L}'’-]+/u.exec(text) ?? []), ...text.matchAll(/\p{Lu}{2,}/gu)].flatMap(
          (word) => foldText(String(word)).split(/[^\p{L}\p{N}']+/u),
        ),
      ]);
      const nameTerms = new Set(
        tokens.filter((token) => nameWords.has(token.word)).map((token) => token.term),
      );
      const predicate = new Set(terms.filter((term) => !nameTerms.has(term) && !/\d/.test(term)));
      documents.push({ group, weight: i === 0 ? STATEMENT_WEIGHT : PARAPHRASE_WEIGHT, terms });
      fields.push({
        claim: group,
        terms: new Set(terms),
        bigrams: bigramsOf(terms),
        weight: 0,
        predicate,
        predicateWeight: 0,
        text,
      });
    });
  });
  const index = buildBm25Index(documents);
  for (const fields of fieldsByClaim)
    for (const field of fields) {
      field.weight = idfSum(index, field.terms);
      field.predicateWeight = idfSum(index, field.predicate);
    }
  return {
    claims: pack.claims,
    index,
    fieldsByClaim,
    fuzzy: null,
    vocabulary,
    names,
    nameSearch: null,
  };
}

/** A claim's statements and paraphrases in `languages` (Ukrainian and Russian by default). */
export function translatedTexts(
  claim: Claim,
  languages: readonly TranslationLanguage[] = TRANSLATION_LANGUAGES,
): string[] {
  return languages.flatMap((language) => {
    const translation = claim.translations?.[language];
    return translation ? [translation.statement, ...translation.paraphrases] : [];
  });
}

function idfSum(index: Bm25Index, terms: Iterable<string>): number {
  let sum = 0;
  for (const term of terms) sum += idfOf(index, term);
  return sum;
}

/** `word` and each form of it with one letter left out. */
function deletionsOf(word: string): string[] {
  const forms = [word];
  for (let i = 0; i < word.length; i += 1) forms.push(word.slice(0, i) + word.slice(i + 1));
  return forms;
}

function deletionTable(matcher: Matcher): Map<string, string[]> {
  if (matcher.fuzzy) return matcher.fuzzy;
  const table = new Map<string, string[]>();
  for (const word of matcher.vocabulary.keys()) {
    if (word.length < MIN_FUZZY_LENGTH - 1) continue;
    for (const form of deletionsOf(word)) {
      const words = table.get(form);
      if (!words) table.set(form, [word]);
      else if (words[words.length - 1] !== word) words.push(word);
    }
  }
  matcher.fuzzy = table;
  return table;
}

/** Optimal-string-alignment distance (edits, adjacent swaps counting one), or `max + 1` beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length] ?? max + 1;
}

/** The pack word `word` most likely misspells (fewest edits, then the commonest), or null. */
function nearestPackWord(matcher: Matcher, word: string): string | null {
  const max = Math.max(1, Math.floor(word.length * EDITS_PER_LETTER));
  const table = deletionTable(matcher);
  let best: string | null = null;
  let bestEdits = max + 1;
  let bestIdf = Infinity;
  for (const form of deletionsOf(word)) {
    for (const candidate of table.get(form) ?? []) {
      const edits = editDistance(word, candidate, max);
      if (edits > max) continue;
      const idf = idfOf(matcher.index, matcher.vocabulary.get(candidate) ?? '');
      if (edits < bestEdits || (edits === bestEdits && idf < bestIdf))
        [best, bestEdits, bestIdf] = [candidate, edits, idf];
    }
  }
  return best;
}

/**
 * The two pack terms an unseen word joins ("cornflakes" -> corn, flake), or null. Of all the ways to
 * cut it, the one whose rarer half is most common wins: a cut into two everyday words is likelier
 * than one that needs a rare name.
 */
function splitJoined(matcher: Matcher, word: string): [string, string] | null {
  let best: [string, string] | null = null;
  let bestIdf = Infinity;
  for (let cut = MIN_SPLIT_PART; cut <= word.length - MIN_SPLIT_PART; cut += 1) {
    const left = termOf(word.slice(0, cut));
    const right = termOf(word.slice(cut));
    if (!left || !right) continue;
    if (!matcher.index.postings.has(left) || !matcher.index.postings.has(right)) continue;
    const rarer = Math.max(idfOf(matcher.index, left), idfOf(matcher.index, right));
    if (rarer < bestIdf) [best, bestIdf] = [[left, right], rarer];
  }
  return best;
}

/** Words written with a capital inside a text (not only at its start), folded: likely names. */
function capitalisedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:'"’)]\s+)\p{Lu}[\p{L}'’-]+/gu))
    for (const part of foldText(match[0])
      .replace(/['’]s$/, '')
      .split('-'))
      words.add(part);
  return words;
}

/** The pack name a capitalised unknown word most likely spells another way, or null. */
function nearestPackName(matcher: Matcher, word: string): string | null {
  if (!matcher.names.size) return null;
  matcher.nameSearch ??= new Fuse([...matcher.names], {
    threshold: NAME_THRESHOLD,
    ignoreLocation: true,
    includeScore: true,
  });
  const best = matcher.nameSearch.search(word, { limit: 1 })[0];
  return best ? best.item : null;
}

/**
 * Terms of a sentence with words the pack has never seen repaired: a word joining two pack words is
 * split, a long word one or two edits from a pack word becomes that word, anything else stays.
 */
export function repairTerms(
  matcher: Matcher,
  tokens: Token[],
  names = new Set<string>(),
): string[] {
  let nameSearches = 0;
  return tokens.flatMap((token) => {
    if (matcher.index.postings.has(token.term)) return [token.term];
    const parts = splitJoined(matcher, token.word);
    if (parts) return parts;
    if (token.word.length < MIN_FUZZY_LENGTH) return [token.term];
    const nearest = nearestPackWord(matcher, token.word);
    if (nearest) return [matcher.vocabulary.get(nearest) ?? token.term];
    if (
      names.has(token.word) &&
      token.word.length >= MIN_NAME_LENGTH &&
      nameSearches < MAX_NAME_SEARCHES
    ) {
      nameSearches += 1;
      const name = nearestPackName(matcher, token.word);
      if (name) return tokenise(name).map((t) => t.term);
    }
    return [token.term];
  });
}

/**
 * Which claim a sentence states, in [0, 1]: the IDF-weighted Dice overlap of the two term sets, twice
 * the weight they share over the weight each carries. Rare shared words count most, a short field is
 * not won by one common word, and a long sentence dilutes every candidate alike. Chosen on
 * bench/checkthat (dev MAP@5 0.79 against 0.54 for ranking by coverageScore and 0.76 for cosine;
 * leaning it towards field recall, or adding a bigram share, lowered it); pack-examples rose too.
 */
export function agreementScore(
  index: Bm25Index,
  sentenceTerms: ReadonlySet<string>,
  sentenceWeight: number,
  field: ClaimField,
): number {
  if (field.weight === 0 || sentenceWeight === 0) return 0;
  let shared = 0;
  for (const term of field.terms) if (sentenceTerms.has(term)) shared += idfOf(index, term);
  return (2 * shared) / (field.weight + sentenceWeight);
}

/**
 * How fully a sentence states a claim field, in [0, 1]: mostly the IDF-weighted share of the
 * field's terms the sentence carries, plus a share of the field's bigrams, less a little for
 * sentence terms the field does not explain. A sentence that quotes the field inside a longer
 * clause scores 1 on the first two parts, which is what a note's threshold should ask.
 */
export function coverageScore(
  index: Bm25Index,
  sentenceTerms: ReadonlySet<string>,
  sentenceWeight: number,
  sentenceBigrams: ReadonlySet<string>,
  field: ClaimField,
): number {
  if (field.weight === 0) return 0;
  let covered = 0;
  for (const term of field.terms) if (sentenceTerms.has(term)) covered += idfOf(index, term);
  let sharedBigrams = 0;
  for (const bigram of field.bigrams) if (sentenceBigrams.has(bigram)) sharedBigrams += 1;
  const recall = covered / field.weight;
  const precision = sentenceWeight ? covered / sentenceWeight : 0;
  const phrase = field.bigrams.size ? sharedBigrams / field.bigrams.size : recall;
  return 0.65 * recall + 0.2 * phrase + 0.15 * precision;
}

/**
 * The IDF-weighted share of a field's predicate terms a sentence carries, or null for a field that
 * is all names ("ICBL Director Tamar Gabelnick said."): such a field says nothing of what happens.
 */
export function predicateShare(
  index: Bm25Index,
  sentenceTerms: ReadonlySet<string>,
  field: ClaimField,
): number | null {
  if (field.predicateWeight === 0) return null;
  let covered = 0;
  for (const term of field.predicate) if (sentenceTerms.has(term)) covered += idfOf(index, term);
  return covered / field.predicateWeight;
}

/**
 * Claims for a sentence, the one it most likely states first (by agreementScore), each with its
 * coverage score; an empty list when no claim shares a term with it. `include` claims stay on the
 * list whatever their rank; `exclude` claims never take a place on it.
 */
export function rankClaims(
  matcher: Matcher,
  sentence: string,
  limit = 5,
  include: ReadonlySet<number> = new Set(),
  exclude: ReadonlySet<number> = new Set(),
): Candidate[] {
  const terms = repairTerms(matcher, tokenise(sentence), capitalisedWords(sentence));
  const termSet = new Set(terms);
  const bigrams = bigramsOf(terms);
  const sentenceWeight = idfSum(matcher.index, termSet);
  const ranked: Array<Candidate & { agreement: number; included: boolean }> = [];
  const groups = new Set(searchBm25(matcher.index, terms, CANDIDATES).map((hit) => hit.group));
  for (const group of include) groups.add(group);
  for (const group of groups) {
    const claim = matcher.claims[group];
    if (!claim || exclude.has(group)) continue;
    // Agreement decides where the claim ranks; coverage, per field, what it scores and which text shows.
    let best: (Candidate & { agreement: number }) | null = null;
    for (const field of matcher.fieldsByClaim[group] ?? []) {
      const agreement = agreementScore(matcher.index, termSet, sentenceWeight, field);
      const score = coverageScore(matcher.index, termSet, sentenceWeight, bigrams, field);
      const predicate = predicateShare(matcher.index, termSet, field) ?? -1;
      if (!best) best = { claim, score, field: field.text, agreement, predicate };
      else {
        best.agreement = Math.max(best.agreement, agreement);
        best.predicate = Math.max(best.predicate, predicate);
        if (score > best.score) [best.score, best.field] = [score, field.text];
      }
    }
    // A claim written only in names has no predicate to ask for.
    if (best)
      ranked.push({
        ...best,
        predicate: best.predicate < 0 ? 1 : best.predicate,
        included: include.has(group),
      });
  }
  ranked.sort((a, b) => b.agreement - a.agreement);
  // Claims the caller asks for stay on the list whatever their rank (a figure's own year).
  return [
    ...ranked.slice(0, limit),
    ...ranked.slice(limit).filter((candidate) => candidate.included),
  ].map(({ claim, score, field, predicate }) => ({ claim, score, field, predicate }));
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
