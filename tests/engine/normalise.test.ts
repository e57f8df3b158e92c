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
    expect(termsOf('one of 160 signatory countries')).toEqual(['signatori', 'countri']);
  });

  test('a country adjective folds to the country', () => {
    expect(termsOf('the Finnish government')).toEqual(termsOf('the Finland government'));
    expect(termsOf('Polish lawmakers')).toEqual(termsOf('Poland lawmakers'));
  });
});
