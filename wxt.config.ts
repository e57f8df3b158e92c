// WXT build configuration: one source tree, Manifest V3 for both Chrome and Firefox.
import { defineConfig } from 'wxt';

export default defineConfig({
  manifestVersion: 3,
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'Sourced inline notes on news about the Ottawa Mine Ban Convention. Everything runs locally.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The lazily loaded half of the content script (src/page/start-article-notes.ts explains why).
    web_accessible_resources: [{ resources: ['article-notes.js'], matches: ['<all_urls>'] }],
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
    // WXT builds unlisted scripts as IIFE; the article-notes bundle is import()ed by the content
    // script, so it is built as an ES module whose default export is its API.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (
        entrypoints.length === 1 &&
        entrypoints[0]?.name === 'article-notes' &&
        config.build?.lib
      ) {
        config.build.lib.formats = ['es'];
      }
    },
  },
});
