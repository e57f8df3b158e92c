import { describe, expect, test } from 'vitest';
import {
  CELL_LIST_SEPARATOR,
  CSV_COLUMNS,
  exportCsv,
  itemCells,
  unguardCell,
} from '../../src/store/export-csv';
import { exportJson, parseJsonExport } from '../../src/store/export-json';
import { ANNO_CONTEXT, exportWebAnnotation } from '../../src/store/export-web-annotation';
import { mergeItems } from '../../src/store/merge-items';
import { parseCsv } from './csv-parse';
import { itemWithStances, sampleItems } from './items.fixture';

const NOW = new Date('2026-11-02T08:00:00.000Z');

describe('JSON export', () => {
  test('JSON → import into an empty collection → JSON is byte-identical', () => {
    const first = exportJson(sampleItems(), NOW);
    const parsed = parseJsonExport(first);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { items } = mergeItems([], parsed.items);
    expect(exportJson(items, NOW)).toBe(first);
  });

  test('importing the same export twice adds nothing', () => {
    const items = sampleItems();
    const parsed = parseJsonExport(exportJson(items, NOW));
    if (!parsed.ok) throw new Error('fixture export did not parse');
    const merged = mergeItems(items, parsed.items);
    expect(merged).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(merged.items).toEqual(items);
  });

  test.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another JSON file', '{"name":"x"}', /format: expected "crosscheck-collection"/],
    [
      'a newer schema',
      '{"format":"crosscheck-collection","schemaVersion":99,"items":[]}',
      /newer than this version/,
    ],
    [
      'an item without its quote',
      JSON.stringify({
        format: 'crosscheck-collection',
        schemaVersion: 2,
        items: [{ ...sampleItems()[0], target: { source: 'x' } }],
      }),
      /items\[0\]\.target\.quote: missing/,
    ],
  ])('rejects %s with a message that says why', (_name, text, message) => {
    const parsed = parseJsonExport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(message);
  });
});

describe('CSV export', () => {
  const csv = exportCsv(sampleItems());

  test('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFF"id",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('parses back to one row per item with the same fields', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const items = sampleItems();
    expect(rows).toHaveLength(items.length + 1);
    items.forEach((item, i) => {
      const expected = CSV_COLUMNS.map((column) => itemCells(item)[column]);
      expect(rows[i + 1]?.map(unguardCell)).toEqual(expected);
    });
  });

  test('keeps quotes, commas, CRLF and non-Latin text inside one field', () => {
    const rows = parseCsv(csv.slice(1));
    const comment = CSV_COLUMNS.indexOf('comment');
    const sentence = CSV_COLUMNS.indexOf('sentence');
    expect(rows[1]?.[comment]).toBe('Line one\r\nline two, "quoted"');
    expect(rows[2]?.[sentence]).toBe('Новый абзац: 条约 — مرحبا.');
  });

  test('lists each source once with its stance and whether it is primary', () => {
    const cells = itemCells(itemWithStances());
    expect(cells.source_ids).toBe('treaty-text | icbl-2025 | mfa-statement | wire-denial');
    expect(cells.source_stances).toBe('agrees | agrees | disagrees | denies');
    expect(cells.source_primary).toBe('primary | secondary | primary | secondary');
    expect(cells.sources.split(CELL_LIST_SEPARATOR)[3]).toBe(
      'Wire Service (2025-06-27) https://wire.example/story',
    );
  });

  test.each([
    ['sentence', 3, "'=SUM"],
    ['comment', 3, "'+1 @mention"],
  ] as const)(
    'a %s starting with a formula character is neutralised for spreadsheets',
    (column, row, start) => {
      const rows = parseCsv(csv.slice(1));
      expect(rows[row]?.[CSV_COLUMNS.indexOf(column)]?.startsWith(start)).toBe(true);
    },
  );
});

