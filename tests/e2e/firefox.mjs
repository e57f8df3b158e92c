// End-to-end suite in real Firefox (Debian's firefox-esr) with the Firefox build installed as a
// temporary add-on (`npm run build:firefox` first), driven by puppeteer-core over WebDriver BiDi on
// the Chromium suite's pages served from 127.0.0.1: seeds get the engine's verdicts, a note works
// by keyboard, unrelated real pages stay silent, the popup reports the tab, and nothing leaves the
// machine. `node tests/e2e/firefox.mjs [filter]`
/* global browser -- functions passed to popup.evaluate() run in the extension's popup page */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FIREFOX,
  FIREFOX_DIST,
  launchFirefox,
  navigateExtensionPage,
  openExtensionPage,
  openPage,
  waitFor,
} from './firefox-harness.mjs';
import { confinePages, isUnconfined, startLocalSite } from './local-site.mjs';
import { offMachineRequests } from './network-audit.mjs';
import {
  checkNotes,
  engineNotes,
  expectedOnPage,
  highlightCount,
  ourHosts,
  readMarkers,
} from './page-checks.mjs';
import { expect, runTests, test } from './runner.mjs';
import { buildSite, REAL_PAGES, ROOT, SEED_PAGES } from './served-site.mjs';

const RESULTS = join(ROOT, 'test-results');
/** As in the Chromium suite: long enough for document_idle, both checks and a debounce. */
const SETTLE_MS = 1500;
/** Real pages settle this many together: 20 one by one would take 20 settles. */
const BATCH_SIZE = 5;
/**
 * The treaty page that names no other host and runs no script, so it is served without a CSP
 * (local-site.mjs) and any request made in its tab would show. The keyboard and popup tests use
 * it, and it opens beside each batch of real pages: its notes show the extension was running.
 */
const PLAIN_SLUG = 'plain-seed-003';
const PLAIN_PAGE = `/${PLAIN_SLUG}/`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for at least `count` markers, then until their number stops changing; returns it. */
async function waitForNotes(page, count = 1) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('crosscheck-marker').length >= n,
    { timeout: 15_000 },
    count,
  );
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => document.querySelectorAll('crosscheck-marker').length);
    if (now === last) return now;
    last = now;
    await sleep(300);
  }
}

/** The open note's dialog, read through its open shadow root; null when no note is open. */
function openNoteState(page) {
  return page.evaluate(() => {
    const host = document.querySelector('crosscheck-note');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const rect = dialog.getBoundingClientRect();
    return {
      id: dialog.getAttribute('data-note-id'),
      text: dialog.textContent,
      focused: host.shadowRoot.activeElement === dialog,
      visible:
        rect.width > 50 &&
        rect.height > 20 &&
        rect.top < innerHeight &&
        rect.bottom > 0 &&
        getComputedStyle(dialog).visibility === 'visible',
    };
  });
}

function focusedMarkerId(page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.localName === 'crosscheck-marker' ? active.getAttribute('data-note-id') : null;
  });
}

const expectations = new Map();

for (const { slug, seed } of SEED_PAGES) {
  test(`firefox: seed ${seed} in ${slug}: expected sentences get markers with the engine's verdicts`, async (env) => {
    const expected = expectedOnPage(slug, expectations.get(slug));
    expect(expected.length > 0, `${slug}: the engine gives no notes for ${seed}`);
    const { page } = await openPage(env, `/${slug}/`);
    // The headline may sit outside the article container; every other sentence must be there.
    await waitForNotes(page, expected.length - 1);
    const markers = await checkNotes(page, expected, slug);
    expect((await highlightCount(page)) === markers.length, `${slug}: one highlight per marker`);
    const summary = await page.evaluate(
      () => document.querySelector('crosscheck-summary')?.shadowRoot?.textContent ?? '',
    );
    expect(
      new RegExp(`${markers.length} notes?`).test(summary),
      `${slug}: summary says "${summary}"`,
    );
    await page.close();
  });
}

test('firefox: a note opens by keyboard: Tab to a marker, Enter shows it, Escape closes it', async (env) => {
  const { page } = await openPage(env, PLAIN_PAGE);
  await waitForNotes(page, 5);
  await page.evaluate(() => document.activeElement?.blur());
  let id = null;
  for (let presses = 0; presses < 60 && !id; presses++) {
    await page.keyboard.press('Tab');
    id = await focusedMarkerId(page);
  }
  expect(id, 'Tab never reached a marker');
  await page.keyboard.press('Enter');
  const state = await waitFor(() => openNoteState(page), 'the note to open');
  expect(state.id === id, `Enter opened note ${state.id}, the focused marker is ${id}`);
  expect(state.visible, 'the note is visible in the viewport');
  expect(state.focused, 'focus moves into the note');
  expect(
    /Claim/.test(state.text) &&
      /This sentence /.test(state.text) &&
      /Primary sources|Reports that (agree|disagree)|This article/.test(state.text),
    'the note shows its lead sentence, claim and sources',
  );
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, 'firefox-note.png') });
  await page.keyboard.press('Escape');
  expect((await openNoteState(page)) === null, 'Escape closes the note');
  expect((await focusedMarkerId(page)) === id, 'focus returns to the marker');
  await page.close();
});

