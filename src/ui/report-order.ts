// The order a moderator reads a report in: conflicts first, then mixed, then corroborated; within a
// verdict, in reading order.
import type { KeyedNote } from '../messages';
import { verdictRank } from './verdict-label';

/** A sorted copy of `notes`. */
export function sortReportNotes(notes: readonly KeyedNote[]): KeyedNote[] {
  return [...notes].sort(
    (a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || a.start - b.start,
  );
}
