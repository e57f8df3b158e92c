// Floors on the SYNTHETIC probe sentences (tests/eval/probes.ts): the errors a reader would act
// on must not grow. Figures when the floors were set: 3 of 268 correct or unrelated
// sentences called conflicting, 32 of 45 wrong sentences flagged, 8 called corroborated.
import { describe, expect, test } from 'vitest';
import { bundledPack } from '../helpers/fixtures';
import { scoreProbes } from './probes';

describe('synthetic probe sentences', () => {
  const scores = scoreProbes(bundledPack());

  test('few correct or unrelated sentences are called conflicting', () => {
    expect(scores.correct + scores.unrelated).toBeGreaterThan(250);
    expect(scores.falseConflicts.length).toBeLessThanOrEqual(3);
  });

  test('most wrong sentences are flagged, few are called corroborated', () => {
    expect(scores.wrongFlagged).toBeGreaterThanOrEqual(32);
    expect(scores.wrongCorroborated.length).toBeLessThanOrEqual(8);
  });
});
