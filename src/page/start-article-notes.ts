// What runs on every page, so it must stay tiny: the stage-1 topic check on the page's title and
// text, and nothing else until it passes. Only then is the article-notes bundle (pack, matcher,
// DOMPurify, note UI) loaded.
//
// The lazy bundle is `entrypoints/article-notes.ts`, imported by URL (src/page/extension-module.ts).
// We chose that over a background `scripting.executeScript({files})` injection because that needs
// a message round trip and a handshake to pass `ctx.signal` across.
//
// API (for the message bridge, src/content/collection-bridge.ts, see ArticleNotesHandle below).
import { quickTopicCheck } from '../engine/detect';
import type { ArticleNotes, ArticleNotesOptions, PageReport } from './article-notes';
import { importExtensionModule } from './extension-module';
import type { KeyedNote } from './note-keys';
import type { PageContext } from './page-context';

/** How many paragraphs of the page the stage-1 check reads, after the title, description and
 *  headline: a treaty article names its subject there. Reading `body.textContent` instead cost
 *  5-30 ms on the large real pages (it copies every script's text) and a TreeWalker over the body
 *  2-6 ms from the isolated world; native querySelector calls stay well under 1 ms
 *  (bench/page-cost.mjs). */
const SAMPLE_PARAGRAPHS = 12;
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

/** The title, description, headline and opening paragraphs of the page, which stage 1 reads. */
export function pageSample(doc: Document): string {
  const parts = [
    doc.title,
    doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
    doc.getElementsByTagName('h1')[0]?.textContent ?? '',
  ];
  // One selector walk that stops at the first match, then a live collection, evaluated only as far
  // as the items read: on a large page a fraction of the full walks querySelectorAll('p') or one
  // lookup per tag would make (bench/page-cost.mjs).
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  const paragraphs = root?.getElementsByTagName('p');
  for (let i = 0; paragraphs && i < SAMPLE_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    parts.push(paragraph.textContent ?? '');
  }
  return parts.join('\n');
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
