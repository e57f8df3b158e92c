// The packs that ship inside the extension, loaded lazily so pages that never need them stay small.
import { validatePack } from '../claims/loader';
import type { Pack } from '../claims/schema';

/**
 * The bundled packs, validated. A bundled pack that fails validation is a build error caught by the
 * claims tests; here it is dropped rather than shown half-broken.
 */
export async function loadBundledPacks(): Promise<Pack[]> {
  const data = (await import('../../assets/claims/landmine-treaty.json')).default as unknown;
  const result = validatePack(data);
  return result.ok ? [result.pack] : [];
}
