// `npm run screenshots`: refreshes the README's screenshots in docs/. The e2e suite only ever writes
// to test-results/ (so `npm test` leaves the tree clean); this runs the whole suite, because the
// collection shot needs the items earlier tests save, and copies three of its shots into docs/
// only if every test passed and each shot was written by this run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './served-site.mjs';

const RESULTS = join(ROOT, 'test-results');
const DOCS = join(ROOT, 'docs');
/** test-results/ name -> docs/ name, as the README embeds them. */
const SHOTS = {
  'note-light.png': 'screenshot-note.png',
  'popup-report-light.png': 'screenshot-popup.png',
  'collection-light.png': 'screenshot-collection.png',
};

// Left over from an earlier run, a shot would be copied even if this run skipped its test.
for (const name of Object.keys(SHOTS)) rmSync(join(RESULTS, name), { force: true });

const suite = spawnSync('node', [join(ROOT, 'tests', 'e2e', 'run.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (suite.status !== 0) {
  console.error('screenshots: the e2e suite failed; docs/ left unchanged');
  process.exit(1);
}

mkdirSync(DOCS, { recursive: true });
for (const [from, to] of Object.entries(SHOTS)) {
  copyFileSync(join(RESULTS, from), join(DOCS, to));
  console.log(`docs/${to} <- test-results/${from}`);
}
