// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { rangeFromOffsets, readText } from '../../src/page/text-map';

function article(html: string): Element {
  // Synthetic markup: each case isolates one way inline elements split a sentence.
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

describe('readText', () => {
  test.each([
    ['plain paragraph', '<p>Ukraine signed in 1999.</p>', 'Ukraine signed in 1999.'],
    [
      'link inside',
      '<p>The <a href="#">Ottawa Convention</a> bans mines.</p>',
      'The Ottawa Convention bans mines.',
    ],
    [
      'nested inline',
      '<p>It has <em><span>164</span> states</em> parties.</p>',
      'It has 164 states parties.',
    ],
    ['line break is a space', '<p>Finland left<br>in 2025.</p>', 'Finland left in 2025.'],
    ['whitespace collapses', '<p>  many \n\t spaces  </p>', 'many spaces'],
    ['blocks separate', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    [
      'captions and scripts skipped',
      '<p>A.</p><figure><figcaption>Cap</figcaption></figure><script>x()</script><p>B.</p>',
      'A.\n\nB.',
    ],
    ['our markers skipped', '<p>A.<crosscheck-marker>✓</crosscheck-marker> B.</p>', 'A. B.'],
  ])('%s', (_name, html, expected) => {
    expect(readText(article(html)).text).toBe(expected);
  });
});

describe('rangeFromOffsets', () => {
  test.each([
    [
      'across a link',
      '<p>Before. The <a href="#">Ottawa Convention</a> bans mines. After.</p>',
      'The Ottawa Convention bans mines.',
    ],
    [
      'across em and span',
      '<p>It has <em><span>164</span> states</em> parties. Next.</p>',
      'It has 164 states parties.',
    ],
    ['across a line break', '<p>Finland left<br>in 2025. Next.</p>', 'Finland leftin 2025.'],
    [
      'across collapsed whitespace',
      '<p>Many   \n spaces here. Next.</p>',
      'Many   \n spaces here.',
    ],
  ])('%s', (_name, html, rangeText) => {
    const map = readText(article(html));
    const sentence = rangeText.replace(/\s+/g, ' ').replace('leftin', 'left in');
    const start = map.text.indexOf(sentence);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFromOffsets(map, start, start + sentence.length);
    expect(range?.toString()).toBe(rangeText);
  });

  test('a repeated sentence is anchored to the occurrence the offsets name', () => {
    const map = readText(
      article(
        '<p>Russia never joined. Mines kill.</p><blockquote><p>Russia never joined.</p></blockquote>',
      ),
    );
    const sentence = 'Russia never joined.';
    const second = map.text.indexOf(sentence, 1);
    const range = rangeFromOffsets(map, second, second + sentence.length)!;
    expect(range.startContainer.parentElement?.closest('blockquote')).not.toBeNull();
    const first = rangeFromOffsets(map, 0, sentence.length)!;
    expect(first.startContainer.parentElement?.closest('blockquote')).toBeNull();
  });

  test('a span of separators only has no range', () => {
    const map = readText(article('<p>One.</p><p>Two.</p>'));
    expect(rangeFromOffsets(map, 4, 6)).toBeNull();
  });
});
