import { describe, expect, test } from 'vitest';
import { deniesClaim } from '../../src/engine/polarity';
import type { Claim } from '../../src/claims/schema';

/** Synthetic claims: only the wording matters to polarity. */
function claim(statement: string, ...paraphrases: string[]): Claim {
  return { id: 'c', statement, paraphrases, versions: [], examples: { match: [], nearMiss: [] } };
}

const russiaNotParty = claim(
  'Russia is not a party to the Ottawa Convention.',
  'Russia has never joined the mine ban treaty.',
);
const ratified = claim('Poland ratified the Ottawa Convention in 2012.');
const clause = claim(
  'A withdrawal does not take effect before the end of an armed conflict.',
  'Withdrawal takes effect only after the armed conflict ends.',
);
const approval = claim('The withdrawal needs the approval of parliament.');
const count = claim(
  'Ukraine was one of 164 states parties to the Ottawa Convention.',
  'Ukraine was one of the signatory countries.',
);

describe('deniesClaim', () => {
  test.each([
    [
      'a denial of a negative claim',
      russiaNotParty,
      'Russia is a party to the Ottawa Convention.',
      true,
    ],
    [
      'the same negative claim, other words',
      russiaNotParty,
      'Moscow never joined the mine ban treaty.',
      false,
    ],
    ['a plain denial', ratified, 'Poland has not ratified the Ottawa Convention.', true],
    [
      '"not ... until" asserts',
      ratified,
      'Poland did not ratify the Ottawa Convention until 2012.',
      false,
    ],
    [
      'paraphrases of both polarities',
      clause,
      'The withdrawal takes effect only when the armed conflict is over.',
      false,
    ],
    [
      'negation of other words in the sentence',
      approval,
      'The withdrawal is not yet final and needs the approval of parliament.',
      false,
    ],
    [
      'negation in another clause',
      count,
      'Ukraine was one of 160 signatory countries, but Russia never joined the pact.',
      false,
    ],
    ['a contraction', approval, "The withdrawal doesn't need the approval of parliament.", true],
  ])('%s', (_name, subject, sentence, expected) => {
    expect(deniesClaim(sentence, subject, subject.statement)).toBe(expected);
  });
});
