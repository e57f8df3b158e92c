// The report as Markdown for "Copy report" and as JSON for "Copy as JSON": what a moderator pastes
// into a ticket or a chat. Page text is escaped so it cannot turn into links, headings or markup.
import type { NoteEvidence } from '../engine/types';
import type { PageReport } from '../messages';
import { sortReportNotes } from './report-order';
import { verdictLabel } from './verdict-label';

/** Backslash-escapes Markdown's punctuation so page text stays literal text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A link target Markdown cannot misread: spaces and parentheses percent-encoded. */
function markdownUrl(url: string): string {
  // encodeURIComponent leaves parentheses alone; they would end a Markdown link early.
  return url.replace(
    /[\s()<>]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function formatEvidence(evidence: NoteEvidence): string {
  const link = `[${escapeMarkdown(evidence.publisher)}](${markdownUrl(evidence.url)})`;
  return `  - ${link}, ${evidence.date}: “${escapeMarkdown(evidence.quote)}”`;
}

function formatDate(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
    .replace(/Z$/, ' UTC');
}

/** The Markdown report; an empty note list says so instead of printing an empty section. */
export function formatReportMarkdown(report: PageReport): string {
  const packs = report.packs.map((pack) => `${pack.id} ${pack.version}`).join(', ') || 'none';
  const detected = report.topic.relevant ? 'yes' : report.forced ? 'no (checked anyway)' : 'no';
  const lines = [
    `# Crosscheck report: ${escapeMarkdown(report.title || report.url)}`,
    '',
    `- Page: <${markdownUrl(report.url)}>`,
    `- Checked: ${formatDate(report.checkedAt)}`,
    `- Claims pack: ${packs}`,
    `- Treaty article: ${detected}${report.topic.reasons.length ? ` (${report.topic.reasons.map(escapeMarkdown).join('; ')})` : ''}`,
    `- Notes: ${report.notes.length}`,
  ];
  sortReportNotes(report.notes).forEach((note, index) => {
    lines.push(
      '',
      `## ${index + 1}. ${verdictLabel(note.verdict)}`,
      '',
      `> ${escapeMarkdown(note.sentence)}`,
      '',
    );
    lines.push(`- Claim: ${escapeMarkdown(note.statement)}`);
    if (note.stated) lines.push(`- The sentence states: ${escapeMarkdown(note.stated)}`);
    if (note.established)
      lines.push(`- Primary sources establish: ${escapeMarkdown(note.established)}`);
    if (note.corroborating.length)
      lines.push('- Corroborating sources:', ...note.corroborating.map(formatEvidence));
    if (note.conflicting.length)
      lines.push('- Conflicting sources:', ...note.conflicting.map(formatEvidence));
  });
  if (!report.notes.length) lines.push('', 'No sentence on this page matched a claim in the pack.');
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
