// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { renderItems } from '../../src/ui/collection-view';
import { itemWithStances } from '../store/items.fixture';

const noop = { open() {}, save() {}, remove() {} };

test('a saved item shows each source once: publisher link, date and stance', () => {
  const list = document.createElement('ol');
  renderItems(list, document.createElement('h2'), [itemWithStances()], 1, noop);
  const sources = [...list.querySelectorAll('.sources > li')];
  expect(sources.map((li) => li.textContent)).toEqual([
    'United Nations, 2025-06-27 — agrees, primary source',
    'ICBL, "Monitor", 2025-06-27 — agrees',
    'Ministry of Foreign Affairs, 2025-06-27 — disagrees, primary source',
    'Wire Service, 2025-06-27 — denies',
  ]);
  expect(sources[3]?.querySelector('a')?.getAttribute('href')).toBe('https://wire.example/story');
});
