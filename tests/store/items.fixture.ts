// Synthetic saved items for the store tests (written for the tests, not captured from a page): they
// carry the awkward cases exports must survive — quotes, commas, CR/LF, non-Latin scripts, formulas.
import { createSavedItem } from '../../src/store/create-item';
import type { Note } from '../../src/engine/types';
import type { SavedItem } from '../../src/store/saved-item';

const ARTICLE =
  'Lithuania, Latvia and Estonia announced their intention to withdraw. ' +
  'The treaty has 164 states parties, said the "monitor", in Geneva.\nНовый абзац: 条约 — مرحبا. ' +
  '=SUM(A1:A2) is not a formula here.';

export const NOTE: Note = {
  start: 70,
  end: 136,
  sentence: 'The treaty has 164 states parties, said the "monitor", in Geneva.',
  claim: 'states-parties-count',
  statement: 'The Convention has 164 states parties.',
  score: 0.91,
  stated: '164 states parties',
  verdict: 'conflicting',
  corroborating: [
    {
      source: 'icbl-2025',
      publisher: 'ICBL, "Monitor"',
      url: 'https://example.org/monitor?a=1,b=2',
      date: '2025-06-27',
      quote: 'There are 165 States Parties, "so far".',
      kind: 'ngo-report',
      stance: 'asserts',
      version: '165 states parties',
    },
  ],
  conflicting: [],
  established: '165 states parties',
};

function at(sentence: string): { start: number; end: number } {
  const start = ARTICLE.indexOf(sentence);
  return { start, end: start + sentence.length };
}

function draft(sentence: string, note: Note | null, extra: Partial<SavedItem> = {}) {
  return {
    sentence,
    text: ARTICLE,
    ...at(sentence),
    context: ARTICLE,
    url: 'https://news.example/world/baltic-withdrawal#comments',
    title: 'Baltic states, "landmines" & the Ottawa treaty',
    note,
    pack: note ? { id: 'landmine-treaty', version: '1.0.0' } : null,
    tags: extra.tags,
    comment: extra.comment,
  };
}

/** Three items saved a minute apart; ids are fixed so exports are byte-comparable. */
export function sampleItems(): SavedItem[] {
  return [
    createSavedItem(
      draft(NOTE.sentence, NOTE, {
        tags: ['baltic', 'count, "disputed"'],
        comment: 'Line one\r\nline two, "quoted"',
      }),
      new Date('2026-11-01T10:00:00.000Z'),
      '00000000-0000-4000-8000-000000000001',
    ),
    createSavedItem(
      draft('Новый абзац: 条约 — مرحبا.', null, { tags: ['ünïcödé'], comment: '' }),
      new Date('2026-11-01T10:01:00.000Z'),
      '00000000-0000-4000-8000-000000000002',
    ),
    createSavedItem(
      draft('=SUM(A1:A2) is not a formula here.', null, { tags: [], comment: '+1 @mention -x' }),
      new Date('2026-11-01T10:02:00.000Z'),
      '00000000-0000-4000-8000-000000000003',
    ),
  ];
}

const EVIDENCE = NOTE.corroborating[0]!;

/**
 * A note whose sources take every stance (synthetic): a primary document and an NGO for the
 * sentence, the NGO again with a second quote, a government statement for another version, and a
 * news report the pack records as denying the stated version.
 */
export const NOTE_WITH_STANCES: Note = {
  ...NOTE,
  verdict: 'mixed',
  corroborating: [
    { ...EVIDENCE, source: 'treaty-text', publisher: 'United Nations', kind: 'primary-document' },
    EVIDENCE,
    { ...EVIDENCE, quote: 'A second quote from the same report.' },
  ],
  conflicting: [
    {
      ...EVIDENCE,
      source: 'mfa-statement',
      publisher: 'Ministry of Foreign Affairs',
      url: 'https://mfa.example/statement',
      kind: 'official-statement',
      version: '166 states parties',
    },
    {
      ...EVIDENCE,
      source: 'wire-denial',
      publisher: 'Wire Service',
      url: 'https://wire.example/story',
      kind: 'news-report',
      stance: 'denies',
    },
  ],
};

/** One item saved from NOTE_WITH_STANCES. */
export function itemWithStances(): SavedItem {
  return createSavedItem(
    draft(NOTE.sentence, NOTE_WITH_STANCES),
    new Date('2026-11-01T11:00:00.000Z'),
    '00000000-0000-4000-8000-000000000004',
  );
}
