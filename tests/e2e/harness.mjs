// Drives Debian's Chromium with the built extension through playwright-core: one persistent context,
// every request routed (served pages answered from disk, anything else aborted and recorded). The
// test runner lives in runner.mjs and is re-exported here for the suite's feature files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ORIGIN, ROOT } from './served-site.mjs';

export const DIST = join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts Chromium with the extension; returns the context, its id and the request log. */
/**
 * Chromium with the extension built at `dist` (the bench also loads a reference extension), its
 * interface in `lang`: `--lang` sets the language browser.i18n answers in, even where Debian ships
 * only Chromium's en-US strings (getUILanguage() then still says en-US).
 */
export async function launch(site, dist = DIST, { lang = 'en-US' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${lang}`,
    ],
  });
  const log = { foreign: [], extension: [], served: 0, packLoads: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The content script importing its lazy bundle: a file inside the extension, not the network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const entry = url.origin === ORIGIN ? site[url.pathname] : undefined;
    if (entry) {
      log.served += 1;
      await route.fulfill({
        status: 200,
        contentType: entry.contentType,
        headers: entry.headers,
        body: entry.body,
      });
    } else {
      if (url.origin !== ORIGIN) log.foreign.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  context.on('request', (request) => {
    const url = request.url();
    if (url.includes('/article-notes.js')) log.packLoads.push(url);
    // Requests from the extension's service worker, whatever their target.
    if (request.serviceWorker() && !url.startsWith('chrome-extension://')) log.extension.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, log, close };
}

/**
 * Opens a page and records network requests whose initiator stack runs through the extension's
 * scripts (content script or its lazy bundle); those must never exist.
 */
export async function openPage(env, path, { colorScheme = 'light' } = {}) {
  const page = await env.context.newPage();
  await page.emulateMedia({ colorScheme });
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    const frames = event.initiator?.stack?.callFrames ?? [];
    const fromExtension = frames.some((frame) => frame.url.startsWith('chrome-extension://'));
    if (fromExtension && !event.request.url.startsWith('chrome-extension://'))
      env.log.extension.push(event.request.url);
    if (event.request.url.includes('/article-notes.js')) env.log.packLoads.push(event.request.url);
  });
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
  return { page, consoleErrors };
}

export { AssertionError, expect, runTests, test } from './runner.mjs';
