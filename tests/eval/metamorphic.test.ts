// Floors on the metamorphic rates: a wrong value in a pack example must keep turning the note conflicting, a neutral rewrite must keep its verdict.
import { describe, expect, test } from 'vitest';
import { bundledPack } from '../helpers/fixtures';
import {
  generateCases,
  NEUTRAL_KINDS,
  parseNumber,
  runCases,
  WRONG_VALUE_KINDS,
  type CaseKind,
  type Edit,
  type Family,
  type MetamorphicCase,
  type WrongValueKind,
} from './metamorphic';

const pack = bundledPack();
const cases = generateCases(pack);
const rates = runCases(pack, cases);

interface Floor {
  family: Family;
  kind: CaseKind;
  /** Fewest cases the pack must give of this kind, so a floor never passes on an empty set. */
  minCases: number;
  /** Lowest pass rate allowed. */
  floor: number;
}

// Each floor is the rate measured on 2026-12-02, after the verdicts work (pack landmine-treaty 1.0.0, `npm run
// eval:metamorphic`) rounded down to 5%; raise it when the engine improves. Minimum case counts are
// about two thirds of what the pack gave then, so editing an example or two does not trip them.
const FLOORS: Floor[] = [
  { family: 'wrong-value', kind: 'year', minCases: 30, floor: 0.75 }, // 75.6% (34/45)
  { family: 'wrong-value', kind: 'year-distractor', minCases: 10, floor: 0.1 }, // 13.3% (2/15)
  { family: 'wrong-value', kind: 'date-day', minCases: 10, floor: 0.5 }, // 50.0% (8/16)
  { family: 'wrong-value', kind: 'date-month', minCases: 10, floor: 0.25 }, // 25.0% (4/16)
  { family: 'wrong-value', kind: 'date-year', minCases: 8, floor: 0.65 }, // 69.2% (9/13)
  { family: 'wrong-value', kind: 'weekday', minCases: 2, floor: 0.5 }, // 50.0% (2/4)
  { family: 'wrong-value', kind: 'count', minCases: 30, floor: 0.45 }, // 46.7% (21/45)
  // 45.5% (10/22) once the pack's Landmine Monitor shares grew the cases from 8 (4 passed then).
  { family: 'wrong-value', kind: 'percentage', minCases: 5, floor: 0.45 },
  { family: 'wrong-value', kind: 'tally', minCases: 2, floor: 0.65 }, // 66.7% (2/3)
  { family: 'wrong-value', kind: 'role', minCases: 5, floor: 0.5 }, // 50.0% (4/8)
  { family: 'wrong-value', kind: 'place', minCases: 2, floor: 0 }, // 0.0% (0/3)
  { family: 'wrong-value', kind: 'countries', minCases: 4, floor: 0.3 }, // 33.3% (2/6)
  { family: 'wrong-value', kind: 'status', minCases: 2, floor: 1 }, // 100.0% (4/4)
  { family: 'neutral', kind: 'attribution-suffix', minCases: 110, floor: 0.85 }, // 87.3% (151/173)
  { family: 'neutral', kind: 'attribution-prefix', minCases: 110, floor: 0.85 }, // 85.7% (150/175)
  { family: 'neutral', kind: 'clause-reorder', minCases: 4, floor: 0.85 }, // 85.7% (6/7)
  { family: 'neutral', kind: 'number-words', minCases: 12, floor: 1 }, // 100.0% (18/18)
  { family: 'neutral', kind: 'number-digits', minCases: 2, floor: 1 }, // 100.0% (3/3)
  { family: 'neutral', kind: 'tally-format', minCases: 2, floor: 1 }, // 100.0% (3/3)
  { family: 'neutral', kind: 'date-format', minCases: 20, floor: 0.9 }, // 90.0% (27/30)
  { family: 'neutral', kind: 'date-numeric', minCases: 12, floor: 0.8 }, // 83.3% (15/18)
  { family: 'neutral', kind: 'synonym', minCases: 90, floor: 0.8 }, // 81.9% (118/144)
];

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|\d{2})$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+|[A-Za-z -]+)$/;

