// End-to-end suite in real Chromium with the built extension (`npm run build` first):
// seeds in real publishers' markup, the twenty unrelated real pages, late content, SPA navigation,
// re-renders, a hostile page, zero network requests, and screenshots. `node tests/e2e/run.mjs [filter]`
// Everything it writes goes to test-results/ (git-ignored); `npm run screenshots` copies the README's
// three screenshots from there into docs/ (tests/e2e/update-screenshots.mjs).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, launch, openPage, runTests, test, DIST } from './harness.mjs';
import {
  checkNotes,
  engineNotes,
  expectedOnPage,
  highlightCount,
  ourHosts,
  readMarkers,
} from './page-checks.mjs';
import { buildSite, REAL_PAGES, ROOT, SEED_PAGES } from './served-site.mjs';

const RESULTS = join(ROOT, 'test-results');
/** Long enough for document_idle, the content script's checks and a debounce to have happened. */
const SETTLE_MS = 1500;

async function waitForMarkers(page, count, timeout = 10_000) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('crosscheck-marker').length >= n,
    count,
    { timeout },
  );
  await page.waitForTimeout(300);
}

/** The open note's dialog, read through its open shadow root. */
function openNoteState(page) {
  return page.evaluate(() => {
    const host = document.querySelector('crosscheck-note');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const links = [...dialog.querySelectorAll('a')];
    return {
      id: dialog.getAttribute('data-note-id'),
      label: dialog.shadowRoot ? '' : dialog.querySelector('h2')?.textContent,
      text: dialog.textContent,
      focused: host.shadowRoot.activeElement === dialog,
      safeLinks:
        links.length > 0 &&
        links.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank'),
      rect: dialog.getBoundingClientRect().toJSON(),
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

function focusedMarkerId(page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.localName === 'crosscheck-marker' ? active.getAttribute('data-note-id') : null;
  });
}

const expectations = new Map(
  await Promise.all(
    SEED_PAGES.map(async ({ slug, seed, date }) => [slug, await engineNotes(seed, date)]),
  ),
);

for (const { slug, seed } of SEED_PAGES) {
  test(`seed ${seed} in ${slug}: expected sentences get markers with the engine's verdicts`, async (env) => {
    // plain-seed-003 repeats one sentence as a pull quote: it must carry its own marker too.
    const expected = expectedOnPage(slug, expectations.get(slug));
    expect(expected.length > 0, `${slug}: the engine gives no notes for ${seed}`);
    const { page } = await openPage(env, `/${slug}/`);
    await waitForMarkers(page, expected.length - 1);
    await checkNotes(page, expected, slug);
    const markers = await readMarkers(page);
    if (slug === 'plain-seed-003') {
      const inPullQuote = await page.evaluate(
        () => document.querySelectorAll('blockquote.pull-quote crosscheck-marker').length,
      );
      expect(inPullQuote === 1, `one marker on the pull quote, got ${inPullQuote}`);
    }
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

test('seed 003: the brief’s sentences are conflicting ("160 signatory countries", "on Monday")', async (env) => {
  const { page } = await openPage(env, '/plain-seed-003/');
  await waitForMarkers(page, 5);
  const markers = await readMarkers(page);
  const verdictAfter = (fragment) =>
    markers.find(
      (m) =>
        m.before.includes(fragment) &&
        m.before.endsWith('.') &&
        m.before.slice(-200).includes(fragment),
    )?.verdict;
  const monday = verdictAfter('process on Monday');
  const signatories = verdictAfter('one of 160 signatory countries');
  expect(
    monday === 'conflicting' && signatories === 'conflicting',
    `"on Monday" is ${monday}, "one of 160 signatory countries" is ${signatories}`,
  );
  await page.close();
});

test('a note opens by click, shows its sources, Escape closes and focus returns', async (env) => {
  const { page } = await openPage(env, '/bbc-seed-000/');
  await waitForMarkers(page, 3);
  const marker = page.locator('crosscheck-marker').nth(1);
  const id = await marker.getAttribute('data-note-id');
  await marker.locator('button').click();
  const state = await openNoteState(page);
  expect(state?.id === id, `note ${id} open after click, got ${state?.id}`);
  expect(
    /Claim/.test(state.text) && /This sentence /.test(state.text),
    'note shows its lead sentence and claim',
  );
  expect(
    /Primary sources|Reports that (agree|disagree)|This article/.test(state.text),
    'note lists sources',
  );
  expect(state.safeLinks, 'source links open in a new tab with rel="noopener noreferrer"');
  expect(
    state.rect.top >= 0 && state.rect.bottom <= state.viewport.height + 1,
    `note within the viewport: ${JSON.stringify(state.rect)} in ${JSON.stringify(state.viewport)}`,
  );
  const markerBox = await marker.boundingBox();
  expect(
    state.rect.top >= markerBox.y + markerBox.height - 1 || state.rect.bottom <= markerBox.y + 1,
    'note does not cover its marker line',
  );
  await page.keyboard.press('Escape');
  expect((await openNoteState(page)) === null, 'Escape closes the note');
  expect((await focusedMarkerId(page)) === id, 'focus returns to the marker');
  await page.close();
});

test('a note opens by keyboard (Enter) and by hover; Tab reaches markers in reading order', async (env) => {
  const { page } = await openPage(env, '/plain-seed-003/');
  await waitForMarkers(page, 5);
  const markers = await readMarkers(page);
  // Tab from the top of the page: collect the markers focused, in order.
  await page.evaluate(() => document.activeElement?.blur());
  const seen = [];
  for (let i = 0; i < 80 && seen.length < markers.length; i++) {
    await page.keyboard.press('Tab');
    const id = await focusedMarkerId(page);
    if (id && seen.at(-1) !== id) seen.push(id);
  }
  expect(
    seen.join() === markers.map((m) => m.id).join(),
    `Tab order ${seen.length}/${markers.length} markers in reading order`,
  );
  // Enter on the focused (last) marker opens its note with focus inside the dialog.
  await page.keyboard.press('Enter');
  let state = await openNoteState(page);
  expect(
    state?.id === seen.at(-1) && state.focused,
    'Enter opens the note and focuses it (announced once)',
  );
  const label = await page.evaluate(() => {
    const dialog = document
      .querySelector('crosscheck-note')
      .shadowRoot.querySelector('[role=dialog]');
    return (dialog.shadowRoot ?? dialog.ownerDocument !== null)
      ? dialog.getRootNode().getElementById(dialog.getAttribute('aria-labelledby'))?.textContent
      : '';
  });
  expect(
    /Corroborated|Conflicting|Mixed/.test(label ?? ''),
    `dialog labelled with its verdict: "${label}"`,
  );
  await page.keyboard.press('Escape');
  expect((await focusedMarkerId(page)) === seen.at(-1), 'focus back on the marker after Escape');
  await page.locator('crosscheck-marker').first().locator('button').hover();
  await page.waitForTimeout(100);
  state = await openNoteState(page);
  expect(state?.id === markers[0].id, 'hover opens the note');
  await page.close();
});

/** The open note's computed font size, lead sentence and box, and the summary bar's box. */
function openNoteLook(page) {
  return page.evaluate(() => {
    const host = document.querySelector('crosscheck-note');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    return {
      id: dialog.getAttribute('data-note-id'),
      fontSize: getComputedStyle(dialog).fontSize,
      lead: dialog.querySelector('.lead')?.textContent ?? '',
      firstAfterBar: dialog.children[1]?.className,
      rect: dialog.getBoundingClientRect().toJSON(),
      summary: document.querySelector('crosscheck-summary')?.getBoundingClientRect().toJSON(),
    };
  });
}

test('a headline note opens at body-text size, leads with its plain sentence, clear of the summary bar', async (env) => {
  const { page } = await openPage(env, '/plain-seed-003/');
  await waitForMarkers(page, 5);
  // A headline that states a claim, added at the top of the article at headline size.
  await page.evaluate(() => {
    const h1 = document.createElement('h1');
    h1.id = 'big-headline';
    h1.style.fontSize = '44px';
    h1.textContent =
      'Zelensky signed the decree to withdraw from the Ottawa anti-personnel mine treaty on Monday.';
    document.querySelector('article').prepend(h1);
  });
  await page.waitForSelector('#big-headline crosscheck-marker', { timeout: 10_000 });
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#big-headline crosscheck-marker button').click();
  const headline = await openNoteLook(page);
  expect(headline !== null, 'the headline note opens');
  await page.keyboard.press('Escape');
  const body = page.locator('article p crosscheck-marker').first();
  await body.locator('button').click();
  const bodyNote = await openNoteLook(page);
  expect(
    headline.fontSize === bodyNote.fontSize && parseFloat(headline.fontSize) < 20,
    `headline note at ${headline.fontSize}, body note at ${bodyNote.fontSize}`,
  );
  expect(
    /^This sentence says Monday; the (primary )?sources establish Sunday 29 June 2025\.$/.test(
      headline.lead,
    ) && headline.firstAfterBar === 'lead',
    `the note leads with the plain sentence: "${headline.lead}"`,
  );
  const s = headline.summary;
  const r = headline.rect;
  expect(
    !s || r.bottom <= s.top + 1 || r.top >= s.bottom - 1,
    `the note does not cover the summary bar: note ${JSON.stringify(r)}, bar ${JSON.stringify(s)}`,
  );
  mkdirSync(RESULTS, { recursive: true });
  await page.keyboard.press('Escape');
  await page.locator('#big-headline crosscheck-marker button').click();
  await page.screenshot({ path: join(RESULTS, 'headline-note.png') });
  await page.close();
});

test('a white page in a dark-mode browser gets light notes', async (env) => {
  const { page } = await openPage(env, '/bbc-seed-000/', { colorScheme: 'dark' });
  await waitForMarkers(page, 3);
  const marker = page.locator('crosscheck-marker').first();
  await marker.scrollIntoViewIfNeeded();
  await marker.locator('button').click();
  await page.waitForTimeout(100);
  const schemes = await page.evaluate(() => ({
    page: getComputedStyle(document.body).backgroundColor,
    marker: document.querySelector('crosscheck-marker')?.getAttribute('data-scheme'),
    note: document.querySelector('crosscheck-note')?.getAttribute('data-scheme'),
    summary: document.querySelector('crosscheck-summary')?.getAttribute('data-scheme'),
  }));
  expect(
    schemes.marker === 'light' && schemes.note === 'light' && schemes.summary === 'light',
    `light notes on a white page in a dark browser: ${JSON.stringify(schemes)}`,
  );
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, 'white-page-dark-browser.png') });
  await page.close();
});

test('summary: next/previous move between notes; hide on this page and site is remembered', async (env) => {
  const { page } = await openPage(env, '/plain-seed-003/');
  await waitForMarkers(page, 5);
  const markers = await readMarkers(page);
  const summary = page.locator('crosscheck-summary');
  await summary.getByRole('button', { name: 'Next note' }).click();
  expect((await focusedMarkerId(page)) === markers[0].id, 'Next goes to the first note');
  await summary.getByRole('button', { name: 'Next note' }).click();
  expect((await focusedMarkerId(page)) === markers[1].id, 'Next again goes to the second');
  await summary.getByRole('button', { name: 'Previous note' }).click();
  expect((await focusedMarkerId(page)) === markers[0].id, 'Previous goes back');
  await summary.getByLabel('Hide on this page').check();
  await page.waitForFunction(() => !document.querySelector('crosscheck-marker'));
  expect((await highlightCount(page)) === 0, 'hiding removes highlights');
  await page.reload();
  await page.waitForTimeout(SETTLE_MS);
  expect((await readMarkers(page)).length === 0, 'hidden after reload');
  await page.locator('crosscheck-summary').getByLabel('Hide on this page').uncheck();
  await waitForMarkers(page, markers.length);
  await page.locator('crosscheck-summary').getByLabel('Hide on this site').check();
  await page.waitForFunction(() => !document.querySelector('crosscheck-marker'));
  const { page: other } = await openPage(env, '/hostile/');
  await other.waitForTimeout(SETTLE_MS);
  expect((await readMarkers(other)).length === 0, 'hidden on another page of the same site');
  await other.locator('crosscheck-summary').getByLabel('Hide on this site').uncheck();
  await waitForMarkers(other, 3);
  await other.close();
  await page.close();
});

for (const name of REAL_PAGES) {
  test(`real page ${name}: no marker, no shadow host, no highlight, no pack`, async (env) => {
    const loadsBefore = env.log.packLoads.length;
    const { page } = await openPage(env, `/real/${name}`);
    await page.waitForTimeout(SETTLE_MS);
    expect((await ourHosts(page)) === 0, 'no crosscheck element');
    expect((await highlightCount(page)) === 0, 'no highlight');
    expect(env.log.packLoads.length === loadsBefore, 'the lazy bundle (pack, UI) was not loaded');
    await page.close();
  });
}

test('late article (2 s): notes appear once it renders', async (env) => {
  const { page } = await openPage(env, '/late/');
  await page.waitForFunction(() => window.__lateRendered === true, null, { timeout: 5000 });
  await waitForMarkers(page, 3);
  await page.waitForTimeout(SETTLE_MS);
  const markers = await readMarkers(page);
  const expected = expectations.get('nytimes-seed-002');
  await checkNotes(page, expected, 'late');
  expect(markers.length >= expected.length - 1, 'all notes');
  await page.close();
});

test('SPA: unrelated → treaty → back → forward, then a re-render that wipes markers', async (env) => {
  const { page } = await openPage(env, '/spa/cycling');
  await page.waitForTimeout(SETTLE_MS);
  expect((await ourHosts(page)) === 0, 'nothing on the unrelated route');
  await page.click('a[href="/spa/treaty"]');
  const expected = expectations.get('seattletimes-seed-004');
  await waitForMarkers(page, expected.length - 1);
  const first = await checkNotes(page, expected, 'spa treaty');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('crosscheck-marker'), null, {
    timeout: 5000,
  });
  await page.waitForTimeout(SETTLE_MS);
  expect(
    (await ourHosts(page)) === 0 && (await highlightCount(page)) === 0,
    'nothing after going back',
  );
  await page.goForward();
  await waitForMarkers(page, first.length);
  await checkNotes(page, expected, 'spa forward');
  await page.evaluate(() => window.rerender());
  expect((await readMarkers(page)).length === 0, 'the re-render wiped the markers');
  await waitForMarkers(page, first.length);
  await page.waitForTimeout(SETTLE_MS);
  const again = await checkNotes(page, expected, 'spa re-render');
  expect(
    again.length === first.length,
    `no duplicates after re-render (${again.length} vs ${first.length})`,
  );
  expect((await highlightCount(page)) === first.length, 'highlights follow the new text');
  await page.close();
});

test('hostile page: strict CSP, Trusted Types, `* { all: unset }`, payloads: notes work, nothing runs', async (env) => {
  const { page, consoleErrors } = await openPage(env, '/hostile/');
  await waitForMarkers(page, 3);
  const markers = page.locator('crosscheck-marker');
  const box = await markers.first().boundingBox();
  expect(
    box && box.width > 4 && box.height > 4,
    `marker visible despite page CSS (${JSON.stringify(box)})`,
  );
  await markers.first().locator('button').click();
  const state = await openNoteState(page);
  expect(state && /Claim/.test(state.text) && state.rect.width > 50, 'note renders under page CSS');
  await page.keyboard.press('Escape');
  await page.click('#page-link');
  const flags = await page.evaluate(() => ({
    pwned: window.__pwned,
    clicks: window.__pageClicks,
    tt: window.__ttViolation,
  }));
  expect(flags.pwned === undefined, `a payload ran (${flags.pwned})`);
  expect(flags.tt === undefined, 'a string reached an HTML sink through the default policy');
  expect(flags.clicks === 1, 'the page’s own click handler still works');
  // Selection and copy of an annotated sentence still give the page's text.
  const selected = await page.evaluate(() => {
    const p = document.querySelectorAll('article p')[2];
    getSelection().selectAllChildren(p);
    return getSelection().toString();
  });
  expect(
    selected.length > 20 && !/[✓✗±]/.test(selected),
    `selection is page text only: "${selected.slice(0, 60)}"`,
  );
  expect(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
  await page.close();
});

test('a page that fires the stage-1 event itself gets no notes: the isolated side checks again', async (env) => {
  const loadsBefore = env.log.packLoads.length;
  const { page, consoleErrors } = await openPage(env, '/spoof/');
  await page.waitForTimeout(SETTLE_MS);
  expect((await ourHosts(page)) === 0, 'no crosscheck element');
  expect((await highlightCount(page)) === 0, 'no highlight');
  expect(env.log.packLoads.length === loadsBefore, 'the lazy bundle (pack, UI) was not loaded');
  expect(consoleErrors.length === 0, `no console error: ${consoleErrors.join(' | ')}`);
  await page.close();
});

test('screenshots: annotated page and open note, light and dark', async (env) => {
  mkdirSync(RESULTS, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    const { page } = await openPage(env, '/plain-seed-003/', { colorScheme: scheme });
    await waitForMarkers(page, 5);
    await page.screenshot({ path: join(RESULTS, `annotated-${scheme}.png`) });
    const marker = page.locator('crosscheck-marker[data-verdict="conflicting"]').first();
    await marker.scrollIntoViewIfNeeded();
    await marker.locator('button').click();
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(RESULTS, `note-${scheme}.png`) });
    const hostScheme = await page.evaluate(() =>
      document.querySelector('crosscheck-note')?.getAttribute('data-scheme'),
    );
    expect(hostScheme === scheme, `note follows the page scheme (${hostScheme} on ${scheme})`);
    await page.close();
  }
});

test('the extension made no network request across the suite', async (env) => {
  expect(env.log.extension.length === 0, `extension requests: ${env.log.extension.join(', ')}`);
  expect(env.log.served > 0, 'pages were served');
});

// Added by the issue-5 helper: the popup report, collection and options tests register with this
// same runner, after the page tests above. `node tests/e2e/run.mjs collection:` runs one group.
for (const feature of ['report', 'collection', 'options', 'selection', 'views', 'i18n'])
  await import(`./${feature}.e2e.mjs`);

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error(`No build at ${DIST}: run \`npm run build\` first.`);
  process.exit(1);
}
const env = await launch(buildSite());
let result;
try {
  result = await runTests(env, process.argv[2]);
} finally {
  await env.close();
}
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exitCode = result.failed ? 1 : 0;
