// `npm test`: unit tests, the Chrome build and the e2e suite in real Chromium, then the Firefox build
// and the e2e suite in real Firefox; stops at the first failure and prints one plain
// "N passed, N failed" line at the end because CI does not read Vitest's own summary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

function countsFrom(jsonPath) {
  if (!existsSync(jsonPath)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0),
  };
}

const total = { passed: 0, failed: 0 };
function add(counts) {
  total.passed += counts.passed;
  total.failed += counts.failed;
}

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
add(countsFrom('test-results/unit.json'));
if (unitStatus !== 0 && total.failed === 0) total.failed += 1;

/** The e2e suites drive Debian's browsers; on a fresh machine (as root) install a missing one first. */
function ensureDebianPackage(executable, name) {
  if (existsSync(executable)) return true;
  if (process.getuid?.() !== 0) {
    console.error(`e2e: ${executable} is missing; install it with: apt-get install -y ${name}`);
    return false;
  }
  return run('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${name} >/dev/null`]) === 0;
}

/** Runs an e2e suite and reads its closing "N passed, N failed" line (it also streams its output). */
function runE2e(script) {
  const result = spawnSync('node', [script], { encoding: 'utf8', shell: false });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  const lines = (result.stdout ?? '').trim().split('\n');
  const summary = /^(\d+) passed, (\d+) failed$/.exec(lines[lines.length - 1] ?? '');
  const counts = summary
    ? { passed: Number(summary[1]), failed: Number(summary[2]) }
    : { passed: 0, failed: 1 };
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Builds for one browser, makes sure the browser is there, and runs that browser's suite. */
function buildAndRunE2e({ buildArgs, executable, debianPackage, script }) {
  if (total.failed > 0) {
    console.log(`${script} not run: an earlier step failed`);
    return;
  }
  if (run('npx', ['wxt', 'build', ...buildArgs]) !== 0) total.failed += 1;
  else if (!ensureDebianPackage(executable, debianPackage)) total.failed += 1;
  else add(runE2e(script));
}

buildAndRunE2e({
  buildArgs: [],
  executable: '/usr/bin/chromium',
  debianPackage: 'chromium',
  script: 'tests/e2e/run.mjs',
});
buildAndRunE2e({
  buildArgs: ['-b', 'firefox'],
  executable: '/usr/bin/firefox-esr',
  debianPackage: 'firefox-esr',
  script: 'tests/e2e/firefox.mjs',
});

console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed === 0 ? 0 : 1;
