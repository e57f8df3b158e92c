// SYNTHETIC probe sentences (tests/eval/synthetic-probes.json): 313 sentences written for this
// project, not taken from any article, each with a date and what it is — a correct statement of
// the story, an unrelated sentence using its words in another sense ("withdrew from the town",
// "denounced the withdrawal"), or a wrong one. They measure the errors a reader would act on: a
// correct or unrelated sentence called conflicting, a wrong one called corroborated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { annotateSentences, createAnnotator } from '../../src/engine';
import type { Pack } from '../../src/claims/schema';

const ProbeSchema = v.array(
  v.strictObject({
    text: v.pipe(v.string(), v.minLength(1)),
    date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
    language: v.picklist(['en', 'uk', 'ru']),
    expect: v.picklist(['correct', 'unrelated', 'wrong']),
  }),
);

export type Probe = v.InferOutput<typeof ProbeSchema>[number];

export function loadProbes(): Probe[] {
  const path = join(import.meta.dirname, 'synthetic-probes.json');
  return v.parse(ProbeSchema, JSON.parse(readFileSync(path, 'utf8')));
}

export interface ProbeScores {
  correct: number;
  unrelated: number;
  wrong: number;
  /** Correct or unrelated sentences with a conflicting part. */
  falseConflicts: Probe[];
  /** Wrong sentences with a conflicting part. */
  wrongFlagged: number;
  /** Wrong sentences whose every shown part says corroborated. */
  wrongCorroborated: Probe[];
}

export function scoreProbes(pack: Pack, probes: Probe[] = loadProbes()): ProbeScores {
  const scores: ProbeScores = {
    correct: 0,
    unrelated: 0,
    wrong: 0,
    falseConflicts: [],
    wrongFlagged: 0,
    wrongCorroborated: [],
  };
  for (const probe of probes) {
    const annotator = createAnnotator(pack, probe.text);
    const parts = annotateSentences(
      { text: probe.text, publishedDate: probe.date },
      annotator,
    ).flatMap((note) => note.parts ?? [note]);
    const conflicting = parts.some((part) => part.verdict === 'conflicting');
    scores[probe.expect] += 1;
    if (probe.expect !== 'wrong' && conflicting) scores.falseConflicts.push(probe);
    if (probe.expect === 'wrong' && conflicting) scores.wrongFlagged += 1;
    if (probe.expect === 'wrong' && parts.length && !conflicting)
      scores.wrongCorroborated.push(probe);
  }
  return scores;
}
