// The saved-item format: a valibot schema (used to validate imports) and the types derived from it, so
// what the collection stores, exports and re-imports cannot drift apart.
import * as v from 'valibot';

/** Current schema version of stored collections and of JSON exports (they share one item shape). */
export const COLLECTION_SCHEMA_VERSION = 2;

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'a non-empty string'));
const offset = v.pipe(v.number(), v.integer('an integer'), v.minValue(0, 'an offset >= 0'));
const isoDateTime = v.pipe(v.string(), v.isoTimestamp('an ISO 8601 date-time'));

/** W3C Web Annotation TextQuoteSelector: the quoted text with a little context on each side. */
export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: nonEmpty,
  prefix: v.string(),
  suffix: v.string(),
});

/** W3C Web Annotation TextPositionSelector: offsets into the page's article text. */
export const TextPositionSelectorSchema = v.strictObject({
  type: v.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});

const VerdictSchema = v.picklist(['corroborated', 'conflicting', 'mixed'] as const);

/** Mirrors the engine's NoteEvidence so a saved item keeps the sources the note showed. */
export const SavedEvidenceSchema = v.strictObject({
  source: v.string(),
  publisher: v.string(),
  url: v.string(),
  date: v.string(),
  quote: v.string(),
  kind: v.string(),
  stance: v.picklist(['asserts', 'denies'] as const),
  version: v.string(),
});

export const SavedClaimSchema = v.strictObject({
  id: nonEmpty,
  statement: v.string(),
  /** The pack's Ukrainian and Russian statements, where it has them (absent in older items). */
  statementIn: v.optional(
    v.strictObject({ uk: v.optional(v.string()), ru: v.optional(v.string()) }),
  ),
  verdict: VerdictSchema,
  stated: v.nullable(v.string()),
  established: v.nullable(v.string()),
  corroborating: v.array(SavedEvidenceSchema),
  conflicting: v.array(SavedEvidenceSchema),
  /** The pack the match came from; null when it is not known (items migrated from schema 1). */
  pack: v.nullable(v.strictObject({ id: nonEmpty, version: v.string() })),
});

export const SavedItemSchema = v.strictObject({
  /** Stable id (a UUID); also the Web Annotation id as `urn:uuid:<id>`. */
  id: nonEmpty,
  savedAt: isoDateTime,
  page: v.strictObject({ url: nonEmpty, title: v.string() }),
  sentence: nonEmpty,
  /** The sentences around it, so a reader of the export sees what the sentence answered. */
  context: v.string(),
  /** The matched claim and its verdict; null for a selection saved without a match. */
  claim: v.nullable(SavedClaimSchema),
  tags: v.array(nonEmpty),
  comment: v.string(),
  target: v.strictObject({
    source: nonEmpty,
    quote: TextQuoteSelectorSchema,
    position: TextPositionSelectorSchema,
  }),
});

export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type SavedEvidence = v.InferOutput<typeof SavedEvidenceSchema>;
export type SavedClaim = v.InferOutput<typeof SavedClaimSchema>;
export type SavedItem = v.InferOutput<typeof SavedItemSchema>;

/** The verdict filter value: a note's verdict, or "unmatched" for items saved without a claim. */
export type ItemVerdict = SavedClaim['verdict'] | 'unmatched';

/** Reads an item's verdict for filters and CSV; "unmatched" when no claim matched. */
export function itemVerdict(item: SavedItem): ItemVerdict {
  return item.claim?.verdict ?? 'unmatched';
}

/**
 * The identity used to refuse duplicates: same page (fragment ignored) and same quote with its
 * context. Offsets are left out on purpose: they shift when a page is edited above the sentence.
 */
export function itemIdentity(item: SavedItem): string {
  return [
    stripFragment(item.page.url),
    item.target.quote.prefix,
    item.target.quote.exact,
    item.target.quote.suffix,
  ].join('\u0000');
}

/** Drops the `#…` part of a URL; returns the input unchanged when it does not parse. */
export function stripFragment(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
