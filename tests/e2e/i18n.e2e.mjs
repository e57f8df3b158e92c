// e2e (issue 14), registered with harness.mjs and run by run.mjs (`node tests/e2e/run.mjs i18n:`):
// with Chromium's interface in Ukrainian, the popup on a treaty article speaks Ukrainian, and a real
// Ukrainian article gets its notes, markers and summary bar in Ukrainian. Each test starts a browser
// of its own, since the language is fixed when Chromium starts.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, test } from './harness.mjs';
import { activeTabId, ARTEFACTS, extensionUrl, ROOT, waitForNotes } from './feature-helpers.mjs';
import { buildSite, UKRAINIAN_ARTICLE } from './served-site.mjs';

const SEED = '/guardian-seed-001/';

test('i18n: in a Ukrainian browser the popup on a treaty article is in Ukrainian', async () => {
  const env = await launch(buildSite(), undefined, { lang: 'uk' });
  try {
    const { page } = await openPage(env, SEED);
    const tabId = await activeTabId(env);
    await waitForNotes(page);
    const popup = await env.context.newPage();
    await popup.goto(extensionUrl(env, `popup.html?tab=${tabId}`));
    await popup.locator('#report[aria-busy="false"]').waitFor();
    const shown = await popup.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      heading: document.querySelector('#notes-heading')?.textContent ?? '',
      buttons: [...document.querySelectorAll('.toolbar button')].map((b) => b.textContent),
      links: [...document.querySelectorAll('.links a')].map((a) => a.textContent),
      verdicts: [...document.querySelectorAll('.notes .verdict')].map((v) => v.textContent),
      text: document.body.innerText,
    }));
    assert.equal(shown.title, 'Звіт Crosscheck');
    assert.equal(shown.lang, 'uk');
    assert.match(shown.heading, /^\d+ приміт(ка|ки|ок): /);
    assert.deepEqual(shown.buttons, [
      'Копіювати звіт',
      'Копіювати лише суперечності',
      'Копіювати як JSON',
    ]);
    assert.deepEqual(shown.links, ['Відкрити колекцію', 'Пакети тверджень']);
    assert.ok(shown.verdicts.length > 0, 'the report lists notes');
    for (const verdict of shown.verdicts)
      assert.match(verdict, /^(✓ Підтверджено|✗ Суперечить|± Неоднозначно)$/);
    // The interface's own English words; page quotes and claims (pack data) stay as written.
    assert.doesNotMatch(
      shown.text,
      /Copy report|Open collection|Corroborated|Conflicting|\bnotes?:/,
    );
    await popup.close();
    await page.close();
  } finally {
    await env.close();
  }
});

/** Everything a reader sees of the page's Crosscheck parts, read through their open shadow roots. */
function ukrainianPageState(page) {
  return page.evaluate(() => {
    const markers = [...document.querySelectorAll('crosscheck-marker')].map((host) => {
      const button = host.shadowRoot?.querySelector('button');
      return {
        claim: host.getAttribute('data-claim'),
        inArticle: host.closest('article') !== null,
        block: host.parentElement?.textContent ?? '',
        label: button?.getAttribute('aria-label') ?? '',
        title: button?.getAttribute('title') ?? '',
      };
    });
    const summary = document.querySelector('crosscheck-summary')?.shadowRoot;
    return {
      markers,
      summary: {
        text: summary?.querySelector('.count')?.textContent ?? '',
        region: summary?.querySelector('[role=region]')?.getAttribute('aria-label') ?? '',
        buttons: [...(summary?.querySelectorAll('button') ?? [])].map((b) => [
          b.textContent,
          b.getAttribute('aria-label'),
        ]),
        switches: [...(summary?.querySelectorAll('label') ?? [])].map((l) => l.textContent),
      },
    };
  });
}

/** The open note: heading, lead sentence, claim line, group headings, and whether it has focus. */
function openUkrainianNote(page) {
  return page.evaluate(() => {
    const root = document.querySelector('crosscheck-note')?.shadowRoot;
    const dialog = root?.querySelector('[role=dialog]');
    if (!dialog) return null;
    return {
      claim: dialog.getAttribute('data-note-id'),
      heading: root.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent ?? '',
      lead: dialog.querySelector('.lead')?.textContent ?? '',
      statement: dialog.querySelector('.statement')?.textContent ?? '',
      groups: [...dialog.querySelectorAll(':scope > h3')].map((h) => h.textContent),
      close: dialog.querySelector('.close')?.getAttribute('aria-label') ?? '',
      links: [...dialog.querySelectorAll('a')].map((a) => a.textContent),
      focused: root.activeElement === dialog,
    };
  });
}

