import { describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/messages';
import {
  escapeLineStart,
  escapeMarkdown,
  formatReportJson,
  formatReportMarkdown,
} from '../../src/ui/report-markdown';
import { NOTE } from '../store/items.fixture';

// Synthetic report around the fixture note; the title carries Markdown that must stay literal.
const REPORT: PageReport = {
  url: 'https://news.example/a (b)',
  title: '# Not a heading [link](javascript:alert(1))',
  checkedAt: '2026-11-23T19:00:00.000Z',
  published: '2025-06-30',
  topic: { relevant: true, score: 0.9, reasons: ['mentions "ottawa convention" ×2'] },
  forced: false,
  packs: [{ id: 'landmine-treaty', version: '1.0.0' }],
  notes: [
    {
      ...NOTE,
      id: 'b',
      verdict: 'corroborated',
      start: 5,
      sentence: 'Anti-personnel mines were banned in 1997.',
    },
    { ...NOTE, id: 'c', verdict: 'mixed', start: 90, sentence: 'A mixed sentence.' },
    { ...NOTE, id: 'a', verdict: 'conflicting', start: 50 },
  ],
};

describe('the copied report', () => {
  const markdown = formatReportMarkdown(REPORT);
  const lines = markdown.split('\n');

  test('the first line counts every verdict, then come title, URL, dates and pack', () => {
    expect(lines[0]).toBe('1 conflicting, 1 mixed, 1 corroborated');
    expect(markdown).toContain('## \\# Not a heading \\[link\\](javascript:alert(1))');
    expect(markdown).toContain('- URL: <https://news.example/a%20%28b%29>');
    expect(markdown).toContain('- Published: 2025-06-30');
    expect(markdown).toContain('- Checked: 2026-11-23 19:00 UTC');
    expect(markdown).toContain('- Claims pack: landmine-treaty 1.0.0');
  });

  test('an article that states no date says so', () => {
    expect(formatReportMarkdown({ ...REPORT, published: null })).toContain(
      '- Published: not stated on the page',
    );
  });

  test('conflicts come first with each source’s quote, publisher, date and link', () => {
    const order = ['✗ Conflicting', '± Mixed', '✓ Corroborated'].map((label) =>
      markdown.indexOf(label, markdown.indexOf('- Claims pack')),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown).toContain(
      '  - “There are 165 States Parties, "so far".” — [ICBL, "Monitor"](https://example.org/monitor?a=1,b=2), 2025-06-27',
    );
  });

  test('a corroborated note is one line', () => {
    expect(lines).toContain(
      '- “Anti-personnel mines were banned in 1997.” — The Convention has 164 states parties.',
    );
  });

  test('detection reasons stay out of the body, in the last line', () => {
    expect(lines.filter((line) => line.includes('ottawa convention'))).toEqual([lines.at(-2)]);
    expect(lines.at(-2)).toMatch(/^Detection: /);
  });

  test('"Copy conflicts only" keeps every count but only conflicting and mixed notes', () => {
    const disputed = formatReportMarkdown(REPORT, { disputedOnly: true });
    expect(disputed.split('\n')[0]).toBe(lines[0]);
    expect(disputed).toContain('✗ Conflicting');
    expect(disputed).toContain('± Mixed');
    expect(disputed).not.toContain('Corroborated');
    expect(disputed).not.toContain('Anti-personnel');
  });

  test('a page without notes says so', () => {
    const empty = formatReportMarkdown({ ...REPORT, notes: [] });
    expect(empty.split('\n')[0]).toBe('0 conflicting, 0 mixed, 0 corroborated');
    expect(empty).toContain('No sentence on this page matched a claim in the pack.');
  });

  test.each([
    ['a hyphen inside a word', 'anti-personnel mines', 'anti-personnel mines'],
    [
      'ordinary punctuation',
      'Ukraine (in 2005), 164 states. Done!',
      'Ukraine (in 2005), 164 states. Done!',
    ],
    ['a lone asterisk', 'a 5 * 3 grid', 'a 5 * 3 grid'],
    ['an underscore inside a word', 'snake_case_name', 'snake_case_name'],
    ['an emphasis pair', '*a* _b_', '\\*a\\* \\_b\\_'],
    ['link brackets', '[x](y)', '\\[x\\](y)'],
    ['a code span', 'use `rm`', 'use \\`rm\\`'],
    ['HTML', '<img src=x>', '\\<img src=x>'],
    ['an entity', 'AT&amp;T', 'AT\\&amp;T'],
    ['a backslash before punctuation', 'a\\*b', 'a\\\\*b'],
    ['line breaks', 'one\n\ntwo', 'one two'],
  ])('escapes %s only where Markdown would change it', (_case, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  test.each([
    ['# Title', '\\# Title'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['> quoted', '\\> quoted'],
    ['-1 degrees', '-1 degrees'],
  ])('text starting a line escapes a leading block marker: %s', (text, escaped) => {
    expect(escapeLineStart(text)).toBe(escaped);
    expect(escapeMarkdown(text)).toBe(text);
  });

  test('the JSON form carries everything, notes in report order', () => {
    const json = JSON.parse(formatReportJson(REPORT));
    expect(json).toMatchObject({
      format: 'crosscheck-report',
      formatVersion: 1,
      url: REPORT.url,
      title: REPORT.title,
      published: REPORT.published,
      checkedAt: REPORT.checkedAt,
      topic: REPORT.topic,
      packs: REPORT.packs,
    });
    expect(json.notes.map((n: { id: string }) => n.id)).toEqual(['a', 'c', 'b']);
    expect(json.notes[0]).toEqual(REPORT.notes[2]);
  });
});
