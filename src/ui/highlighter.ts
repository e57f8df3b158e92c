// The one module that paints sentence highlights. The CSS Custom Highlight API paints ranges without
// touching the page's DOM; where it is missing we skip the tint (the marker alone still shows the
// note) rather than wrap page text in elements that frameworks would fight over.
import type { Verdict } from '../engine/types';
import { adoptCss, HIGHLIGHT_CSS } from './styles';

const VERDICTS: Verdict[] = ['corroborated', 'conflicting', 'mixed'];

/** Whether this engine can paint highlights (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces all our highlights with `ranges`; returns false when the API is missing. */
export function paintHighlights(
  doc: Document,
  ranges: { range: Range; verdict: Verdict }[],
): boolean {
  if (!canHighlight()) return false;
  adoptCss(doc, HIGHLIGHT_CSS);
  for (const verdict of VERDICTS) {
    const highlight = new Highlight(
      ...ranges.filter((r) => r.verdict === verdict).map((r) => r.range),
    );
    CSS.highlights.set(`crosscheck-${verdict}`, highlight);
  }
  return true;
}

/** Removes every highlight we painted. */
export function clearHighlights(): void {
  if (!canHighlight()) return;
  for (const verdict of VERDICTS) CSS.highlights.delete(`crosscheck-${verdict}`);
}

/** Number of ranges we currently paint (for tests and the page report). */
export function countHighlights(): number {
  if (!canHighlight()) return 0;
  let count = 0;
  for (const verdict of VERDICTS) count += CSS.highlights.get(`crosscheck-${verdict}`)?.size ?? 0;
  return count;
}
