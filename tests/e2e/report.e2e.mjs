// e2e (issue 5, moderators), registered with harness.mjs and run by run.mjs (`node tests/e2e/run.mjs
// report:` runs only these): the badge counts a seed page's notes, the popup lists them with conflicts
// first, copies Markdown and JSON reports, reveals a note in the page, and reports an unrelated page
// plainly with "Check this page anyway".
/* global chrome -- functions passed to worker.evaluate() run in the extension service worker */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, test } from './harness.mjs';
import {
  ARTEFACTS,
  ORIGIN,
  activeTabId,
  extensionUrl,
  waitForNotes,
  waitInWorker,
  worker,
} from './feature-helpers.mjs';

const SEED = '/guardian-seed-001/';

/** The popup's report for `tabId`, opened as a tab (`?tab=` names the tab to report on). */
async function openReport(env, tabId, colorScheme = 'light') {
  const popup = await env.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.goto(extensionUrl(env, `popup.html?tab=${tabId}`));
  await popup.bringToFront();
  await popup.locator('#report[aria-busy="false"]').waitFor();
  return popup;
}

/** What the clipboard holds, read the way a user would: pasting into a text field. */
async function pasteClipboard(page) {
  const field = await page.evaluateHandle(() => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    return area;
  });
  await page.keyboard.press('Control+V');
  const text = await field.evaluate((area) => area.value);
  await field.evaluate((area) => area.remove());
  return text;
}

function markerCounts(page) {
  return page.evaluate(() => {
    const markers = [...document.querySelectorAll('crosscheck-marker')];
    return {
      count: markers.length,
      conflicts: markers.filter((m) => m.dataset.verdict === 'conflicting').length,
    };
  });
}

async function openSeed(env) {
  const { page } = await openPage(env, SEED);
  const tabId = await activeTabId(env);
  await waitForNotes(page);
  return { page, tabId };
}

test('report: the badge shows the number of notes, with "!" when any conflicts', async (env) => {
  const { page, tabId } = await openSeed(env);
  const { count, conflicts } = await markerCounts(page);
  const expected = `${count}${conflicts ? '!' : ''}`;
  const text = await waitInWorker(
    env,
    async ([id, want]) =>
      (await chrome.action.getBadgeText({ tabId: id })) === want ? want : null,
    [tabId, expected],
  );
  assert.equal(text, expected);
  const colour = await waitInWorker(
    env,
    (id) => chrome.action.getBadgeBackgroundColor({ tabId: id }),
    tabId,
  );
  assert.deepEqual(colour.slice(0, 3), conflicts ? [179, 38, 30] : [47, 79, 127]);
  await page.close();
});

test('report: the popup lists every noted sentence, conflicts first, with verdicts and sources', async (env) => {
  const { page, tabId } = await openSeed(env);
  const { count, conflicts } = await markerCounts(page);
  mkdirSync(ARTEFACTS, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    const popup = await openReport(env, tabId, scheme);
    const verdicts = await popup
      .locator('.notes > li')
      .evaluateAll((items) => items.map((li) => li.dataset.verdict));
    assert.equal(verdicts.length, count);
    assert.deepEqual(verdicts.slice(0, conflicts), Array(conflicts).fill('conflicting'));
    assert.match(await popup.locator('.topic').innerText(), /about the Mine Ban Treaty/);
    assert.ok((await popup.locator('.notes a[href^="http"]').count()) > 0, 'sources are links');
    await popup.setViewportSize({ width: 480, height: 800 });
    await popup.screenshot({ path: join(ARTEFACTS, `popup-report-${scheme}.png`) });
    await popup.close();
  }
  await page.close();
});

