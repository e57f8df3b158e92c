import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ItemV1 } from '../../src/store/collection-migrations';
import {
  COLLECTION_KEY,
  editItem,
  importItems,
  loadCollection,
  removeItems,
  saveItem,
} from '../../src/store/collection-store';
import { exportJson, parseJsonExport } from '../../src/store/export-json';
import { sampleItems } from './items.fixture';

async function storedValue(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(COLLECTION_KEY))[COLLECTION_KEY];
}

function failWithQuota(): void {
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
    new Error('Resource::kQuotaBytes quota exceeded'),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('saving', () => {
  test('a saved item survives a reload (read back from storage)', async () => {
    const [item] = sampleItems();
    await saveItem(item!);
    const loaded = await loadCollection();
    expect(loaded).toEqual({ ok: true, items: [item] });
    expect(await storedValue()).toMatchObject({ schema: 2 });
  });

  test('saving the same quote on the same page again returns the existing item', async () => {
    const [item] = sampleItems();
    await saveItem(item!);
    const again = await saveItem({
      ...item!,
      id: 'another-id',
      page: { ...item!.page, url: item!.page.url.replace(/#.*/, '') },
    });
    expect(again).toMatchObject({ ok: true, duplicate: true, item: { id: item!.id } });
    expect((await loadCollection()).ok && (await loadCollection())).toMatchObject({
      items: [item],
    });
  });

  test('concurrent saves are all kept', async () => {
    await Promise.all(sampleItems().map((item) => saveItem(item)));
    const loaded = await loadCollection();
    expect(loaded.ok && loaded.items.map((i) => i.id).sort()).toEqual(
      sampleItems().map((i) => i.id),
    );
  });

  test('edit and remove change only what they name', async () => {
    await Promise.all(sampleItems().map((item) => saveItem(item)));
    const [a, b] = sampleItems();
    await editItem(a!.id, { tags: [' x ', 'x', 'y'], comment: 'c' });
    await removeItems([b!.id]);
    const loaded = await loadCollection();
    if (!loaded.ok) throw new Error('load failed');
    expect(loaded.items.map((i) => i.id)).toEqual([a!.id, sampleItems()[2]!.id]);
    expect(loaded.items[0]).toMatchObject({ tags: ['x', 'y'], comment: 'c' });
  });
});

describe('a full storage quota', () => {
  test.each([
    [
      'save',
      () =>
        saveItem({
          ...sampleItems()[2]!,
          id: 'new',
          sentence: 'new',
          target: {
            ...sampleItems()[2]!.target,
            quote: { ...sampleItems()[2]!.target.quote, exact: 'new' },
          },
        }),
    ],
    [
      'import',
      () =>
        importItems([
          {
            ...sampleItems()[0]!,
            id: 'imported',
            target: {
              ...sampleItems()[0]!.target,
              quote: { ...sampleItems()[0]!.target.quote, prefix: 'other' },
            },
          },
        ]),
    ],
    ['edit', () => editItem(sampleItems()[0]!.id, { tags: ['t'], comment: 'changed' })],
    ['remove', () => removeItems([sampleItems()[0]!.id])],
  ])('%s fails with a quota error and loses nothing', async (_name, write) => {
    const items = sampleItems();
    for (const item of items) await saveItem(item);
    const before = structuredClone(await storedValue());
    failWithQuota();
    const result = await write();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'quota', message: expect.stringMatching(/storage is full/) },
    });
    vi.restoreAllMocks();
    expect(await storedValue()).toEqual(before);
    expect(await loadCollection()).toEqual({ ok: true, items });
  });
});

describe('importing', () => {
  test('merges without duplicates and keeps existing tags and comments', async () => {
    const items = sampleItems();
    await saveItem(items[0]!);
    const incoming = items.map((item) => ({
      ...item,
      tags: [...item.tags, 'from-import'],
      comment: 'imported',
    }));
    const result = await importItems(incoming);
    expect(result).toMatchObject({ ok: true, added: 2, updated: 1 });
    const loaded = await loadCollection();
    if (!loaded.ok) throw new Error('load failed');
    expect(loaded.items).toHaveLength(3);
    expect(loaded.items[0]).toMatchObject({
      comment: items[0]!.comment,
      tags: [...items[0]!.tags, 'from-import'],
    });
  });

  test('a malformed file is refused before storage is touched', async () => {
    for (const item of sampleItems()) await saveItem(item);
    const before = structuredClone(await storedValue());
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const bad = exportJson(sampleItems()).replace('"savedAt": "2026', '"savedAt": "yesterday');
    const parsed = parseJsonExport(bad);
    expect(parsed).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/items\[0\]\.savedAt: expected/)],
    });
    expect(set).not.toHaveBeenCalled();
    expect(await storedValue()).toEqual(before);
  });
});

describe('migrations', () => {
  const v1: ItemV1 = {
    id: 'legacy-1',
    savedAt: '2026-10-01T12:00:00.000Z',
    url: 'https://news.example/a',
    title: 'A',
    sentence: 'Finland announced its withdrawal.',
    context: 'Finland announced its withdrawal. More text.',
    claimId: 'finland-withdrawal',
    verdict: 'corroborated',
    tags: ['nordic'],
    comment: '',
    exact: 'Finland announced its withdrawal.',
    prefix: '',
    suffix: ' More text.',
    start: 0,
    end: 33,
  };

  test('a schema-1 collection is read as schema 2 and written back migrated', async () => {
    await fakeBrowser.storage.local.set({ [COLLECTION_KEY]: { schema: 1, items: [v1] } });
    const loaded = await loadCollection();
    expect(loaded).toMatchObject({
      ok: true,
      items: [
        {
          id: 'legacy-1',
          page: { url: v1.url, title: 'A' },
          claim: { id: 'finland-withdrawal', verdict: 'corroborated', pack: null },
          target: {
            source: v1.url,
            quote: {
              type: 'TextQuoteSelector',
              exact: v1.exact,
              prefix: '',
              suffix: ' More text.',
            },
            position: { type: 'TextPositionSelector', start: 0, end: 33 },
          },
        },
      ],
    });
    expect(await storedValue()).toMatchObject({ schema: 2 });
  });

  test('a schema-1 JSON export imports', () => {
    const parsed = parseJsonExport(
      JSON.stringify({ format: 'crosscheck-collection', schemaVersion: 1, items: [v1] }),
    );
    expect(parsed).toMatchObject({ ok: true, items: [{ id: 'legacy-1' }] });
  });

  test('a collection from a newer build is reported, not overwritten', async () => {
    const newer = { schema: 9, items: [{ anything: true }] };
    await fakeBrowser.storage.local.set({ [COLLECTION_KEY]: newer });
    expect(await loadCollection()).toMatchObject({ ok: false, error: { kind: 'unreadable' } });
    expect(await saveItem(sampleItems()[0]!)).toMatchObject({
      ok: false,
      error: { kind: 'unreadable' },
    });
    expect(await storedValue()).toEqual(newer);
  });
});
