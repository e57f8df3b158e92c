// Test fixtures read from disk: the bundled pack, the seed articles and the real unrelated pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack, formatProblem } from '../../src/claims/loader';
import type { Pack } from '../../src/claims/schema';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The five seed articles (tests/fixtures/seeds/README.md says where they come from). */
export const SEEDS_DIR = join(ROOT, 'tests', 'fixtures', 'seeds');
/** The twenty saved unrelated pages (tests/fixtures/unrelated-pages/README.md). */
export const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'unrelated-pages');

export function readPack(path: string): Pack {
  const result = loadPack(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.pack;
}

export function bundledPack(): Pack {
  return readPack(join(ROOT, 'assets', 'claims', 'landmine-treaty.json'));
}

export function examplePack(): Pack {
  return readPack(join(ROOT, 'tests', 'fixtures', 'packs', 'example.json'));
}

/** The five seed articles: [file name, text]. */
export function seeds(): Array<[string, string]> {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, readFileSync(join(SEEDS_DIR, name), 'utf8')]);
}

/** The twenty real unrelated news pages: [file name, html]. */
export function unrelatedPages(): Array<[string, string]> {
  return readdirSync(PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => [name, readFileSync(join(PAGES_DIR, name), 'utf8')]);
}
