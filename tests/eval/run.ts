// `npm run eval`: prints the engine's scores on tests/eval/sentences.json (pack-author sentences), per verdict class and
// overall, the confusion table, and a threshold sweep used to choose NOTE_MIN_SCORE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE_MIN_SCORE } from '../../src/engine/annotate';
import { bundledPack, ROOT } from '../helpers/fixtures';
import { printArticleReport } from './run-articles';
import { scoreProbes } from './probes';
import {
  confusion,
  perClass,
  runEval,
  scoreRows,
  type LabelledSentence,
  type Outcome,
} from './evaluate';

const sentences = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'eval', 'sentences.json'), 'utf8'),
) as LabelledSentence[];
const pack = bundledPack();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

const rows = runEval(pack, sentences);
const overall = scoreRows(rows);
console.log(
  `Crosscheck eval: ${sentences.length} sentences, pack ${pack.id} ${pack.version} (${pack.claims.length} claims), threshold ${NOTE_MIN_SCORE}\n`,
);
console.log('class          labelled  shown  precision  recall');
for (const c of perClass(rows))
  console.log(
    `${c.label.padEnd(14)} ${String(c.labelled).padStart(8)} ${String(c.predicted).padStart(6)}  ${pct(c.precision)}  ${pct(c.recall)}`,
  );
console.log(
  `${'overall'.padEnd(14)} ${String(overall.labelled).padStart(8)} ${String(overall.shown).padStart(6)}  ${pct(overall.precision)}  ${pct(overall.recall)}`,
);
console.log(
  `\nverdict accuracy (on notes with the right claim): ${pct(overall.verdictAccuracy).trim()}\n`,
);

const outcomes: Outcome[] = ['corroborated', 'conflicting', 'mixed', 'none', 'wrong-claim'];
console.log(
  `confusion (rows: expected, columns: got)\n${''.padEnd(14)}${outcomes.map((o) => o.padStart(13)).join('')}`,
);
for (const [expected, line] of confusion(rows))
  console.log(
    `${expected.padEnd(14)}${outcomes.map((o) => String(line.get(o) ?? 0).padStart(13)).join('')}`,
  );

console.log('\nby style        n   shown  right-claim');
const styles = [...new Set(sentences.map((s) => s.style))].sort();
for (const style of styles) {
  const subset = rows.filter((row) => row.sentence.style === style);
  const scores = scoreRows(subset);
  console.log(
    `${style.padEnd(14)} ${String(subset.length).padStart(3)} ${String(scores.shown).padStart(7)} ${String(scores.correctClaim).padStart(12)}`,
  );
}

console.log('\nthreshold sweep  precision  recall  verdict-acc');
for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  const s = scoreRows(runEval(pack, sentences, threshold));
  console.log(
    `${threshold.toFixed(2).padStart(9)}        ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.verdictAccuracy)}`,
  );
}

const wrong = rows.filter((row) => row.claim !== null && row.claim !== row.sentence.claim);
if (process.argv.includes('--errors')) {
  console.log('\nwrong notes:');
  for (const row of wrong)
    console.log(
      `  [${row.score}] got ${row.claim}, want ${row.sentence.claim}: ${row.sentence.text}`,
    );
  console.log('\nmissed:');
  for (const row of rows.filter((r) => r.sentence.claim !== null && r.claim === null))
    console.log(`  want ${row.sentence.claim}: ${row.sentence.text}`);
  console.log('\nwrong verdicts:');
  for (const row of rows.filter(
    (r) => r.claim !== null && r.claim === r.sentence.claim && r.verdict !== r.sentence.verdict,
  ))
    console.log(
      `  got ${row.verdict}, want ${row.sentence.verdict} (${row.claim}): ${row.sentence.text}`,
    );
}

printArticleReport(process.argv.includes('--errors'));

// SYNTHETIC probes: written for the project, so their errors may all be studied.
const probes = scoreProbes(pack);
console.log(
  `\nsynthetic probes (tests/eval/synthetic-probes.json): ${probes.correct} correct, ${probes.unrelated} unrelated, ${probes.wrong} wrong`,
);
console.log(
  `  correct or unrelated called conflicting  ${probes.falseConflicts.length}\n  wrong flagged conflicting               ${probes.wrongFlagged}\n  wrong called corroborated               ${probes.wrongCorroborated.length}`,
);
if (process.argv.includes('--errors'))
  for (const probe of [...probes.falseConflicts, ...probes.wrongCorroborated])
    console.log(`  [${probe.expect} ${probe.date}] ${probe.text}`);
