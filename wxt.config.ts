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
});
