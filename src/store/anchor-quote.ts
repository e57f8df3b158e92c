// Finds a saved quote in today's page text (the pure half of re-anchoring, as in Hypothesis): every
// exact occurrence is scored by how much of its saved prefix and suffix still surround it, with the
// saved position breaking ties, so a repeated sentence (a pull quote) goes back to the right place.
import type { TextPositionSelector, TextQuoteSelector } from './saved-item';

export interface Anchor {
  start: number;
  end: number;
}

/** Length of the common run of `a` and `b` read from their ends (prefix side) or starts (suffix side). */
function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max) {
    const x = fromEnd ? a[a.length - 1 - n] : a[n];
    const y = fromEnd ? b[b.length - 1 - n] : b[n];
    if (x !== y) break;
    n += 1;
  }
  return n;
}

/**
 * The best place of `quote.exact` in `text`, or null when the exact text no longer occurs (the page
 * was edited or the article is gone).
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): Anchor | null {
  let best: (Anchor & { score: number; distance: number }) | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const score =
      agreement(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix, true) +
      agreement(text.slice(end, end + quote.suffix.length), quote.suffix, false);
    const distance = position ? Math.abs(position.start - at) : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { start: at, end, score, distance };
  }
  return best && { start: best.start, end: best.end };
}

/** Start of the `occurrence`-th (0-based) place of `sentence` in `text`; -1 when there are fewer. */
export function nthIndexOf(text: string, sentence: string, occurrence: number): number {
  let at = text.indexOf(sentence);
  for (let i = 0; i < occurrence && at >= 0; i += 1) at = text.indexOf(sentence, at + 1);
  return at;
}
