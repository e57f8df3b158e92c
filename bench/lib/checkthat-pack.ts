// Reads a CheckThat! 2020 Task 2 data directory and turns its verified claims into a claims pack, so
// the benchmark loads them through the same validator the extension uses for its bundled pack.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, validatePack } from '../../src/claims/loader';
import type { Pack } from '../../src/claims/schema';
import { parseTsv } from './tsv';

/** One verified claim as the organisers wrote it. */
export interface VerifiedClaimRow {
  id: string;
  vclaim: string;
  title: string;
}

/** One tweet of a split. */
export interface Query {
  id: string;
  text: string;
}

/** The one source every converted claim cites; the data set, not any fact-checking article. */
const SOURCE_ID = 'checkthat2020-task2';

/** Claim id in the pack for a CheckThat! vclaim id ("123" becomes "vclaim-123"). */
export function claimIdOf(vclaimId: string): string {
  return `vclaim-${vclaimId}`;
}

function withoutHeader(rows: string[][], first: string): string[][] {
  return rows[0]?.[0] === first || rows[0]?.[0] === '' ? rows.slice(1) : rows;
}

/** Rows of `verified_claims.docs.tsv` (`id \t vclaim \t title`, header row, pandas quoting). */
export function parseVerifiedClaims(text: string): VerifiedClaimRow[] {
  return withoutHeader(parseTsv(text), 'id').map((row, i) => {
    const [id, vclaim, title] = row;
    if (id === undefined || vclaim === undefined)
      throw new Error(`verified claims row ${i + 2}: expected id, vclaim and title`);
    return { id: id.trim(), vclaim: vclaim.trim(), title: (title ?? '').trim() };
  });
}

/** Rows of `<split>/tweets.queries.tsv` (`id \t tweet_content`, header row). */
export function parseQueries(text: string): Query[] {
  return withoutHeader(parseTsv(text), 'id').map((row, i) => {
    const [id, content] = row;
    if (id === undefined || content === undefined)
      throw new Error(`queries row ${i + 2}: expected id and tweet_content`);
    return { id: id.trim(), text: content };
  });
}

/**
 * Gold claims per tweet from `<split>/tweet-vclaim-pairs.qrels` (`tweet_id 0 vclaim_id relevance`,
 * tab- or space-separated, no header); only pairs with relevance above 0 count. Claim ids are pack ids.
 */
export function parseQrels(text: string): Map<string, Set<string>> {
  const gold = new Map<string, Set<string>>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [tweet, , vclaim, relevance] = line.trim().split(/\s+/);
    if (tweet === undefined || vclaim === undefined || relevance === undefined)
      throw new Error(`qrels line ${i + 1}: expected "tweet_id 0 vclaim_id relevance"`);
    if (Number(relevance) <= 0) return;
    let set = gold.get(tweet);
    if (!set) gold.set(tweet, (set = new Set()));
    set.add(claimIdOf(vclaim));
  });
  return gold;
}

/**
 * A pack object with one claim per row: the vclaim is the statement, the fact-check's title its one
 * paraphrase, and a single version whose evidence quotes the statement from the data set itself.
 * Examples are empty: the benchmark's tweets are scored separately, not as pack examples.
 */
export function packObjectOf(rows: VerifiedClaimRow[]): unknown {
  return {
    id: 'checkthat2020-task2',
    title: 'CLEF 2020 CheckThat! Task 2 verified claims (benchmark, not for the extension)',
    version: '3.0.0',
    reviewed: '2020-06-01',
    language: 'en',
    topic: { anchors: ['fact check'], supporting: [], against: [] },
    sources: [
      {
        id: SOURCE_ID,
        kind: 'primary-document',
        publisher: 'CLEF 2020 CheckThat! Lab',
        title: 'CheckThat! 2020 Task 2 data v3.0: verified_claims.docs.tsv',
        url: 'https://github.com/sshaar/clef2020-factchecking-task2',
        date: '2020-06-01',
      },
    ],
    claims: rows.map((row) => ({
      id: claimIdOf(row.id),
      statement: row.vclaim,
      paraphrases: row.title ? [row.title] : [],
      versions: [
        {
          id: 'as-verified',
          label: 'as stated by the fact-checker',
          evidence: [{ source: SOURCE_ID, quote: row.vclaim, stance: 'asserts' }],
        },
      ],
      examples: { match: [], nearMiss: [] },
    })),
  };
}

/** Converts and validates; throws with the loader's path-precise problems if the pack is invalid. */
export function packOf(rows: VerifiedClaimRow[]): Pack {
  const result = validatePack(packObjectOf(rows));
  if (!result.ok)
    throw new Error(
      `converted pack is invalid:\n${result.problems.slice(0, 10).map(formatProblem).join('\n')}`,
    );
  return result.pack;
}

/** A CheckThat!-layout directory: the claims pack and, per split, tweets and gold claims. */
export interface CheckThatData {
  pack: Pack;
  queries: Query[];
  gold: Map<string, Set<string>>;
}

/** Reads the claims and one split (`train`, `dev`, or any folder with the same two files). */
export function readCheckThat(dir: string, split: string): CheckThatData {
  // The data set is not in the repository (see the README's commands table): say so, not ENOENT.
  if (!existsSync(join(dir, 'verified_claims.docs.tsv')))
    throw new Error(
      `no CheckThat! 2020 Task 2 data in ${dir}: this benchmark is optional; ` +
        'pass --data DIR, a folder with verified_claims.docs.tsv and <split>/ subfolders',
    );
  const pack = packOf(
    parseVerifiedClaims(readFileSync(join(dir, 'verified_claims.docs.tsv'), 'utf8')),
  );
  const queries = parseQueries(readFileSync(join(dir, split, 'tweets.queries.tsv'), 'utf8'));
  const gold = parseQrels(readFileSync(join(dir, split, 'tweet-vclaim-pairs.qrels'), 'utf8'));
  return { pack, queries, gold };
}
