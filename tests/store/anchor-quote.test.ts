import { describe, expect, test } from 'vitest';
import { anchorQuote } from '../../src/store/anchor-quote';

// Synthetic text: the same sentence as body text and, later, as a pull quote.
const QUOTE = 'Finland left the treaty.';
const TEXT = `Intro. ${QUOTE} Body goes on. Pull quote: ${QUOTE} End.`;
const first = TEXT.indexOf(QUOTE);
const second = TEXT.lastIndexOf(QUOTE);

describe('anchorQuote', () => {
  test.each([
    ['the body occurrence by its prefix', 'Intro. ', ' Body', first],
    ['the pull quote by its prefix', 'Pull quote: ', ' End.', second],
    ['the pull quote by its suffix alone', '', ' End.', second],
  ])('finds %s', (_name, prefix, suffix, expected) => {
    expect(
      anchorQuote(TEXT, { type: 'TextQuoteSelector', exact: QUOTE, prefix, suffix })?.start,
    ).toBe(expected);
  });

  test('the saved position breaks a tie', () => {
    const quote = { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' } as const;
    expect(
      anchorQuote(TEXT, quote, { type: 'TextPositionSelector', start: second - 3, end: 0 })?.start,
    ).toBe(second);
  });

  test('a sentence that is gone gives null', () => {
    expect(
      anchorQuote(TEXT, {
        type: 'TextQuoteSelector',
        exact: 'Norway left.',
        prefix: '',
        suffix: '',
      }),
    ).toBeNull();
  });
});
