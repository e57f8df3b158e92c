import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pack } from '../../src/claims/schema';
import {
  PACKS_KEY,
  importPack,
  listPacks,
  loadActivePacks,
  removePack,
  setPackEnabled,
} from '../../src/store/pack-store';

/** Synthetic minimal packs, written for these tests. */
function pack(id: string, version = '1.0.0'): Pack {
  return {
    id,
    title: `Pack ${id}`,
    version,
    reviewed: '2026-11-01',
    topic: { anchors: ['ottawa convention'], supporting: [], against: [] },
    sources: [
      {
        id: 'src-a',
        kind: 'news-report',
        publisher: 'Example News',
        title: 'A report',
        url: 'https://example.org/a',
        date: '2025-06-27',
      },
    ],
    claims: [
      {
        id: 'claim-a',
        statement: 'Something happened.',
        paraphrases: [],
        versions: [
          {
            id: 'v1',
            label: 'it happened',
            evidence: [{ source: 'src-a', quote: 'It happened.', stance: 'asserts' }],
          },
        ],
        examples: { match: [], nearMiss: [] },
      },
    ],
  };
}

const BUNDLED = [pack('landmine-treaty')];

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(PACKS_KEY))[PACKS_KEY];
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('pack import', () => {
  test('a good pack is listed with id, version, review date and claim count, enabled', async () => {
    const result = await importPack(JSON.stringify(pack('extra-pack')), BUNDLED);
    expect(result).toMatchObject({ ok: true, replaced: null });
    expect(await listPacks(BUNDLED)).toEqual([
      {
        id: 'landmine-treaty',
        title: 'Pack landmine-treaty',
        version: '1.0.0',
        reviewed: '2026-11-01',
        claims: 1,
        bundled: true,
        enabled: true,
      },
      {
        id: 'extra-pack',
        title: 'Pack extra-pack',
        version: '1.0.0',
        reviewed: '2026-11-01',
        claims: 1,
        bundled: false,
        enabled: true,
      },
    ]);
  });

  test('importing a newer version of an imported pack replaces it', async () => {
    await importPack(JSON.stringify(pack('extra-pack')), BUNDLED);
    const result = await importPack(JSON.stringify(pack('extra-pack', '1.1.0')), BUNDLED);
    expect(result).toMatchObject({ ok: true, replaced: '1.0.0', pack: { version: '1.1.0' } });
    expect(await listPacks(BUNDLED)).toHaveLength(2);
  });

  test.each([
    ['invalid JSON', '{"id": "x",', [/^not valid JSON/]],
    [
      'a bad review date',
      JSON.stringify({
        ...pack('bad-pack'),
        reviewed: 'last week',
        claims: [
          {
            ...pack('x').claims[0],
            versions: [
              {
                ...pack('x').claims[0]!.versions[0],
                evidence: [{ source: 'nope', quote: 'q', stance: 'asserts' }],
              },
            ],
          },
        ],
      }),
      [/^reviewed: expected .*got "last week"$/],
    ],
    [
      'a reference to an unknown source',
      JSON.stringify({
        ...pack('bad-pack'),
        claims: [
          {
            ...pack('x').claims[0],
            versions: [
              {
                ...pack('x').claims[0]!.versions[0],
                evidence: [{ source: 'nope', quote: 'q', stance: 'asserts' }],
              },
            ],
          },
        ],
      }),
      [/^claims\[0\]\.versions\[0\]\.evidence\[0\]\.source: unknown source id "nope"/],
    ],
    [
      'the id of the bundled pack',
      JSON.stringify(pack('landmine-treaty')),
      [/^id: "landmine-treaty" is the id of the bundled pack/],
    ],
  ])(
    'a pack with %s is rejected with its exact problems and nothing changes',
    async (_name, json, problems) => {
      await importPack(JSON.stringify(pack('extra-pack')), BUNDLED);
      const before = structuredClone(await stored());
      const result = await importPack(json, BUNDLED);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe('invalid');
      if (result.error.kind !== 'invalid') return;
      problems.forEach((problem, i) =>
        expect(result.error.kind === 'invalid' && result.error.problems[i]).toMatch(problem),
      );
      expect(await stored()).toEqual(before);
    },
  );

  test('a full quota is reported and nothing changes', async () => {
    await importPack(JSON.stringify(pack('extra-pack')), BUNDLED);
    const before = structuredClone(await stored());
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    expect(await importPack(JSON.stringify(pack('second-pack')), BUNDLED)).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
    vi.restoreAllMocks();
    expect(await stored()).toEqual(before);
  });
});

describe('enable, disable, remove', () => {
  test('the bundled pack can be disabled but not removed', async () => {
    expect(await removePack('landmine-treaty', BUNDLED)).toMatchObject({
      ok: false,
      error: { message: /cannot be removed/ },
    });
    await setPackEnabled('landmine-treaty', false);
    expect(await loadActivePacks(BUNDLED)).toEqual([]);
    await setPackEnabled('landmine-treaty', true);
    expect((await loadActivePacks(BUNDLED)).map((p) => p.id)).toEqual(['landmine-treaty']);
  });

  test('an imported pack can be disabled and removed', async () => {
    await importPack(JSON.stringify(pack('extra-pack')), BUNDLED);
    await setPackEnabled('extra-pack', false);
    expect((await listPacks(BUNDLED)).find((p) => p.id === 'extra-pack')?.enabled).toBe(false);
    expect((await loadActivePacks(BUNDLED)).map((p) => p.id)).toEqual(['landmine-treaty']);
    expect(await removePack('extra-pack', BUNDLED)).toEqual({ ok: true });
    expect((await listPacks(BUNDLED)).map((p) => p.id)).toEqual(['landmine-treaty']);
  });
});
