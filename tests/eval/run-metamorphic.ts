// `npm run eval:metamorphic`: pass rate per kind of SYNTHETIC pack-example rewrite; `--errors` lists each failing variant.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledPack } from '../helpers/fixtures';
import { generateCases, runCases, type Family, type KindRate } from './metamorphic';
import { generateCyrillicCases, runCyrillicCases } from './metamorphic-cyrillic';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function line(family: string, kind: string, total: number, passed: number, originals: number) {
  return `${family.padEnd(12)} ${kind.padEnd(20)} ${String(total).padStart(6)} ${String(passed).padStart(7)} ${pct(total ? passed / total : 0).padStart(7)} ${String(originals).padStart(16)}`;
}

function totalLine(family: string, rates: KindRate[]): string {
  const sum = (pick: (r: KindRate) => number) => rates.reduce((n, r) => n + pick(r), 0);
  return line(
    family,
    'total',
    sum((r) => r.total),
    sum((r) => r.passed),
    sum((r) => r.originalsRight),
  );
}

/**
 * Prints the rate per kind for both families and their totals; with `showErrors`, every failing
 * variant. Returns the rates for callers (the main eval, the unit test's floors).
 */
export function printMetamorphicReport(showErrors = false): KindRate[] {
  const pack = bundledPack();
  const cases = generateCases(pack);
  const rates = runCases(pack, cases);
  console.log(
    `\nMetamorphic eval: ${cases.length} SYNTHETIC variants of the match examples of pack ${pack.id} ${pack.version}`,
  );
  console.log(
    'wrong-value variants must come out conflicting; neutral rewrites must keep the example’s verdict.\n',
  );
  console.log(
    `${'family'.padEnd(12)} ${'kind'.padEnd(20)} ${'cases'.padStart(6)} ${'passed'.padStart(7)} ${'rate'.padStart(7)} ${'originals right'.padStart(16)}`,
  );
  const families: Family[] = ['wrong-value', 'neutral'];
  for (const family of families) {
    const subset = rates.filter((r) => r.family === family);
    for (const r of subset) console.log(line(family, r.kind, r.total, r.passed, r.originalsRight));
    console.log(totalLine(family, subset));
  }
  console.log(totalLine('all', rates));

  const cyrillicCases = generateCyrillicCases(pack);
  console.log(
    `\nUkrainian and Russian: ${cyrillicCases.length} SYNTHETIC variants of the pack's own uk/ru wording (year, count and day changed must conflict; attribution and numeric dates must stay corroborated)`,
  );
  for (const r of runCyrillicCases(pack, cyrillicCases))
    console.log(
      `${r.language.padEnd(12)} ${r.kind.padEnd(20)} ${String(r.total).padStart(6)} ${String(r.passed).padStart(7)} ${pct(r.total ? r.passed / r.total : 0).padStart(7)}`,
    );

  if (showErrors)
    for (const r of rates.filter((x) => x.failures.length)) {
      console.log(`\n${r.family} ${r.kind}: ${r.failures.length} failing`);
      for (const f of r.failures) {
        const got = f.got.verdict ?? (f.got.claim ? `a note for ${f.got.claim}` : 'no note');
        const original = f.originalRight ? '' : ' (the original fails too)';
        const dated = f.case.publishedDate ? ` (published ${f.case.publishedDate})` : '';
        console.log(
          `  [${f.case.claim}] want ${f.case.expected}, got ${got}${original}${dated}\n    ${f.case.text}`,
        );
      }
    }
  return rates;
}

// Run as a script, not when the main eval imports the report.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url))
  printMetamorphicReport(process.argv.includes('--errors'));
