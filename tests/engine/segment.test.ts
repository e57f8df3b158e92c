import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../../src/engine/segment';

function texts(input: string): string[] {
  return segmentSentences(input).map((sentence) => sentence.text);
}

describe('segmentSentences', () => {
  // Sentences below are from tests/fixtures/seeds unless marked "synthetic".
  test.each([
    [
      'abbreviation: U.S. mid-sentence (seed 001)',
      'The U.S. approved supplies to Ukraine in late 2024. Kyiv welcomed it.',
      ['The U.S. approved supplies to Ukraine in late 2024.', 'Kyiv welcomed it.'],
    ],
    [
      'titles: Mr. and Gen. (synthetic)',
      'Mr. Zelensky met Gen. Syrskyi on Sunday. They discussed mines.',
      ['Mr. Zelensky met Gen. Syrskyi on Sunday.', 'They discussed mines.'],
    ],
    [
      'U.N. at the end of a sentence followed by a new one (synthetic)',
      'Lithuania notified the U.N. The decision takes effect in six months.',
      ['Lithuania notified the U.N.', 'The decision takes effect in six months.'],
    ],
    [
      'initials (synthetic)',
      'The report by J. Smith was published. It counted 413 deaths.',
      ['The report by J. Smith was published.', 'It counted 413 deaths.'],
    ],
    [
      'decimals do not split (synthetic)',
      'About 1.5 million people were affected. Demining continues.',
      ['About 1.5 million people were affected.', 'Demining continues.'],
    ],
    [
      'a quote that ends with punctuation (seed 000)',
      "Kestutis Budrys, it foreign minister, said on X: 'This decision was not taken lightly.' The potential withdrawals are a blow.",
      [
        "Kestutis Budrys, it foreign minister, said on X: 'This decision was not taken lightly.'",
        'The potential withdrawals are a blow.',
      ],
    ],
    [
      'a heading without a full stop (seed 000)',
      'Ukraine hopes leaving landmine treaty will level the battlefield\nUkraine has taken the first legal step.',
      [
        'Ukraine hopes leaving landmine treaty will level the battlefield',
        'Ukraine has taken the first legal step.',
      ],
    ],
    [
      'a sentence that opens with a figure (kyiv24/7, 2 December 2025)',
      'Загалом у світі загинули або отримали поранення 6279 людей від наземних мін. 90% постраждалих – цивільні.',
      [
        'Загалом у світі загинули або отримали поранення 6279 людей від наземних мін.',
        '90% постраждалих – цивільні.',
      ],
    ],
    [
      'a figure after an abbreviation stays in its sentence',
      'The Rada passed bill No. 0329 on 15 July. Згідно зі ст. 20 конвенції вихід набуває чинності через шість місяців.',
      [
        'The Rada passed bill No. 0329 on 15 July.',
        'Згідно зі ст. 20 конвенції вихід набуває чинності через шість місяців.',
      ],
    ],
    ['blank text', '  \n\n ', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets slice the input to exactly each sentence', () => {
    const input = '  First one here.  Second, with St. Petersburg in it!\n\nThird?  ';
    for (const sentence of segmentSentences(input))
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
