// The real-article corpus (tests/eval/articles/<lang>/*.json): real published text, labelled by
// hand, split into a `tune` half whose errors may be studied and a `check` half that is only
// reported. Scores whole articles the way a reader meets them: every note the engine shows is
// judged against the labels of the sentence it sits on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { annotateSentences, createAnnotator, detectTopic, type Annotator } from '../../src/engine';
import type { Pack } from '../../src/claims/schema';
import type { Note, Verdict } from '../../src/engine/types';

const verdict = v.picklist(['corroborated', 'conflicting', 'mixed']);

const LabelSchema = v.strictObject({
  sentence: v.pipe(v.string(), v.minLength(1)),
  claims: v.array(
    v.strictObject({
      claim: v.nullable(v.string()),
      fact: v.optional(v.string()),
      verdict,
    }),
  ),
  wrong: v.boolean(),
  why: v.string(),
});

const ArticleSchema = v.strictObject({
  url: v.pipe(v.string(), v.url()),
  outlet: v.string(),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  dateNote: v.optional(v.string()),
  language: v.picklist(['en', 'uk', 'ru']),
  title: v.string(),
  titleNote: v.optional(v.string()),
  truncated: v.boolean(),
  split: v.picklist(['tune', 'check']),
  text: v.pipe(v.string(), v.minLength(1)),
  labels: v.array(LabelSchema),
});

export type Article = v.InferOutput<typeof ArticleSchema> & { file: string };
export type ArticleLabel = v.InferOutput<typeof LabelSchema>;
export type Split = Article['split'];

export const ARTICLES_DIR = join(import.meta.dirname, 'articles');

/** Every corpus article, validated; a file that breaks the format fails with its name and path. */
export function loadArticles(dir = ARTICLES_DIR): Article[] {
  const articles: Article[] = [];
  for (const language of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, language)).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = `${language}/${name}`;
      const result = v.safeParse(
        ArticleSchema,
        JSON.parse(readFileSync(join(dir, language, name), 'utf8')),
      );
      if (!result.success) {
        const issue = result.issues[0];
        const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
        throw new Error(`${file}: ${path}: ${issue?.message ?? 'invalid'}`);
      }
      for (const label of result.output.labels)
        if (!result.output.text.includes(label.sentence))
          throw new Error(`${file}: label sentence not in text: ${label.sentence.slice(0, 60)}`);
      articles.push({ ...result.output, file });
    }
  }
  return articles;
}

/** One claim a note states on a sentence, with its verdict (a note may state several). */
export interface ShownPart {
  claim: string;
  verdict: Verdict;
}

/** The parts of a note: its own claim, plus any further claims it checks. */
export function partsOf(note: Note): ShownPart[] {
  const parts = note.parts?.map((p) => ({ claim: p.claim, verdict: p.verdict }));
  return parts?.length ? parts : [{ claim: note.claim, verdict: note.verdict }];
}

/** How one shown part was judged against the labels. */
export type PartOutcome = 'right' | 'wrong-verdict' | 'wrong-claim' | 'unlabelled';

export interface ArticleResult {
  article: Article;
  detected: boolean;
  /** Every shown part, with the label of its sentence (if any) and how it fared. */
  shown: Array<{ note: Note; part: ShownPart; label: ArticleLabel | null; outcome: PartOutcome }>;
  /** Every labelled (sentence, claim) pair with a pack claim, and what the engine said of it. */
  expected: Array<{ label: ArticleLabel; claim: string; want: Verdict; got: Verdict | null }>;
  /** Sentences labelled wrong as published, and the verdicts shown on them. */
  wrongSentences: Array<{ label: ArticleLabel; verdicts: Verdict[] }>;
}

function overlaps(note: Note, start: number, end: number): boolean {
  return note.start < end && start < note.end;
}

