// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { quickTopicCheck } from '../../src/engine/detect';
import { pageSample } from '../../src/page/page-sample';
import { unrelatedPages } from '../helpers/fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('pageSample: what the stage-1 check reads on every page', () => {
  test.each(unrelatedPages())(
    'real page %s: the sample is short and the check stays silent',
    (_n, html) => {
      const document = parse(html);
      const sample = pageSample(document);
      expect(sample.length).toBeGreaterThan(0);
      expect(quickTopicCheck(sample)).toBe(false);
    },
  );

  test('reads the title, headline and opening paragraphs, not navigation or later text', () => {
    // Synthetic markup: the treaty is named only where the sample must look.
    const document = parse(`<title>News</title><nav><p>Landmine treaty explainer</p></nav>
      <article><h1>Ukraine quits the Ottawa Convention</h1><p>First.</p></article>`);
    expect(quickTopicCheck(pageSample(document))).toBe(true);
    const late = parse(
      `<title>News</title><article>${'<p>Budget talks.</p>'.repeat(12)}<p>Anti-personnel mines.</p></article>`,
    );
    expect(quickTopicCheck(pageSample(late))).toBe(false);
  });
});
