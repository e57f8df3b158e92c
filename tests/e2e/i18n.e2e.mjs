// e2e (issue 14), registered with harness.mjs and run by run.mjs (`node tests/e2e/run.mjs i18n:`):
// with Chromium's interface in Ukrainian, the popup on a treaty article speaks Ukrainian. It starts
// a browser of its own, since the language is fixed when Chromium starts.
import assert from 'node:assert/strict';
import { launch, openPage, test } from './harness.mjs';
import { activeTabId, extensionUrl, waitForNotes } from './feature-helpers.mjs';
import { buildSite } from './served-site.mjs';

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
