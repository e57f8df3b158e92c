// e2e (issue 5, researchers), registered with harness.mjs (`node tests/e2e/run.mjs collection:`): save
// a sentence from a note and a selection, list them on the collection page, export JSON / CSV / Web
// Annotations, import (good and malformed), and reopen an item's page at its sentence.
/* global chrome -- functions passed to worker.evaluate() run in the extension service worker */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, test } from './harness.mjs';
import {
  ARTEFACTS,
  ORIGIN,
  activeTabId,
  extensionUrl,
  storedItems,
  waitForNotes,
  waitInWorker,
  worker,
} from './feature-helpers.mjs';

const SEED = '/guardian-seed-001/';

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function openCollection(env, colorScheme = 'light') {
  const page = await env.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(extensionUrl(env, 'collection.html'));
  await page.locator('#items-heading:not(:has-text("Loading"))').waitFor();
  return page;
}

function waitForItemCount(env, count) {
  return waitInWorker(
    env,
    async (n) => {
      const items = (await chrome.storage.local.get('collection')).collection?.items ?? [];
      return items.length >= n ? items : null;
    },
    count,
  );
}

test('collection: "Save to collection" in a note stores the sentence, claim and selectors', async (env) => {
  await worker(env).evaluate(() => chrome.storage.local.remove('collection'));
  const { page } = await openPage(env, SEED);
  await waitForNotes(page);
  const marker = page.locator('crosscheck-marker[data-verdict="conflicting"]').first();
  const claim = await marker.getAttribute('data-claim');
  await marker.locator('button').click();
  await page.getByRole('button', { name: 'Save to collection' }).click();
  const [item] = await waitForItemCount(env, 1);
  assert.equal(item.claim.id, claim);
  assert.equal(item.claim.verdict, 'conflicting');
  assert.ok(item.claim.conflicting.length > 0, 'the sources are kept');
  assert.equal(item.page.url, `${ORIGIN}${SEED}`);
  assert.equal(item.target.quote.exact, item.sentence);
  assert.ok(item.target.quote.prefix && item.target.quote.suffix, 'prefix and suffix are kept');
  assert.ok(item.context.includes(item.sentence) && item.context.length > item.sentence.length);
  await page.close();
});

test('collection: saving a selection (the context-menu path) stores it', async (env) => {
  const { page } = await openPage(env, SEED);
  const tabId = await activeTabId(env);
  await waitForNotes(page);
  const selected = await page.evaluate(() => {
    // Guardian layout (guardian-seed-001): the article body is .content__article-body.
    const paragraph = document.querySelectorAll('.content__article-body p')[1];
    getSelection().selectAllChildren(paragraph);
    return getSelection().toString().replace(/\s+/g, ' ').trim();
  });
  // Headless Chromium has no clickable context menu: send what the menu click sends.
  const outcome = await worker(env).evaluate(
    ([id, text]) =>
      chrome.tabs.sendMessage(
        id,
        { type: 'background→content:save-selection', payload: { text } },
        { frameId: 0 },
      ),
    [tabId, selected],
  );
  assert.equal(outcome.selected, true);
  const items = await waitForItemCount(env, 2);
  assert.equal(items[1].sentence, selected);
  await page.close();
});

