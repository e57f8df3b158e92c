// Which half of the real-article corpus an article belongs to, decided by its URL alone.
import { createHash } from 'node:crypto';

/** `tune` or `check` from the first byte of the URL's SHA-256: an even byte is `tune`. */
export function splitFor(url: string): 'tune' | 'check' {
  const [first = 0] = createHash('sha256').update(url).digest();
  return first % 2 === 0 ? 'tune' : 'check';
}
