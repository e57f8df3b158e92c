// Finds the element holding an article's body: the prose the engine reads, without navigation,
// related-story lists, comments or captions. Readability-style paragraph scoring, kept small because
// it runs only after the cheap topic check passed; per-site corrections live in ./sites/.
import { SKIPPED_SELECTOR } from './text-map';
import { siteArticleRoot } from './sites';

/** Paragraphs shorter than this (characters) are bylines, captions or teasers, not prose. */
const MIN_PARAGRAPH_CHARS = 40;
/** Climb to a parent when it holds at least this much more paragraph text than the current root:
 *  story bodies split into several column <div>s (NYT) or sections (Medium) share a parent that
 *  holds them all. 1.1 is the largest ratio that keeps Medium's last section (tests/page). */
const CLIMB_RATIO = 1.1;
/** How many levels above a paragraph its score reaches (parent 1, grandparent 1/2, …). */
const SCORE_DEPTH = 3;

/** Containers whose paragraphs are never the article: comments, related lists, promos. */
const NOT_ARTICLE =
  /comment|related|recommend|promo|most-?read|popular|newsletter|outbrain|taboola|sidebar|footer|share/i;

function isExcluded(element: Element): boolean {
  // Stop below <body>: its classes describe the whole page (BBC's body names "outbrain" slots).
  for (
    let node: Element | null = element;
    node && node !== node.ownerDocument.body;
    node = node.parentElement
  ) {
    if (node.matches(SKIPPED_SELECTOR)) return true;
    const label = `${node.id} ${typeof node.className === 'string' ? node.className : ''}`;
    if (label.length > 1 && NOT_ARTICLE.test(label) && !/article|story|body/i.test(label))
      return true;
  }
  return false;
}

function linkDensity(element: Element, textLength: number): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += link.textContent?.length ?? 0;
  return textLength === 0 ? 0 : linked / textLength;
}

/** Paragraph text lengths keyed by paragraph element, for paragraphs that look like prose. */
function proseParagraphs(body: Element): Map<Element, number> {
  const paragraphs = new Map<Element, number>();
  for (const p of body.querySelectorAll('p, pre, blockquote > p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || isExcluded(p)) continue;
    if (linkDensity(p, length) > 0.5) continue;
    paragraphs.set(p, length);
  }
  return paragraphs;
}

function proseLength(element: Element, paragraphs: Map<Element, number>): number {
  let total = 0;
  for (const [p, length] of paragraphs) if (element.contains(p)) total += length;
  return total;
}

/**
 * The article body element; falls back to `<body>` (never null) when no paragraph looks like
 * prose, which the caller treats as "read the whole page".
 */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const fromSite = siteArticleRoot(doc);
  if (fromSite) return fromSite;
  const paragraphs = proseParagraphs(body);
  const scores = new Map<Element, number>();
  for (const [p, length] of paragraphs) {
    const score = 1 + Math.min(length / 100, 3) + ((p.textContent ?? '').split(',').length - 1);
    let ancestor = p.parentElement;
    for (let depth = 1; ancestor && ancestor !== body && depth <= SCORE_DEPTH; depth++) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / depth);
      ancestor = ancestor.parentElement;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  if (!best) return body;
  let root = best;
  let rootLength = proseLength(root, paragraphs);
  for (let parent = root.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const length = proseLength(parent, paragraphs);
    if (length >= rootLength * CLIMB_RATIO) [root, rootLength] = [parent, length];
  }
  return root;
}
