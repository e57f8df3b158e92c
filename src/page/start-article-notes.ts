// The isolated-world half of the content script, started only once the page's-world probe
// (src/page/topic-probe.ts) found a treaty page, or when the popup or background wakes the script.
// It checks the topic again here, where the page cannot interfere, and only then loads the
// article-notes bundle (pack, matcher, DOMPurify, note UI). It then follows the page itself: late
// content, single-page-app routes, "check anyway" and selections.
//
// The lazy bundle is `entrypoints/article-notes.ts`, imported by URL (src/page/extension-module.ts).
// We chose that over a background `scripting.executeScript({files})` injection because that needs
// a message round trip and a handshake to pass `ctx.signal` across.
//
// API (for the message bridge, src/content/collection-bridge.ts, see ArticleNotesHandle below).
import { quickTopicCheck } from '../engine/detect';
import type { ArticleNotes, ArticleNotesOptions, PageReport } from './article-notes';
import { importExtensionModule } from './extension-module';
import { pageSample } from './page-sample';
import type { KeyedNote } from './note-keys';
import type { PageContext } from './page-context';

/** Quiet time after page mutations before checking again for a late article (ms). */
const RECHECK_DEBOUNCE_MS = 500;
/** How long after load or a URL change we keep watching for a late article (ms). Chosen to cover
 *  slow client-rendered pages (the e2e "late article" arrives after 2 s) while leaving
 *  unrelated pages with no observer at all afterwards. */
const WATCH_WINDOW_MS = 15_000;

export interface ArticleNotesModule {
  /** Loads the enabled packs and starts the session. */
  run(doc: Document, signal: AbortSignal, options: ArticleNotesOptions): Promise<ArticleNotes>;
}

/** Handle for other features; every method is safe (null/false) on pages without notes. */
export interface ArticleNotesHandle {
  /** Topic and notes with ids; null when this page never passed the topic check. */
  getPageReport(): PageReport | null;
  openNote(id: string): boolean;
  scrollToNote(id: string): boolean;
  /** Annotates the page even though the topic check failed; resolves with the report. */
  checkAnyway(): Promise<PageReport | null>;
  /** Matches a selection (on any page) and shows the result beside it. */
  checkSelection(range: Range): Promise<KeyedNote | null>;
}

/**
 * Starts watching the page; loads and runs the article notes once the page looks like a treaty
 * article (now, when content arrives late, or after an SPA navigation). Returns at once.
 */
export function startArticleNotes(
  ctx: PageContext,
  options: ArticleNotesOptions = {},
): ArticleNotesHandle {
  let session: ArticleNotes | null = null;
  /** True while the session only answers selections (the page failed the topic check). */
  let selectionOnly = false;
  let loading: Promise<ArticleNotes | null> | null = null;
  let observer: MutationObserver | null = null;
  let timer = 0;
  let watchUntil = 0;

  /** Loads the lazy bundle once; a page that failed the topic check gets a selection-only session. */
  const load = (mode: 'page' | 'selection'): Promise<ArticleNotes | null> => {
    loading ??= (async () => {
      if (mode === 'page') stopWatching();
      if (ctx.isInvalid) return null;
      const notes = await importExtensionModule<ArticleNotesModule>('/article-notes.js');
      if (ctx.isInvalid) return null;
      selectionOnly = mode === 'selection';
      session = await notes.run(document, ctx.signal, { ...options, selectionOnly });
      return session;
    })();
    return loading;
  };

  const check = (): void => {
    if (session && !selectionOnly) {
      void session.refresh();
    } else if (quickTopicCheck(pageSample(document))) {
      if (session) {
        selectionOnly = false;
        stopWatching();
        void session.start();
      } else if (!loading) void load('page');
    }
  };

  function stopWatching(): void {
    observer?.disconnect();
    observer = null;
    clearTimeout(timer);
  }

  const watch = (): void => {
    watchUntil = performance.now() + WATCH_WINDOW_MS;
    if (observer || (session && !selectionOnly)) return;
    observer = new MutationObserver(() => {
      if (performance.now() > watchUntil) return stopWatching();
      clearTimeout(timer);
      timer = ctx.setTimeout(check, RECHECK_DEBOUNCE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.setTimeout(() => {
      if (performance.now() >= watchUntil) stopWatching();
    }, WATCH_WINDOW_MS);
  };

  ctx.onInvalidated(stopWatching);
  ctx.onLocationChange(() => {
    // The new route renders after the navigation event; the session's own observer or our watch
    // picks up its content, this covers routes that render nothing new.
    ctx.setTimeout(check, RECHECK_DEBOUNCE_MS);
    watch();
  });
  check();
  watch();

  return {
    getPageReport: () => (session && !selectionOnly ? session.getPageReport() : null),
    openNote: (id) => session?.openNote(id) ?? false,
    scrollToNote: (id) => session?.scrollToNote(id) ?? false,
    checkAnyway: async () => {
      const notes = await load('selection');
      if (!notes) return null;
      selectionOnly = false;
      stopWatching();
      return notes.checkAnyway();
    },
    checkSelection: async (range) => {
      const notes = await load('selection');
      return notes ? notes.checkSelection(range) : null;
    },
  };
}
