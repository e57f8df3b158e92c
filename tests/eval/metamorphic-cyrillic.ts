// SYNTHETIC Ukrainian and Russian metamorphic cases, generated from the pack's own uk/ru wording:
// a statement or paraphrase that the engine gives its claim and the established version (the
// original) is rewritten with one value changed (must come out conflicting) or in a neutral way
// (attribution added, a date in numbers: must keep its verdict).
import type { Claim, Pack } from '../../src/claims/schema';
import { createAnnotator, noteForSentence, type Annotator } from '../../src/engine';

export type CyrillicKind = 'year' | 'count' | 'date-day' | 'attribution' | 'date-numeric';
export const CYRILLIC_KINDS: readonly CyrillicKind[] = [
  'year',
  'count',
  'date-day',
  'attribution',
  'date-numeric',
];
const WRONG_VALUE: ReadonlySet<CyrillicKind> = new Set(['year', 'count', 'date-day']);

export interface CyrillicCase {
  language: 'uk' | 'ru';
  kind: CyrillicKind;
  claim: string;
  original: string;
  text: string;
}

export interface CyrillicRate {
  language: 'uk' | 'ru';
  kind: CyrillicKind;
  total: number;
  passed: number;
  failures: CyrillicCase[];
}

const MONTHS: Record<'uk' | 'ru', string[]> = {
  uk: [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
};
const ATTRIBUTION = { uk: 'За даними Reuters, ', ru: 'По данным Reuters, ' };
const YEAR = /(?<![\d.])(19[89]\d|20[0-2]\d)(?![\d])/;
const COUNT = /(?<![\d.,])(\d{2,3})(?![\d.,])/;

function dateRegex(language: 'uk' | 'ru'): RegExp {
  return new RegExp(`(?<![\\d])(\\d{1,2}) (${MONTHS[language].join('|')}) (\\d{4})`);
}

/** The variants of one original sentence. */
function variantsOf(claim: Claim, language: 'uk' | 'ru', text: string): CyrillicCase[] {
  const out: CyrillicCase[] = [];
  const add = (kind: CyrillicKind, variant: string) => {
    if (variant !== text)
      out.push({ language, kind, claim: claim.id, original: text, text: variant });
  };
  const kind = claim.value?.kind;
  const date = dateRegex(language).exec(text);
  if (date && (kind === 'date' || kind === 'year')) {
    const day = Number(date[1]);
    add(
      'date-day',
      text.replace(date[0], `${day >= 27 ? day - 5 : day + 3} ${date[2]} ${date[3]}`),
    );
    const month = MONTHS[language].indexOf(date[2]!) + 1;
    add(
      'date-numeric',
      text.replace(
        date[0],
        `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${date[3]}`,
      ),
    );
  }
  const year = YEAR.exec(text);
  if (year && (kind === 'year' || kind === 'date'))
    add('year', text.replace(year[0], String(Number(year[1]) + 3)));
  const count = COUNT.exec(text);
  if (count && kind === 'number')
    add('count', text.replace(count[0], String(Math.round(Number(count[1]) * 1.6))));
  add('attribution', `${ATTRIBUTION[language]}${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  return out;
}

function verdictOn(annotator: Annotator, claim: string, text: string): string | null {
  const note = noteForSentence({ start: 0, end: text.length, text }, annotator);
  if (!note) return null;
  const part = (note.parts ?? [note]).find((p) => p.claim === claim);
  return part ? note.verdict : null;
}

/** Every case whose original the engine gives its claim as corroborated (claims without periods). */
export function generateCyrillicCases(
  pack: Pack,
  annotator = createAnnotator(pack),
): CyrillicCase[] {
  const cases: CyrillicCase[] = [];
  for (const claim of pack.claims) {
    if (claim.versions.some((v) => v.period)) continue;
    for (const language of ['uk', 'ru'] as const) {
      const translation = claim.translations?.[language];
      if (!translation) continue;
      for (const text of [translation.statement, ...translation.paraphrases])
        if (verdictOn(annotator, claim.id, text) === 'corroborated')
          cases.push(...variantsOf(claim, language, text));
    }
  }
  return cases;
}

/** Pass rates per language and kind: wrong values must conflict, neutral rewrites stay corroborated. */
export function runCyrillicCases(
  pack: Pack,
  cases: CyrillicCase[],
  annotator = createAnnotator(pack),
): CyrillicRate[] {
  const rates: CyrillicRate[] = [];
  for (const language of ['uk', 'ru'] as const)
    for (const kind of CYRILLIC_KINDS) {
      const these = cases.filter((c) => c.language === language && c.kind === kind);
      const want = WRONG_VALUE.has(kind) ? 'conflicting' : 'corroborated';
      const failures = these.filter((c) => verdictOn(annotator, c.claim, c.text) !== want);
      rates.push({
        language,
        kind,
        total: these.length,
        passed: these.length - failures.length,
        failures,
      });
    }
  return rates;
}
