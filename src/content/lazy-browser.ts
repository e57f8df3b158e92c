// `wxt/browser` for the content script only (aliased in wxt.config.ts): the same native
// `browser`/`chrome` object, looked up on first use instead of when the script starts. WXT's module
// reads `browser.runtime.id` (Firefox) or `chrome` as soon as it loads, which builds the runtime
// bindings in the page's isolated world, about 1.1 ms on every page (bench/page-cost.mjs).
import type { browser as ExtensionBrowser } from 'wxt/browser';

type ExtensionApi = typeof ExtensionBrowser;

function nativeApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime?.id ? scope.browser : (scope.chrome as ExtensionApi);
}

let resolved: ExtensionApi | undefined;

export const browser: ExtensionApi = new Proxy({} as ExtensionApi, {
  get: (_target, key) => Reflect.get((resolved ??= nativeApi()), key),
});
