import { describe, expect, test } from 'vitest';
import {
  averagePrecisionAt,
  meanAveragePrecisionAt,
  meanRecallAt,
  median,
  quantile,
  recallAt,
} from '../../bench/lib/metrics';

// Synthetic rankings of made-up ids; the expected values are worked out by hand.
describe('average precision at k (as the CheckThat! 2020 scorer)', () => {
  test.each([
    ['gold first', ['g', 'x', 'y'], ['g'], 5, 1],
    ['gold second', ['x', 'g', 'y'], ['g'], 5, 1 / 2],
    ['gold fifth', ['a', 'b', 'c', 'd', 'g'], ['g'], 5, 1 / 5],
    ['gold below the cut', ['a', 'b', 'c', 'd', 'e', 'g'], ['g'], 5, 0],
    ['cut at 1, gold second', ['x', 'g'], ['g'], 1, 0],
    ['two gold at 1 and 3', ['g', 'x', 'h'], ['g', 'h'], 5, (1 + 2 / 3) / 2],
    ['one of two gold found', ['g', 'x'], ['g', 'h'], 5, 1 / 2],
    ['no gold', ['x'], [], 5, 0],
  ] as const)('%s', (_name, ranked, gold, k, expected) => {
    expect(averagePrecisionAt(ranked, new Set(gold), k)).toBeCloseTo(expected, 10);
  });

  test('MAP@k and recall@k average over queries', () => {
    const judged = [
      { ranked: ['g', 'x'], gold: new Set(['g']) },
      { ranked: ['x', 'y', 'g'], gold: new Set(['g']) },
      { ranked: ['x'], gold: new Set(['g']) },
    ];
    expect(meanAveragePrecisionAt(judged, 5)).toBeCloseTo((1 + 1 / 3 + 0) / 3, 10);
    expect(meanAveragePrecisionAt(judged, 1)).toBeCloseTo(1 / 3, 10);
    expect(meanRecallAt(judged, 2)).toBeCloseTo(1 / 3, 10);
    expect(meanRecallAt(judged, 5)).toBeCloseTo(2 / 3, 10);
    expect(recallAt(['g', 'h'], new Set(['g', 'h', 'i']), 5)).toBeCloseTo(2 / 3, 10);
    expect(meanAveragePrecisionAt([], 5)).toBe(0);
  });
});

describe('quantiles (nearest rank)', () => {
  test.each([
    [[5, 1, 3], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2],
    [[...Array(100).keys()].map((i) => i + 1), 0.95, 95],
    [[7], 0.95, 7],
  ])('%j at %d is %d', (values, q, expected) => {
    expect(quantile(values, q)).toBe(expected);
  });
  test('an empty list has no median', () => {
    expect(median([])).toBeNaN();
  });
});
