// Upgrades stored collections and JSON exports from older schema versions to the current one. Pure
// functions over plain JSON, so the same path serves storage reads and imports of old export files.
import { COLLECTION_SCHEMA_VERSION } from './saved-item';
import { t } from '../i18n';

/**
 * Schema 1 was the flat first draft of the item (page, claim and selectors as top-level fields, claim
 * kept by id only). Kept so the migration path is exercised from the first release on.
 */
export interface ItemV1 {
  id: string;
  savedAt: string;
  url: string;
  title: string;
  sentence: string;
  context: string;
  claimId: string | null;
  verdict: 'corroborated' | 'conflicting' | 'mixed' | null;
  tags: string[];
  comment: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

type Migration = (items: unknown[]) => unknown[];

/** `MIGRATIONS[n]` turns schema n-1 items into schema n items. */
const MIGRATIONS: Record<number, Migration> = {
  2: (items) => (items as ItemV1[]).map(migrateItemV1),
};

function migrateItemV1(item: ItemV1): unknown {
  return {
    id: item.id,
    savedAt: item.savedAt,
    page: { url: item.url, title: item.title },
    sentence: item.sentence,
    context: item.context,
    claim:
      item.claimId && item.verdict
        ? {
            id: item.claimId,
            // Schema 1 kept only the claim id; the statement and sources were never stored.
            statement: '',
            verdict: item.verdict,
            stated: null,
            established: null,
            corroborating: [],
            conflicting: [],
            pack: null,
          }
        : null,
    tags: item.tags,
    comment: item.comment,
    target: {
      source: item.url,
      quote: {
        type: 'TextQuoteSelector',
        exact: item.exact,
        prefix: item.prefix,
        suffix: item.suffix,
      },
      position: { type: 'TextPositionSelector', start: item.start, end: item.end },
    },
  };
}

export type MigrationResult = { ok: true; items: unknown[] } | { ok: false; message: string };

/**
 * Runs every migration from `fromVersion` up to the current schema. Refuses versions newer than this
 * build (a downgrade would silently drop fields) and anything that is not a known version.
 */
export function migrateItems(fromVersion: number, items: unknown[]): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 1)
    return { ok: false, message: t('schemaUnknown', String(fromVersion)) };
  if (fromVersion > COLLECTION_SCHEMA_VERSION)
    return {
      ok: false,
      message: t('schemaNewer', fromVersion, COLLECTION_SCHEMA_VERSION),
    };
  let current = items;
  for (let version = fromVersion + 1; version <= COLLECTION_SCHEMA_VERSION; version += 1) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, message: t('schemaNoMigration', version) };
    try {
      current = migrate(current);
    } catch (error) {
      return { ok: false, message: t('schemaMigrationFailed', version, String(error)) };
    }
  }
  return { ok: true, items: current };
}
