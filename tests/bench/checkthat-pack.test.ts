import { describe, expect, test } from 'vitest';
import {
  packOf,
  parseQrels,
  parseQueries,
  parseVerifiedClaims,
} from '../../bench/lib/checkthat-pack';
import { parseTsv } from '../../bench/lib/tsv';

// Synthetic rows in the organisers' layout (pandas TSV quoting), not taken from the data set.
const SYNTHETIC_CLAIMS = [
  'id\tvclaim\ttitle',
  '0\tA plain claim about a bridge.\tIs the Bridge Closed?',
  '1\t"A ""quoted"" word and a tab\tinside."\tTitle with ‘curly’ quotes',
  '2\t"A claim broken',
  'over two lines."\t',
  '',
].join('\n');

describe('parseTsv (synthetic input)', () => {
  test.each([
    ['a\tb\n', [['a', 'b']]],
    ['"x ""y"" z"\tw\n', [['x "y" z', 'w']]],
    ['"two\nlines"\tc', [['two\nlines', 'c']]],
    ['mid "quote" kept\td\r\n', [['mid "quote" kept', 'd']]],
    ['a\t\n\n', [['a', '']]],
  ])('%j', (text, rows) => {
    expect(parseTsv(text)).toEqual(rows);
  });
});

describe('the CheckThat! converter (synthetic input)', () => {
  const rows = parseVerifiedClaims(SYNTHETIC_CLAIMS);

  test('reads one row per claim, unquoting fields and skipping the header', () => {
    expect(rows).toEqual([
      { id: '0', vclaim: 'A plain claim about a bridge.', title: 'Is the Bridge Closed?' },
      { id: '1', vclaim: 'A "quoted" word and a tab\tinside.', title: 'Title with ‘curly’ quotes' },
      { id: '2', vclaim: 'A claim broken\nover two lines.', title: '' },
    ]);
  });

  test('gives a pack the extension loader accepts, one claim per row', () => {
    const pack = packOf(rows);
    expect(pack.claims.map((claim) => claim.id)).toEqual(['vclaim-0', 'vclaim-1', 'vclaim-2']);
    expect(pack.claims[0]?.paraphrases).toEqual(['Is the Bridge Closed?']);
    expect(pack.claims[2]?.paraphrases).toEqual([]);
    expect(pack.claims[1]?.versions[0]?.evidence[0]?.quote).toBe(
      'A "quoted" word and a tab\tinside.',
    );
    expect(pack.claims.every((claim) => claim.examples.match.length === 0)).toBe(true);
  });

  test('an empty claim text is refused by the loader, with its path', () => {
    expect(() => packOf([{ id: '5', vclaim: ' ', title: '' }])).toThrow(/claims\[0\]\.statement/);
  });

  test('reads tweets and gold pairs, mapping claim ids to pack ids', () => {
    expect(parseQueries('\ttweet_content\n7\t"Tweet with ""quotes"""\n')).toEqual([
      { id: '7', text: 'Tweet with "quotes"' },
    ]);
    const gold = parseQrels('7\t0\t1\t1\n7 0 2 1\n8\t0\t3\t0\n');
    expect([...(gold.get('7') ?? [])]).toEqual(['vclaim-1', 'vclaim-2']);
    expect(gold.has('8')).toBe(false);
  });
});