/** Runs the engine on one article (with its publication date) and judges each note. */
export function evaluateArticle(
  article: Article,
  annotator: Annotator,
  minScore?: number,
): ArticleResult {
  const notes = annotateSentences(
    { text: article.text, publishedDate: article.date },
    annotator,
    minScore,
  );
  // A sentence an article repeats (a lead restated further down) carries its label at each place.
  const located = article.labels.flatMap((label) => {
    const places: Array<{ label: ArticleLabel; start: number; end: number }> = [];
    for (let start = article.text.indexOf(label.sentence); start !== -1;) {
      places.push({ label, start, end: start + label.sentence.length });
      start = article.text.indexOf(label.sentence, start + 1);
    }
    return places;
  });
  const labelFor = (note: Note) =>
    located.find((l) => overlaps(note, l.start, l.end))?.label ?? null;
  const shown: ArticleResult['shown'] = [];
  for (const note of notes) {
    const label = labelFor(note);
    for (const part of partsOf(note)) {
      const expected = label?.claims.find((c) => c.claim === part.claim);
      const outcome: PartOutcome = !label
        ? 'unlabelled'
        : !expected
          ? 'wrong-claim'
          : expected.verdict === part.verdict
            ? 'right'
            : 'wrong-verdict';
      shown.push({ note, part, label, outcome });
    }
  }
  const notesOn = (l: (typeof located)[number]) => notes.filter((n) => overlaps(n, l.start, l.end));
  const expected: ArticleResult['expected'] = located.flatMap((l) =>
    l.label.claims.flatMap((c) => {
      if (c.claim === null) return [];
      const part = notesOn(l)
        .flatMap(partsOf)
        .find((p) => p.claim === c.claim);
      return [{ label: l.label, claim: c.claim, want: c.verdict, got: part?.verdict ?? null }];
    }),
  );
  const wrongSentences = located
    .filter((l) => l.label.wrong)
    .map((l) => ({
      label: l.label,
      verdicts: notesOn(l)
        .flatMap(partsOf)
        .map((p) => p.verdict),
    }));
  return {
    article,
    detected: detectTopic(article.text, annotator.pack.topic).relevant,
    shown,
    expected,
    wrongSentences,
  };
}

export interface CorpusScores {
  articles: number;
  detected: number;
  shown: number;
  /** Shown parts with the right claim and the right verdict, over all shown parts. */
  precision: number;
  /** Shown parts with the right claim, whatever the verdict. */
  claimPrecision: number;
  /** Labelled pack claims that got a note with that claim. */
  recall: number;
  /** Of notes with the right claim, the share with the right verdict. */
  verdictAccuracy: number;
  /** Notes calling a sentence conflicting when it is not wrong as published. */
  falseConflicting: number;
  wrongSentences: number;
  /** Wrong-as-published sentences with a conflicting part. */
  wrongFlagged: number;
  /** Wrong-as-published sentences whose every shown part says corroborated. */
  wrongCorroborated: number;
  labelledClaims: number;
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}

export function scoreCorpus(results: ArticleResult[]): CorpusScores {
  const shown = results.flatMap((r) => r.shown);
  const expected = results.flatMap((r) => r.expected);
  const wrong = results.flatMap((r) => r.wrongSentences);
  const rightClaim = shown.filter((s) => s.outcome === 'right' || s.outcome === 'wrong-verdict');
  return {
    articles: results.length,
    detected: results.filter((r) => r.detected).length,
    shown: shown.length,
    precision: ratio(shown.filter((s) => s.outcome === 'right').length, shown.length),
    claimPrecision: ratio(rightClaim.length, shown.length),
    recall: ratio(expected.filter((e) => e.got !== null).length, expected.length),
    verdictAccuracy: ratio(
      rightClaim.filter((s) => s.outcome === 'right').length,
      rightClaim.length,
    ),
    falseConflicting: shown.filter(
      (s) => s.part.verdict === 'conflicting' && !s.label?.wrong && s.outcome !== 'right',
    ).length,
    wrongSentences: wrong.length,
    wrongFlagged: wrong.filter((w) => w.verdicts.includes('conflicting')).length,
    wrongCorroborated: wrong.filter(
      (w) => w.verdicts.length > 0 && w.verdicts.every((x) => x === 'corroborated'),
    ).length,
    labelledClaims: expected.length,
  };
}

/** Counts by expected verdict (or "none" for an unlabelled sentence) and what was shown. */
export function corpusConfusion(results: ArticleResult[]): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  const add = (row: string, column: string) => {
    const line = table.get(row) ?? new Map<string, number>();
    line.set(column, (line.get(column) ?? 0) + 1);
    table.set(row, line);
  };
  for (const r of results) {
    for (const e of r.expected) {
      const wrongClaim = r.shown.some((s) => s.label === e.label && s.outcome === 'wrong-claim');
      add(e.want, e.got ?? (wrongClaim ? 'wrong-claim' : 'none'));
    }
    for (const s of r.shown) if (s.outcome === 'unlabelled') add('none', s.part.verdict);
  }
  return table;
}

export function evaluateCorpus(
  pack: Pack,
  articles: Article[],
  minScore?: number,
): ArticleResult[] {
  const annotator = createAnnotator(pack);
  return articles.map((article) => evaluateArticle(article, annotator, minScore));
}
