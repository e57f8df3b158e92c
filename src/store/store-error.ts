// The typed failures of a storage write, as plain JSON so they cross the message protocol intact.
import { t } from '../i18n';

export type StoreError =
  /** The storage area is full; nothing was written. */
  | { kind: 'quota'; message: string }
  /** The input (an import file, a pack) was rejected; nothing was written. */
  | { kind: 'invalid'; message: string; problems: string[] }
  /** Stored data could not be read (newer schema, failed migration); nothing was written. */
  | { kind: 'unreadable'; message: string }
  /** Any other storage failure, with the browser's own message. */
  | { kind: 'failed'; message: string };

export type StoreResult<T> = ({ ok: true } & T) | { ok: false; error: StoreError };

/** Chromium says "QUOTA_BYTES quota exceeded", Firefox throws a QuotaExceededError DOMException. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const message = (error as { message?: unknown } | null)?.message;
  return name === 'QuotaExceededError' || /quota/i.test(String(message ?? error));
}

/**
 * Turns whatever a storage call threw into a StoreError with a message a user can act on, in the
 * interface language; `what` is the thing not saved, from the catalogue (t('storeWhatItem')).
 */
export function toStoreError(error: unknown, what: string): StoreError {
  if (isQuotaError(error))
    return {
      kind: 'quota',
      message: t('storeQuota', what),
    };
  return {
    kind: 'failed',
    message: t('storeFailed', what, String((error as Error)?.message ?? error)),
  };
}
