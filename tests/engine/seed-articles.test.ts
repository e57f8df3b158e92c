// The five seed articles, annotated whole (segmentation included), against the bundled pack: every
// sentence the pack lists as stating a claim gets a note, and the contested ones the right verdict.
import { describe, expect, test } from 'vitest';
import { annotate, createAnnotator } from '../../src/engine';
import { bundledPack, seeds } from '../helpers/fixtures';

const pack = bundledPack();
const annotator = createAnnotator(pack);
/** Each seed read at its own publication date, as the extension reads a page. */
const seedDate = (name: string) => pack.sources.find((source) => source.seed === name)?.date;
const annotated = new Map(
  seeds().map(([name, text]) => [
    name,
    { text, ...annotate({ text, publishedDate: seedDate(name) }, annotator) },
  ]),
);

function noteContaining(seed: string, fragment: string) {
  return annotated.get(seed)?.notes.find((note) => note.sentence.includes(fragment));
}

const seedExamples = pack.claims.flatMap((claim) =>
  claim.examples.match
    .filter((example) => example.from.endsWith('.txt'))
    .map((example) => [example.from, claim.id, example.text] as const),
);

describe('seed articles annotated whole', () => {
  test.each([...annotated.keys()])('%s is relevant and every note slices its text', (name) => {
    const result = annotated.get(name);
    expect(result?.topic.relevant).toBe(true);
    for (const note of result?.notes ?? [])
      expect(result?.text.slice(note.start, note.end)).toBe(note.sentence);
  });

  test.each(seedExamples)('%s: a note for %s on "%s"', (seed, claimId, text) => {
    const claimsForSentence = pack.claims
      .filter((claim) => claim.examples.match.some((example) => example.text === text))
      .map((claim) => claim.id);
    const note = noteContaining(seed, text.slice(0, 60));
    expect(note, 'no note on this sentence').toBeDefined();
    expect(claimsForSentence).toContain(note?.claim);
    expect(claimsForSentence).toContain(claimId);
  });

  test.each([
    ['003_a0cae1b0aabd2ad3.txt', 'one of 160 signatory countries', 'conflicting'],
    ['003_a0cae1b0aabd2ad3.txt', 'initiating the withdrawal process on Monday', 'conflicting'],
    ['000_91a15512559e22d2.txt', 'President Zelensky signed a decree on Sunday', 'corroborated'],
    ['000_91a15512559e22d2.txt', 'Ukraine ratified the Ottawa convention in 2005', 'corroborated'],
  ] as const)('%s: "%s" is %s', (seed, fragment, verdict) => {
    expect(noteContaining(seed, fragment)?.verdict).toBe(verdict);
  });
});
