import { describe, expect, test } from 'vitest';
import { bestClaim, createMatcher, rankClaims, repairTerms } from '../../src/engine/match';
import { tokenise } from '../../src/engine/tokenise';
import { bundledPack, examplePack } from '../helpers/fixtures';

const matcher = createMatcher(examplePack());

function scoreFor(sentence: string, claimId: string): number {
  return rankClaims(matcher, sentence, 10).find((c) => c.claim.id === claimId)?.score ?? 0;
}

describe('matching orderings', () => {
  test.each([
    [
      'ukraine-decree-weekday',
      // verbatim (seed 003), a paraphrase (written), an unrelated sentence (seed 003)
      'President Volodymyr Zelenskyy signed a decree initiating the withdrawal process on Monday, though parliamentary approval is still required.',
      'Zelensky has signed a decree to take Ukraine out of the mine ban treaty.',
      'Six people, including a child, were wounded in Cherkasy.',
    ],
    [
      'treaty-states-parties-count',
      'Ukraine was one of 160 signatory countries, but Russia never joined the pact.',
      'The Ottawa treaty counts 164 member countries.',
      'Poland and allied countries scrambled aircraft to protect Polish airspace, according to the Polish air force.',
    ],
  ])('%s: verbatim > paraphrase > unrelated', (claimId, verbatim, paraphrase, unrelated) => {
    const [v, p, u] = [verbatim, paraphrase, unrelated].map((s) => scoreFor(s, claimId));
    expect(v).toBeGreaterThan(p ?? 0);
    expect(p).toBeGreaterThan(u ?? 0);
    expect(bestClaim(matcher, unrelated)).toBeNull();
  });

  test('a misspelled name still finds its claim (fuzzy repair)', () => {
    const correct = scoreFor(
      'Zelenskyy signed a decree initiating the withdrawal process.',
      'ukraine-decree-weekday',
    );
    const typo = scoreFor(
      'Zelenskky signed a decre initiating the withdrawl process.',
      'ukraine-decree-weekday',
    );
    expect(typo).toBeGreaterThan(0.5 * correct);
    expect(
      bestClaim(matcher, 'Zelenskky signed a decre initiating the withdrawl process.')?.claim.id,
    ).toBe('ukraine-decree-weekday');
  });

  test('a sentence with no shared word ranks nothing', () => {
    expect(rankClaims(matcher, 'Whale strandings worry Maori tribes.')).toEqual([]);
  });
});

describe('names spelled another way (bundled pack)', () => {
  const packMatcher = createMatcher(bundledPack());
  const termOfName = (name: string) => tokenise(name).map((t) => t.term);

  test.each([
    // [as written in the sentence, as the pack spells it]: two or more edits apart, beyond the edit table
    ['Kamysch', 'Kamysz'],
    ['Kossinjak', 'Kosiniak'],
  ])('Fuse.js repairs the capitalised name %s to %s', (written, packSpelling) => {
    const word = written.toLowerCase();
    expect(repairTerms(packMatcher, tokenise(written), new Set([word]))).toEqual(
      termOfName(packSpelling),
    );
    // Not written as a name (lower case in the sentence): left alone.
    expect(repairTerms(packMatcher, tokenise(written), new Set())).toEqual(termOfName(written));
  });

  test('a respelled name still finds its claim', () => {
    const claim = rankClaims(
      packMatcher,
      'Defence minister Wladislav Kosinjak-Kamysch said Warsaw would leave.',
      1,
    )[0]?.claim;
    expect(claim?.id).toMatch(/kosiniak/);
  });
});
