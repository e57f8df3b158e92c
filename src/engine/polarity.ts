// Whether a sentence denies a claim. A negation counts only when it governs the claim's own words
// ("never joined" for a membership claim), in the clause that carries the claim, and a claim whose
// paraphrases say the same thing both ways ("takes effect only after" / "does not take effect
// before") is denied only by a sentence whose polarity none of them shares.
import type { Claim } from '../claims/schema';
import { translatedTexts } from './match';
import { foldText } from './normalise';
import { termOf } from './tokenise';

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nor',
  'neither',
  'cannot',
  'denied',
  'denies',
  'deny',
  'refused',
  'refuses',
  'refuse',
  // Ukrainian and Russian
  'не',
  'ні',
  'ни',
  'ніколи',
  'никогда',
  'заперечує',
  'отрицает',
]);
/** How many words after a negator it may govern ("has not yet formally confirmed"). */
const NEGATION_REACH = 4;
/** Words that end what a negator governs ("not yet final and needs approval"). */
const SCOPE_ENDS = new Set([
  'and',
  'but',
  'or',
  'while',
  'because',
  'which',
  'who',
  'that',
  'as',
  'але',
  'проте',
  'однак',
  'но',
  'однако',
  'який',
  'яка',
  'которая',
  'который',
]);

function wordsOf(text: string): string[] {
  return (
    foldText(text)
      // "did not ratify until 2012" and "not only" assert; they do not deny.
      .replace(/\b(?:not|n't)\b(?=[^.;]*\buntil\b)/g, ' ')
      .replace(/\bnot only\b/g, ' ')
      .replace(/n't\b/g, ' not')
      .match(/[a-z0-9]+|[\u0400-\u04ff][\u0400-\u04ff']*/g) ?? []
  );
}

/** 1 when the text negates one of the given claim terms an odd number of times, else 0. */
export function polarityOf(text: string, claimTerms: Set<string>): 0 | 1 {
  const words = wordsOf(text);
  let negations = 0;
  words.forEach((word, i) => {
    if (!NEGATORS.has(word)) return;
    const following = words.slice(i + 1, i + 1 + NEGATION_REACH);
    const end = following.findIndex((w) => SCOPE_ENDS.has(w));
    const governed = end === -1 ? following : following.slice(0, end);
    if (governed.some((w) => claimTerms.has(termOf(w) ?? ''))) negations += 1;
  });
  return (negations % 2) as 0 | 1;
}

/** Where one clause of a compound sentence ends and the next begins. */
const CLAUSE_BREAK =
  /[;:]|,\s*(?=(?:but|while|whereas|although|though|and|yet|which|who)\b)|\s(?=(?:but|while)\s)/;

/** A clause carries the claim when it shares at least this many terms with the matched wording. */
const MIN_SHARED_TERMS = 2;

/**
 * The clauses of a sentence that carry the matched wording: every clause sharing two or more of
 * its terms ("Budrys said on X: 'not taken lightly'" keeps both halves), else the one sharing most.
 */
function claimClauses(sentence: string, fieldTerms: Set<string>): string {
  const clauses = sentence.split(CLAUSE_BREAK).map((clause) => ({
    clause,
    shared: wordsOf(clause).filter((w) => fieldTerms.has(termOf(w) ?? '')).length,
  }));
  const carrying = clauses.filter((c) => c.shared >= MIN_SHARED_TERMS);
  if (carrying.length) return carrying.map((c) => c.clause).join(' ; ');
  return clauses.reduce((best, c) => (c.shared > best.shared ? c : best), clauses[0]!).clause;
}

function termsIn(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .map((w) => termOf(w) ?? '')
      .filter(Boolean),
  );
}

/** A pack's parenthetical ("in November 2024 (not 2021)") names wrong versions; it is not the claim. */
function proposition(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ');
}

/**
 * Whether the sentence denies the claim: its polarity, judged in the clause carrying the matched
 * field, differs from that of every statement and paraphrase of the claim.
 */
export function deniesClaim(sentence: string, claim: Claim, matchedField: string): boolean {
  const side = claimSide(claim);
  const clause = claimClauses(sentence, termsIn(proposition(matchedField)));
  const sentencePolarity = polarityOf(clause, side.terms);
  return side.polarities.every((polarity) => polarity !== sentencePolarity);
}

interface ClaimSide {
  terms: Set<string>;
  polarities: Array<0 | 1>;
}

/**
 * A claim's terms and the polarity of each of its wordings: the same for every sentence, so read
 * once per claim object (a memo keyed by the claim, not state).
 */
const claimSides = new WeakMap<Claim, ClaimSide>();

function claimSide(claim: Claim): ClaimSide {
  let side = claimSides.get(claim);
  if (!side) {
    const fields = [claim.statement, ...claim.paraphrases, ...translatedTexts(claim)].map(
      proposition,
    );
    side = {
      terms: new Set(fields.flatMap((field) => [...termsIn(field)])),
      polarities: fields.map((field) => polarityOf(field, termsIn(field))),
    };
    claimSides.set(claim, side);
  }
  return side;
}
