// Ranking measures as the CheckThat! 2020 scorer computes them (trectools over TREC qrels): average
// precision cut at depth k, divided by the query's number of gold claims, averaged over queries.

/**
 * Average precision of `ranked` cut at depth `k`: the mean, over the gold items, of the precision at
 * the rank where each was found (0 for gold items not in the top k). 0 when there is no gold item.
 */
export function averagePrecisionAt(
  ranked: readonly string[],
  gold: ReadonlySet<string>,
  k: number,
): number {
  if (gold.size === 0) return 0;
  let found = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (gold.has(id)) {
      found += 1;
      sum += found / (i + 1);
    }
  });
  return sum / gold.size;
}

/** Share of the gold items found in the top `k`; 0 when there is no gold item. */
export function recallAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  if (gold.size === 0) return 0;
  let found = 0;
  for (const id of ranked.slice(0, k)) if (gold.has(id)) found += 1;
  return found / gold.size;
}

/** A ranking for one query next to its gold items. */
export interface Judged {
  ranked: readonly string[];
  gold: ReadonlySet<string>;
}

/** MAP@k: average precision at k averaged over queries; 0 for no queries. */
export function meanAveragePrecisionAt(judged: readonly Judged[], k: number): number {
  if (judged.length === 0) return 0;
  return (
    judged.reduce((sum, q) => sum + averagePrecisionAt(q.ranked, q.gold, k), 0) / judged.length
  );
}

/** Recall@k averaged over queries; 0 for no queries. */
export function meanRecallAt(judged: readonly Judged[], k: number): number {
  if (judged.length === 0) return 0;
  return judged.reduce((sum, q) => sum + recallAt(q.ranked, q.gold, k), 0) / judged.length;
}

/** The value at quantile `q` (0…1) of `values`, nearest-rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median of `values` (nearest-rank); NaN for an empty list. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
