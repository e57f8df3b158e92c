import { describe, expect, test } from 'vitest';
import { keyNotes } from '../../src/annotator/note-keys';
import type { Note } from '../../src/engine/types';

// Synthetic notes: only the fields ids depend on matter.
const note = (claim: string, sentence: string, start: number): Note => ({
  start,
  end: start + sentence.length,
  sentence,
  claim,
  statement: '',
  score: 1,
  stated: null,
  verdict: 'corroborated',
  corroborating: [],
  conflicting: [],
  established: null,
});

describe('keyNotes', () => {
  test('a repeated sentence (pull quote) gets a distinct id per occurrence', () => {
    const ids = keyNotes([
      note('a', 'Russia never joined.', 0),
      note('a', 'Russia never joined.', 90),
    ]).map((n) => n.id);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toMatch(/#0$/);
    expect(ids[1]).toMatch(/#1$/);
  });

  test('ids do not depend on offsets, so text added above keeps them', () => {
    const before = keyNotes([note('a', 'Finland left in 2025.', 10)])[0]?.id;
    const after = keyNotes([note('a', 'Finland left in 2025.', 400)])[0]?.id;
    expect(after).toBe(before);
  });
});
