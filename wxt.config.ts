// WXT build configuration: one source tree, Manifest V3 for both Chrome and Firefox.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { AliasOptions } from 'vite';

/** The native `browser`/`chrome` object, without the polyfill, looked up on first use. */
const NATIVE_BROWSER = fileURLToPath(new URL('./src/content/lazy-browser.ts', import.meta.url));

/** `alias` with `wxt/browser` pointing at the native object, ahead of the polyfill module's entry. */
function withNativeBrowser(alias: AliasOptions | undefined): AliasOptions {
  const entries = Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  return [
    { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER },
    ...entries.filter((entry) => entry.find !== 'wxt/browser'),
  ];
}

export default defineConfig({
  manifestVersion: 3,
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Both from public/_locales/<lang>/messages.json, in the browser's language (src/i18n.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The same sites the content script is declared for, so the popup and the background can wake
    // a content script that is not listening (src/content/wake-hook.ts): a listener registered on
    // every page costs each page about 1.1 ms. Chrome shows the same warning for both declarations.
    host_permissions: ['<all_urls>'],
    // The content script, built as unlisted scripts so it runs without WXT's content-script
    // context (src/page/page-context.ts): stage 1 in the page's own world (topic-probe.js, see
    // src/annotator/topic-probe.ts) and the isolated-world half that takes over on a treaty page. The
    // isolated half comes first so that it listens before the probe can fire.
    content_scripts: [
      { matches: ['<all_urls>'], js: ['article-page.js'], run_at: 'document_idle' },
      { matches: ['<all_urls>'], js: ['topic-probe.js'], run_at: 'document_idle', world: 'MAIN' },
    ],
    web_accessible_resources: [
      { resources: ['article-notes.js', 'content-main.js'], matches: ['<all_urls>'] },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT builds unlisted scripts as IIFE; the article-notes and content-main bundles are
    // import()ed by the content script (src/content/extension-module.ts), so they are built as ES
    // modules whose default export is their API.
    'vite:build:extendConfig': (entrypoints, config) => {
      const name = entrypoints.length === 1 ? entrypoints[0]?.name : undefined;
      // The content script runs on every page, so it ships without webextension-polyfill: the
      // polyfill alone cost 2.5-8.5 ms of main-thread time per unrelated page (bench/page-cost.mjs).
      // It and its message bridge need only runtime.getURL, sendMessage and onMessage with
      // sendResponse, which behave the same natively in Chrome and Firefox; the notes bundle and
      // every page keep the polyfill. src/content/lazy-browser.ts also defers the first read of the
      // runtime to its first use.
      if (name === 'article-page' || name === 'content-main') {
        config.resolve = { ...config.resolve, alias: withNativeBrowser(config.resolve?.alias) };
      }
      if ((name === 'article-notes' || name === 'content-main') && config.build?.lib) {
        config.build.lib.formats = ['es'];
      }
    },
  },
});
