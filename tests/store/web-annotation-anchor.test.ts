// @vitest-environment jsdom
// The exported TextQuoteSelector must find its sentence in the document's own text (what the Web
// Annotation model's selectors refer to), not only in the extension's extracted article text. This
// re-anchors every sentence of a real saved page (the one the collection e2e test saves from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readText } from '../../src/page/text-map';
import { createSavedItem } from '../../src/store/create-item';
import { exportWebAnnotation, type WebAnnotation } from '../../src/store/export-web-annotation';
import { ROOT } from '../helpers/fixtures';

const PAGE = join(ROOT, 'tests', 'fixtures', 'pages', 'guardian-seed-001', 'source.html');

/** Text with all whitespace removed, and for each of its characters the offset in the original. */
function squash(text: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i += 1)
    if (!/\s/.test(text[i] ?? '')) {
      out += text[i];
      offsets.push(i);
    }
  return { text: out, offsets };
}

/** How many characters `a` and `b` share read from their ends (`fromEnd`) or their starts. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  while (n < Math.min(a.length, b.length)) {
    if ((fromEnd ? a.at(-1 - n) : a[n]) !== (fromEnd ? b.at(-1 - n) : b[n])) break;
    n += 1;
  }
  return n;
}

/**
 * The best places in `documentText` for a TextQuoteSelector, as the model describes anchoring: the
 * exact text must occur; prefix and suffix choose among its occurrences (the one they agree with
 * most). Whitespace is ignored, as annotation clients do (the document's text keeps the HTML
 * source's line breaks and indentation where the extension read one space or a blank line, and
 * text the extension skips, such as a figure caption, may stand between the sentence and its context).
 */
function anchorInDocument(
  documentText: string,
  selector: WebAnnotation['target']['selector'][0],
): { start: number; end: number }[] {
  const doc = squash(documentText);
  const [exact, prefix, suffix] = [selector.exact, selector.prefix, selector.suffix].map(
    (s) => squash(s).text,
  ) as [string, string, string];
  let best: { start: number; end: number; score: number }[] = [];
  for (let at = doc.text.indexOf(exact); at >= 0; at = doc.text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const score =
      agreement(doc.text.slice(0, at), prefix, true) +
      agreement(doc.text.slice(end), suffix, false);
    const place = { start: doc.offsets[at]!, end: doc.offsets[end - 1]! + 1, score };
    if (!best.length || score > best[0]!.score) best = [place];
    else if (score === best[0]!.score) best.push(place);
  }
  return best.map(({ start, end }) => ({ start, end }));
}

const page = new DOMParser().parseFromString(readFileSync(PAGE, 'utf8'), 'text/html');
const articleText = readText(page.body).text;
/** The article's sentences as the extension segments them; a seed article has a few dozen. */
const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(articleText)]
  .map((s) => ({ start: s.index, sentence: s.segment.trimEnd() }))
  .filter(({ sentence }) => sentence.length > 40);

describe('an exported annotation re-anchors in the real page’s document text', () => {
  const items = sentences.map(({ start, sentence }, i) =>
    createSavedItem(
      {
        sentence,
        text: articleText,
        start,
        end: start + sentence.length,
        context: '',
        url: 'https://www.theguardian.com/world/2025/jul/07/example',
        title: page.title,
        note: null,
        pack: null,
      },
      new Date(Date.UTC(2026, 0, 1, 0, i)),
      `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    ),
  );
  const annotations: WebAnnotation[] = JSON.parse(exportWebAnnotation(items)).first.items;
  const documentText = page.body.textContent ?? '';

  test('the page has sentences to save', () => {
    expect(annotations.length).toBeGreaterThan(10);
  });

  test.each(annotations.map((a) => [a.target.selector[0].exact.slice(0, 60), a] as const))(
    '“%s…” is found in exactly one place',
    (_start, annotation) => {
      const [selector] = annotation.target.selector;
      const places = anchorInDocument(documentText, selector);
      expect(places).toHaveLength(1);
      const found = documentText.slice(places[0]!.start, places[0]!.end);
      expect(found.replace(/\s+/g, ' ')).toBe(selector.exact.replace(/\s+/g, ' '));
    },
  );

  test('a repeated sentence (a pull quote the extension skips) goes back to the original', () => {
    const [selector] = annotations[Math.floor(annotations.length / 2)]!.target.selector;
    // Synthetic edit of the real page: the sentence repeated as a pull quote before the article.
    const pullQuote = `${selector.exact} `;
    const places = anchorInDocument(pullQuote + documentText, selector);
    expect(places).toHaveLength(1);
    expect(places[0]!.start).toBeGreaterThanOrEqual(pullQuote.length);
  });

  test('no TextPositionSelector: the saved offsets are not document offsets', () => {
    for (const annotation of annotations)
      expect(annotation.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });
});
