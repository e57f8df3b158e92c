// The annotated-page session, loaded only after the cheap topic check passed: reads the article,
// runs the engine in slices under 50 ms, places markers, highlights and the summary, and keeps them
// right as the page changes (late content, re-renders, SPA navigation) until `signal` aborts.
//
// API for other features (the background badge, "Save to collection"): `runArticleNotes` returns
// an ArticleNotes whose getPageReport() gives the topic and the notes with stable ids, and whose
// openNote(id)/scrollToNote(id) act on a note; checkAnyway() annotates a page that failed the topic
// check and checkSelection(range) matches a selection; `options.actions` adds buttons to every note
// and `options.onReport` hears each new report.
// Imports follow the data: the page is read (page/), the text matched (claims/, engine/), the notes
// keyed and shown (ui/); hiding is a stored preference (store/).
import { findArticleRoot } from '../page/article-root';
import { readPublishedDate } from '../page/published-date';
import { rangeFromOffsets, readText } from '../page/text-map';
import { mergePacks } from '../claims/merge';
import type { Pack } from '../claims/schema';
import {
  createAnnotator,
  cyrillicLanguagesOf,
  detectTopic,
  noteForSentence,
  segmentSentences,
  sentenceNotes,
  type Annotator,
  type Note,
  type TopicResult,
  type Verdict,
} from '../engine';
import { t } from '../i18n';
import type { KeyedNote } from '../messages';
import { keyNotes } from './note-keys';
import { clearHighlights, paintHighlights } from '../ui/highlighter';
import { createMarker, markerButton } from '../ui/marker';
import { createNotePopover, type NoteAction } from '../ui/note-popover';
import { isMarkerAt, placeMarker } from '../ui/place-marker';
import { showSelectionNotice } from '../ui/selection-notice';
import { createSummaryHost, renderSummary } from '../ui/summary-panel';
import { detectScheme } from '../ui/theme';
import { readHiddenFor, writeHidden } from '../store/hide-preference';

/** Longest slice of engine work before yielding to the page (ms): well under the 50 ms long-task
 *  line, leaving room for the slice that overshoots by one sentence. */
const SLICE_BUDGET_MS = 20;
/** Quiet time after the last page mutation before re-reading the article (ms). */
const DEBOUNCE_MS = 400;
/** Upper bound on waiting while mutations keep coming (infinite scroll, tickers) (ms). */
const MAX_WAIT_MS = 2000;

export interface PageReport {
  url: string;
  /** Null until the first read finished. */
  topic: TopicResult | null;
  notes: KeyedNote[];
  hidden: boolean;
  /** The packs the notes were matched against (the enabled ones). */
  packs: { id: string; version: string }[];
}

export interface ArticleNotesOptions {
  /** Buttons added to every note (e.g. "Save to collection"). */
  actions?: NoteAction[];
  /** Called after each refresh that changed the report. */
  onReport?: (report: PageReport) => void;
  /** Annotate even when the topic check says the page is not a treaty article. */
  forced?: boolean;
  /** Only answer checkSelection(); do not read or annotate the page (an undetected page). */
  selectionOnly?: boolean;
}

export interface ArticleNotes {
  getPageReport(): PageReport;
  /** Opens a note as a keyboard user would (focus moves into it); false for an unknown id. */
  openNote(id: string): boolean;
  /** Scrolls a note's marker into view and focuses it; false for an unknown id. */
  scrollToNote(id: string): boolean;
  /** Re-reads the page now (after a URL change). Resolves when the notes are shown. */
  refresh(): Promise<void>;
  /** Starts reading and annotating a page the session was only answering selections on. */
  start(): Promise<void>;
  /** Annotates the page whatever the topic check says ("Check this page anyway"). */
  checkAnyway(): Promise<PageReport>;
  /** Matches the selected text and shows the result beside it; the note, or null for no match. */
  checkSelection(range: Range): Promise<KeyedNote | null>;
}

/** The topic result when the user switched every pack off: nothing to match against. */
const NO_PACKS: TopicResult = {
  relevant: false,
  score: 0,
  reasons: ['every claims pack is switched off (options page)'],
};

interface Placed {
  note: KeyedNote;
  host: HTMLElement;
  range: Range;
}

/** Gives the page the main thread: scheduler.yield where it exists, else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Notes for `text`, computed in slices; null when `isStale()` turned true meanwhile. */
async function annotateInSlices(
  text: string,
  annotator: Annotator,
  publishedDate: string | undefined,
  isStale: () => boolean,
): Promise<Note[] | null> {
  const notes: Note[] = [];
  let sliceStart = performance.now();
  for (const note of sentenceNotes({ text, publishedDate }, annotator)) {
    if (note) notes.push(note);
    if (performance.now() - sliceStart > SLICE_BUDGET_MS) {
      await yieldToPage();
      if (isStale()) return null;
      sliceStart = performance.now();
    }
  }
  return notes;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName.startsWith('crosscheck-');
}

