// The isolated-world half of the content script, started only once the page's-world probe
// (src/annotator/topic-probe.ts) found a treaty page, or when the popup or background wakes the script.
// It checks the topic again here, where the page cannot interfere, and only then loads the
// article-notes bundle (pack, matcher, DOMPurify, note UI). It then follows the page itself: late
// content, single-page-app routes, "check anyway" and selections.
//
// The lazy bundle is `entrypoints/article-notes.ts`, imported by URL (src/content/extension-module.ts).
// We chose that over a background `scripting.executeScript({files})` injection because that needs
// a message round trip and a handshake to pass `ctx.signal` across.
//
// API (for the message bridge, src/content/collection-bridge.ts, see ArticleNotesHandle below).
import type { PageContext } from '../page/page-context';
import { pageSample } from '../page/page-sample';
import { quickTopicCheck } from '../engine/detect';
import type { KeyedNote } from '../messages';
import { importExtensionModule } from '../content/extension-module';
import type { ArticleNotes, ArticleNotesOptions, PageReport } from './article-notes';
import { createLateContentWatch } from './late-content-watch';

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

  /** Loads the lazy bundle once; a page that failed the topic check gets a selection-only session. */
  const load = (mode: 'page' | 'selection'): Promise<ArticleNotes | null> => {
    loading ??= (async () => {
      if (mode === 'page') lateContent.stop();
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
        lateContent.stop();
        void session.start();
      } else if (!loading) void load('page');
    }
  };

  // Until the notes run, watch for a late article; once they run, their own observer follows the
  // page and a route change only asks them to refresh.
  const lateContent = createLateContentWatch(window, check, (callback, ms) =>
    ctx.setTimeout(callback, ms),
  );
  const watch = (): void => {
    if (!session || selectionOnly) lateContent.watch();
  };
  ctx.onInvalidated(lateContent.stop);
  ctx.onLocationChange(() => {
    // The new route renders after the navigation event; the session's own observer or our watch
    // picks up its content, this covers routes that render nothing new.
    lateContent.scheduleCheck();
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
      lateContent.stop();
      return notes.checkAnyway();
    },
    checkSelection: async (range) => {
      const notes = await load('selection');
      return notes ? notes.checkSelection(range) : null;
    },
  };
}
