// The content-script side of the report, the collection and the context menus: answers the popup's
// and the background's messages from the page's notes, and saves notes and selections. Part of
// content-main.js, which a page without notes loads when woken (src/content/wake-hook.ts), so it
// imports no engine, pack or UI library.
import type { PageReport as NotesReport } from '../annotator/article-notes';
import { readPublishedDate } from '../page/published-date';
import { rangeFromOffsets, readText } from '../page/text-map';
import {
  handleMessages,
  type KeyedNote,
  sendToBackground,
  type PageReport,
  type Reply,
  type SelectionOutcome,
} from '../messages';
import { anchorQuote, nthIndexOf } from '../store/anchor-quote';
import { surroundingContext, type ItemDraft } from '../store/create-item';
import { revealRange } from '../ui/reveal-range';

/** What the page's notes session offers (src/annotator/start-article-notes.ts); optional parts may be absent. */
export interface NotesHandle {
  getPageReport(): (NotesReport & { packs?: { id: string; version: string }[] }) | null;
  openNote(id: string): boolean;
  scrollToNote(id: string): boolean;
  /** Runs the notes on a page that failed the topic check; resolves with the new report. */
  checkAnyway?(): Promise<NotesReport | null>;
  /** Matches the selection and shows the note beside it; resolves with the note or null. */
  checkSelection?(range: Range): Promise<KeyedNote | null>;
}

const NO_TOPIC = { relevant: false, score: 0, reasons: [] };

/** The report in protocol form; null when the page was never checked. */
export function toProtocolReport(
  doc: Document,
  report: ReturnType<NotesHandle['getPageReport']>,
  forced: boolean,
): PageReport | null {
  if (!report) return null;
  return {
    url: doc.URL,
    title: doc.title,
    checkedAt: new Date().toISOString(),
    published: readPublishedDate(doc) ?? null,
    topic: report.topic ?? NO_TOPIC,
    forced,
    packs: report.packs ?? [],
    notes: report.notes,
  };
}

/** Tells the background how many notes (and conflicts) the page has, for the badge. */
export function reportCounts(report: NotesReport): void {
  const count = report.hidden ? 0 : report.notes.length;
  const conflicts = report.hidden
    ? 0
    : report.notes.filter((note) => note.verdict === 'conflicting').length;
  void sendToBackground('content→background:report', { count, conflicts }).catch(() => undefined);
}

/** The page text saved offsets refer to: the body as text-map reads it (the same on save and reopen). */
function pageText(doc: Document) {
  return readText(doc.body ?? doc.documentElement);
}

/** The occurrence index at the end of a note id (`claim:hash#2` → 2). */
function occurrenceOf(noteId: string): number {
  return Number(noteId.slice(noteId.lastIndexOf('#') + 1)) || 0;
}

function draftFor(
  doc: Document,
  sentence: string,
  occurrence: number,
  note: KeyedNote | null,
  pack: { id: string; version: string } | null,
): ItemDraft {
  const text = pageText(doc).text;
  const found = nthIndexOf(text, sentence, occurrence);
  const start = found >= 0 ? found : text.indexOf(sentence);
  const located = start >= 0;
  return {
    sentence,
    text: located ? text : sentence,
    start: located ? start : 0,
    end: located ? start + sentence.length : sentence.length,
    context: located ? surroundingContext(text, start, start + sentence.length) : sentence,
    url: doc.URL,
    title: doc.title,
    note,
    pack,
  };
}

/** The "Save to collection" button every note gets. */
export function saveNoteAction(doc: Document, handle: () => NotesHandle | null) {
  return {
    label: 'Save to collection',
    /** Resolves with a sentence the note can show: saved, already saved, or why it failed. */
    async run(note: KeyedNote): Promise<string> {
      const pack = handle()?.getPageReport()?.packs?.[0] ?? null;
      const draft = draftFor(doc, note.sentence, occurrenceOf(note.id), note, pack);
      return describeSave(await sendToBackground('content→background:save-item', { draft }));
    },
  };
}

function describeSave(result: Reply<'content→background:save-item'>): string {
  if (!result.ok) return result.error.message;
  return result.duplicate ? 'Already in your collection.' : 'Saved to your collection.';
}

function selectionRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  return selection && selection.rangeCount && !selection.isCollapsed
    ? selection.getRangeAt(0)
    : null;
}

async function saveSelection(
  doc: Document,
  handle: NotesHandle,
  fallbackText: string,
): Promise<SelectionOutcome> {
  const range = selectionRange(doc);
  const sentence = (range?.toString() ?? fallbackText).replace(/\s+/g, ' ').trim();
  if (!sentence) return { selected: false, claim: null };
  const note = range && handle.checkSelection ? await handle.checkSelection(range) : null;
  const pack = handle.getPageReport()?.packs?.[0] ?? null;
  const draft = draftFor(doc, sentence, 0, note, pack);
  await sendToBackground('content→background:save-item', { draft });
  return { selected: true, claim: note?.claim ?? null };
}

/** Answers the popup and the background until `signal` aborts. */
export function answerMessages(doc: Document, handle: NotesHandle, signal: AbortSignal): void {
  let forced = false;
  handleMessages(
    {
      'popup→content:get-report': () => toProtocolReport(doc, handle.getPageReport(), forced),
      'popup→content:reveal-note': ({ noteId }) => {
        const found = handle.scrollToNote(noteId) && handle.openNote(noteId);
        return { found };
      },
      'popup→content:check-anyway': async () => {
        // Without the notes session's hook there is no honest report to give: say so (null).
        if (!handle.checkAnyway) return null;
        forced = true;
        return toProtocolReport(doc, await handle.checkAnyway(), true);
      },
      'background→content:check-selection': async ({ text }) => {
        const range = selectionRange(doc);
        if (!range && !text) return { selected: false, claim: null };
        const note = range && handle.checkSelection ? await handle.checkSelection(range) : null;
        return { selected: true, claim: note?.claim ?? null };
      },
      'background→content:save-selection': ({ text }) => saveSelection(doc, handle, text),
      'background→content:reveal-quote': ({ quote, position }) => {
        const map = pageText(doc);
        const anchor = anchorQuote(map.text, quote, position);
        const range = anchor && rangeFromOffsets(map, anchor.start, anchor.end);
        if (range) revealRange(range);
        return { found: Boolean(range) };
      },
    },
    signal,
  );
}
