import { describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/messages';
import {
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
  topic: { relevant: true, score: 0.9, reasons: ['mentions "ottawa convention" ×2'] },
  forced: false,
  packs: [{ id: 'landmine-treaty', version: '1.0.0' }],
  notes: [
    { ...NOTE, id: 'b', verdict: 'corroborated', start: 5 },
    { ...NOTE, id: 'a', verdict: 'conflicting', start: 50 },
  ],
};

describe('the copied report', () => {
  const markdown = formatReportMarkdown(REPORT);

  test('states page, date checked and pack version', () => {
    expect(markdown).toContain('- Page: <https://news.example/a%20%28b%29>');
    expect(markdown).toContain('- Checked: 2026-11-23 19:00:00 UTC');
    expect(markdown).toContain('- Claims pack: landmine-treaty 1.0.0');
  });

  test('lists conflicts first, each with sources as links', () => {
    expect(markdown.indexOf('## 1. ✗ Conflicting')).toBeLessThan(
      markdown.indexOf('## 2. ✓ Corroborated'),
    );
    expect(markdown).toContain(
      '[ICBL, "Monitor"](https://example.org/monitor?a=1,b=2), 2025-06-27',
    );
  });

  test('page text cannot become Markdown structure or links', () => {
    expect(markdown).toContain(
      '# Crosscheck report: \\# Not a heading \\[link\\]\\(javascript:alert\\(1\\)\\)',
    );
    expect(escapeMarkdown('*a* _b_ <c>')).toBe('\\*a\\* \\_b\\_ \\<c\\>');
  });

  test('the JSON form carries the same notes in the same order', () => {
    const json = JSON.parse(formatReportJson(REPORT));
    expect(json).toMatchObject({ format: 'crosscheck-report', formatVersion: 1, url: REPORT.url });
    expect(json.notes.map((n: { id: string }) => n.id)).toEqual(['a', 'b']);
  });
});
