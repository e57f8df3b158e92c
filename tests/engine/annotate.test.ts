import { describe, expect, test } from 'vitest';
import { annotate, annotateSentences, createAnnotator } from '../../src/engine';
import { examplePack, seeds } from '../helpers/fixtures';

const annotator = createAnnotator(examplePack());
const seed003 = seeds().find(([name]) => name.startsWith('003'))?.[1] ?? '';

function noteOn(sentence: string, publishedDate?: string) {
  return annotateSentences({ text: sentence, publishedDate }, annotator)[0];
}

describe('annotate (synthetic example pack, real seed text)', () => {
  test('offsets slice the input to exactly the sentence', () => {
    const { topic, notes } = annotate({ text: seed003 }, annotator);
    expect(topic.relevant).toBe(true);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(seed003.slice(note.start, note.end)).toBe(note.sentence);
  });

  test.each([
    [
      'Ukraine was one of 160 signatory countries, but Russia never joined the pact.',
      'conflicting',
      '160',
    ],
    ['The Ottawa Convention now has 164 states parties.', 'corroborated', '164'],
    ['The landmine treaty has over 160 signatory countries.', 'corroborated', 'over 160'],
    ['The landmine treaty has 150 signatory countries.', 'conflicting', '150'],
    [
      'President Zelensky signed a decree to withdraw Ukraine from the mine ban treaty on Sunday.',
      'corroborated',
      null,
    ],
    [
      'President Volodymyr Zelenskyy signed a decree initiating the withdrawal process on Monday.',
      'conflicting',
      null,
    ],
  ] as const)('%s → %s', (sentence, verdict, stated) => {
    const note = noteOn(sentence);
    expect(note?.verdict).toBe(verdict);
    if (stated) expect(note?.stated).toBe(stated);
  });

  test('a conflicting note lists the source it conflicts with and the established version', () => {
    const note = noteOn(
      'Ukraine was one of 160 signatory countries, but Russia never joined the pact.',
    );
    expect(note?.conflicting.map((e) => e.source)).toContain('un-treaty-collection');
    expect(note?.established).toBe('164 states parties');
  });

  test('a source whose quote is in the article is "this article", never corroboration of itself', () => {
    const sentence =
      'Ukraine was one of 160 signatory countries, but Russia never joined the pact.';
    const elsewhere = 'Ukraine was among 160 signatory countries; Russia never joined the pact.';
    const quoted = noteOn(sentence);
    expect(quoted?.inThisArticle?.map((e) => e.source)).toContain('seed-003');
    expect(quoted?.corroborating.map((e) => e.source)).not.toContain('seed-003');
    const paraphrased = noteOn(elsewhere);
    expect(paraphrased?.inThisArticle).toBeUndefined();
    expect(paraphrased?.corroborating.map((e) => e.source)).toContain('seed-003');
  });

  test('a negated sentence flips the verdict', () => {
    const note = noteOn(
      'The Ottawa Convention banning anti-personnel mines was not adopted in 1997.',
    );
    expect(note?.verdict).toBe('conflicting');
  });

  test('an unrelated text gets no notes', () => {
    const { topic, notes } = annotate(
      { text: 'Whale strandings worry Maori tribes in Northland.' },
      annotator,
    );
    expect(topic.relevant).toBe(false);
    expect(notes).toEqual([]);
  });
});
