// Claims packs the user manages on the options page: imported packs (validated by the claims loader)
// and which packs are switched off. The bundled pack ships with the extension and is only ever
// disabled, never stored or removed. One key holds everything, so each change is one atomic write.
import { browser } from 'wxt/browser';
import { formatProblem, loadPack, validatePack } from '../claims/loader';
import type { Pack } from '../claims/schema';
import { toStoreError, type StoreResult } from './store-error';
import { withWriteLock } from './write-lock';
import { t, tCount } from '../i18n';

export const PACKS_KEY = 'packs';
const PACKS_SCHEMA_VERSION = 1;

interface StoredPacks {
  schema: number;
  imported: unknown[];
  /** Ids of packs (bundled or imported) the user switched off. */
  disabled: string[];
}

interface PackSettings {
  imported: Pack[];
  disabled: string[];
}

/** One row of the options page's pack list. */
export interface PackEntry {
  id: string;
  title: string;
  version: string;
  reviewed: string;
  claims: number;
  bundled: boolean;
  enabled: boolean;
}

async function readSettings(): Promise<PackSettings> {
  const record = await browser.storage.local.get(PACKS_KEY);
  const stored = record[PACKS_KEY] as StoredPacks | undefined;
  if (!stored) return { imported: [], disabled: [] };
  // Re-validated on read: a pack written by an older build must still satisfy today's schema before
  // the engine sees it; one that does not is left out rather than crashing the content script.
  const imported = (stored.imported ?? []).flatMap((data) => {
    const result = validatePack(data);
    return result.ok ? [result.pack] : [];
  });
  return { imported, disabled: stored.disabled ?? [] };
}

async function writeSettings(settings: PackSettings): Promise<void> {
  const value: StoredPacks = { schema: PACKS_SCHEMA_VERSION, ...settings };
  await browser.storage.local.set({ [PACKS_KEY]: value });
}

function describe(pack: Pack, bundled: boolean, disabled: readonly string[]): PackEntry {
  return {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    reviewed: pack.reviewed,
    claims: pack.claims.length,
    bundled,
    enabled: !disabled.includes(pack.id),
  };
}

/** Bundled packs first, then imported ones in import order. */
export async function listPacks(bundled: readonly Pack[]): Promise<PackEntry[]> {
  const settings = await readSettings();
  return [
    ...bundled.map((pack) => describe(pack, true, settings.disabled)),
    ...settings.imported.map((pack) => describe(pack, false, settings.disabled)),
  ];
}

/** The packs the content script should match against; empty when the user disabled them all. */
export async function loadActivePacks(bundled: readonly Pack[]): Promise<Pack[]> {
  const settings = await readSettings();
  return [...bundled, ...settings.imported].filter((pack) => !settings.disabled.includes(pack.id));
}

/**
 * Validates and stores a pack file. A malformed pack is refused with every problem the loader found
 * (`claims[3].versions[0].evidence: …`) and nothing changes. A pack with the id of an imported one
 * replaces it (an update); the id of a bundled pack is refused.
 */
export function importPack(
  json: string,
  bundled: readonly Pack[],
): Promise<StoreResult<{ pack: PackEntry; replaced: string | null }>> {
  const loaded = loadPack(json);
  if (!loaded.ok) {
    const problems = loaded.problems.map(formatProblem);
    return Promise.resolve({
      ok: false,
      error: {
        kind: 'invalid',
        message: tCount('packNotImported', problems.length),
        problems,
      },
    });
  }
  const pack = loaded.pack;
  if (bundled.some((b) => b.id === pack.id)) {
    const message = t('packIdIsBundled', pack.id);
    return Promise.resolve({
      ok: false,
      error: { kind: 'invalid', message, problems: [`id: ${message}`] },
    });
  }
  return withWriteLock(PACKS_KEY, async () => {
    const settings = await readSettings();
    const previous = settings.imported.find((p) => p.id === pack.id);
    const imported = previous
      ? settings.imported.map((p) => (p.id === pack.id ? pack : p))
      : [...settings.imported, pack];
    try {
      await writeSettings({ ...settings, imported });
    } catch (error) {
      return { ok: false, error: toStoreError(error, t('storeWhatPack', pack.id)) };
    }
    return {
      ok: true,
      pack: describe(pack, false, settings.disabled),
      replaced: previous?.version ?? null,
    };
  });
}

/** Switches a pack on or off; works for bundled and imported packs alike. */
export function setPackEnabled(id: string, enabled: boolean): Promise<StoreResult<object>> {
  return withWriteLock(PACKS_KEY, async () => {
    const settings = await readSettings();
    const disabled = settings.disabled.filter((other) => other !== id);
    if (!enabled) disabled.push(id);
    try {
      await writeSettings({ ...settings, disabled });
    } catch (error) {
      return { ok: false, error: toStoreError(error, t('storeWhatPackSetting')) };
    }
    return { ok: true };
  });
}

/** Removes an imported pack; the bundled pack is refused (it can only be disabled). */
export function removePack(id: string, bundled: readonly Pack[]): Promise<StoreResult<object>> {
  if (bundled.some((pack) => pack.id === id)) {
    const message = t('bundledNotRemovable');
    return Promise.resolve({ ok: false, error: { kind: 'invalid', message, problems: [] } });
  }
  return withWriteLock(PACKS_KEY, async () => {
    const settings = await readSettings();
    const imported = settings.imported.filter((pack) => pack.id !== id);
    const disabled = settings.disabled.filter((other) => other !== id);
    try {
      await writeSettings({ imported, disabled });
    } catch (error) {
      return { ok: false, error: toStoreError(error, t('storeWhatRemoval')) };
    }
    return { ok: true };
  });
}
