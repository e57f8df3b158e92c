import { describe, expect, test } from 'vitest';
import { countriesIn } from '../../src/engine/countries';
import { rerankCandidates } from '../../src/engine/rerank';
import { NOTE_MIN_SCORE } from '../../src/engine/annotate';
import { bundledPack } from '../helpers/fixtures';
import type { Candidate } from '../../src/engine/match';
import type { Claim } from '../../src/claims/schema';

describe('countriesIn', () => {
  test.each([
    ["Finland's withdrawal took effect in January.", ['finland']],
    ['Warsaw and Vilnius notified the UN.', ['poland', 'lithuania']],
    ['The U.S. approved the transfer.', ['usa']],
    ['Let us see what happens.', []],
    ['Ukrainian sappers cleared the field near Kharkiv.', ['ukraine']],
  ])('%s', (text, expected) => {
    expect([...countriesIn(text)].sort()).toEqual([...expected].sort());
  });
});

/** Synthetic claims with equal text scores, so only the reranker's adjustments decide. */
function candidate(
  id: string,
  statement: string,
  value?: Claim['value'],
  versions: Claim['versions'] = [],
): Candidate {
  const claim: Claim = {
    id,
    statement,
    paraphrases: [],
    value,
    versions: versions.length
      ? versions
      : [{ id: 'v', label: statement, evidence: [{ source: 's', quote: 'q', stance: 'asserts' }] }],
    examples: { match: [], nearMiss: [] },
  };
  return { claim, score: 0.6, field: statement, predicate: 1 };
}

const version = (id: string, value: number | string) => ({
  id,
  label: id,
  value,
  evidence: [{ source: 's', quote: 'q', stance: 'asserts' as const }],
});

describe('rerankCandidates', () => {
  test('the claim about the country the sentence names comes first', () => {
    const ranked = rerankCandidates(
      [
        candidate('finland', "Finland's withdrawal took effect."),
        candidate('treaty', 'The treaty took effect.'),
      ],
      'The treaty took effect after Ukraine ratified it.',
    );
    expect(ranked.map((c) => c.claim.id)).toEqual(['treaty', 'finland']);
  });

  test('a stated count closer to a claim’s versions ranks that claim higher', () => {
    const parties = candidate('parties', 'The treaty has 164 states parties.', { kind: 'number' }, [
      version('164', 164),
    ]);
    const signatories = candidate(
      'signatories',
      'The treaty has 133 signatories.',
      { kind: 'number' },
      [version('133', 133)],
    );
    expect(
      rerankCandidates([signatories, parties], 'one of 160 signatory countries')[0]?.claim.id,
    ).toBe('parties');
    expect(rerankCandidates([parties, signatories], 'signed by 133 states')[0]?.claim.id).toBe(
      'signatories',
    );
  });

  test('a figure far from every version still goes to the claim its wording states', () => {
    // The pack's 6,000-troops claim, worded almost exactly, against a weaker wording match.
    const claims = new Map(bundledPack().claims.map((claim) => [claim.id, claim]));
    const shortlist = [
      {
        claim: claims.get('baltics-five-neighbours-leaving')!,
        score: 0.3,
        field: '',
        predicate: 1,
      },
      {
        claim: claims.get('northkorea-further-6000-expected')!,
        score: 0.9,
        field: '',
        predicate: 1,
      },
    ];
    const [first] = rerankCandidates(
      shortlist,
      'North Korea is expected to send another sixteen thousand troops to Russia this summer.',
    );
    expect(first?.claim.id).toBe('northkorea-further-6000-expected');
    expect(first?.score).toBeGreaterThanOrEqual(NOTE_MIN_SCORE);
  });

  test('a look-alike topic the claim does not name pushes it down', () => {
    const ban = candidate(
      'ban',
      'The treaty bans the use, production and transfer of anti-personnel mines.',
    );
    const [plain] = rerankCandidates([ban], 'The treaty bans the use and transfer of mines.', [
      'cluster munitions',
    ]);
    const [lookAlike] = rerankCandidates(
      [ban],
      'The Convention on Cluster Munitions bans the use and transfer.',
      ['cluster munitions'],
    );
    expect(lookAlike!.score).toBeLessThan(plain!.score);
  });
});
