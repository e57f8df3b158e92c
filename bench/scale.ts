// How the engine grows with the pack: index build time and per-sentence match time for packs of 100,
// 1,000 and 10,000 claims (the first N CheckThat! claims plus the bundled landmine pack), so the
// choice between building the index at load and shipping it prebuilt rests on figures.
//
//   npm run bench:scale -- --data ../shared/benchmarks/checkthat2020-task2 --runs 5
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formatProblem, loadPack } from '../src/claims/loader';
import type { Pack } from '../src/claims/schema';
import { createMatcher, rankClaims } from '../src/engine/match';
import { countOption, option } from './lib/args';
import { readCheckThat } from './lib/checkthat-pack';
import { median, quantile } from './lib/metrics';

/** Pack sizes measured, in CheckThat! claims added to the bundled pack. */
const SIZES = [100, 1_000, 10_000] as const;
/** Dev tweets timed next to the bundled pack's own example sentences. */
const TWEETS = 100;

function bundledPack(path: string): Pack {
  const result = loadPack(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.pack;
}

function main(argv: string[]): void {
  const dir = option(argv, 'data', '../shared/benchmarks/checkthat2020-task2');
  const runs = countOption(argv, 'runs', 5);
  const landmine = bundledPack(option(argv, 'pack', 'assets/claims/landmine-treaty.json'));
  const checkthat = readCheckThat(dir, 'dev');
  const sentences = [
    ...landmine.claims.flatMap((claim) =>
      [...claim.examples.match, ...claim.examples.nearMiss].map((example) => example.text),
    ),
    ...checkthat.queries.slice(0, TWEETS).map((query) => query.text),
  ];

  const packs: Array<[string, Pick<Pack, 'claims'>]> = [
    [`bundled only (${landmine.claims.length})`, landmine],
    ...SIZES.map((n): [string, Pick<Pack, 'claims'>] => [
      `${n} + bundled`,
      { claims: [...checkthat.pack.claims.slice(0, n), ...landmine.claims] },
    ]),
  ];
  console.log(
    `medians of ${runs} runs; ${sentences.length} sentences per run ` +
      `(${sentences.length - Math.min(TWEETS, checkthat.queries.length)} pack examples, dev tweets)\n`,
  );
  const header = ['pack (claims)', 'build ms', 'match ms med', 'match ms p95', 'first match ms'];
  console.log(header.join('  '));
  const perSentence = new Map<string, number>();
  for (const [name, pack] of packs) {
    const builds: number[] = [];
    const medians: number[] = [];
    const p95s: number[] = [];
    const firsts: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      const matcher = createMatcher(pack);
      builds.push(performance.now() - start);
      const times: number[] = [];
      for (const sentence of sentences) {
        start = performance.now();
        rankClaims(matcher, sentence, 5);
        times.push(performance.now() - start);
      }
      firsts.push(times[0] ?? 0);
      medians.push(median(times));
      p95s.push(quantile(times, 0.95));
    }
    perSentence.set(name, median(medians));
    console.log(
      [
        name.padEnd(header[0]?.length ?? 0),
        median(builds).toFixed(1).padStart(8),
        median(medians).toFixed(3).padStart(12),
        median(p95s).toFixed(3).padStart(12),
        median(firsts).toFixed(2).padStart(14),
      ].join('  '),
    );
    if (name.startsWith('1000 ')) perSentence.set('1k', median(medians));
    if (name.startsWith('10000 ')) perSentence.set('10k', median(medians));
  }
  const growth = (perSentence.get('10k') ?? 0) / (perSentence.get('1k') ?? 1);
  console.log(
    `\nper-sentence growth 1k -> 10k claims: ${growth.toFixed(2)}x (linear would be 10x)`,
  );
}

main(process.argv.slice(2));
