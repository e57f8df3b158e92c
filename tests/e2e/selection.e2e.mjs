// e2e (issue 5, moderators on undetected pages), registered with harness.mjs (`node tests/e2e/run.mjs
// selection:`): "Check this page anyway" and the "Check selection" menu on a real unrelated page
// (guardian-1.html) into which one real sentence from seed 003 is added. That sentence states a
// treaty fact without naming the treaty or mines, so the topic check rightly stays silent.
/* global chrome -- functions passed to worker.evaluate() run in the extension service worker */
import assert from 'node:assert/strict';
import { openPage, test } from './harness.mjs';
import { activeTabId, extensionUrl, worker } from './feature-helpers.mjs';

const PAGE = '/real/guardian-1.html';
/** Seed 003, verbatim; the pack records "160 signatory countries" as conflicting with 164. */
const SENTENCE = 'Ukraine was one of 160 signatory countries, but Russia never joined the pact.';
const CLAIM = 'treaty-states-parties-count';

/** Appends the sentence as a paragraph to the page's longest run of paragraphs (its body text). */
function addSentence(page) {
  return page.evaluate((sentence) => {
    const containers = [...document.querySelectorAll('p')].map((p) => p.parentElement);
    const counts = new Map();
    for (const c of containers) counts.set(c, (counts.get(c) ?? 0) + 1);
    const [body] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const paragraph = document.createElement('p');
    paragraph.id = 'added-sentence';
    paragraph.textContent = sentence;
    body.append(paragraph);
  }, SENTENCE);
}

/**
 * What the background does for a menu click (src/background/reach-content.ts), which a test cannot
 * make: wake the content script, which on a page without notes is not listening, then send.
 */
function sendToTab(env, tabId, type, payload) {
  return worker(env).evaluate(
    async ([id, message]) => {
      await chrome.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        func: async () => (await globalThis.crosscheckWake?.()) === true,
      });
      return chrome.tabs.sendMessage(id, message, { frameId: 0 });
    },
    [tabId, { type, payload }],
  );
}

test('selection: "Check this page anyway" annotates an undetected page and reports it', async (env) => {
  const { page } = await openPage(env, PAGE);
  await addSentence(page);
  const tabId = await activeTabId(env);
  // Longer than the stage-1 recheck debounce: the added paragraph does not make the page a treaty page.
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('crosscheck-marker').count(), 0, 'no notes before asking');
  const popup = await env.context.newPage();
  await popup.goto(extensionUrl(env, `popup.html?tab=${tabId}`));
  await popup.locator('#report[aria-busy="false"]').waitFor();
  await popup.getByRole('button', { name: 'Check this page anyway' }).click();
  await popup.locator('#report', { hasText: 'conflicting' }).waitFor({ timeout: 15_000 });
  const marker = page.locator(`crosscheck-marker[data-claim="${CLAIM}"]`);
  await marker.waitFor({ state: 'attached', timeout: 15_000 });
  assert.equal(await marker.getAttribute('data-verdict'), 'conflicting');
  // The marker sits right after the added sentence, inside its paragraph.
  assert.equal(await page.locator(`#added-sentence crosscheck-marker`).count(), 1);
  const report = await sendToTab(env, tabId, 'popup→content:get-report', {});
  assert.equal(report.forced, true);
  assert.equal(report.topic.relevant, false);
  assert.ok(
    report.packs.some((p) => p.id === 'landmine-treaty'),
    'the report names the pack',
  );
  assert.ok(report.notes.some((n) => n.claim === CLAIM && n.verdict === 'conflicting'));
  await popup.close();
  await page.close();
});

test('selection: "Check selection" shows a note beside a matching selection on any page', async (env) => {
  const { page } = await openPage(env, PAGE);
  await addSentence(page);
  const tabId = await activeTabId(env);
  await page.evaluate(() =>
    getSelection().selectAllChildren(document.getElementById('added-sentence')),
  );
  const outcome = await sendToTab(env, tabId, 'background→content:check-selection', {
    text: SENTENCE,
  });
  assert.deepEqual(outcome, { selected: true, claim: CLAIM });
  const marker = page.locator('#added-sentence crosscheck-marker');
  assert.equal(await marker.getAttribute('data-verdict'), 'conflicting');
  assert.equal(await marker.getAttribute('data-claim'), CLAIM);
  // The note opens beside it with its sources, like any other note.
  const note = page.locator('crosscheck-note [role="dialog"]');
  await note.waitFor();
  const noteText = await note.evaluate((el) => el.textContent);
  assert.match(noteText, /This sentence says .*; the (primary )?sources establish/, noteText);
  assert.match(noteText, /Primary sources|Reports that disagree with this sentence/, noteText);
  assert.match(noteText, /164/);
  // Only the selection was checked: the rest of the page stays unannotated.
  assert.equal(await page.locator('crosscheck-marker').count(), 1);
  await page.close();
});

test('selection: a selection that matches no claim gets a plain notice, and nothing else', async (env) => {
  const { page } = await openPage(env, PAGE);
  const tabId = await activeTabId(env);
  const text = await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent.length > 80);
    getSelection().selectAllChildren(paragraph);
    return getSelection().toString();
  });
  const outcome = await sendToTab(env, tabId, 'background→content:check-selection', { text });
  assert.deepEqual(outcome, { selected: true, claim: null });
  const notice = page.locator('crosscheck-notice');
  assert.equal(await notice.count(), 1);
  assert.match(await notice.locator('[role="status"]').innerText(), /no claim .* matches/);
  assert.equal(await page.locator('crosscheck-marker').count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await notice.count(), 0, 'Escape dismisses the notice');
  await page.close();
});