/**
 * Opens a batch of real pages and the plain treaty page, lets them settle together, and reads what
 * each shows. They open one after another: opened at once, five real pages took three times as
 * long here (2 cores).
 */
async function silentBatch(env, names) {
  const opened = [];
  for (const name of names) opened.push((await openPage(env, `/real/${name}`)).page);
  const control = (await openPage(env, PLAIN_PAGE)).page;
  await sleep(SETTLE_MS);
  const controlNotes = await waitForNotes(control).catch(() => 0);
  const states = new Map();
  for (const [index, page] of opened.entries()) {
    states.set(names[index], {
      controlNotes,
      hosts: await ourHosts(page),
      highlights: await highlightCount(page),
    });
    await page.close();
  }
  await control.close();
  return states;
}

const batches = new Map();
for (const [index, name] of REAL_PAGES.entries()) {
  const batch = REAL_PAGES.slice(
    index - (index % BATCH_SIZE),
    index - (index % BATCH_SIZE) + BATCH_SIZE,
  );
  test(`firefox: real page ${name}: no marker, no shadow host, no highlight`, async (env) => {
    const key = batch.join();
    if (!batches.has(key)) batches.set(key, silentBatch(env, batch));
    const state = (await batches.get(key)).get(name);
    expect(state.controlNotes > 0, `the treaty page opened alongside got no notes`);
    expect(state.hosts === 0, `${state.hosts} crosscheck elements`);
    expect(state.highlights === 0, `${state.highlights} highlighted ranges`);
  });
}

/** The popup's report as a moderator reads it. */
function readReport(popup) {
  return popup.evaluate(() => ({
    items: [...document.querySelectorAll('.notes > li')].map((li) => ({
      claim: li.dataset.claim,
      verdict: li.dataset.verdict,
    })),
    topic: document.querySelector('.topic')?.textContent ?? '',
    text: document.querySelector('#report')?.innerText ?? '',
    sourceLinks: document.querySelectorAll('.notes a[href^="http"]').length,
  }));
}

const VERDICT_ORDER = ['conflicting', 'mixed', 'corroborated'];

test("firefox: the popup reports the treaty tab: every note, conflicts first, and the badge's count", async (env) => {
  const { page } = await openPage(env, PLAIN_PAGE);
  const pageUrl = `${env.site.origin}${PLAIN_PAGE}`;
  await waitForNotes(page, expectedOnPage(PLAIN_SLUG, expectations.get(PLAIN_SLUG)).length - 1);
  const markers = await readMarkers(page);
  // The report opened as a tab of its own names the tab to report on (`?tab=`, as in the Chromium
  // suite); an extension page can look the tab's id up, with the host access the add-on holds.
  const popup = await openExtensionPage(env, 'popup.html');
  const tabId = await popup.evaluate(
    async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null,
    pageUrl,
  );
  expect(Number.isInteger(tabId), `no tab id for ${pageUrl}`);
  await navigateExtensionPage(env, popup, `popup.html?tab=${tabId}`);
  await popup.waitForFunction(
    () => document.querySelector('#report')?.getAttribute('aria-busy') === 'false',
    { timeout: 10_000 },
  );
  const report = await readReport(popup);
  const label = (note) => `${note.verdict} ${note.claim}`;
  const inReportOrder = markers
    .map((marker, index) => ({ marker, index }))
    .sort(
      (a, b) =>
        VERDICT_ORDER.indexOf(a.marker.verdict) - VERDICT_ORDER.indexOf(b.marker.verdict) ||
        a.index - b.index,
    )
    .map(({ marker }) => label(marker));
  expect(
    report.items.map(label).join('\n') === inReportOrder.join('\n'),
    `popup lists\n        ${report.items.map(label).join('\n        ')}\n      the page has, conflicts first,\n        ${inReportOrder.join('\n        ')}`,
  );
  expect(/about the Mine Ban Treaty/.test(report.topic), `topic line "${report.topic}"`);
  const conflicts = markers.filter((m) => m.verdict === 'conflicting').length;
  expect(
    new RegExp(`${markers.length} notes?: ${conflicts} conflicting`).test(report.text),
    `report summary in "${report.text.slice(0, 200)}"`,
  );
  expect(report.sourceLinks > 0, 'sources are links');
  const badge = await popup.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
  expect(
    badge === `${markers.length}${conflicts ? '!' : ''}`,
    `badge "${badge}" for ${markers.length} notes, ${conflicts} conflicting`,
  );
  await popup.close();
  await page.close();
});

