// The collection page's controller: reads the collection, applies filters, exports and imports, and
// keeps the list in step with storage (items saved from a page appear while the page is open).
import { browser } from 'wxt/browser';
import { t, tCount } from '../i18n';
import { sendToBackground } from '../messages';
import {
  COLLECTION_KEY,
  editItem,
  importItems,
  loadCollection,
  removeItems,
} from '../store/collection-store';
import { exportCsv } from '../store/export-csv';
import { exportJson, parseJsonExport } from '../store/export-json';
import { exportWebAnnotation } from '../store/export-web-annotation';
import type { SavedItem } from '../store/saved-item';
import { filterItems, filterOptions, type CollectionFilter } from './collection-filter';
import { fillSelect, renderItems, type ItemActions } from './collection-view';
import { downloadFile, fileStamp } from './download-file';
import { localisePage } from './localise-page';
import { showError, showStatus, type StatusRegions } from './status-region';

interface CollectionView {
  doc: Document;
  items: SavedItem[];
  list: HTMLElement;
  heading: HTMLElement;
  form: HTMLFormElement;
  regions: StatusRegions;
  actions: ItemActions;
}

function requireElement<T extends Element>(doc: Document, selector: string): T {
  const element = doc.querySelector<T>(selector);
  if (!element) throw new Error(`collection page markup lacks ${selector}`);
  return element;
}

function readFilter(doc: Document): CollectionFilter {
  const value = (id: string) =>
    requireElement<HTMLInputElement | HTMLSelectElement>(doc, `#${id}`).value;
  return {
    query: value('query'),
    verdict: value('verdict') as CollectionFilter['verdict'],
    claim: value('claim'),
    site: value('site'),
    tag: value('tag'),
    from: value('from'),
    to: value('to'),
  };
}

function render(view: CollectionView): void {
  const options = filterOptions(view.items);
  fillSelect(requireElement(view.doc, '#claim'), options.claims);
  fillSelect(requireElement(view.doc, '#site'), options.sites);
  fillSelect(requireElement(view.doc, '#tag'), options.tags);
  const shown = filterItems(view.items, readFilter(view.doc));
  renderItems(view.list, view.heading, shown, view.items.length, view.actions);
}

async function reload(view: CollectionView): Promise<void> {
  const loaded = await loadCollection();
  if (!loaded.ok) {
    showError(view.regions, t('collectionUnreadable', loaded.error.message));
    return;
  }
  view.items = loaded.items;
  render(view);
}

function exportAs(view: CollectionView, kind: 'json' | 'csv' | 'annotations'): void {
  const stamp = fileStamp();
  const { doc, items } = view;
  if (kind === 'json')
    downloadFile(doc, `crosscheck-collection-${stamp}.json`, 'application/json', exportJson(items));
  else if (kind === 'csv')
    downloadFile(
      doc,
      `crosscheck-collection-${stamp}.csv`,
      'text/csv;charset=utf-8',
      exportCsv(items),
    );
  else
    downloadFile(
      doc,
      `crosscheck-annotations-${stamp}.jsonld`,
      'application/ld+json',
      exportWebAnnotation(items),
    );
  showStatus(view.regions, tCount('exported', items.length));
}

async function importFile(view: CollectionView, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  input.value = ''; // so the same file can be chosen again after fixing it
  const parsed = parseJsonExport(await file.text());
  if (!parsed.ok) {
    showError(view.regions, t('importRejected', file.name), parsed.problems);
    return;
  }
  const result = await importItems(parsed.items);
  if (!result.ok) {
    showError(view.regions, result.error.message);
    return;
  }
  showStatus(
    view.regions,
    t('importDone', file.name, result.added, result.updated, result.unchanged),
  );
  view.items = result.items;
  render(view);
}

function itemActions(getView: () => CollectionView): ItemActions {
  return {
    open: (item) => {
      showStatus(getView().regions, t('opening', item.page.url));
      void sendToBackground('page→background:open-item', { itemId: item.id }).then((outcome) => {
        const view = getView();
        if (outcome.found) showStatus(view.regions, outcome.message);
        else showError(view.regions, outcome.message);
      });
    },
    save: (item, edit) => {
      void editItem(item.id, edit).then((result) => {
        const view = getView();
        if (!result.ok) return showError(view.regions, result.error.message);
        showStatus(view.regions, t('editSaved'));
        view.items = result.items;
      });
    },
    remove: (item) => {
      void removeItems([item.id]).then((result) => {
        const view = getView();
        if (!result.ok) return showError(view.regions, result.error.message);
        showStatus(view.regions, t('itemRemoved', item.sentence.slice(0, 60)));
        view.items = result.items;
        render(view);
        // The focused Remove button is gone with its item: keep keyboard users in the list.
        view.heading.focus();
      });
    },
  };
}

/** Fills the collection page and keeps it current until `signal` aborts. */
export async function startCollectionPage(doc: Document, signal: AbortSignal): Promise<void> {
  localisePage(doc);
  const view: CollectionView = {
    doc,
    items: [],
    list: requireElement(doc, '#items'),
    heading: requireElement(doc, '#items-heading'),
    form: requireElement(doc, '#filters'),
    regions: { status: requireElement(doc, '#status'), alert: requireElement(doc, '#alert') },
    actions: itemActions(() => view),
  };
  view.form.addEventListener('input', () => render(view), { signal });
  view.form.addEventListener('submit', (event) => event.preventDefault(), { signal });
  // "reset" fires before the fields are cleared; render on the next task.
  view.form.addEventListener('reset', () => setTimeout(() => render(view), 0), { signal });
  requireElement(doc, '#export-json').addEventListener('click', () => exportAs(view, 'json'), {
    signal,
  });
  requireElement(doc, '#export-csv').addEventListener('click', () => exportAs(view, 'csv'), {
    signal,
  });
  requireElement(doc, '#export-annotations').addEventListener(
    'click',
    () => exportAs(view, 'annotations'),
    { signal },
  );
  const input = requireElement<HTMLInputElement>(doc, '#import-file');
  input.addEventListener('change', () => void importFile(view, input), { signal });
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && COLLECTION_KEY in changes) void reload(view);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
    once: true,
  });
  await reload(view);
}