test('report: "Copy report" copies Markdown; "Copy conflicts only" the disputed part; "Copy as JSON" the same data', async (env) => {
  const { page, tabId } = await openSeed(env);
  const popup = await openReport(env, tabId);
  const { count, conflicts } = await markerCounts(page);
  await popup.click('#copy-markdown');
  await popup.locator('#status', { hasText: 'Report copied' }).waitFor();
  const markdown = await pasteClipboard(popup);
  const [counts] = markdown.split('\n');
  assert.match(counts, /^(\d+) conflicting, (\d+) mixed, (\d+) corroborated$/);
  const total = counts.match(/\d+/g).reduce((sum, n) => sum + Number(n), 0);
  assert.equal(total, count, 'the first line counts every note');
  assert.ok(counts.startsWith(`${conflicts} conflicting`), counts);
  assert.ok(markdown.includes(`- URL: <${ORIGIN}${SEED}>`), 'the page URL');
  assert.match(markdown, /- Published: 2025-07-07/);
  assert.match(markdown, /- Checked: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  assert.match(markdown, /- Claims pack: landmine-treaty \d+\.\d+\.\d+/);
  assert.match(markdown, /### 1\. ✗ Conflicting: “/);
  assert.match(markdown, / — \[[^\]]+\]\(https?:\/\/[^)]+\), \d{4}/, 'sources are Markdown links');
  assert.doesNotMatch(markdown, /\w\\-\w/, 'no escaped hyphens inside words');
  assert.match(markdown.trimEnd().split('\n').at(-1), /^Detection: /);
  await popup.click('#copy-conflicts');
  await popup.locator('#status', { hasText: 'Conflicts copied' }).waitFor();
  const disputed = await pasteClipboard(popup);
  assert.equal(disputed.split('\n')[0], counts, 'the first line still counts every note');
  assert.doesNotMatch(disputed, /✓ Corroborated/);
  await popup.click('#copy-json');
  await popup.locator('#status', { hasText: 'JSON copied' }).waitFor();
  const json = JSON.parse(await pasteClipboard(popup));
  assert.equal(json.format, 'crosscheck-report');
  assert.equal(json.url, `${ORIGIN}${SEED}`);
  assert.equal(json.published, '2025-07-07');
  assert.equal(json.notes.length, count);
  assert.equal(json.notes[0].verdict, 'conflicting');
  await popup.close();
  await page.close();
});

test('report: clicking a sentence in the popup scrolls the page to it and opens its note', async (env) => {
  const { page, tabId } = await openSeed(env);
  const popup = await openReport(env, tabId);
  const last = popup.locator('.notes > li').last();
  const claim = await last.getAttribute('data-claim');
  await last.locator('button.sentence').click();
  await page.waitForFunction(
    () => document.querySelector('crosscheck-note')?.shadowRoot?.querySelector('[role="dialog"]'),
    undefined,
    { timeout: 5000 },
  );
  const inView = await page.evaluate((id) => {
    const box = document
      .querySelector(`crosscheck-marker[data-claim="${id}"]`)
      ?.getBoundingClientRect();
    return Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight);
  }, claim);
  assert.ok(inView, 'the marker of the clicked note is in view');
  if (!popup.isClosed()) await popup.close();
  await page.close();
});

test('report: an unrelated page is reported plainly and offers "Check this page anyway"', async (env) => {
  const { page } = await openPage(env, '/spa/cycling');
  const tabId = await activeTabId(env);
  await page.waitForTimeout(800);
  const ask = () =>
    worker(env).evaluate(
      (id) =>
        chrome.tabs
          .sendMessage(id, { type: 'popup→content:get-report', payload: {} }, { frameId: 0 })
          .then(
            () => 'answered',
            () => 'not listening',
          ),
      tabId,
    );
  // Cheap on pages without notes: the content script binds no extension API until it is needed.
  assert.equal(await ask(), 'not listening', 'no message listener before the popup asks');
  const popup = await openReport(env, tabId);
  assert.match(
    await popup.locator('#report').innerText(),
    /not detected as an article about the Mine Ban Treaty/,
  );
  assert.equal(await popup.getByRole('button', { name: 'Check this page anyway' }).count(), 1);
  assert.equal(await ask(), 'answered', 'the popup woke the content script');
  await popup.close();
  await page.close();
});