/** What the changed span must look like, before and after, for each kind of wrong value. */
const VALUE_SHAPES: Record<WrongValueKind, RegExp> = {
  year: YEAR,
  'year-distractor': YEAR,
  'date-day': /^\d{1,2}$/,
  'date-month': MONTH,
  'date-year': YEAR,
  weekday: /^(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$/i,
  count: FIGURE,
  percentage: FIGURE,
  tally: /^\d+$/,
  role: /^[\p{L} -]+$/u,
  place: /^\p{Lu}[\p{L} ]+$/u,
  countries: /^\p{Lu}\p{Ll}+$/u,
  status: /^[\p{L} ]+$/u,
};

/** The values the claim's versions have, as the numbers a changed figure must not be. */
function versionNumbers(claimId: string): number[] {
  const claim = pack.claims.find((c) => c.id === claimId);
  return (claim?.versions ?? []).flatMap((v) =>
    typeof v.value === 'number'
      ? [v.value]
      : typeof v.value === 'string' && /^\d{4}-/.test(v.value)
        ? [Number(v.value.slice(0, 4))]
        : [],
  );
}

function spliced(original: string, edits: Edit[]): string {
  let text = original;
  for (const edit of [...edits].sort((a, b) => b.at - a.at))
    text = text.slice(0, edit.at) + edit.to + text.slice(edit.at + edit.from.length);
  return text;
}

/** The span of the original that differs from the variant, by common prefix and suffix. */
function changedSpan(original: string, text: string): [number, number] {
  let start = 0;
  while (start < original.length && original[start] === text[start]) start += 1;
  let end = original.length;
  while (end > start && original[end - 1] === text[text.length - (original.length - end) - 1])
    end -= 1;
  return [start, end];
}

describe('metamorphic cases generated from the bundled pack (SYNTHETIC sentences)', () => {
  test('every declared kind has a floor, so a new kind cannot go unguarded', () => {
    expect(FLOORS.map((f) => f.kind).sort()).toEqual(
      [...WRONG_VALUE_KINDS, ...NEUTRAL_KINDS].sort(),
    );
  });

  test('generation is deterministic', () => {
    expect(generateCases(pack)).toEqual(cases);
  });

  test.each(FLOORS)('the pack gives at least $minCases $family $kind cases', (row) => {
    const made = cases.filter((c) => c.family === row.family && c.kind === row.kind);
    expect(made.length).toBeGreaterThanOrEqual(row.minCases);
  });

  test.each(WRONG_VALUE_KINDS.map((kind) => [kind]))(
    '%s variants differ from their example only in the value they change',
    (kind) => {
      const shape = VALUE_SHAPES[kind];
      for (const c of cases.filter((x): x is MetamorphicCase => x.kind === kind)) {
        const edits = c.edits ?? [];
        const where = `${c.claim}: ${c.text}`;
        expect(edits.length, where).toBeGreaterThan(0);
        expect(c.expected, where).toBe('conflicting');
        expect(spliced(c.original, edits), where).toBe(c.text);
        const [start, end] = changedSpan(c.original, c.text);
        expect(start, where).toBeGreaterThanOrEqual(Math.min(...edits.map((e) => e.at)));
        expect(end, where).toBeLessThanOrEqual(Math.max(...edits.map((e) => e.at + e.from.length)));
        for (const edit of edits) {
          expect(c.original.slice(edit.at, edit.at + edit.from.length), where).toBe(edit.from);
          expect(edit.to.toLowerCase(), where).not.toBe(edit.from.toLowerCase());
          expect(edit.from, where).toMatch(shape);
          expect(edit.to, where).toMatch(shape);
        }
        // A changed figure or year must not land on another version's value: that is a version, not a wrong value.
        if (kind === 'count' || kind === 'tally' || /year/.test(kind))
          for (const edit of edits)
            expect(versionNumbers(c.claim), where).not.toContain(parseNumber(edit.to));
      }
    },
  );

  test.each(FLOORS)('$family $kind passes at least $floor of its cases', (row) => {
    const rate = rates.find((r) => r.family === row.family && r.kind === row.kind);
    const failing = (rate?.failures ?? []).map((f) => f.case.text).join('\n');
    expect(rate?.rate ?? 0, `failing:\n${failing}`).toBeGreaterThanOrEqual(row.floor);
  });
});
