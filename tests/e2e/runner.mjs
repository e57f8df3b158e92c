// The e2e suites' tiny sequential test runner, shared by the Chromium suite (run.mjs) and the Firefox
// suite (firefox.mjs): one line per test and a closing plain `N passed, N failed` line that
// tests/run-all.mjs adds up.

const tests = [];

/** Registers a test; tests run in order, each with the shared environment. */
export function test(name, fn) {
  tests.push({ name, fn });
}

export class AssertionError extends Error {}

export function expect(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/** Rejects after `ms`, so that one hung browser call fails its test instead of the whole run. */
function deadline(ms) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test timed out after ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Runs every registered test whose name contains `filter`, prints one line each and returns the
 * counts. With `timeoutMs`, a test that takes longer fails (and the next one starts).
 */
export async function runTests(env, filter, { timeoutMs } = {}) {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of tests) {
    if (filter && !name.includes(filter)) continue;
    const started = performance.now();
    const limit = timeoutMs ? deadline(timeoutMs) : null;
    try {
      await (limit ? Promise.race([fn(env), limit.promise]) : fn(env));
      passed += 1;
      console.log(`ok    ${name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failed += 1;
      console.log(
        `FAIL  ${name}\n      ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 4)
          .join('\n      ')}`,
      );
    } finally {
      limit?.cancel();
    }
  }
  return { passed, failed };
}
