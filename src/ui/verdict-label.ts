// Words and symbols for verdicts, shared by the popup, the collection and the copied report, so a
// verdict never depends on colour alone and reads the same everywhere.
import type { ItemVerdict } from '../store/saved-item';

export const VERDICT_LABELS: Record<ItemVerdict, { symbol: string; text: string }> = {
  conflicting: { symbol: '✗', text: 'Conflicting' },
  mixed: { symbol: '◐', text: 'Mixed' },
  corroborated: { symbol: '✓', text: 'Corroborated' },
  unmatched: { symbol: '–', text: 'No matching claim' },
};

/** "✗ Conflicting" etc. */
export function verdictLabel(verdict: ItemVerdict): string {
  const label = VERDICT_LABELS[verdict];
  return `${label.symbol} ${label.text}`;
}

/** Sort rank: conflicts first, then mixed, then corroborated, then unmatched. */
export function verdictRank(verdict: ItemVerdict): number {
  return ['conflicting', 'mixed', 'corroborated', 'unmatched'].indexOf(verdict);
}
