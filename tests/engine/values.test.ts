import { describe, expect, test } from 'vitest';
import {
  extractDates,
  extractNumbers,
  extractWeekdays,
  extractYears,
  numberAgrees,
  weekdayOf,
} from '../../src/engine/values';

describe('extractNumbers', () => {
  test.each([
    ['Ukraine was one of 160 signatory countries', [[160, 'exact']]],
    ['the convention has over 160 countries', [[160, 'over']]],
    [
      'killed 413 civilians and injured another 966',
      [
        [413, 'exact'],
        [966, 'exact'],
      ],
    ],
    ['five people died', [[5, 'exact']]],
    ['twenty-five regions', [[25, 'exact']]],
    ['half a million mines', [[500_000, 'exact']]],
    ['1,000 mines were sent', [[1000, 'exact']]],
    ['about 1.5 million hectares', [[1_500_000, 'about']]],
    ['nearly 400 casualties', [[400, 'nearly']]],
    [
      'at least 11 of Ukraine’s 27 regions',
      [
        [11, 'at-least'],
        [27, 'exact'],
      ],
    ],
    ['one hundred and sixty-four states', [[164, 'exact']]],
    // Ukrainian and Russian count words, their case forms and scale words.
    ['вихід набуває чинності через шість місяців', [[6, 'exact']]],
    ['выход вступает в силу через шесть месяцев', [[6, 'exact']]],
    ['по истечении шести месяцев', [[6, 'exact']]],
    ['сто шістдесят чотири держави', [[164, 'exact']]],
    ['понад 2 тисячі жертв', [[2000, 'over']]],
    ['более 2 тысяч жертв', [[2000, 'over']]],
    ['1,5 млн гектаров', [[1_500_000, 'exact']]],
    ['одна з країн Балтії', []],
    ["сім'я з п'яти осіб", [[5, 'exact']]],
  ])('%s', (sentence, expected) => {
    expect(extractNumbers(sentence).map((n) => [n.value, n.qualifier])).toEqual(expected);
  });

  test.each([
    [160, 'exact', 164, false],
    [160, 'over', 164, true],
    [170, 'nearly', 164, true],
    [164, 'exact', 164, true],
    [200, 'over', 164, false],
    [160, 'about', 164, true],
  ] as const)('%d (%s) vs true %d → %s', (value, qualifier, truth, agrees) => {
    expect(numberAgrees({ value, qualifier, text: '', index: 0, following: '' }, truth)).toBe(
      agrees,
    );
  });
});

describe('dates, years and weekdays', () => {
  test.each([
    ['signed on 29 June 2025', ['2025-06-29']],
    ['signed on June 29, 2025', ['2025-06-29']],
    ['on June 29', ['--06-29']],
    ['published 2025-06-30', ['2025-06-30']],
  ])('%s', (sentence, expected) => {
    expect(extractDates(sentence).map((d) => d.value)).toEqual(expected);
  });

  test('years', () => {
    expect(extractYears('ratified in 2005 and adopted in 1997, with 164 parties')).toEqual([
      2005, 1997,
    ]);
  });

  test.each([
    ['з них 1945 загинули, а 4325 дістали поранень', []],
    ['в Мьянме 2029 человек', []],
    ['с 2020 года', [2020]],
    ['у 2024 році 2077 осіб', [2024]],
    ['у травні 2025 року', [2025]],
    ['в декабре 2025 Литва вышла', [2025]],
    ['підписала у лютому 1999-го', [1999]],
  ])('a Cyrillic count is not a year: %s', (sentence, expected) => {
    expect(extractYears(sentence)).toEqual(expected);
  });

  test('weekdays', () => {
    expect(extractWeekdays('signed a decree on Sunday')).toEqual(['sunday']);
    expect(weekdayOf('2025-06-29')).toBe('sunday');
  });
});
