import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runAnnotate, type CommandIo } from '../../src/cli/annotate-command';
import { PAGES_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures';

const io: CommandIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  bundledPackPath: join(ROOT, 'assets', 'claims', 'landmine-treaty.json'),
  colour: false,
};
const SEED_003 = join(SEEDS_DIR, '003_a0cae1b0aabd2ad3.txt');
const EXAMPLE_PACK = join(ROOT, 'tests', 'fixtures', 'packs', 'example.json');

describe('annotate --json', () => {
  const result = runAnnotate(['--json', SEED_003], io);
  const output = JSON.parse(result.stdout);
  const input = readFileSync(SEED_003, 'utf8');

  test('exits 0 with the documented shape and nothing more', () => {
    expect(result.exitCode).toBe(0);
    expect(Object.keys(output)).toEqual(['topic', 'notes']);
    expect(Object.keys(output.topic)).toEqual(['relevant', 'score', 'reasons']);
    expect(output.notes.length).toBeGreaterThan(0);
    for (const note of output.notes) {
      expect(Object.keys(note)).toEqual([
        'start',
        'end',
        'sentence',
        'claim',
        'score',
        'stated',
        'verdict',
        'corroborating',
        'conflicting',
        'thisArticle',
        'parts',
      ]);
      expect(['corroborated', 'conflicting', 'mixed']).toContain(note.verdict);
      // The note's own claim is its first part or, when another part conflicts, that part.
      expect(note.parts.map((p: { claim: string }) => p.claim)).toContain(note.claim);
      for (const part of note.parts)
        expect(Object.keys(part)).toEqual([
          'claim',
          'score',
          'stated',
          'verdict',
          'corroborating',
          'conflicting',
          'thisArticle',
        ]);
      for (const evidence of [...note.corroborating, ...note.conflicting])
        expect(Object.keys(evidence)).toEqual(['source', 'publisher', 'url', 'date', 'quote']);
    }
  });

  test('offsets slice the input to exactly the sentence', () => {
    for (const note of output.notes) expect(input.slice(note.start, note.end)).toBe(note.sentence);
  });

  test('an unrelated real page is reported as not relevant, with no notes', () => {
    const page = JSON.parse(runAnnotate(['--json', join(PAGES_DIR, 'bbc-1.html')], io).stdout);
    expect(page.topic.relevant).toBe(false);
    expect(page.notes).toEqual([]);
  });

  test('--pack uses another pack', () => {
    const other = JSON.parse(runAnnotate(['--json', '--pack', EXAMPLE_PACK, SEED_003], io).stdout);
    const claims = new Set(other.notes.map((n: { claim: string }) => n.claim));
    expect(
      [...claims].every((id) =>
        ['treaty-adopted-1997', 'treaty-states-parties-count', 'ukraine-decree-weekday'].includes(
          id as string,
        ),
      ),
    ).toBe(true);
  });
});

describe('annotate errors: one line on stderr, non-zero exit', () => {
  test.each([
    ['missing file', ['no-such-file.txt'], /cannot read file no-such-file.txt: no such file/],
    ['no file argument', ['--json'], /usage: annotate/],
    ['unknown option', ['--colour', SEED_003], /Unknown option/],
    ['bad date', ['--date', '30/06/2025', SEED_003], /--date must be YYYY-MM-DD/],
    ['unreadable pack', ['--pack', 'nope.json', SEED_003], /cannot read pack nope.json/],
    ['malformed pack', ['--pack', SEED_003, SEED_003], /invalid pack .*not valid JSON/],
  ])('%s', (_name, argv, message) => {
    const result = runAnnotate(argv, io);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n').length).toBeLessThanOrEqual(2);
  });

  test('an empty article', () => {
    const result = runAnnotate(['-'], {
      ...io,
      readFile: (p) => (p === '-' ? '   \n' : io.readFile(p)),
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('annotate: no article text in standard input');
  });
});
