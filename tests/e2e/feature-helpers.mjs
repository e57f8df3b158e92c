// Helpers for the issue-5 e2e tests (report, collection, options) on top of harness.mjs: the
// extension's service worker (badge, storage), the active tab's id, and polling inside the worker.
/* global chrome -- functions passed to worker.evaluate() run in the extension service worker */
import { join } from 'node:path';
import { ORIGIN, ROOT } from './served-site.mjs';

export { ORIGIN, ROOT };
export const ARTEFACTS = join(ROOT, 'test-results');

/** The extension's service worker, where chrome.action and chrome.storage can be asked directly. */
export function worker(env) {
  const [sw] = env.context.serviceWorkers();
  if (!sw) throw new Error('the extension has no running service worker');
  return sw;
}

/** A chrome-extension:// URL of one of the extension's pages. */
export function extensionUrl(env, path) {
  return `chrome-extension://${env.extensionId}/${path}`;
}

/**
 * The id of the tab the user is looking at (a page just opened with newPage() is active). Asked by
 * focus, not URL: Chromium hides tab URLs from an extension without the "tabs" permission.
 */
export function activeTabId(env) {
  return worker(env).evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
}

/** Polls `fn` in the service worker until it returns something truthy. */
export async function waitInWorker(env, fn, arg, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await worker(env).evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting in the service worker');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the page has at least `count` markers and the notes stopped changing. */
export async function waitForNotes(page, count = 1) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('crosscheck-marker').length >= n,
    count,
    {
      timeout: 20_000,
    },
  );
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => document.querySelectorAll('crosscheck-marker').length);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(400);
  }
}

/** The collection as stored (items in storage order). */
export function storedItems(env) {
  return worker(env).evaluate(
    async () => (await chrome.storage.local.get('collection')).collection?.items ?? [],
  );
}
