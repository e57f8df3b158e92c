// @vitest-environment jsdom
// Article-root discovery on the twenty real pages in tests/fixtures/unrelated-pages: the root we
// pick must hold the article's prose as Mozilla Readability (the maintained reference) extracts it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, test } from 'vitest';
import { findArticleRoot } from '../../src/page/article-root';
import { readText } from '../../src/page/text-map';
import { PAGES_DIR as PAGES } from '../helpers/fixtures';

const pages = readdirSync(PAGES).filter((name) => name.endsWith('.html'));

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES, name), 'utf8'), 'text/html');
}

/** The longest paragraphs Readability keeps: prose any article root must contain. */
function referenceParagraphs(name: string, count: number): string[] {
  const article = new Readability(load(name)).parse();
  const container = new DOMParser().parseFromString(article?.content ?? '', 'text/html');
  return [...container.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 80)
    .sort((a, b) => b.length - a.length)
    .slice(0, count);
}

describe('findArticleRoot on real pages', () => {
  test('there are twenty pages', () => {
    expect(pages).toHaveLength(20);
  });

  test.each(pages)('%s: the root holds the article prose and is not the whole page', (name) => {
    const doc = load(name);
    const root = findArticleRoot(doc);
    expect(root).not.toBe(doc.body);
    const text = readText(root).text.replace(/\s+/g, ' ');
    const reference = referenceParagraphs(name, 3);
    const found = reference.filter((paragraph) => text.includes(paragraph.slice(0, 60)));
    expect(found.length, `missing: ${reference.find((p) => !text.includes(p.slice(0, 60)))}`).toBe(
      reference.length,
    );
  });
});
