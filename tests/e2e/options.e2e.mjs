// e2e (issue 5, packs), registered with harness.mjs (`node tests/e2e/run.mjs options:`): import a good
// pack and see it listed; a malformed pack shows its exact problems and changes nothing; the bundled
// pack can be disabled (remembered), not removed; an imported pack can be removed.
/* global chrome -- functions passed to worker.evaluate() run in the extension service worker */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { ROOT, extensionUrl, worker } from './feature-helpers.mjs';

const EXAMPLE_PACK = join(ROOT, 'tests', 'fixtures', 'packs', 'example.json');
const BUNDLED = JSON.parse(
  readFileSync(join(ROOT, 'assets', 'claims', 'landmine-treaty.json'), 'utf8'),
);

function storedPacks(env) {
  return worker(env).evaluate(async () => (await chrome.storage.local.get('packs')).packs ?? null);
}

async function openOptions(env) {
  const page = await env.context.newPage();
  await page.goto(extensionUrl(env, 'options.html'));
  await page.locator('#packs tbody tr').first().waitFor();
  return page;
}

test('options: the bundled pack is listed with id, version, review date, claim count; no Remove', async (env) => {
  const page = await openOptions(env);
  const row = page.locator(`tr[data-pack="${BUNDLED.id}"]`);
  const cells = await row.locator('th, td').allInnerTexts();
  assert.match(cells[0], new RegExp(BUNDLED.id));
  assert.deepEqual(cells.slice(1, 4), [
    BUNDLED.version,
    BUNDLED.reviewed,
    String(BUNDLED.claims.length),
  ]);
  assert.equal(await row.getByRole('checkbox').isChecked(), true);
  assert.equal(await row.getByRole('button', { name: /Remove/ }).count(), 0);
  await page.close();
});

test('options: a good pack file is imported and listed, enabled', async (env) => {
  const page = await openOptions(env);
  await page.setInputFiles('#pack-file', EXAMPLE_PACK);
  await page.locator('#status', { hasText: 'imported' }).waitFor();
  const row = page.locator('tr[data-pack="example"]');
  await row.waitFor();
  assert.equal(await row.getByRole('checkbox').isChecked(), true);
  await page.close();
});

test('options: a malformed pack is rejected with its exact problems and nothing changes', async (env) => {
  const page = await openOptions(env);
  const before = await storedPacks(env);
  const bad = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8'));
  bad.id = 'second';
  bad.reviewed = 'soon';
  await page.setInputFiles('#pack-file', {
    name: 'bad-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await page.locator('#alert', { hasText: 'bad-pack.json: The pack was not imported' }).waitFor();
  const problems = await page.locator('#alert li').allInnerTexts();
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^reviewed: expected .*, got "soon"$/);
  assert.equal(await page.locator('tr[data-pack="second"]').count(), 0);
  assert.deepEqual(await storedPacks(env), before);
  await page.close();
});

test('options: the bundled pack can be disabled (remembered), an imported pack removed', async (env) => {
  const page = await openOptions(env);
  const toggle = () => page.locator(`tr[data-pack="${BUNDLED.id}"]`).getByRole('checkbox');
  await toggle().uncheck();
  await page.locator('#status', { hasText: 'disabled' }).waitFor();
  await page.reload();
  await page.locator('#packs tbody tr').first().waitFor();
  assert.equal(await toggle().isChecked(), false);
  await page.getByRole('button', { name: /^Remove Synthetic test pack/ }).click();
  await page.locator('#status', { hasText: 'removed' }).waitFor();
  assert.equal(await page.locator('tr[data-pack="example"]').count(), 0);
  // Leave the suite as found: the bundled pack enabled for the tests that follow.
  await toggle().check();
  await page.locator('#status', { hasText: 'enabled' }).waitFor();
  await page.close();
});
