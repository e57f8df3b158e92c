// The plain records that cross the engine's boundary: text in, offsets and claim ids out.

export type Verdict = 'corroborated' | 'conflicting' | 'mixed';

/** One source's evidence as a note shows it. */
export interface NoteEvidence {
  source: string;
  publisher: string;
  url: string;
  date: string;
  quote: string;
  /** Source kind (primary-document, news-report, …) so the UI can say which sources are primary. */
  kind: string;
  /** "denies" when the source says the version is false. */
  stance: 'asserts' | 'denies';
  /** Label of the version this evidence speaks for. */
  version: string;
}

/** One claim a sentence states, and what the sources say of it. */
export interface NotePart {
  /** Claim id. */
  claim: string;
  /** The claim's canonical statement, for display. */
  statement: string;
  /** The statement in Ukrainian and Russian, where the pack has them, for readers in those languages. */
  statementIn?: { uk?: string; ru?: string };
  /** Match score in [0, 1]; higher is a closer match. */
  score: number;
  /** What the sentence states (a version label, or the value as written); null when it states no value. */
  stated: string | null;
  verdict: Verdict;
  corroborating: NoteEvidence[];
  conflicting: NoteEvidence[];
  /** Label of the version the primary sources establish, when the pack names one. */
  established: string | null;
  /**
   * Version labels (as in `stated`, `established` and each evidence's `version`) in Ukrainian and
   * Russian, keyed by the English label, for readers in those languages. Absent when none.
   */
  labelsIn?: Record<string, { uk?: string; ru?: string }>;
  /**
   * Evidence whose quote is in the article being read (the article itself, or a syndicated copy of
   * it): shown as "this article", never counted for or against the sentence. Absent when none.
   */
  inThisArticle?: NoteEvidence[];
}

/**
 * One sentence of the article with the claim it states and what the sources say of it. A sentence
 * that states several claims has one part per claim; the top-level fields are those of the part
 * that decides the sentence's verdict (the first conflicting part, else the best match).
 */
export interface Note extends NotePart {
  /** Offsets into the text given to the engine; `text.slice(start, end) === sentence`. */
  start: number;
  end: number;
  sentence: string;
  /**
   * Every claim the sentence states, best match first, the one above among them. The engine always
   * fills it; notes saved by older versions have none.
   */
  parts?: NotePart[];
}

export interface TopicResult {
  relevant: boolean;
  score: number;
  reasons: string[];
}

export interface AnnotateInput {
  text: string;
  /** YYYY-MM-DD; used to resolve "on Sunday" and to pick the version true at that date. */
  publishedDate?: string;
}

export interface Annotation {
  topic: TopicResult;
  notes: Note[];
}
