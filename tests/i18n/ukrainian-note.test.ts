// @vitest-environment jsdom
// What a reader whose browser speaks Ukrainian sees in the page: the note's heading, lead sentence,
// claim and source groups, the marker's name and the summary bar in Ukrainian, and the claim in the
// pack's Ukrainian wording wherever a statement is shown (note, popup report, Markdown, collection).
import { describe, expect, test } from 'vitest';
import { annotate, createAnnotator, type Note } from '../../src/engine';
import type { KeyedNote, PageReport } from '../../src/messages';
import { createSavedItem } from '../../src/store/create-item';
import { renderItems } from '../../src/ui/collection-view';
import { createMarker, markerButton } from '../../src/ui/marker';
import { leadSentence, renderNote } from '../../src/ui/note-popover';
import { formatReportMarkdown } from '../../src/ui/report-markdown';
import { describeCounts, renderSummary } from '../../src/ui/summary-panel';
import { useLanguage } from '../helpers/catalogue';
import { bundledPack, seeds } from '../helpers/fixtures';

const pack = bundledPack();
const annotator = createAnnotator(pack);

/** The engine's note for `claim` on the seed sentence containing `fragment`, and the seed's date. */
function seedNote(seed: string, fragment: string, claim: string): { note: Note; date?: string } {
  const date = pack.sources.find((source) => source.seed === seed)?.date;
  const text = seeds().find(([name]) => name === seed)?.[1] ?? '';
  const note = annotate({ text, publishedDate: date }, annotator)
    .notes.flatMap((n) => (n.parts ?? [n]).map((part) => ({ ...n, ...part })))
    .find((n) => n.sentence.includes(fragment) && n.claim === claim);
  if (!note) throw new Error(`no note for ${claim} on "${fragment}"`);
  return { note, date };
}

const ukStatement = (claim: string) =>
  pack.claims.find((c) => c.id === claim)?.translations?.uk?.statement;
const ukLabel = (claim: string, version: string) =>
  pack.claims.find((c) => c.id === claim)?.versions.find((v) => v.id === version)?.labelIn?.uk;

describe('the lead sentence reads as Ukrainian, the article’s words quoted as written', () => {
  test.each([
    [
      '003_a0cae1b0aabd2ad3.txt',
      'process on Monday',
      'ukraine-decree-weekday',
      `У цьому реченні сказано «Monday», а джерела встановлюють: ${ukLabel('ukraine-decree-weekday', 'sunday')}.`,
    ],
    [
      '000_91a15512559e22d2.txt',
      'which has 164 signatory',
      'treaty-states-parties-count',
      'У цьому реченні сказано «164 signatory states», і це правильно.',
    ],
  ])('%s “…%s…” (%s)', (seed, fragment, claim, lead) => {
    useLanguage('uk');
    const { note, date } = seedNote(seed, fragment, claim);
    expect(leadSentence(note, note.sentence, date)).toBe(lead);
  });

  test('a pack label standing in for the sentence’s words is not quoted as if the article said it', () => {
    useLanguage('uk');
    const { note, date } = seedNote(
      '000_91a15512559e22d2.txt',
      'Roman Kostenko, chairman',
      'ukraine-kostenko-committee-role',
    );
    expect(note.sentence).not.toContain('chairman of the committee');
    // Both versions in the pack's Ukrainian labels, neither quoted.
    expect(leadSentence(note, note.sentence, date)).toBe(
      `У цьому реченні сказано ${ukLabel('ukraine-kostenko-committee-role', 'chairman')}, а джерела встановлюють: ${ukLabel('ukraine-kostenko-committee-role', 'secretary')}.`,
    );
    useLanguage('en');
    expect(leadSentence(note, note.sentence, date)).toBe(
      'This sentence says chairman of the committee; the sources establish secretary of the committee.',
    );
  });
});

