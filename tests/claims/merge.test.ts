import { describe, expect, test } from 'vitest';
import { validatePack } from '../../src/claims/loader';
import { mergePacks } from '../../src/claims/merge';
import { createAnnotator, noteForSentence, segmentSentences } from '../../src/engine';
import { bundledPack, examplePack } from '../helpers/fixtures';

describe('mergePacks: the enabled packs matched as one', () => {
  test('no packs gives null; one pack is returned as it is', () => {
    expect(mergePacks([])).toBeNull();
    const pack = bundledPack();
    expect(mergePacks([pack])).toBe(pack);
  });

  test('every claim and source of both packs is kept, and the result is a valid pack', () => {
    const bundled = bundledPack();
    const example = examplePack();
    const merged = mergePacks([bundled, example]);
    expect(merged?.claims).toHaveLength(bundled.claims.length + example.claims.length);
    expect(merged?.sources).toHaveLength(bundled.sources.length + example.sources.length);
    const result = validatePack(merged);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test('a clashing claim id is prefixed with its pack id; its evidence follows renamed sources', () => {
    const bundled = bundledPack();
    const copy = structuredClone(bundled);
    copy.id = 'copy-pack';
    const merged = mergePacks([bundled, copy]);
    const ids = merged?.claims.map((c) => c.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    const firstId = bundled.claims[0]?.id ?? '';
    expect(ids).toContain(`copy-pack.${firstId}`);
    const renamed = merged?.claims.find((c) => c.id === `copy-pack.${firstId}`);
    const sourceIds = new Set(merged?.sources.map((s) => s.id));
    for (const version of renamed?.versions ?? [])
      for (const evidence of version.evidence) {
        expect(evidence.source.startsWith('copy-pack.')).toBe(true);
        expect(sourceIds.has(evidence.source)).toBe(true);
      }
  });

  test('the topic profile is the union, so either pack’s subject is detected', () => {
    const other = structuredClone(examplePack());
    other.id = 'cluster';
    other.topic.anchors = ['convention on cluster munitions'];
    const merged = mergePacks([bundledPack(), other]);
    expect(merged?.topic.anchors).toContain('convention on cluster munitions');
    expect(merged?.topic.anchors).toContain(bundledPack().topic.anchors[0]);
  });

  test('a sentence matching an imported pack’s claim gets that claim in the merged pack', () => {
    const imported = structuredClone(examplePack());
    imported.id = 'imported';
    const merged = mergePacks([bundledPack(), imported]);
    if (!merged) throw new Error('no merged pack');
    const annotator = createAnnotator(merged);
    const example = imported.claims[0]?.examples.match[0]?.text ?? '';
    const [sentence] = segmentSentences(example);
    const note = sentence && noteForSentence(sentence, annotator);
    // The bundled pack has an equivalent claim; either one is a right answer, never none.
    expect(note).toBeTruthy();
  });
});
