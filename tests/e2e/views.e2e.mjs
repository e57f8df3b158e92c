// e2e (issue 5, quality of the extension's own views), registered with harness.mjs (`node
// tests/e2e/run.mjs views:`): the popup report, the collection page and the options page at 200 %
// zoom (a 320 CSS px wide window: 640 device px), by keyboard alone, and in light and dark schemes.
import assert from 'node:assert/strict';
import { openPage, test } from './harness.mjs';
import { activeTabId, extensionUrl, waitForNotes } from './feature-helpers.mjs';

/** A 640 px wide window at 200 % zoom lays pages out in 320 CSS px. */
const ZOOMED = { width: 320, height: 700 };

async function openView(env, path, colorScheme) {
  const view = await env.context.newPage();
  await view.emulateMedia({ colorScheme });
  await view.setViewportSize(ZOOMED);
  await view.goto(extensionUrl(env, path));
  await view.waitForLoadState('load');
  await view.waitForTimeout(500);
  return view;
}

/** Whether the page scrolls sideways (text cut off at 200 % zoom). */
function overflowsSideways(view) {
  return view.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

/** How many distinct controls Tab reaches before focus comes back round to the first. */
async function tabStops(view) {
  const seen = [];
  for (let i = 0; i < 400; i++) {
    await view.keyboard.press('Tab');
    const id = await view.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      el.dataset.tabSeen ??= String(Math.random());
      return el.dataset.tabSeen;
    });
    // A date input takes several Tab presses (day, month, year): count it once; stop on wrap-round.
    if (id === null || id === seen[seen.length - 1]) continue;
    if (id === seen[0]) break;
    seen.push(id);
  }
  return seen.length;
}

/** Controls a mouse user can use; every one must be a Tab stop. */
function controlCount(view) {
  return view.evaluate(
    () =>
      [...document.querySelectorAll('button, a[href], input, select, textarea, summary')].filter(
        (el) => !el.disabled && el.getClientRects().length > 0 && el.tabIndex >= 0,
      ).length,
  );
}

function backgroundOf(view) {
  return view.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test('views: popup, collection and options work at 200 % zoom, by keyboard, light and dark', async (env) => {
  const { page } = await openPage(env, '/guardian-seed-001/');
  await waitForNotes(page);
  const tabId = await activeTabId(env);
  for (const path of [`popup.html?tab=${tabId}`, 'collection.html', 'options.html']) {
    const backgrounds = [];
    for (const scheme of ['light', 'dark']) {
      const view = await openView(env, path, scheme);
      assert.equal(await overflowsSideways(view), false, `${path} (${scheme}) fits 320 px`);
      const controls = await controlCount(view);
      assert.ok(controls > 0, `${path} has controls`);
      const stops = await tabStops(view);
      assert.ok(stops >= controls, `${path}: ${stops} Tab stops for ${controls} controls`);
      backgrounds.push(await backgroundOf(view));
      await view.close();
    }
    assert.notEqual(backgrounds[0], backgrounds[1], `${path} follows the dark scheme`);
  }
  await page.close();
});
