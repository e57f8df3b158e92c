import { describe, expect, test } from 'vitest';
import { firstDifference, formatPack } from '../../src/claims/format';
import { formatProblem, loadPack, validatePack } from '../../src/claims/loader';
import { examplePack } from '../helpers/fixtures';

/** A deep copy of the synthetic example pack, broken by `mutate`. */
function broken(mutate: (pack: Record<string, any>) => void): unknown {
  const pack = structuredClone(examplePack()) as Record<string, any>;
  mutate(pack);
  return pack;
}

describe('validatePack errors name the JSON path and what was expected', () => {
  test.each([
    [
      'unknown source id',
      (p: Record<string, any>) => (p.claims[1].versions[0].evidence[0].source = 'reuters-2025'),
      'claims[1].versions[0].evidence[0].source: unknown source id "reuters-2025"',
    ],
    ['missing title', (p: Record<string, any>) => delete p.title, 'title: required but missing'],
    [
      'bad date',
      (p: Record<string, any>) => (p.sources[0].date = '30/06/2025'),
      'sources[0].date: expected a date as YYYY-MM-DD, got "30/06/2025"',
    ],
    [
      'bad stance',
      (p: Record<string, any>) => (p.claims[0].versions[0].evidence[0].stance = 'maybe'),
      'claims[0].versions[0].evidence[0].stance: expected "asserts" or "denies", got "maybe"',
    ],
    [
      'two established versions',
      (p: Record<string, any>) => (p.claims[1].versions[1].established = true),
      'claims[1].versions: 2 versions are marked established',
    ],
    [
      'duplicate claim id',
      (p: Record<string, any>) => (p.claims[2].id = p.claims[1].id),
      'claims[2].id: duplicate claim id "treaty-states-parties-count"',
    ],
    [
      'unknown key',
      (p: Record<string, any>) => (p.claims[0].colour = 'red'),
      'claims[0].colour: unknown field',
    ],
  ])('%s', (_name, mutate, expected) => {
    const result = validatePack(broken(mutate));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(formatProblem).join('\n')).toContain(expected);
  });

  test.each([
    ['not JSON', '{"id": "x",', 'not valid JSON'],
    ['not an object', '[1, 2]', 'expected a JSON object'],
    ['empty', '', 'not valid JSON'],
  ])('%s gets a typed error, never a throw', (_name, text, expected) => {
    const result = loadPack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toContain(expected);
  });
});

describe('canonical form', () => {
  test('format(parse(format(pack))) is byte-identical', () => {
    const once = formatPack(examplePack());
    const parsed = loadPack(once);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(formatPack(parsed.pack)).toBe(once);
  });

  test('firstDifference reports line and column', () => {
    expect(firstDifference('a\nbc\n', 'a\nbd\n')).toEqual({ line: 2, column: 2 });
    expect(firstDifference('same', 'same')).toBeNull();
  });
});
