// Drives Debian's Firefox ESR with the built extension (.output/firefox-mv3, installed as a temporary
// add-on) through puppeteer-core over WebDriver BiDi, on pages from the local site (local-site.mjs),
// and keeps the record the network test reads: every request each tab made (BiDi network events)
// and every request that tried to leave the machine (the local proxy).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_SERVICES_PATH } from './local-site.mjs';
import { ROOT } from './served-site.mjs';

export const FIREFOX_DIST = join(ROOT, '.output', 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** The add-on id Firefox installs the build under (`browser_specific_settings.gecko.id`). */
export function geckoId(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dist}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Profile preferences on top of puppeteer's own test profile (which already turns off updates,
 *  telemetry and safe browsing). */
function preferences(site, addons) {
  return {
    // Every request not for 127.0.0.1 goes to the local site's recording proxy (Firefox never
    // proxies 127.0.0.1 itself, so the served pages load directly).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': site.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': site.port,
    // Firefox's own traffic stays off the record: remote settings go to the local server (a release
    // build honours this only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, set in the launch's env), and the
    // checks that would otherwise reach out on their own are off.
    'services.settings.server': `${site.origin}${BROWSER_SERVICES_PATH}v1`,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'dom.push.connection.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.trr.mode': 5,
    // Fixed moz-extension:// host names, so the suite knows the URLs of the extension's pages.
    'extensions.webextensions.uuids': JSON.stringify(addons),
  };
}

/**
 * Starts Firefox, proxied through `site`, with the extension built at `dist` installed as a
 * temporary add-on; its pages are at `extensionOrigin`.
 */
export async function launchFirefox(site, dist = FIREFOX_DIST) {
  const addonId = geckoId(dist);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // Firefox 153 lets WebDriver navigate to moz-extension:// pages (the popup) only with system
    // access: https://github.com/ghostery/ghostery-extension/pull/3526
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: preferences(site, { [addonId]: uuid }),
  });
  try {
    const installed = await browser.installExtension(dist);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    site,
    addonId,
    extensionOrigin: `moz-extension://${uuid}`,
    /** One entry per tab the suite opened: what it showed and every request made in it. */
    tabs: [],
    close: () => browser.close(),
  };
}

/** Records the tab and every request made in it (by the page or by a content script in it). */
function recordTab(env, page, path, kind) {
  const tab = { path, kind, requests: [] };
  env.tabs.push(tab);
  // Without the fragment, as the proxy sees the URL.
  page.on('request', (request) => tab.requests.push(request.url().replace(/#.*/, '')));
  return tab;
}

/** Opens a served page in a new tab and waits for its load event. */
export async function openPage(env, path) {
  const page = await env.browser.newPage();
  recordTab(env, page, path, 'web');
  const url = `${env.site.origin}${path}`;
  await page.goto(url, { waitUntil: 'load' }).catch(async (error) => {
    // Firefox can report a navigation as failed although the page loaded: "Address rejected" on
    // breitbart.html, one of whose frames ends on an error page (the proxy refuses its host).
    await waitForDocument(page, url).catch(() => Promise.reject(error));
  });
  return { page };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `page` shows the document at `url`, fully loaded. */
async function waitForDocument(page, url, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    // Evaluating while the navigation swaps documents may fail; the next try reads the new one.
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null);
    if (state?.href === url && state.ready === 'complete') return;
    if (Date.now() > until) throw new Error(`${url} did not load (last saw ${state?.href})`);
    await sleep(100);
  }
}

/**
 * Opens one of the extension's pages (`popup.html?tab=3`) in a new tab. page.goto() to a
 * moz-extension:// URL never settles in Firefox although the page loads
 * (https://github.com/puppeteer/puppeteer/issues/14314, upstream), so the navigation is started
 * without waiting for it and the document is awaited instead.
 */
export async function openExtensionPage(env, path) {
  const page = await env.browser.newPage();
  recordTab(env, page, path, 'extension');
  const url = `${env.extensionOrigin}/${path}`;
  page.goto(url, { timeout: 60_000 }).catch(() => {});
  await waitForDocument(page, url);
  return page;
}

/** Moves an open extension page to another of the extension's URLs (same origin: no goto needed). */
export async function navigateExtensionPage(env, page, path) {
  const url = `${env.extensionOrigin}/${path}`;
  await page.evaluate((target) => location.assign(target), url).catch(() => {});
  await waitForDocument(page, url);
}

/** Polls `read` until it returns something truthy. */
export async function waitFor(read, what, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
