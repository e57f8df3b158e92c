// The options page's pack management: list packs, switch them on and off, import and remove packs,
// and show a rejected pack's exact validation problems.
import type { Pack } from '../claims/schema';
import { t, tCount } from '../i18n';
import { loadBundledPacks } from '../store/bundled-packs';
import {
  importPack,
  listPacks,
  removePack,
  setPackEnabled,
  type PackEntry,
} from '../store/pack-store';
import type { StoreResult } from '../store/store-error';
import { buildElement } from './build-element';
import { localisePage } from './localise-page';
import { showError, showStatus, type StatusRegions } from './status-region';

interface OptionsView {
  doc: Document;
  rows: HTMLTableSectionElement;
  file: HTMLInputElement;
  regions: StatusRegions;
  bundled: Pack[];
}

function requireElement<T extends Element>(doc: Document, selector: string): T {
  const element = doc.querySelector<T>(selector);
  if (!element) throw new Error(`options page markup lacks ${selector}`);
  return element;
}

function renderRow(view: OptionsView, pack: PackEntry): HTMLTableRowElement {
  const { doc } = view;
  const toggle = buildElement(doc, 'input', {
    type: 'checkbox',
    'aria-label': t('packEnable', pack.title),
    'data-pack': pack.id,
  });
  toggle.checked = pack.enabled;
  toggle.addEventListener('change', () => {
    void report(
      view,
      setPackEnabled(pack.id, toggle.checked),
      t(toggle.checked ? 'packEnabled' : 'packDisabled', pack.title),
    );
  });
  const remove = pack.bundled
    ? buildElement(doc, 'span', { class: 'muted' }, t('packBundled'))
    : buildElement(
        doc,
        'button',
        { type: 'button', 'aria-label': t('packRemove', pack.title) },
        t('remove'),
      );
  if (!pack.bundled)
    remove.addEventListener('click', () => {
      void report(view, removePack(pack.id, view.bundled), t('packRemoved', pack.title));
    });
  return buildElement(
    doc,
    'tr',
    { 'data-pack': pack.id },
    buildElement(
      doc,
      'th',
      { scope: 'row' },
      pack.title,
      buildElement(doc, 'br'),
      buildElement(doc, 'code', {}, pack.id),
    ),
    buildElement(doc, 'td', {}, pack.version),
    buildElement(doc, 'td', {}, pack.reviewed),
    buildElement(doc, 'td', {}, String(pack.claims)),
    buildElement(doc, 'td', {}, toggle),
    buildElement(doc, 'td', {}, remove),
  );
}

async function renderPacks(view: OptionsView): Promise<void> {
  const packs = await listPacks(view.bundled);
  view.rows.replaceChildren(...packs.map((pack) => renderRow(view, pack)));
}

/** Shows a write's outcome and redraws the list from storage (the source of truth). */
async function report(
  view: OptionsView,
  write: Promise<StoreResult<object>>,
  success: string,
): Promise<void> {
  const result = await write;
  if (result.ok) showStatus(view.regions, success);
  else
    showError(
      view.regions,
      result.error.message,
      result.error.kind === 'invalid' ? result.error.problems : [],
    );
  await renderPacks(view);
}

async function importSelectedFile(view: OptionsView): Promise<void> {
  const file = view.file.files?.[0];
  if (!file) return;
  const result = await importPack(await file.text(), view.bundled);
  if (result.ok) {
    const { pack, replaced } = result;
    showStatus(
      view.regions,
      replaced
        ? t('packUpdated', pack.title, replaced, pack.version)
        : tCount('packImported', pack.claims, pack.title),
    );
  } else {
    showError(
      view.regions,
      `${file.name}: ${result.error.message}`,
      result.error.kind === 'invalid' ? result.error.problems : [],
    );
  }
  view.file.value = ''; // so choosing the same file again after fixing it fires "change"
  await renderPacks(view);
}

/** Fills the options page and keeps it in step with storage until `signal` aborts. */
export async function startOptionsPage(doc: Document, signal: AbortSignal): Promise<void> {
  localisePage(doc);
  const view: OptionsView = {
    doc,
    rows: requireElement(doc, '#packs tbody'),
    file: requireElement(doc, '#pack-file'),
    regions: { status: requireElement(doc, '#status'), alert: requireElement(doc, '#alert') },
    bundled: await loadBundledPacks(),
  };
  view.file.addEventListener('change', () => void importSelectedFile(view), { signal });
  await renderPacks(view);
}
