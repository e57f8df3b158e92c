// `npm run format:claims [FILE…]`: rewrites packs in canonical form; `--check` only reports drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstDifference, formatPack } from '../claims/format';
import { formatProblem, loadPack } from '../claims/loader';

const BUNDLED = fileURLToPath(new URL('../../assets/claims/landmine-treaty.json', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const files = args.filter((arg) => arg !== '--check');

let failed = false;
for (const file of files.length ? files : [BUNDLED]) {
  const text = readFileSync(file, 'utf8');
  const result = loadPack(text);
  if (!result.ok) {
    failed = true;
    for (const problem of result.problems) console.error(`${file}: ${formatProblem(problem)}`);
    continue;
  }
  const canonical = formatPack(result.pack);
  const diff = firstDifference(text, canonical);
  if (!diff) continue;
  if (check) {
    failed = true;
    console.error(
      `${file}:${diff.line}:${diff.column}: not in canonical form (run npm run format:claims)`,
    );
  } else {
    writeFileSync(file, canonical);
    console.log(`formatted ${file}`);
  }
}
process.exitCode = failed ? 1 : 0;
