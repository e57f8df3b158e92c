// Scores the matching engine on CLEF 2020 CheckThat! Task 2 (tweet -> verified claim retrieval): the
// claims become a pack through the extension's own loader, each tweet goes through rankClaims, and the
// ranking is scored as the lab's scorer does. A BM25-only ranking from the same index is the baseline.
//
//   npm run bench:checkthat -- --data ../shared/benchmarks/checkthat2020-task2 --split dev --runs 3
import { performance } from 'node:perf_hooks';
import { searchBm25 } from '../src/engine/bm25-index';
import { createMatcher, rankClaims, type Matcher } from '../src/engine/match';
import { termsOf } from '../src/engine/tokenise';
import { countOption, option } from './lib/args';
import { readCheckThat, type Query } from './lib/checkthat-pack';
import { settledHeapBytes } from './lib/heap';
import { meanAveragePrecisionAt, meanRecallAt, median, quantile, type Judged } from './lib/metrics';

/** Depth of every ranking; Recall@20 is the deepest measure printed. */
const DEPTH = 20;

type Ranker = (matcher: Matcher, text: string) => string[];

const rankers: Record<string, Ranker> = {
  'BM25 only (searchBm25)': (matcher, text) =>
    searchBm25(matcher.index, termsOf(text), DEPTH).map(
      (hit) => matcher.claims[hit.group]?.id ?? '',
    ),
  'engine (rankClaims)': (matcher, text) =>
    rankClaims(matcher, text, DEPTH).map((candidate) => candidate.claim.id),
};

interface RunTimes {
  medianMs: number;
  p95Ms: number;
}

function rankAll(
  matcher: Matcher,
  queries: Query[],
  ranker: Ranker,
): { ranked: string[][]; times: RunTimes } {
  const ms: number[] = [];
  const ranked = queries.map((query) => {
    const start = performance.now();
    const ids = ranker(matcher, query.text);
    ms.push(performance.now() - start);
    return ids;
  });
  return { ranked, times: { medianMs: median(ms), p95Ms: quantile(ms, 0.95) } };
}

const fixed = (value: number, digits: number): string => value.toFixed(digits);

function main(argv: string[]): void {
  const dir = option(argv, 'data', '../shared/benchmarks/checkthat2020-task2');
  const split = option(argv, 'split', 'dev');
  const runs = countOption(argv, 'runs', 3);
  const { pack, queries, gold } = readCheckThat(dir, split);
  const judgedQueries = queries.filter((query) => gold.has(query.id));

  const buildMs: number[] = [];
  const heapMb: number[] = [];
  let matcher: Matcher | null = null;
  for (let run = 0; run < runs; run += 1) {
    matcher = null;
    const before = settledHeapBytes();
    const start = performance.now();
    const built = createMatcher(pack);
    buildMs.push(performance.now() - start);
    // Only the first build is measured: later ones free the previous matcher while they run.
    if (run === 0) heapMb.push((settledHeapBytes() - before) / 2 ** 20);
    matcher = built;
  }
  if (!matcher) return;

  console.log(
    `CheckThat! 2020 Task 2, split "${split}": ${judgedQueries.length} tweets with gold, ` +
      `${pack.claims.length} claims; medians of ${runs} run(s)`,
  );
  console.log(
    `index build ${fixed(median(buildMs), 0)} ms, index heap ${fixed(median(heapMb), 1)} MB ` +
      `(heapUsed delta after GC, first build)\n`,
  );
  const header = ['ranking', 'MAP@1', 'MAP@5', 'R@5', 'R@20', 'ms/q med', 'ms/q p95'];
  const rows: string[][] = [];
  for (const [name, ranker] of Object.entries(rankers)) {
    const timings: RunTimes[] = [];
    let judged: Judged[] = [];
    for (let run = 0; run < runs; run += 1) {
      const { ranked, times } = rankAll(matcher, judgedQueries, ranker);
      timings.push(times);
      judged = judgedQueries.map((query, i) => ({
        ranked: ranked[i] ?? [],
        gold: gold.get(query.id) ?? new Set<string>(),
      }));
    }
    rows.push([
      name,
      fixed(meanAveragePrecisionAt(judged, 1), 3),
      fixed(meanAveragePrecisionAt(judged, 5), 3),
      fixed(meanRecallAt(judged, 5), 3),
      fixed(meanRecallAt(judged, 20), 3),
      fixed(median(timings.map((t) => t.medianMs)), 2),
      fixed(median(timings.map((t) => t.p95Ms)), 2),
    ]);
  }
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

main(process.argv.slice(2));
