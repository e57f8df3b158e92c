// Words and symbols for verdicts, shared by the popup, the collection and the copied report, so a
// verdict never depends on colour alone and reads the same everywhere, in the page's notes too.
import { t } from '../i18n';
import type { Verdict } from '../engine/types';
import type { ItemVerdict } from '../store/saved-item';
import { VERDICT_LOOKS, type VerdictLook } from './verdict';

/** The page's looks (`verdict.ts`) plus the one verdict only saved items have. */
export const VERDICT_LABELS: Record<ItemVerdict, VerdictLook> = {
  ...VERDICT_LOOKS,
  unmatched: {
    symbol: '–',
    get label() {
      return t('verdictUnmatched');
    },
  },
};

/** "✗ Conflicting" etc. */
export function verdictLabel(verdict: ItemVerdict): string {
  const look = VERDICT_LABELS[verdict];
  return `${look.symbol} ${look.label}`;
}

/** A verdict's count in running text: "2 conflicting" ("суперечить: 2"). */
export function verdictCount(verdict: Verdict, count: number): string {
  if (verdict === 'conflicting') return t('countConflicting', count);
  return verdict === 'mixed' ? t('countMixed', count) : t('countCorroborated', count);
}

/** Sort rank: conflicts first, then mixed, then corroborated, then unmatched. */
export function verdictRank(verdict: ItemVerdict): number {
  return ['conflicting', 'mixed', 'corroborated', 'unmatched'].indexOf(verdict);
}