test('collection: the page lists saved items, filters them, and exports JSON, CSV, Web Annotation', async (env) => {
  const page = await openCollection(env);
  assert.match(await page.locator('#items-heading').innerText(), /^2 saved items/);
  await page.selectOption('#verdict', 'conflicting');
  await page.locator('#items-heading', { hasText: '1 of 2' }).waitFor();
  await page.click('button[type="reset"]');
  // The claim filter names claims by statement; the value stays the id.
  const [claimOption] = await page
    .locator('#claim option:not([value=""])')
    .evaluateAll((options) => options.map((o) => ({ value: o.value, label: o.textContent })));
  assert.ok(claimOption && claimOption.label !== claimOption.value, 'a statement, not an id');
  assert.match(claimOption.label, /\s/, 'a statement is words');
  // A saved note shows its sources: publisher link, date, stance.
  const source = page.locator('#items > li[data-verdict="conflicting"] .sources > li').first();
  assert.match(await source.innerText(), /, \d{4}(-\d\d){0,2} — (agrees|disagrees|denies)/);
  assert.match((await source.locator('a').getAttribute('href')) ?? '', /^https:\/\//);
  await page.locator('#items-heading', { hasText: /^2 saved items/ }).waitFor();
  const items = await storedItems(env);
  const json = await download(page, '#export-json');
  assert.match(json.name, /^crosscheck-collection-.*\.json$/);
  const exported = JSON.parse(json.text);
  assert.equal(exported.format, 'crosscheck-collection');
  assert.equal(exported.schemaVersion, 2);
  assert.deepEqual(exported.items.map((i) => i.id).sort(), items.map((i) => i.id).sort());
  const csv = await download(page, '#export-csv');
  assert.ok(csv.text.startsWith('\uFEFF"id","saved_at"'));
  assert.equal(csv.text.match(/^"[0-9a-f-]{36}",/gm)?.length, items.length);
  assert.ok(csv.text.includes('"source_stances","source_primary"'), 'stance and kind columns');
  const anno = JSON.parse((await download(page, '#export-annotations')).text);
  assert.equal(anno['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(anno.type, 'AnnotationCollection');
  assert.equal(anno.first.items.length, items.length);
  for (const annotation of anno.first.items)
    assert.deepEqual(
      annotation.target.selector.map((selector) => selector.type),
      ['TextQuoteSelector'],
      'no TextPositionSelector: saved offsets are not document offsets',
    );
  await page.close();
});

test('collection: import merges an export without duplicates; a malformed file changes nothing', async (env) => {
  const page = await openCollection(env);
  const exported = JSON.parse((await download(page, '#export-json')).text);
  const extra = structuredClone(exported.items[0]);
  extra.id = '00000000-0000-4000-8000-00000000abcd';
  extra.target.quote.prefix = 'a different place: ';
  extra.tags = ['imported'];
  exported.items.push(extra);
  await page.setInputFiles('#import-file', {
    name: 'more.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await page
    .locator('#status', { hasText: '1 new, 0 merged into existing items, 2 already present' })
    .waitFor();
  assert.equal((await storedItems(env)).length, 3);
  await page.locator('#items-heading', { hasText: /^3 saved items/ }).waitFor();
  const before = await storedItems(env);
  await page.setInputFiles('#import-file', {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"crosscheck-collection","schemaVersion":2,"items":[{"id":1}]}'),
  });
  await page.locator('#alert', { hasText: 'broken.json was not imported' }).waitFor();
  assert.match(
    await page.locator('#alert li').first().innerText(),
    /^items\[0\]\.id: expected string/,
  );
  assert.deepEqual(await storedItems(env), before);
  mkdirSync(ARTEFACTS, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    const shot = await openCollection(env, scheme);
    await shot.screenshot({ path: join(ARTEFACTS, `collection-${scheme}.png`) });
    await shot.close();
  }
  await page.close();
});

test('collection: "Open at sentence" opens the page and finds the sentence again', async (env) => {
  const page = await openCollection(env);
  const item = page.locator('#items > li[data-verdict="conflicting"]').first();
  const sentence = await item.locator('blockquote').innerText();
  const [opened] = await Promise.all([
    env.context.waitForEvent('page'),
    item.getByRole('button', { name: 'Open at sentence' }).click(),
  ]);
  await page
    .locator('#status', { hasText: 'opened at the saved sentence' })
    .waitFor({ timeout: 20_000 });
  const selection = await opened.evaluate(() => getSelection().toString().replace(/\s+/g, ' '));
  assert.equal(selection.trim(), sentence.trim());
  await opened.close();
  await page.close();
});

test('collection: an item whose sentence is gone is reported plainly', async (env) => {
  const gone = {
    ...(await storedItems(env))[0],
    id: '00000000-0000-4000-8000-00000000dead',
    sentence: 'A sentence this page never had.',
  };
  gone.target = { ...gone.target, quote: { ...gone.target.quote, exact: gone.sentence } };
  await worker(env).evaluate(async (item) => {
    const stored = (await chrome.storage.local.get('collection')).collection;
    await chrome.storage.local.set({ collection: { ...stored, items: [...stored.items, item] } });
  }, gone);
  const page = await openCollection(env);
  const [opened] = await Promise.all([
    env.context.waitForEvent('page'),
    page
      .locator(`li[data-item="${gone.id}"]`)
      .getByRole('button', { name: 'Open at sentence' })
      .click(),
  ]);
  await page.locator('#alert', { hasText: 'no longer on it' }).waitFor({ timeout: 20_000 });
  await opened.close();
  await page.close();
});
