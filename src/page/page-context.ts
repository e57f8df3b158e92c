// The content script's lifetime, without WXT's ContentScriptContext. That class cost about 4 ms of
// main-thread time on every page it runs on (bench/page-cost.mjs: 4.1 ms for a script that only
// constructs it, 0.3 ms for an empty one), mostly announcing itself to older copies of the script
// with a window message and a document event, and binding the runtime API early. What is left is
// small: an abort signal that fires once the extension is reloaded or disabled, timers that respect
// it, URL changes of single-page apps, and one document event so that a copy injected into an open
// tab (src/background/reach-content.ts) makes a dead copy from before a reload take its notes away.
//
// The runtime API is read lazily: the first read of `chrome.runtime` in a page's isolated world
// builds its bindings, about 1.1 ms (bench/page-cost.mjs), so a copy that never finds an article
// never pays it. Until the copy has used the runtime, timers check only the signal; whatever the
// copy does for the extension (loading its bundle, answering messages) asks `isInvalid` first, and
// only then does it announce itself to older copies (the event cost about 0.4 ms per page). A copy
// that never did anything has nothing on the page to take away.

import { observeRouteChanges } from './route-changes';

/** What the content script's features get instead of WXT's `ctx`. */
export interface PageContext {
  /** Aborts when the extension is reloaded, updated or disabled; every listener hangs off it. */
  readonly signal: AbortSignal;
  /** True once the extension is gone (checks, and aborts `signal` if so). */
  readonly isInvalid: boolean;
  /** A timer whose callback does not run once the context is known to be invalid. */
  setTimeout(callback: () => void, ms: number): number;
  onInvalidated(callback: () => void): void;
  /** Calls `callback` after a single-page app changed the URL (history API, back and forward). */
  onLocationChange(callback: () => void): void;
}

/** Dispatched on the document by each copy when it first works for the extension; a copy whose
 *  extension is gone then stops. */
const STARTED_EVENT = 'crosscheck:content-script-started';

/** The extension's runtime id, or undefined once it was reloaded or disabled. */
export function extensionRuntimeId(): string | undefined {
  const api = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;
  try {
    return api?.runtime?.id;
  } catch {
    // Firefox throws on a dead extension's objects.
    return undefined;
  }
}

export function createPageContext(view: Window): PageContext {
  const controller = new AbortController();
  const { signal } = controller;
  const doc = view.document;
  /** True once this copy has read the runtime, so checking it again costs nothing. */
  let engaged = false;
  /** The first time the copy works for the extension: tell older copies, and listen for newer. */
  const engage = (): void => {
    if (engaged) return;
    engaged = true;
    // Only our own runtime decides: a page dispatching the event cannot stop a live copy.
    doc.addEventListener(STARTED_EVENT, checkInvalid, { signal });
    doc.dispatchEvent(new CustomEvent(STARTED_EVENT));
  };
  function checkInvalid(): boolean {
    engage();
    if (!signal.aborted && extensionRuntimeId() === undefined)
      controller.abort('extension unloaded');
    return signal.aborted;
  }
  const stopped = (): boolean => signal.aborted || (engaged && checkInvalid());
  const context: PageContext = {
    signal,
    get isInvalid() {
      return checkInvalid();
    },
    // No abort listener per timer: the callback checks first, so callers may set one per page
    // mutation without piling up listeners.
    setTimeout(callback, ms) {
      return view.setTimeout(() => {
        if (!stopped()) callback();
      }, ms);
    },
    onInvalidated(callback) {
      signal.addEventListener('abort', callback, { once: true });
    },
    onLocationChange(callback) {
      const stop = observeRouteChanges(view, () => {
        if (!checkInvalid()) callback();
      });
      signal.addEventListener('abort', stop, { once: true });
    },
  };
  return context;
}