describe('W3C Web Annotation export', () => {
  const collection = JSON.parse(
    exportWebAnnotation(sampleItems(), NOW, 'urn:uuid:test-collection'),
  );

  test('the collection has the fields the model requires', () => {
    expect(collection).toMatchObject({
      '@context': ANNO_CONTEXT,
      id: 'urn:uuid:test-collection',
      type: 'AnnotationCollection',
      total: 3,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.id).toMatch(/^urn:uuid:/);
    expect(collection.first.items).toHaveLength(3);
  });

  test('each annotation has an IRI id, type, body and a target with a quote selector', () => {
    for (const annotation of collection.first.items) {
      expect(annotation.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(annotation.type).toBe('Annotation');
      expect(Array.isArray(annotation.body)).toBe(true);
      expect(annotation.target.source).toMatch(/^https:\/\//);
      // No TextPositionSelector: saved offsets count from the extracted article text.
      expect(annotation.target.selector.map((s: { type: string }) => s.type)).toEqual([
        'TextQuoteSelector',
      ]);
    }
  });

  test('the verdict is an assessing body and each source a linking one', () => {
    const [first] = collection.first.items;
    expect(first.motivation).toBe('assessing');
    expect(first.body).toContainEqual(
      expect.objectContaining({
        purpose: 'assessing',
        value: expect.stringMatching(/^conflicting/),
      }),
    );
    expect(first.body).toContainEqual({
      type: 'SpecificResource',
      source: 'https://example.org/monitor?a=1,b=2',
      purpose: 'linking',
      label:
        'agrees · secondary source · ICBL, "Monitor", 2025-06-27: “There are 165 States Parties, "so far".”',
    });
  });

  test('each source is listed once, with its stance and whether it is primary', () => {
    const [annotation] = JSON.parse(exportWebAnnotation([itemWithStances()])).first.items;
    const links = annotation.body
      .filter((b: { purpose: string }) => b.purpose === 'linking')
      .map((b: { source: string; label: string }) => [b.source, b.label.split(' · ').slice(0, 2)]);
    expect(links).toEqual([
      ['https://example.org/monitor?a=1,b=2', ['agrees', 'primary source']],
      ['https://example.org/monitor?a=1,b=2', ['agrees', 'secondary source']],
      ['https://mfa.example/statement', ['disagrees', 'primary source']],
      ['https://wire.example/story', ['denies', 'secondary source']],
    ]);
  });

  // Terms defined by http://www.w3.org/ns/anno.jsonld (the model's JSON-LD context). A key or type
  // outside this list would be dropped by a JSON-LD processor, i.e. the export would not validate.
  const CONTEXT_TERMS = new Set([
    'id',
    'type',
    'body',
    'target',
    'source',
    'selector',
    'motivation',
    'purpose',
    'created',
    'generated',
    'value',
    'format',
    'exact',
    'prefix',
    'suffix',
    'start',
    'end',
    'label',
    'total',
    'first',
    'items',
    'startIndex',
  ]);
  const CONTEXT_VALUES = new Set([
    'Annotation',
    'AnnotationCollection',
    'AnnotationPage',
    'TextualBody',
    'SpecificResource',
    'TextQuoteSelector',
    'TextPositionSelector',
    'assessing',
    'highlighting',
    'commenting',
    'tagging',
    'linking',
    'describing',
  ]);

  function visit(node: unknown, check: (key: string, value: unknown) => void): void {
    if (Array.isArray(node)) node.forEach((child) => visit(child, check));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        check(key, value);
        visit(value, check);
      }
  }

  test('uses only terms of the Web Annotation context', () => {
    visit({ ...collection, '@context': undefined }, (key, value) => {
      if (key === '@context') return;
      expect(CONTEXT_TERMS, `unknown term "${key}"`).toContain(key);
      if (key === 'type' || key === 'motivation' || key === 'purpose')
        expect(CONTEXT_VALUES, `unknown ${key} "${String(value)}"`).toContain(value);
    });
  });
});
