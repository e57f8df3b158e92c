// Prints the engine's scores on the real-article corpus, the `tune` and `check` halves side by side.
// Only the tune half's errors are listed (`--errors`): the check half is reported, never studied.
import { bundledPack } from '../helpers/fixtures';
import {
  corpusConfusion,
  evaluateCorpus,
  loadArticles,
  scoreCorpus,
  type Article,
  type ArticleResult,
  type CorpusScores,
} from './articles';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function row(name: string, pick: (s: CorpusScores) => string, halves: CorpusScores[]): string {
  return `${name.padEnd(40)}${halves.map((h) => pick(h).padStart(16)).join('')}`;
}

/** Prints the corpus report, per language, the two halves side by side. */
export function printArticleReport(showErrors: boolean): void {
  const pack = bundledPack();
  const all = loadArticles();
  const languages = [...new Set(all.map((a) => a.language))].sort();
  console.log(
    `\nReal-article corpus: ${all.length} articles (${languages.join(', ')}), ${new Set(all.map((a) => a.outlet)).size} outlets`,
  );
  for (const language of languages) {
    const articles = all.filter((a) => a.language === language);
    const halves = (['tune', 'check'] as const).map((split) => {
      const subset = articles.filter((a) => a.split === split);
      const results = evaluateCorpus(pack, subset);
      return { split, results, scores: scoreCorpus(results) };
    });
    const s = halves.map((h) => h.scores);
    console.log(
      `\n[${language}] ${articles.length} articles, ${new Set(articles.map((a) => a.outlet)).size} outlets`,
    );
    console.log(`${''.padEnd(40)}${halves.map((h) => h.split.padStart(16)).join('')}`);
    console.log(row('articles (detected)', (x) => `${x.articles} (${x.detected})`, s));
    console.log(row('labelled pack claims', (x) => String(x.labelledClaims), s));
    console.log(row('notes shown (claim parts)', (x) => String(x.shown), s));
    console.log(row('precision of shown notes', (x) => pct(x.precision), s));
    console.log(row('  right claim, any verdict', (x) => pct(x.claimPrecision), s));
    console.log(row('recall of labelled claims', (x) => pct(x.recall), s));
    console.log(row('verdict accuracy (right claim)', (x) => pct(x.verdictAccuracy), s));
    console.log(row('correct sentences called conflicting', (x) => String(x.falseConflicting), s));
    console.log(row('wrong-as-published sentences', (x) => String(x.wrongSentences), s));
    console.log(
      row(
        '  flagged conflicting',
        (x) => `${x.wrongFlagged} (${pct(x.wrongFlagged / (x.wrongSentences || 1))})`,
        s,
      ),
    );
    console.log(
      row(
        '  called corroborated',
        (x) => `${x.wrongCorroborated} (${pct(x.wrongCorroborated / (x.wrongSentences || 1))})`,
        s,
      ),
    );
    for (const half of halves) printConfusion(half.split, half.results);
    printSweep(
      pack,
      articles.filter((a) => a.split === 'tune'),
    );
    if (showErrors) printErrors(halves[0]!.results);
  }
}

/** Note thresholds on the tune half only: thresholds are chosen there, never on the check half. */
const SWEEP = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

function printSweep(pack: ReturnType<typeof bundledPack>, tune: Article[]): void {
  console.log('\nthreshold sweep, tune half only   precision   recall   false conflicting');
  for (const minScore of SWEEP) {
    const s = scoreCorpus(evaluateCorpus(pack, tune, minScore));
    console.log(
      `  ${minScore.toFixed(2).padEnd(31)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(9)}${String(s.falseConflicting).padStart(20)}`,
    );
  }
}

function printConfusion(split: string, results: ArticleResult[]): void {
  const columns = ['corroborated', 'conflicting', 'mixed', 'none', 'wrong-claim'];
  console.log(`\nconfusion, ${split} half (rows: expected, columns: got)`);
  console.log(`${''.padEnd(14)}${columns.map((c) => c.padStart(13)).join('')}`);
  for (const [expected, line] of corpusConfusion(results))
    console.log(
      `${expected.padEnd(14)}${columns.map((c) => String(line.get(c) ?? 0).padStart(13)).join('')}`,
    );
}

function printErrors(results: ArticleResult[]): void {
  console.log('\ntune half: wrong notes');
  for (const r of results)
    for (const s of r.shown.filter((x) => x.outcome !== 'right'))
      console.log(
        `  [${r.article.file}] ${s.outcome}: ${s.part.claim} ${s.part.verdict} (want ${s.label?.claims.map((c) => `${c.claim} ${c.verdict}`).join(' + ') ?? 'none'}): ${s.note.sentence}`,
      );
  console.log('\ntune half: missed claims');
  for (const r of results)
    for (const e of r.expected.filter((x) => x.got === null))
      console.log(`  [${r.article.file}] want ${e.claim} ${e.want}: ${e.label.sentence}`);
  console.log('\ntune half: wrong sentences not flagged');
  for (const r of results)
    for (const w of r.wrongSentences.filter((x) => !x.verdicts.includes('conflicting')))
      console.log(
        `  [${r.article.file}] got ${w.verdicts.join(',') || 'none'}: ${w.label.sentence} — ${w.label.why}`,
      );
}
