// `npm run annotate -- FILE`: argv -> article text -> engine -> stdout. Errors are one line on stderr.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAnnotate } from './annotate-command';

const BUNDLED_PACK = fileURLToPath(
  new URL('../../assets/claims/landmine-treaty.json', import.meta.url),
);

function readStdin(): string {
  return readFileSync(0, 'utf8');
}

const result = runAnnotate(process.argv.slice(2), {
  readFile: (path) => (path === '-' ? readStdin() : readFileSync(path, 'utf8')),
  bundledPackPath: BUNDLED_PACK,
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(`${result.stderr}\n`);
process.exitCode = result.exitCode;
