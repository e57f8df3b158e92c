// The content script's lifetime, without WXT's ContentScriptContext. That class cost about 4 ms of
// main-thread time on every page it runs on (bench/page-cost.mjs: 4.1 ms for a script that only
// constructs it, 0.3 ms for an empty one), mostly announcing itself to older copies of the script
// with a window message and a document event, and binding the runtime API early. What is left is
// small: an abort signal that fires once the extension is reloaded or disabled, timers that respect
// it, URL changes of single-page apps, and one document event so that a copy injected into an open
// tab (src/background/reach-content.ts) makes a dead copy from before a reload take its notes away.

/** What the content script's features get instead of WXT's `ctx`. */
export interface PageContext {
  /** Aborts when the extension is reloaded, updated or disabled; every listener hangs off it. */
  readonly signal: AbortSignal;
  /** True once the extension is gone (checks, and aborts `signal` if so). */
  readonly isInvalid: boolean;
  /** A timer whose callback does not run once the context is invalid. */
  setTimeout(callback: () => void, ms: number): number;
  onInvalidated(callback: () => void): void;
  /** Calls `callback` after a single-page app changed the URL (history API, back and forward). */
  onLocationChange(callback: () => void): void;
}

/** Dispatched on the document by each copy that starts; a copy whose extension is gone then stops. */
const STARTED_EVENT = 'crosscheck:content-script-started';

/** How often to compare the URL for history.pushState changes, which fire no event here (ms). */
const LOCATION_POLL_MS = 1000;

/** The extension's runtime id, or undefined once it was reloaded or disabled. */
function runtimeId(): string | undefined {
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
  const checkInvalid = (): boolean => {
    if (!signal.aborted && runtimeId() === undefined) controller.abort('extension unloaded');
    return signal.aborted;
  };
  const doc = view.document;
  doc.dispatchEvent(new CustomEvent(STARTED_EVENT));
  // Only our own runtime decides: a page dispatching the event cannot stop a live copy.
  doc.addEventListener(STARTED_EVENT, checkInvalid, { signal });
  const context: PageContext = {
    signal,
    get isInvalid() {
      return checkInvalid();
    },
    // No abort listener per timer: the callback checks first, so callers may set one per page
    // mutation without piling up listeners.
    setTimeout(callback, ms) {
      return view.setTimeout(() => {
        if (!checkInvalid()) callback();
      }, ms);
    },
    onInvalidated(callback) {
      signal.addEventListener('abort', callback, { once: true });
    },
    onLocationChange(callback) {
      let last = view.location.href;
      const changedTo = (url: string): void => {
        if (checkInvalid() || url === last) return;
        last = url;
        callback();
      };
      // Polling, not the Navigation API: the first read of window.navigation from the isolated
      // world alone cost about 2 ms per page, against microseconds per tick here.
      const timer = view.setInterval(() => changedTo(view.location.href), LOCATION_POLL_MS);
      view.addEventListener('popstate', () => changedTo(view.location.href), { signal });
      signal.addEventListener('abort', () => view.clearInterval(timer), { once: true });
    },
  };
  return context;
}
