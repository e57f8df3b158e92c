// Builds a SavedItem from what the page knows when the user saves (a note or a bare selection), so
// the content script, the background and tests make items the same way.
import type { Note } from '../engine/types';
import type { SavedClaim, SavedItem } from './saved-item';

/** Characters of prefix/suffix kept in the TextQuoteSelector; 32 is what Hypothesis stores and
 * is enough to tell a repeated pull quote from its original. */
export const QUOTE_CONTEXT_CHARS = 32;

/** What the page side sends to save a sentence: plain JSON, offsets into the article text. */
export interface ItemDraft {
  sentence: string;
  /** The article text the offsets refer to (or a window of it; then `textOffset` says where it starts). */
  text: string;
  start: number;
  end: number;
  /** Offset of `text[0]` in the full article text; 0 when `text` is the full text. */
  textOffset?: number;
  context: string;
  url: string;
  title: string;
  note: Note | null;
  pack: { id: string; version: string } | null;
  tags?: string[];
  comment?: string;
}

/** Turns an engine note into the claim record a saved item keeps; null when there is no note. */
export function toSavedClaim(note: Note | null, pack: SavedClaim['pack']): SavedClaim | null {
  if (!note) return null;
  return {
    id: note.claim,
    statement: note.statement,
    ...(note.statementIn ? { statementIn: { ...note.statementIn } } : {}),
    verdict: note.verdict,
    stated: note.stated,
    established: note.established,
    corroborating: note.corroborating.map((e) => ({ ...e })),
    conflicting: note.conflicting.map((e) => ({ ...e })),
    pack,
  };
}

/** Creates a new item with a fresh id and the current time (both injectable for tests). */
export function createSavedItem(
  draft: ItemDraft,
  now: Date = new Date(),
  id: string = crypto.randomUUID(),
): SavedItem {
  const base = draft.textOffset ?? 0;
  const exact = draft.text.slice(draft.start, draft.end) || draft.sentence;
  return {
    id,
    savedAt: now.toISOString(),
    page: { url: draft.url, title: draft.title },
    sentence: draft.sentence,
    context: draft.context,
    claim: toSavedClaim(draft.note, draft.pack),
    tags: normaliseTags(draft.tags ?? []),
    comment: draft.comment ?? '',
    target: {
      source: draft.url,
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: draft.text.slice(Math.max(0, draft.start - QUOTE_CONTEXT_CHARS), draft.start),
        suffix: draft.text.slice(draft.end, draft.end + QUOTE_CONTEXT_CHARS),
      },
      position: { type: 'TextPositionSelector', start: base + draft.start, end: base + draft.end },
    },
  };
}

/** Trims, drops empties and duplicates, keeps first-seen order: tags are typed by hand. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

/** Characters read on each side of a sentence to find its neighbours: two long news sentences. */
const CONTEXT_WINDOW_CHARS = 400;

/**
 * The sentence with the one before and the one after it, cut at sentence boundaries (Intl.Segmenter),
 * so an export shows what the sentence was answering.
 */
export function surroundingContext(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT_WINDOW_CHARS);
  const window = text.slice(from, Math.min(text.length, end + CONTEXT_WINDOW_CHARS));
  const segments = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(window)];
  const at = segments.findIndex((s) => from + s.index + s.segment.length > start);
  const last = segments.findIndex((s) => from + s.index + s.segment.length >= end);
  const picked = segments.slice(Math.max(0, at - 1), (last < 0 ? segments.length : last) + 2);
  return picked
    .map((s) => s.segment)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
