// The report as Markdown for "Copy report" / "Copy conflicts only" and as JSON for "Copy as JSON":
// what a moderator pastes into a ticket. Page text is escaped only where Markdown would otherwise
// read it as structure, links or markup, so the pasted text stays readable as plain text too. Its
// words follow the interface language (src/i18n.ts); the JSON keeps its English field names.
import type { NoteEvidence, Verdict } from '../engine/types';
import { t } from '../i18n';
import type { KeyedNote, PageReport } from '../messages';
import { sortReportNotes } from './report-order';
import { verdictCount, verdictLabel } from './verdict-label';
import { shownLabel, shownStatement } from './statement';

/** Verdicts in report order; the counts line names each, even at 0, so a reader never guesses. */
const VERDICTS: readonly Verdict[] = ['conflicting', 'mixed', 'corroborated'];

/** Characters Markdown reads anywhere on a line: code spans, link brackets, HTML and autolinks. */
const ALWAYS_ESCAPED = /[`[\]<]/g;

/**
 * Escapes the characters in page text that would change how Markdown renders it, and no others:
 * code spans, brackets, `<`; `*` and `~` only when two could pair up; `_` only where it can open or
 * close emphasis (not inside a word); a backslash only before punctuation; `&` only before an entity.
 * A hyphen inside a word is never escaped. Whitespace collapses to single spaces so a text is always
 * one line. Text that starts a line's content goes through `escapeLineStart` as well.
 */
export function escapeMarkdown(text: string): string {
  let out = text.replace(/\s+/g, ' ').trim();
  out = out.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\');
  out = out.replace(ALWAYS_ESCAPED, '\\$&');
  if ((out.match(/\*/g) ?? []).length > 1) out = out.replace(/\*/g, '\\*');
  if ((out.match(/~/g) ?? []).length > 1) out = out.replace(/~/g, '\\~');
  // CommonMark: an underscore between two alphanumerics neither opens nor closes emphasis.
  if ((out.match(/_/g) ?? []).length > 1)
    out = out.replace(/_/g, (ch, at: number) =>
      /[\p{L}\p{N}]/u.test(out[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(out[at + 1] ?? '')
        ? ch
        : '\\_',
    );
  return out.replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * `escapeMarkdown` for text that starts a line's content (the title after "## "), where a leading
 * `#`, `>`, list bullet or list number would start a block of its own.
 */
export function escapeLineStart(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(#|>|[-+*](?= |$))/, '\\$1')
    .replace(/^(\d+)([.)])(?= |$)/, '$1\\$2');
}

/** A link target Markdown cannot misread: spaces, parentheses and angle brackets percent-encoded. */
function markdownUrl(url: string): string {
  // encodeURIComponent leaves parentheses alone; they would end a Markdown link early.
  return url.replace(
    /[\s()<>]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** "2025-06-27 14:05 UTC": minutes are as precise as a moderator needs. */
function formatCheckedAt(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** The first line: every verdict's count ("2 conflicting, 0 mixed, 12 corroborated"). */
export function verdictCounts(notes: readonly KeyedNote[]): string {
  return VERDICTS.map((verdict) =>
    verdictCount(verdict, notes.filter((n) => n.verdict === verdict).length),
  ).join(', ');
}

function formatSource(evidence: NoteEvidence): string {
  const link = evidence.url
    ? `[${escapeMarkdown(evidence.publisher)}](${markdownUrl(evidence.url)})`
    : escapeMarkdown(evidence.publisher);
  return `  - “${escapeMarkdown(evidence.quote)}” — ${link}, ${evidence.date}`;
}

/** A conflicting or mixed note in full: what is in dispute and every source's quote, date and link. */
function formatDisputed(note: KeyedNote, index: number): string[] {
  const lines = [
    `### ${index}. ${verdictLabel(note.verdict)}: “${escapeMarkdown(note.sentence)}”`,
    '',
    `- ${t('claim')}: ${escapeMarkdown(shownStatement(note))}`,
  ];
  if (note.stated)
    lines.push(`- ${t('sentenceStates')}: ${escapeMarkdown(shownLabel(note.stated, note))}`);
  if (note.established)
    lines.push(`- ${t('primaryEstablish')}: ${escapeMarkdown(shownLabel(note.established, note))}`);
  if (note.conflicting.length)
    lines.push(`- ${t('mdSourcesAgainst')}:`, ...note.conflicting.map(formatSource));
  if (note.corroborating.length)
    lines.push(`- ${t('mdSourcesFor')}:`, ...note.corroborating.map(formatSource));
  return [...lines, ''];
}

/** A corroborated note in one line: the sentence and the claim it agrees with. */
function formatCorroborated(note: KeyedNote): string {
  return `- “${escapeMarkdown(note.sentence)}” — ${escapeMarkdown(shownStatement(note))}`;
}

function detectionLine(report: PageReport): string {
  const reasons = report.topic.reasons.join('; ');
  if (report.topic.relevant)
    return reasons ? t('mdDetectionReasons', reasons) : t('mdDetectionRelevant');
  return report.forced ? t('mdDetectionForced') : t('mdDetectionNot');
}

export interface ReportOptions {
  /** Only conflicting and mixed notes ("Copy conflicts only"); the counts line still counts all. */
  disputedOnly?: boolean;
}

/**
 * The Markdown report: the verdict counts, then the page (title, URL, published, checked, pack),
 * conflicting and mixed notes with their sources, corroborated notes one line each, and a footer
 * line saying why the page was checked. A section with no notes says so instead of being empty.
 */
export function formatReportMarkdown(report: PageReport, options: ReportOptions = {}): string {
  const notes = sortReportNotes(report.notes);
  const disputed = notes.filter((note) => note.verdict !== 'corroborated');
  const corroborated = notes.filter((note) => note.verdict === 'corroborated');
  const packs =
    report.packs.map((pack) => `${pack.id} ${pack.version}`).join(', ') || t('mdPackNone');
  const lines = [
    verdictCounts(notes),
    '',
    `## ${escapeLineStart(report.title || report.url)}`,
    '',
    `- ${t('mdUrl')}: <${markdownUrl(report.url)}>`,
    `- ${t('mdPublished')}: ${report.published ?? t('mdNotStated')}`,
    `- ${t('mdChecked')}: ${formatCheckedAt(report.checkedAt)}`,
    `- ${t('mdPack')}: ${packs}`,
    '',
  ];
  if (disputed.length) disputed.forEach((note, i) => lines.push(...formatDisputed(note, i + 1)));
  else lines.push(t('mdNoDisputed'), '');
  if (!options.disputedOnly) {
    if (corroborated.length)
      lines.push(
        `### ${verdictLabel('corroborated')}`,
        '',
        ...corroborated.map(formatCorroborated),
        '',
      );
    else if (!notes.length) lines.push(t('mdNoMatch'), '');
  }
  lines.push(escapeMarkdown(detectionLine(report)));
  return `${lines.join('\n')}\n`;
}

/** The same data as JSON, notes in report order, with a format marker and version for tools. */
export function formatReportJson(report: PageReport): string {
  const document = {
    format: 'crosscheck-report',
    formatVersion: 1,
    ...report,
    notes: sortReportNotes(report.notes),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
