// Scores the engine on labelled sentences: precision of shown notes, recall of claim sentences,
// verdict accuracy and a confusion table. Pure, so a test can run it and `npm run eval` print it.
import { createAnnotator, noteForSentence, type Annotator } from '../../src/engine';
import type { Pack } from '../../src/claims/schema';

export type Label = 'corroborated' | 'conflicting' | 'mixed';

export interface LabelledSentence {
  text: string;
  claim: string | null;
  verdict: Label | null;
  style: string;
  origin: string;
}

export type Outcome = Label | 'none' | 'wrong-claim';

export interface EvalRow {
  sentence: LabelledSentence;
  claim: string | null;
  verdict: Label | null;
  score: number;
}

export interface EvalScores {
  shown: number;
  correctClaim: number;
  labelled: number;
  precision: number;
  recall: number;
  verdictAccuracy: number;
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}

/** Runs the engine on each sentence at a given threshold. */
export function runEval(pack: Pack, sentences: LabelledSentence[], minScore?: number): EvalRow[] {
  const annotator: Annotator = createAnnotator(pack);
  return sentences.map((sentence) => {
    const note = noteForSentence(
      { start: 0, end: sentence.text.length, text: sentence.text },
      annotator,
      undefined,
      minScore,
    );
    return {
      sentence,
      claim: note?.claim ?? null,
      verdict: note?.verdict ?? null,
      score: note?.score ?? 0,
    };
  });
}

/** Precision of shown notes, recall of labelled claim sentences, verdict accuracy on right claims. */
export function scoreRows(rows: EvalRow[]): EvalScores {
  const shown = rows.filter((row) => row.claim !== null);
  const correct = shown.filter((row) => row.claim === row.sentence.claim);
  const labelled = rows.filter((row) => row.sentence.claim !== null);
  const rightVerdict = correct.filter((row) => row.verdict === row.sentence.verdict);
  return {
    shown: shown.length,
    correctClaim: correct.length,
    labelled: labelled.length,
    precision: ratio(correct.length, shown.length),
    recall: ratio(correct.length, labelled.length),
    verdictAccuracy: ratio(rightVerdict.length, correct.length),
  };
}

/** What happened to a sentence: its verdict, no note, or a note for another claim. */
export function outcomeOf(row: EvalRow): Outcome {
  if (row.claim === null) return 'none';
  if (row.sentence.claim !== null && row.claim !== row.sentence.claim) return 'wrong-claim';
  if (row.sentence.claim === null) return 'wrong-claim';
  return row.verdict ?? 'none';
}

/** Counts by expected class (label verdict or "none") and outcome. */
export function confusion(rows: EvalRow[]): Map<string, Map<Outcome, number>> {
  const table = new Map<string, Map<Outcome, number>>();
  for (const row of rows) {
    const expected = row.sentence.verdict ?? 'none';
    const line = table.get(expected) ?? new Map<Outcome, number>();
    const outcome = outcomeOf(row);
    line.set(outcome, (line.get(outcome) ?? 0) + 1);
    table.set(expected, line);
  }
  return table;
}

/** Scores per expected verdict class: of the sentences labelled with it, how many got it. */
export function perClass(
  rows: EvalRow[],
): Array<{ label: Label; labelled: number; predicted: number; precision: number; recall: number }> {
  return (['corroborated', 'conflicting', 'mixed'] as const).map((label) => {
    const labelled = rows.filter((row) => row.sentence.verdict === label);
    const predicted = rows.filter((row) => row.claim !== null && row.verdict === label);
    const hit = predicted.filter(
      (row) => row.claim === row.sentence.claim && row.sentence.verdict === label,
    );
    return {
      label,
      labelled: labelled.length,
      predicted: predicted.length,
      precision: ratio(hit.length, predicted.length),
      recall: ratio(hit.length, labelled.length),
    };
  });
}