test('the note: Ukrainian heading, lead, claim in the pack’s Ukrainian, groups and close button', () => {
  useLanguage('uk');
  const { note, date } = seedNote(
    '003_a0cae1b0aabd2ad3.txt',
    'process on Monday',
    'ukraine-decree-weekday',
  );
  expect(note.statementIn?.uk).toBe(ukStatement('ukraine-decree-weekday'));
  const element = renderNote(document, { ...note, id: 'n1' }, [], () => {}, {
    publishedDate: date,
  });
  expect(element.querySelector('h2')?.textContent).toBe('✗ Суперечить — примітка Crosscheck');
  expect(element.querySelector('.lead')?.textContent).toMatch(/^У цьому реченні сказано «Monday»/);
  expect(element.querySelector('.statement')?.textContent).toBe(
    `Твердження: ${ukStatement('ukraine-decree-weekday')}`,
  );
  expect(element.querySelector('.close')?.getAttribute('aria-label')).toBe('Закрити примітку');
  const groups = [...element.querySelectorAll(':scope > h3')].map((h) => h.textContent);
  expect(groups.length).toBeGreaterThan(0);
  expect(groups.every((g) => /^(Першоджерела|Публікації, що|Ця стаття)/.test(g ?? ''))).toBe(true);
  expect(element.textContent).not.toMatch(/This sentence|Claim:|Primary sources|Read at/);
  // What each source says, in the pack's Ukrainian version labels, never the English ones.
  const says = [...element.querySelectorAll('.says')].map((p) => p.textContent ?? '');
  expect(says.length).toBeGreaterThan(0);
  for (const line of says) {
    expect(line).toMatch(/у неділю|у понеділок/);
    expect(line).not.toMatch(/Sunday|Monday/);
  }
});

test('in English the same note keeps the English statement', () => {
  const { note } = seedNote(
    '003_a0cae1b0aabd2ad3.txt',
    'process on Monday',
    'ukraine-decree-weekday',
  );
  const element = renderNote(document, { ...note, id: 'n1' }, [], () => {});
  expect(element.querySelector('.statement')?.textContent).toBe(`Claim: ${note.statement}`);
});

test('the marker’s name and tooltip, and the summary bar, are in Ukrainian', () => {
  useLanguage('uk');
  const { note } = seedNote(
    '003_a0cae1b0aabd2ad3.txt',
    'process on Monday',
    'ukraine-decree-weekday',
  );
  const marker = createMarker(
    document,
    { ...note, id: 'n1' },
    'light',
    { open: () => {}, leave: () => {} },
    new AbortController().signal,
  );
  const button = markerButton(marker);
  expect(button?.getAttribute('aria-label')).toMatch(/^Примітка Crosscheck, суперечить: «/);
  expect(button?.getAttribute('title')).toBe('Crosscheck: Суперечить');

  expect(describeCounts({ corroborated: 5, conflicting: 2, mixed: 0 })).toBe(
    '7 приміток: ✓ підтверджено: 5, ✗ суперечить: 2',
  );
  const host = document.createElement('crosscheck-summary');
  renderSummary(
    host,
    {
      counts: { corroborated: 1, conflicting: 0, mixed: 0 },
      hiddenOnPage: false,
      hiddenOnSite: false,
    },
    'light',
    { step: () => {}, setHidden: () => {} },
  );
  expect(host.shadowRoot?.textContent).toBe(
    'Crosscheck: 1 примітка: ✓ підтверджено: 1↑ Попередня↓ НаступнаПриховати на цій сторінціПриховати на цьому сайті',
  );
});

test('the copied Markdown report and a saved item show the Ukrainian statement', () => {
  useLanguage('uk');
  const { note } = seedNote(
    '003_a0cae1b0aabd2ad3.txt',
    'process on Monday',
    'ukraine-decree-weekday',
  );
  const report: PageReport = {
    url: 'https://news.example/a',
    title: 'A title',
    checkedAt: '2026-11-23T19:00:00.000Z',
    published: null,
    topic: { relevant: true, score: 0.9, reasons: [] },
    forced: false,
    packs: [{ id: 'landmine-treaty', version: '1.0.0' }],
    notes: [{ ...note, id: 'a' } as KeyedNote],
  };
  const markdown = formatReportMarkdown(report);
  expect(markdown).toContain(`- Твердження: ${ukStatement('ukraine-decree-weekday')}`);
  // What the primary sources establish, in the pack's Ukrainian label.
  expect(markdown).toContain(`${ukLabel('ukraine-decree-weekday', 'sunday')}`);
  expect(markdown).not.toContain('on Sunday (29 June 2025)');
  const item = createSavedItem({
    sentence: note.sentence,
    text: note.sentence,
    start: 0,
    end: note.sentence.length,
    context: note.sentence,
    url: 'https://news.example/a',
    title: 'A title',
    note,
    pack: { id: 'landmine-treaty', version: '1.0.0' },
  });
  // Exports keep the English statement and carry the Ukrainian one beside it (JSON).
  expect(item.claim?.statement).toBe(note.statement);
  expect(item.claim?.statementIn?.uk).toBe(ukStatement('ukraine-decree-weekday'));
  const list = document.createElement('ol');
  const noop = { open() {}, save() {}, remove() {} };
  renderItems(list, document.createElement('h2'), [item], 1, noop);
  expect(list.textContent).toContain(`Твердження: ${ukStatement('ukraine-decree-weekday')}`);
});