/** Whether a mutation can change the article text or removed our UI; our own writes do neither. */
function isRelevantMutation(record: MutationRecord): boolean {
  if (record.type === 'characterData') return true;
  for (const node of record.removedNodes)
    if (!(node.nodeType === 3 && !node.textContent?.trim())) return true;
  for (const node of record.addedNodes) {
    if (isOwnNode(node)) continue;
    if (node.nodeType === 1 || (node.nodeType === 3 && node.textContent?.trim())) return true;
  }
  return false;
}

function countVerdicts(notes: readonly KeyedNote[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { corroborated: 0, conflicting: 0, mixed: 0 };
  for (const note of notes) counts[note.verdict] += 1;
  return counts;
}

/** Starts the session on `doc` with `packs`; everything it adds goes away when `signal` aborts. */
export function runArticleNotes(
  doc: Document,
  packs: readonly Pack[],
  signal: AbortSignal,
  options: ArticleNotesOptions = {},
): ArticleNotes {
  const view = doc.defaultView ?? window;
  const pack = mergePacks(packs);
  const packList = packs.map((p) => ({ id: p.id, version: p.version }));
  let forced = options.forced ?? false;
  let watching = !options.selectionOnly;
  let annotator: Annotator | null = null;
  let annotatorLanguages = '';
  let selectionHost: HTMLElement | null = null;
  // The note names the page's date ("right for June 2025") and spots links to the page itself.
  const popover = createNotePopover(doc, options.actions ?? [], signal, () => ({
    pageUrl: doc.URL,
    publishedDate: readPublishedDate(doc),
  }));
  const placed = new Map<string, Placed>();
  let order: string[] = [];
  const summaryHost = createSummaryHost(doc);
  let report: PageReport = {
    url: doc.URL,
    topic: null,
    notes: [],
    hidden: false,
    packs: packList,
  };
  let lastText: string | null = null;
  let lastNotes: KeyedNote[] = [];
  let hidden = { page: false, site: false };
  let generation = 0;
  let current = -1;

  const observer = new MutationObserver((records) => {
    if (records.some(isRelevantMutation)) scheduleRefresh();
  });

  const removeAll = (): void => {
    popover.close(false);
    for (const { host } of placed.values()) host.remove();
    placed.clear();
    order = [];
    clearHighlights();
  };

  const setReport = (next: PageReport): void => {
    const changed =
      next.url !== report.url ||
      next.hidden !== report.hidden ||
      next.topic?.relevant !== report.topic?.relevant ||
      next.notes.map((n) => n.id).join() !== report.notes.map((n) => n.id).join();
    report = next;
    if (changed) options.onReport?.(report);
  };

  const step = (direction: 1 | -1): void => {
    if (order.length === 0) return;
    current = (current + direction + order.length) % order.length;
    scrollTo(order[current] ?? '');
  };

  const scrollTo = (id: string): boolean => {
    const entry = placed.get(id);
    if (!entry) return false;
    current = order.indexOf(id);
    entry.host.scrollIntoView({ block: 'center', behavior: 'auto' });
    markerButton(entry.host)?.focus({ preventScroll: true });
    return true;
  };

  const openNote = (id: string): boolean => {
    const entry = placed.get(id);
    if (!entry) return false;
    scrollTo(id);
    popover.open(
      entry.host,
      entry.note,
      'keyboard',
      detectScheme(entry.host.parentElement ?? doc.body),
    );
    return true;
  };

  const renderSummaryPanel = (root: Element, notes: readonly KeyedNote[]): void => {
    if (summaryHost.parentNode !== root || root.firstChild !== summaryHost)
      root.prepend(summaryHost);
    renderSummary(
      summaryHost,
      { counts: countVerdicts(notes), hiddenOnPage: hidden.page, hiddenOnSite: hidden.site },
      detectScheme(root),
      {
        step,
        setHidden: (scope, hide) => {
          hidden = { ...hidden, [scope]: hide };
          lastText = null; // force a re-render with the new visibility
          void writeHidden(doc.URL, scope, hide).then(refresh);
        },
      },
    );
  };

  const render = (root: Element, notes: readonly KeyedNote[]): void => {
    const map = readText(root);
    const scheme = detectScheme(root);
    const wanted = new Set(notes.map((note) => note.id));
    for (const [id, entry] of placed) {
      if (!wanted.has(id) || !entry.host.isConnected) {
        entry.host.remove();
        placed.delete(id);
      }
    }
    // Ranges first, then writes from last to first: live ranges survive the text-node splits.
    const items = notes
      .map((note) => ({ note, range: rangeFromOffsets(map, note.start, note.end) }))
      .filter((item): item is { note: KeyedNote; range: Range } => item.range !== null);
    for (const { note, range } of [...items].reverse()) {
      const host =
        placed.get(note.id)?.host ??
        createMarker(
          doc,
          note,
          scheme,
          {
            open: (marker, cause) => popover.open(marker, note, cause, detectScheme(root)),
            leave: (marker) => popover.leaveMarker(marker),
          },
          signal,
        );
      if (!isMarkerAt(range, host)) placeMarker(range, host);
      placed.set(note.id, { note, host, range });
    }
    order = items.map((item) => item.note.id);
    paintHighlights(
      doc,
      items.map(({ note, range }) => ({ range, verdict: note.verdict })),
    );
    renderSummaryPanel(root, notes);
  };

  const isRendered = (): boolean =>
    summaryHost.isConnected && [...placed.values()].every((entry) => entry.host.isConnected);

  async function refresh(): Promise<void> {
    const mine = ++generation;
    const isStale = (): boolean => signal.aborted || mine !== generation;
    hidden = await readHiddenFor(doc.URL).catch(() => hidden);
    if (isStale()) return;
    const root = findArticleRoot(doc);
    const text = readText(root).text;
    if (text === lastText && report.url === doc.URL && (isRendered() || lastNotes.length === 0))
      return;
    let notes = lastNotes;
    let topic = report.topic;
    if (text !== lastText) {
      topic = pack ? detectTopic(text, pack.topic) : NO_PACKS;
      notes = [];
      if (pack && (topic.relevant || forced)) {
        // Only the translations this page's language needs: an English page indexes English. A
        // page that changes language (an SPA route) gets the index its new text needs.
        const languages = cyrillicLanguagesOf(text).join(',');
        if (!annotator || languages !== annotatorLanguages) {
          await yieldToPage();
          annotator = createAnnotator(pack, text);
          annotatorLanguages = languages;
          await yieldToPage();
          if (isStale()) return;
        }
        const found = await annotateInSlices(text, annotator, readPublishedDate(doc), isStale);
        if (!found) return;
        notes = keyNotes(found);
      }
    }
    // The page may have changed while we worked; its own mutation has scheduled the next refresh.
    if (readText(root).text !== text) return;
    lastText = text;
    lastNotes = notes;
    const isHidden = hidden.page || hidden.site;
    if (!(topic?.relevant || forced) || notes.length === 0) {
      removeAll();
      summaryHost.remove();
    } else if (isHidden) {
      removeAll();
      renderSummaryPanel(root, notes);
    } else {
      render(root, notes);
    }
    // Drop the records our own writes queued so they never trigger another refresh.
    observer.takeRecords();
    setReport({
      url: doc.URL,
      topic,
      notes: isHidden ? [] : notes,
      hidden: isHidden,
      packs: packList,
    });
  }

  const startWatching = (): void => {
    if (watching) return;
    watching = true;
    observer.observe(doc.body ?? doc.documentElement, OBSERVED);
  };

  const checkAnyway = async (): Promise<PageReport> => {
    forced = true;
    lastText = null;
    startWatching();
    await refresh();
    return report;
  };

  /** The best note among the selection's sentences; the marker or a notice goes beside it. */
  const checkSelection = async (range: Range): Promise<KeyedNote | null> => {
    selectionHost?.remove();
    selectionHost = null;
    const text = range.toString();
    let best: Note | null = null;
    if (pack && text.trim()) {
      annotator ??= createAnnotator(pack);
      const published = readPublishedDate(doc);
      for (const sentence of segmentSentences(text)) {
        const note = noteForSentence(sentence, annotator, published);
        if (note && (!best || note.score > best.score)) best = note;
      }
    }
    const end = range.cloneRange();
    end.collapse(false);
    if (!best) {
      selectionHost = showSelectionNotice(
        doc,
        end,
        pack ? t('selectionNoMatch') : t('selectionNoPacks'),
        signal,
      );
      return null;
    }
    const [keyed] = keyNotes([best]).map((note) => ({ ...note, id: `selection:${note.id}` }));
    if (!keyed) return null;
    const scheme = detectScheme(end.startContainer.parentElement ?? doc.body);
    const host = createMarker(
      doc,
      keyed,
      scheme,
      {
        open: (marker, cause) => popover.open(marker, keyed, cause, scheme),
        leave: (marker) => popover.leaveMarker(marker),
      },
      signal,
    );
    placeMarker(end, host);
    selectionHost = host;
    popover.open(host, keyed, 'keyboard', scheme);
    return keyed;
  };

  let debounceTimer = 0;
  let firstPending = 0;
  function scheduleRefresh(): void {
    const now = performance.now();
    if (!debounceTimer) firstPending = now;
    view.clearTimeout(debounceTimer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, firstPending + MAX_WAIT_MS - now));
    debounceTimer = view.setTimeout(() => {
      debounceTimer = 0;
      void refresh();
    }, wait);
  }

  if (watching) observer.observe(doc.body ?? doc.documentElement, OBSERVED);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.clearTimeout(debounceTimer);
    removeAll();
    summaryHost.remove();
    selectionHost?.remove();
    popover.remove();
  });
  if (watching) void refresh();

  return {
    getPageReport: () => report,
    openNote,
    scrollToNote: scrollTo,
    refresh: () => (watching ? refresh() : Promise.resolve()),
    start: () => {
      startWatching();
      return refresh();
    },
    checkAnyway,
    checkSelection,
  };
}
