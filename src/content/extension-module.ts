// Loads one of the extension's own ES modules into the content script's isolated world. WXT bundles
// content scripts as single IIFE files, so a plain import() would be inlined; these modules are
// built as ES modules (wxt.config.ts), listed in web_accessible_resources, and imported by URL.
// Chrome and Firefox both evaluate a module imported from a content script in the content
// script's world, with its extension APIs and free of the page's CSP.
import { browser, type PublicPath } from 'wxt/browser';

/** The default export of the module at `path` (e.g. '/article-notes.js'), loaded once per call site. */
export async function importExtensionModule<T>(path: PublicPath): Promise<T> {
  const module = (await import(/* @vite-ignore */ browser.runtime.getURL(path))) as {
    default: T;
  };
  return module.default;
}
