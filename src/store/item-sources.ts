// A saved item's sources as a researcher reads them: each source once, with its stance towards the
// saved sentence and whether it is a primary source. Shared by the CSV and Web Annotation exports and
// the collection view, so all three list the same sources the same way.
import type { SourceKind } from '../claims/schema';
import type { SavedClaim, SavedEvidence } from './saved-item';

/**
 * Relative to the saved sentence: "agrees" when the source's evidence supports what the sentence
 * states, "disagrees" when it supports another version, "denies" when the pack records the source
 * as saying the version is false.
 */
export type SourceStance = 'agrees' | 'disagrees' | 'denies';

export interface ItemSource {
  /** The pack's source id. */
  id: string;
  publisher: string;
  date: string;
  url: string;
  quote: string;
  stance: SourceStance;
  /** The treaty text itself or a government's statement (pack kinds primary-document, official-statement). */
  primary: boolean;
}

const PRIMARY_KINDS: ReadonlySet<SourceKind | string> = new Set<SourceKind>([
  'primary-document',
  'official-statement',
]);

function stanceOf(evidence: SavedEvidence, corroborates: boolean): SourceStance {
  if (evidence.stance === 'denies') return 'denies';
  // The engine already sorted each source into for/against the sentence (a negated sentence swaps
  // them), so the list a source is in is its stance towards the sentence.
  return corroborates ? 'agrees' : 'disagrees';
}

/**
 * Each source of `claim` once, in the order the note listed them (corroborating first). A source
 * the pack cites with several quotes keeps its first; an empty list means the item has no claim or
 * the claim kept no sources (items migrated from schema 1).
 */
export function itemSources(claim: SavedClaim | null): ItemSource[] {
  if (!claim) return [];
  const seen = new Map<string, ItemSource>();
  const add = (evidence: SavedEvidence, corroborates: boolean): void => {
    const id = evidence.source || evidence.url;
    if (seen.has(id)) return;
    seen.set(id, {
      id,
      publisher: evidence.publisher,
      date: evidence.date,
      url: evidence.url,
      quote: evidence.quote,
      stance: stanceOf(evidence, corroborates),
      primary: PRIMARY_KINDS.has(evidence.kind),
    });
  };
  for (const evidence of claim.corroborating) add(evidence, true);
  for (const evidence of claim.conflicting) add(evidence, false);
  return [...seen.values()];
}
