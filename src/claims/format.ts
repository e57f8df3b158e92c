// The pack's canonical form: what `npm run format:claims` writes and the tests compare against, so
// reviews see real changes, never reordering noise.
import type { Pack } from './schema';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Canonical text of a validated pack: sources and claims sorted by id, keys in schema order
 * (valibot's output follows the schema), two-space indentation, one trailing newline.
 */
export function formatPack(pack: Pack): string {
  const sorted: Pack = {
    ...pack,
    sources: [...pack.sources].sort(byId),
    claims: [...pack.claims].sort(byId),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** 1-based line and column of the first difference between two texts, or null when equal. */
export function firstDifference(a: string, b: string): { line: number; column: number } | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const before = a.slice(0, i);
  const line = before.split('\n').length;
  return { line, column: i - before.lastIndexOf('\n') };
}
