// Quality gates for the bundled pack: it is valid, canonical, quotes what it cites, and the engine
// finds each claim in the sentences that state it and not in the near misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstDifference, formatPack } from '../../src/claims/format';
import { formatProblem, loadPack } from '../../src/claims/loader';
import { createAnnotator, noteForSentence } from '../../src/engine';
import { ROOT, SEEDS_DIR } from '../helpers/fixtures';

const PACK_PATH = join(ROOT, 'assets', 'claims', 'landmine-treaty.json');
const packText = readFileSync(PACK_PATH, 'utf8');
const loaded = loadPack(packText);
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const pack = loaded.pack;
const annotator = createAnnotator(pack);

/** Whitespace and quote marks vary between copies of the same text; nothing else may. */
function comparable(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the bundled pack', () => {
  test('is in canonical form (npm run format:claims)', () => {
    const diff = firstDifference(packText, formatPack(pack));
    expect(
      diff,
      diff ? `${PACK_PATH}:${diff.line}:${diff.column}: drift from canonical form` : '',
    ).toBeNull();
  });

  test('every seed is a source', () => {
    const seeded = new Set(pack.sources.map((s) => s.seed).filter(Boolean));
    for (const name of [
      '000_91a15512559e22d2.txt',
      '001_4bb4d65a0918e21f.txt',
      '002_7cdb0da5671a7baa.txt',
      '003_a0cae1b0aabd2ad3.txt',
      '004_28dd662c094ae459.txt',
    ])
      expect(seeded).toContain(name);
  });

  const seedQuotes = pack.claims.flatMap((claim) =>
    claim.versions.flatMap((version) =>
      version.evidence
        .map((evidence) => ({
          claim: claim.id,
          evidence,
          source: pack.sources.find((s) => s.id === evidence.source),
        }))
        .filter((item) => item.source?.seed)
        .map(
          (item) =>
            [
              `${item.claim} ← ${item.source?.id}`,
              item.evidence.quote,
              item.source?.seed ?? '',
            ] as const,
        ),
    ),
  );

  test.each(seedQuotes)('quote %s is verbatim in its seed', (_label, quote, seed) => {
    expect(comparable(readFileSync(join(SEEDS_DIR, seed), 'utf8'))).toContain(comparable(quote));
  });

  test('every source a reader can open is on https', () => {
    for (const source of pack.sources)
      expect(new URL(source.url).protocol, source.id).toBe('https:');
  });

  test('no source links to a placeholder host or is named by a file or hash', () => {
    // RFC 2606/6761 names never open a document.
    const placeholder = /(^|\.)(invalid|example|test|localhost)$|^example\.(com|org|net)$/;
    for (const source of pack.sources) {
      expect(new URL(source.url).hostname, source.id).not.toMatch(placeholder);
      for (const shown of [source.publisher, source.title]) {
        expect(shown, source.id).not.toMatch(/\bseed\b|[0-9a-f]{12,}|\.txt\b|unknown outlet/i);
      }
    }
  });

  test('quotes are in English: primary sources in their English text', () => {
    // The pack is read by English readers: a quote with letters outside Latin script (or the
    // German of a Swiss translation) is not evidence they can read.
    const nonEnglish =
      /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]|\b(?:und|der|die|das|nicht|werden)\b/u;
    for (const claim of pack.claims)
      for (const version of claim.versions)
        for (const evidence of version.evidence)
          expect(evidence.quote, `${claim.id} ← ${evidence.source}`).not.toMatch(nonEnglish);
  });

  test('every claim carries sentences that must match it and near misses that must not', () => {
    for (const claim of pack.claims) {
      expect(claim.examples.match.length, claim.id).toBeGreaterThan(0);
      expect(claim.examples.nearMiss.length, claim.id).toBeGreaterThan(0);
    }
  });

  // A seed sentence can state two claims; the engine gives one note per sentence, so any of the
  // claims that list the sentence is a right answer (with that claim's verdict).
  const claimsBySentence = new Map<string, Map<string, string | null>>();
  const dateOf = new Map<string, string | undefined>();
  // An example is read at its own date, else at its seed's publication date.
  const seedDate = (from: string) => pack.sources.find((source) => source.seed === from)?.date;
  for (const claim of pack.claims)
    for (const example of claim.examples.match) {
      const claims = claimsBySentence.get(example.text) ?? new Map<string, string | null>();
      claims.set(claim.id, example.verdict ?? null);
      claimsBySentence.set(example.text, claims);
      dateOf.set(example.text, example.date ?? seedDate(example.from));
    }
  const matchExamples = [...claimsBySentence].map(
    ([text, claims]) => [[...claims.keys()].join(' | '), text, claims] as const,
  );
  test.each(matchExamples)('%s matches: %s', (_ids, text, claims) => {
    const note = noteForSentence({ start: 0, end: text.length, text }, annotator, dateOf.get(text));
    expect([...claims.keys()]).toContain(note?.claim);
    const verdict = claims.get(note?.claim ?? '');
    if (verdict) expect(note?.verdict).toBe(verdict);
  });

  const nearMisses = pack.claims.flatMap((claim) =>
    claim.examples.nearMiss.map((example) => [claim.id, example.text] as const),
  );
  test.each(nearMisses)('%s does not match: %s', (claimId, text) => {
    expect(noteForSentence({ start: 0, end: text.length, text }, annotator)?.claim).not.toBe(
      claimId,
    );
  });
});
