// @vitest-environment jsdom
// What a reader whose browser speaks Ukrainian gets: the report, the copied Markdown and the pages'
// fixed words in Ukrainian, with Ukrainian plural forms; the verdict symbols stay the same.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { t, tCount } from '../../src/i18n';
import type { PageReport } from '../../src/messages';
import { localisePage } from '../../src/ui/localise-page';
import { formatReportMarkdown } from '../../src/ui/report-markdown';
import { verdictLabel } from '../../src/ui/verdict-label';
import { NOTE } from '../store/items.fixture';
import { useLanguage } from '../helpers/catalogue';
import { bundledPack } from '../helpers/fixtures';
import { migrateItems } from '../../src/store/collection-migrations';
import { importPack, removePack } from '../../src/store/pack-store';
import { toStoreError } from '../../src/store/store-error';

// Synthetic report: one conflicting note from the fixture.
const REPORT: PageReport = {
  url: 'https://news.example/a',
  title: 'A title',
  checkedAt: '2026-11-23T19:00:00.000Z',
  published: null,
  topic: { relevant: true, score: 0.9, reasons: [] },
  forced: false,
  packs: [{ id: 'landmine-treaty', version: '1.0.0' }],
  notes: [{ ...NOTE, id: 'a', verdict: 'conflicting', start: 50 }],
};

describe('counted messages follow each language’s plural rules', () => {
  test.each([
    ['en', 1, '1 note'],
    ['en', 2, '2 notes'],
    ['en', 5, '5 notes'],
    ['uk', 1, '1 примітка'],
    ['uk', 3, '3 примітки'],
    ['uk', 5, '5 приміток'],
    ['uk', 11, '11 приміток'],
    ['uk', 21, '21 примітка'],
    ['uk', 24, '24 примітки'],
  ])('%s, %i: "%s"', (language, count, expected) => {
    useLanguage(language);
    expect(tCount('notes', count)).toBe(expected);
  });
});

test.each([
  ['en', '✗ Conflicting'],
  ['uk', '✗ Суперечить'],
])('%s: a verdict keeps its symbol and gets its word (%s)', (language, label) => {
  useLanguage(language);
  expect(verdictLabel('conflicting')).toBe(label);
});

test('the copied Markdown report follows the interface language', () => {
  useLanguage('uk');
  const markdown = formatReportMarkdown(REPORT);
  expect(markdown.split('\n')[0]).toBe('суперечить: 1, неоднозначно: 0, підтверджено: 0');
  expect(markdown).toContain('- Опубліковано: на сторінці не вказано');
  expect(markdown).toContain('### 1. ✗ Суперечить: “');
  expect(markdown).toMatch(/Розпізнавання: стаття про конвенцію\.\n$/);
  expect(markdown).not.toMatch(/Claim|Published|Detection/);
});

test('an extension page’s fixed words, title and lang come from the catalogue', () => {
  useLanguage('uk');
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    readFileSync('entrypoints/popup/index.html', 'utf8'),
    'text/html',
  ).documentElement.innerHTML;
  localisePage(document);
  expect(document.title).toBe('Звіт Crosscheck');
  expect(document.documentElement.lang).toBe('uk');
  expect(document.querySelector('#report')?.textContent?.trim()).toBe('Читаю сторінку…');
  expect(t('extName')).toBe('Crosscheck');
});

test('storage and pack errors the settings and collection pages show are in Ukrainian', async () => {
  useLanguage('uk');
  const quota = toStoreError(new DOMException('full', 'QuotaExceededError'), t('storeWhatItem'));
  expect(quota.message).toMatch(/^Сховище браузера заповнене, тому запис не збережено/);
  expect(toStoreError(new Error('disk'), t('storeWhatImport')).message).toBe(
    'Не вдалося зберегти імпорт: disk',
  );
  const removal = await removePack('landmine-treaty', [bundledPack()]);
  expect(removal.ok ? '' : removal.error.message).toBe(
    'Вбудований пакет не можна видалити; натомість вимкніть його.',
  );
  const refused = await importPack('{"id": 1}', [bundledPack()]);
  expect(refused.ok ? '' : refused.error.message).toMatch(/^Пакет не імпортовано: \d+ пробл/);
  const newer = migrateItems(99, []);
  expect(newer.ok ? '' : newer.message).toMatch(/^версія схеми 99 новіша/);
});
