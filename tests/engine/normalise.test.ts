import { describe, expect, test } from 'vitest';
import { normaliseText } from '../../src/engine/normalise';
import { termsOf } from '../../src/engine/tokenise';

describe('normaliseText', () => {
  test.each([
    ['Zelenskyy', 'zelensky'],
    ['Zelenskiy', 'zelensky'],
    ['Zelensky', 'zelensky'],
    ['Kiev', 'kyiv'],
    ['anti-personnel', 'antipersonnel'],
    ['anti personnel', 'antipersonnel'],
    ['Antipersonnel', 'antipersonnel'],
    ['land mines', 'landmine'],
    ['Kosiniak\u2011Kamysz', 'kosiniak-kamysz'],
    ['Kęstutis Budrys', 'kestutis budrys'],
    ['‘unequal’ — “battlefield”', '\'unequal\' - "battlefield"'],
    ['the U.S. approved', 'the usa  approved'],
    ['per cent', 'percent'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  test('transliterations and spellings give the same index terms', () => {
    expect(termsOf('Zelenskyy signed the anti-personnel mine decree in Kiev')).toEqual(
      termsOf('Zelensky signed the antipersonnel mine decree in Kyiv'),
    );
  });

  test('bare numbers and stop words are not index terms', () => {
    expect(termsOf('one of 160 signatory countries')).toEqual(['signatori', 'state']);
  });

  test('count nouns and country adjectives fold to one term', () => {
    expect(termsOf('164 countries')).toEqual(termsOf('164 nations'));
    expect(termsOf('164 countries')).toEqual(termsOf('164 states'));
    expect(termsOf('the Finnish government')).toEqual(termsOf('the Finland government'));
    expect(termsOf('national security')).not.toEqual(termsOf('nations security'));
  });
});
