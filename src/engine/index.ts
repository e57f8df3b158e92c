// The engine's public surface: pure functions over text, shared by the content script, tests and CLI.
export {
  annotate,
  annotateSentences,
  createAnnotator,
  noteForSentence,
  sentenceNotes,
} from './annotate';
export { cyrillicLanguagesOf } from './cyrillic';
export type { Annotator } from './annotate';
export { detectTopic, quickTopicCheck } from './detect';
export { bestClaim, createMatcher, rankClaims, MIN_MATCH_SCORE } from './match';
export type { Candidate, Matcher } from './match';
export { segmentSentences } from './segment';
export type { Sentence } from './segment';
export type * from './types';
