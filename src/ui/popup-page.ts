// The popup: asks the current tab's content script for its report and shows it; its buttons reveal a
// note in the page, copy the report, or check a page that was not detected.
import { browser } from 'wxt/browser';
import { reachContent } from '../background/reach-content';
import { t } from '../i18n';
import type { PageReport } from '../messages';
import { loadBundledPacks } from '../store/bundled-packs';
import { listPacks } from '../store/pack-store';
import { formatReportJson, formatReportMarkdown } from './report-markdown';
import { localisePage } from './localise-page';
import { renderMessage, renderReport } from './report-view';
import { showError, showStatus, type StatusRegions } from './status-region';

interface PopupView {
  doc: Document;
  container: HTMLElement;
  regions: StatusRegions;
  tabId: number;
  report: PageReport | null;
}

function requireElement<T extends Element>(doc: Document, selector: string): T {
  const element = doc.querySelector<T>(selector);
  if (!element) throw new Error(`popup markup lacks ${selector}`);
  return element;
}

/** Copies `text` and announces `copied` (a whole sentence), or why copying failed. */
async function copyText(view: PopupView, text: string, copied: string): Promise<void> {
  try {
    await view.doc.defaultView?.navigator.clipboard.writeText(text);
    showStatus(view.regions, copied);
  } catch (error) {
    showError(view.regions, t('copyFailed', String((error as Error).message ?? error)));
  }
}

async function revealNote(view: PopupView, noteId: string): Promise<void> {
  const outcome = await reachContent(view.tabId, 'popup→content:reveal-note', { noteId });
  if (!outcome?.found) showError(view.regions, t('popupNoteGone'));
  // The note is open in the page now; closing the popup hands focus back to the page (Chromium
  // keeps the popup open otherwise, covering the note).
  else view.doc.defaultView?.close();
}

async function checkAnyway(view: PopupView): Promise<void> {
  const report = await reachContent(view.tabId, 'popup→content:check-anyway', {});
  if (report) show(view, await withPacks(report));
  else showError(view.regions, t('popupCheckFailed'));
}

/**
 * The packs a report names: those the page says it used, or else the packs enabled in settings
 * (what the content script loads), so the copied report always states a pack version.
 */
async function withPacks(report: PageReport): Promise<PageReport> {
  if (report.packs.length) return report;
  const packs = (await listPacks(await loadBundledPacks())).filter((pack) => pack.enabled);
  return { ...report, packs: packs.map(({ id, version }) => ({ id, version })) };
}

function show(view: PopupView, report: PageReport): void {
  view.report = report;
  renderReport(view.container, report, {
    revealNote: (noteId) => void revealNote(view, noteId),
    copyMarkdown: () => void copyText(view, formatReportMarkdown(report), t('copiedReport')),
    copyDisputed: () =>
      void copyText(
        view,
        formatReportMarkdown(report, { disputedOnly: true }),
        t('copiedConflicts'),
      ),
    copyJson: () => void copyText(view, formatReportJson(report), t('copiedJson')),
    checkAnyway: () => void checkAnyway(view),
  });
}

/**
 * The tab to report on: the active tab, or the one named by `?tab=<id>` when the report is opened as
 * a page of its own (then the active tab would be the report itself; the e2e suite opens it so).
 */
async function reportedTab(doc: Document): Promise<{ id?: number; url?: string } | undefined> {
  const named = Number(new URL(doc.URL).searchParams.get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Fills the popup for the active tab. */
export async function startPopup(doc: Document, _signal: AbortSignal): Promise<void> {
  localisePage(doc);
  const container = requireElement<HTMLElement>(doc, '#report');
  const regions = {
    status: requireElement<HTMLElement>(doc, '#status'),
    alert: requireElement<HTMLElement>(doc, '#alert'),
  };
  const tab = await reportedTab(doc);
  if (tab?.id === undefined) {
    renderMessage(container, t('popupNoTab'));
    return;
  }
  const view: PopupView = { doc, container, regions, tabId: tab.id, report: null };
  const report = await reachContent(tab.id, 'popup→content:get-report', {});
  if (report) show(view, await withPacks(report));
  else if (report === null && /^(https?|file):/.test(tab.url ?? 'http:'))
    renderMessage(container, t('notDetected'), {
      label: t('checkAnyway'),
      run: () => void checkAnyway(view),
    });
  else renderMessage(container, t('popupCannotRun'));
}