/** Focuses the marker of `claim` (scrolled to mid-screen) and presses Enter; the note it opens. */
async function openByKeyboard(page, claim) {
  await page.evaluate((id) => {
    const host = document.querySelector(`crosscheck-marker[data-claim="${id}"]`);
    host.scrollIntoView({ block: 'center' });
    host.shadowRoot.querySelector('button').focus();
  }, claim);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (id) =>
      document
        .querySelector('crosscheck-note')
        ?.shadowRoot?.querySelector(`[role=dialog]`)
        ?.closest('crosscheck-note') !== undefined &&
      document
        .querySelector(`crosscheck-marker[data-claim="${id}"]`)
        ?.shadowRoot?.querySelector('button')
        ?.getAttribute('aria-expanded') === 'true',
    claim,
  );
  const note = await openUkrainianNote(page);
  console.log(`      ${claim}: ${note?.heading} | ${note?.lead}`);
  return note;
}

test('i18n: a Ukrainian article in a Ukrainian browser gets notes in Ukrainian', async () => {
  const article = JSON.parse(readFileSync(UKRAINIAN_ARTICLE.file, 'utf8'));
  assert.equal(article.split, 'tune');
  const pack = JSON.parse(readFileSync(join(ROOT, 'assets/claims/landmine-treaty.json'), 'utf8'));
  const ukStatement = (id) => pack.claims.find((c) => c.id === id)?.translations?.uk?.statement;
  const env = await launch(buildSite(), undefined, { lang: 'uk' });
  try {
    const { page } = await openPage(env, UKRAINIAN_ARTICLE.path);
    // Detected as a treaty article: markers appear, inside the article, after Ukrainian sentences.
    await waitForNotes(page, 2);
    const state = await ukrainianPageState(page);
    assert.ok(state.markers.length >= 2, `markers: ${state.markers.length}`);
    for (const marker of state.markers) {
      assert.ok(marker.inArticle, `marker for ${marker.claim} is inside the article`);
      assert.match(marker.block, /[а-яіїєґ]{3,}/i, 'the marked sentence is Ukrainian');
      assert.match(marker.label, /^Примітка Crosscheck, (підтверджено|суперечить|неоднозначно): «/);
      assert.match(marker.title, /^Crosscheck: (Підтверджено|Суперечить|Неоднозначно)$/);
    }
    const oslo = state.markers.find((m) => m.claim === 'treaty-adopted-oslo-1997');
    assert.ok(oslo, 'the Oslo sentence has a note');
    assert.match(oslo.block, /ухвалили в Осло 18 вересня 1997 року/);

    // The summary bar speaks Ukrainian, with Ukrainian plural forms.
    assert.match(state.summary.text, /^Crosscheck: \d+ приміт(ка|ки|ок): ✓ підтверджено: \d+/);
    assert.equal(state.summary.region, 'Примітки Crosscheck на цій сторінці');
    assert.deepEqual(state.summary.buttons, [
      ['↑ Попередня', 'Попередня примітка'],
      ['↓ Наступна', 'Наступна примітка'],
    ]);
    assert.deepEqual(state.summary.switches, [
      'Приховати на цій сторінці',
      'Приховати на цьому сайті',
    ]);

    // Keyboard: focus the Oslo sentence's marker and press Enter; the note opens with focus in it.
    const note = await openByKeyboard(page, 'treaty-adopted-oslo-1997');
    assert.ok(note?.focused, 'Enter opens the note and moves focus into it');
    assert.equal(note.heading, '✓ Підтверджено — примітка Crosscheck');
    // The value is quoted as the article writes it, inside a Ukrainian sentence.
    assert.match(note.lead, /^У цьому реченні сказано «18 вересня 1997[^»]*», і це правильно\.$/);
    assert.equal(note.statement, `Твердження: ${ukStatement('treaty-adopted-oslo-1997')}`);
    assert.ok(note.groups.length > 0, 'the sources are grouped');
    for (const group of note.groups)
      assert.ok(
        [
          'Першоджерела',
          'Публікації, що погоджуються з цим реченням',
          'Публікації, що не погоджуються з цим реченням',
          'Ця стаття (не враховується як джерело)',
        ].includes(group),
        `group heading in Ukrainian: ${group}`,
      );
    assert.equal(note.close, 'Закрити примітку');
    for (const link of note.links) assert.match(link, /^Читати в джерелі: /);
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS, 'uk-article-note.png') });
    await page.keyboard.press('Escape');

    // The subheading that says Ukraine has left: the lead quotes it and gives the pack's finding.
    const conflict = await openByKeyboard(page, 'ukraine-withdrawal-status');
    assert.equal(conflict?.heading, '✗ Суперечить — примітка Crosscheck');
    assert.match(
      conflict.lead,
      /^У цьому реченні сказано .+, а (перше)?джерела встановлюють: .+\.$/,
    );
    assert.equal(conflict.statement, `Твердження: ${ukStatement('ukraine-withdrawal-status')}`);
    await page.keyboard.press('Escape');
    await page.close();
  } finally {
    await env.close();
  }
});
