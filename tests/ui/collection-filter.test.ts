import { describe, expect, test } from 'vitest';
import {
  filterItems,
  filterOptions,
  NO_FILTER,
  type CollectionFilter,
} from '../../src/ui/collection-filter';
import { sampleItems } from '../store/items.fixture';

const ids = (filter: Partial<CollectionFilter>) =>
  filterItems(sampleItems(), { ...NO_FILTER, ...filter }).map((item) => item.id.slice(-1));

describe('collection filters', () => {
  test.each<[string, Partial<CollectionFilter>, string[]]>([
    ['no filter, newest first', {}, ['3', '2', '1']],
    ['verdict conflicting', { verdict: 'conflicting' }, ['1']],
    ['unmatched items', { verdict: 'unmatched' }, ['3', '2']],
    ['claim id', { claim: 'states-parties-count' }, ['1']],
    ['site without www', { site: 'news.example' }, ['3', '2', '1']],
    ['tag', { tag: 'ünïcödé' }, ['2']],
    ['search words in any order, any case', { query: 'QUOTED line' }, ['1']],
    ['search in non-Latin text', { query: '条约' }, ['3', '2', '1']],
    ['date range that excludes all', { from: '2026-11-02' }, []],
    ['date range that includes all', { from: '2026-11-01', to: '2026-11-01' }, ['3', '2', '1']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  test('offers each claim (by its statement), site and tag once, sorted', () => {
    expect(filterOptions(sampleItems())).toEqual({
      claims: [{ value: 'states-parties-count', label: 'The Convention has 164 states parties.' }],
      sites: ['news.example'],
      tags: ['baltic', 'count, "disputed"', 'ünïcödé'],
    });
  });
});
