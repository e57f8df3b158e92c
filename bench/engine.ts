// `npm run bench:engine`: how long the engine takes per article (index build once, then detect +
// segment + match + compare per article), as medians over several runs, next to a plain baseline
// of reading the text once, so machine noise shows up in both.
import { performance } from 'node:perf_hooks';
import { annotate, createAnnotator } from '../src/engine';
import { extractArticle } from '../src/cli/extract-article';
import { detectTopic } from '../src/engine/detect';
import { bundledPack, seeds, unrelatedPages } from '../tests/helpers/fixtures';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const pack = bundledPack();
const buildTimes = Array.from({ length: RUNS }, () => time(() => createAnnotator(pack)));
// What a page builds: an English page indexes no translations, a Ukrainian one only Ukrainian.
const englishBuildTimes = Array.from({ length: RUNS }, () =>
  time(() => createAnnotator(pack, 'English text')),
);
const ukrainianBuildTimes = Array.from({ length: RUNS }, () =>
  time(() => createAnnotator(pack, 'Україна')),
);
// The seeds are English pages: the annotator an English page builds.
const annotator = createAnnotator(pack, 'English text');

console.log(`engine bench: pack ${pack.claims.length} claims, ${RUNS} runs, medians in ms\n`);
console.log(`index build (once per pack)      ${median(buildTimes).toFixed(2)}`);
console.log(`  for an English page            ${median(englishBuildTimes).toFixed(2)}`);
console.log(`  for a Ukrainian page           ${median(ukrainianBuildTimes).toFixed(2)}`);
console.log('\nseed article                     chars  notes  annotate  read-once  ratio');
const perArticle: number[] = [];
for (const [name, text] of seeds()) {
  annotate({ text }, annotator); // warm-up
  const runs = Array.from({ length: RUNS }, () => time(() => annotate({ text }, annotator)));
  const baseline = Array.from({ length: RUNS }, () =>
    time(() => text.toLowerCase().split(/\s+/).length),
  );
  const notes = annotate({ text }, annotator).notes.length;
  perArticle.push(median(runs));
  console.log(
    `${name.padEnd(32)} ${String(text.length).padStart(6)} ${String(notes).padStart(6)} ${median(runs).toFixed(2).padStart(9)} ${median(baseline).toFixed(3).padStart(10)} ${(median(runs) / median(baseline)).toFixed(0).padStart(6)}×`,
  );
}
console.log(`\nmedian per seed article: ${median(perArticle).toFixed(2)} ms`);

const pages = unrelatedPages().map(([name, html]) => [name, extractArticle(html).text] as const);
const detectTimes = pages.map(([, text]) =>
  median(Array.from({ length: RUNS }, () => time(() => detectTopic(text, pack.topic)))),
);
console.log(
  `topic check on the 20 unrelated pages: median ${median(detectTimes).toFixed(3)} ms, max ${Math.max(...detectTimes).toFixed(3)} ms`,
);