test('firefox: nothing tried to leave the machine: no request by the extension to another host', async (env) => {
  const findings = offMachineRequests({
    offMachine: env.site.log.offMachine,
    tabs: env.tabs,
  });
  expect(findings.length === 0, `off-machine requests:\n        ${findings.join('\n        ')}`);
  expect(env.site.log.served > 0, 'pages were served');
  // The record covers a page where even a content script's fetch() would show (no page CSP)...
  expect(
    isUnconfined(env.pages, PLAIN_PAGE) && env.tabs.some((tab) => tab.path === PLAIN_PAGE),
    `${PLAIN_PAGE} was opened and served without a CSP`,
  );
  // ...and the popup, an extension page.
  expect(
    env.tabs.some((tab) => tab.kind === 'extension'),
    'an extension page (the popup) was part of the record',
  );
});

/** The hosts the canary add-on below asks for. */
const CANARY_HOSTS = [
  'canary-background.invalid',
  'canary-content.invalid',
  'canary-fetch.invalid',
];

/** A throwaway add-on that does what Crosscheck must never do: fetch from its background, and
 *  load an image and fetch from its content script. */
function writeCanaryAddon(dir) {
  const manifest = {
    manifest_version: 3,
    name: 'network audit canary',
    version: '1.0',
    browser_specific_settings: { gecko: { id: 'network-canary@crosscheck.test' } },
    host_permissions: ['<all_urls>'],
    background: { scripts: ['background.js'] },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'background.js'),
    "fetch('http://canary-background.invalid/beacon').catch(() => {});\n",
  );
  writeFileSync(
    join(dir, 'content.js'),
    "new Image().src = 'http://canary-content.invalid/pixel.png';\nfetch('http://canary-fetch.invalid/').catch(() => {});\n",
  );
}

test('firefox: the network record catches an add-on’s background and content-script requests', async (env) => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-canary-'));
  const offMachineBefore = env.site.log.offMachine.length;
  const tabsBefore = env.tabs.length;
  writeCanaryAddon(dir);
  const canary = await env.browser.installExtension(dir);
  try {
    const { page } = await openPage(env, PLAIN_PAGE);
    const findings = () =>
      offMachineRequests({
        offMachine: env.site.log.offMachine.slice(offMachineBefore),
        tabs: env.tabs.slice(tabsBefore),
      });
    const caught = (host) => findings().some((finding) => finding.includes(host));
    await waitFor(
      () => CANARY_HOSTS.every(caught),
      'the canary add-on’s requests in the record',
    ).catch(() => {
      throw new Error(`the record shows only:\n        ${findings().join('\n        ')}`);
    });
    await page.close();
  } finally {
    await env.browser.uninstallExtension(canary);
    rmSync(dir, { recursive: true, force: true });
  }
});

if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
  console.error(`No build at ${FIREFOX_DIST}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}
if (!existsSync(FIREFOX)) {
  console.error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  process.exit(1);
}
const pages = confinePages(buildSite());
const site = await startLocalSite(pages);
// The engine's reference notes (one CLI run per seed) are computed while Firefox starts.
const [launched, reference] = await Promise.allSettled([
  launchFirefox(site),
  Promise.all(SEED_PAGES.map(({ seed, date }) => engineNotes(seed, date))),
]);
let result = { passed: 0, failed: 1 };
try {
  if (launched.status === 'rejected') throw launched.reason;
  if (reference.status === 'rejected') throw reference.reason;
  for (const [index, { slug }] of SEED_PAGES.entries())
    expectations.set(slug, reference.value[index]);
  const env = { ...launched.value, pages };
  console.log(`Firefox ${await env.browser.version()}, extension ${env.addonId}`);
  result = await runTests(env, process.argv[2], { timeoutMs: 60_000 });
} catch (error) {
  console.log(
    `FAIL  setup\n      ${String(error?.stack ?? error)
      .split('\n')
      .slice(0, 4)
      .join('\n      ')}`,
  );
} finally {
  if (launched.status === 'fulfilled') await launched.value.close();
  await site.close();
}
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exitCode = result.failed ? 1 : 0;
