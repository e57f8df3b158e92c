// The claims-pack format: a valibot schema (small, tree-shakeable, path-precise issues) and the types
// derived from it, so the data a pack author writes and the data the engine reads cannot drift apart.
import * as v from 'valibot';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'a date as YYYY-MM-DD'));
const id = v.pipe(v.string(), v.regex(ID, 'a lower-case id of letters, digits, "-" and "."'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'a non-empty string'));

export const SOURCE_KINDS = [
  'news-report',
  'primary-document',
  'official-statement',
  'ngo-report',
  'unattributed-web-article',
] as const;

export const VALUE_KINDS = [
  'number',
  'year',
  'date',
  'weekday',
  'role',
  'place',
  'countries',
  'text',
  /** A state's standing at a date (party, withdrawal notified, withdrawn), told by the versions' cues. */
  'status',
] as const;

export const SourceSchema = v.strictObject({
  id,
  kind: v.picklist(SOURCE_KINDS, `one of ${SOURCE_KINDS.join(', ')}`),
  publisher: text,
  title: text,
  author: v.optional(text),
  url: v.pipe(v.string(), v.url('an absolute URL')),
  date: isoDate,
  /** File name of the seed article this source is, when its text ships in `tests/fixtures/seeds/`. */
  seed: v.optional(text),
});

export const EvidenceSchema = v.strictObject({
  source: id,
  quote: text,
  stance: v.picklist(['asserts', 'denies'], '"asserts" or "denies"'),
});

const versionValue = v.union(
  [v.number(), text, v.array(text)],
  'a number, a string, or a list of strings',
);

export const VersionSchema = v.strictObject({
  id,
  /** Human-readable form of this version: "164 states parties", "on Sunday 29 June 2025". */
  label: text,
  /** The label in Ukrainian and Russian, shown to readers whose interface speaks that language. */
  labelIn: v.optional(v.strictObject({ uk: v.optional(text), ru: v.optional(text) })),
  /** Machine value compared with what a sentence states: 164, "2025-06-29", "sunday", ["finland", …]. */
  value: v.optional(versionValue),
  /** Phrases whose presence in a sentence says it states this version ("chairman", "to get U.S. weapons"). */
  cues: v.optional(v.array(text)),
  /** The version the primary sources establish. At most one per claim. */
  established: v.optional(v.boolean()),
  /** Dates between which this version is true (membership counts change over time). */
  period: v.optional(v.strictObject({ from: v.optional(isoDate), to: v.optional(isoDate) })),
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1, 'at least one piece of evidence')),
});

export const ExampleSchema = v.strictObject({
  text,
  /** Seed file name the sentence is taken from, or "written" for a paraphrase the pack author wrote. */
  from: text,
  /** For a match example: the verdict the engine must give it. */
  verdict: v.optional(v.picklist(['corroborated', 'conflicting', 'mixed'])),
  /** The date the example is read at (its article's date), for claims whose versions hold for periods. */
  date: v.optional(isoDate),
});

/** A claim's wording in another language: its statement shown to readers, and how media phrase it. */
const TranslationSchema = v.strictObject({
  statement: text,
  paraphrases: v.array(text),
});

export const TRANSLATION_LANGUAGES = ['uk', 'ru'] as const;

export const ClaimSchema = v.strictObject({
  id,
  statement: text,
  paraphrases: v.array(text),
  /** Ukrainian and Russian wording: matched like paraphrases; the statement is shown in that language. */
  translations: v.optional(
    v.strictObject({ uk: v.optional(TranslationSchema), ru: v.optional(TranslationSchema) }),
  ),
  value: v.optional(
    v.strictObject({
      kind: v.picklist(VALUE_KINDS, `one of ${VALUE_KINDS.join(', ')}`),
      unit: v.optional(text),
    }),
  ),
  versions: v.pipe(v.array(VersionSchema), v.minLength(1, 'at least one version')),
  examples: v.strictObject({
    match: v.array(ExampleSchema),
    nearMiss: v.array(ExampleSchema),
  }),
  tags: v.optional(v.array(id)),
});

export const TopicProfileSchema = v.strictObject({
  /** Phrases that on their own make a text about the topic ("ottawa convention"). */
  anchors: v.pipe(v.array(text), v.minLength(1, 'at least one anchor phrase')),
  /** Phrases that support the topic when an anchor is present ("withdraw", "landmine"). */
  supporting: v.array(text),
  /** Phrases of look-alike topics that weigh against it ("cluster munitions", "crypto mining"). */
  against: v.array(text),
});

export const PackSchema = v.strictObject({
  id,
  title: text,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'a version as MAJOR.MINOR.PATCH')),
  reviewed: isoDate,
  language: v.optional(v.string()),
  topic: TopicProfileSchema,
  sources: v.array(SourceSchema),
  claims: v.array(ClaimSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceKind = Source['kind'];
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Version = v.InferOutput<typeof VersionSchema>;
export type VersionValue = NonNullable<Version['value']>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ValueKind = NonNullable<Claim['value']>['kind'];
export type TopicProfile = v.InferOutput<typeof TopicProfileSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
