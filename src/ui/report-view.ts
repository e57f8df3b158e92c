// Draws a page report into the popup: whether the page is a treaty article and why, then each noted
// sentence (conflicts first) as a button that reveals the note in the page, with verdict and sources.
import type { NoteEvidence, Verdict } from '../engine/types';
import { t, tCount } from '../i18n';
import type { PageReport, KeyedNote } from '../messages';
import { buildElement } from './build-element';
import { sortReportNotes } from './report-order';
import { verdictCount, verdictLabel } from './verdict-label';
import { shownLabel, shownStatement } from './statement';

export interface ReportActions {
  revealNote(noteId: string): void;
  copyMarkdown(): void;
  /** "Copy conflicts only": the same Markdown with only conflicting and mixed notes. */
  copyDisputed(): void;
  copyJson(): void;
  checkAnyway(): void;
}

function renderSources(doc: Document, heading: string, evidence: readonly NoteEvidence[]): Node[] {
  if (!evidence.length) return [];
  const items = evidence.map((e) =>
    buildElement(
      doc,
      'li',
      {},
      buildElement(
        doc,
        'a',
        { href: e.url, target: '_blank', rel: 'noopener noreferrer' },
        e.publisher,
      ),
      `, ${e.date}: “${e.quote}”`,
    ),
  );
  return [
    buildElement(doc, 'dt', {}, heading),
    buildElement(doc, 'dd', {}, buildElement(doc, 'ul', { class: 'sources' }, ...items)),
  ];
}

function renderNote(doc: Document, note: KeyedNote, actions: ReportActions): HTMLLIElement {
  const sentence = buildElement(
    doc,
    'button',
    { type: 'button', class: 'sentence', 'aria-label': t('showInPage', note.sentence) },
    `“${note.sentence}”`,
  );
  sentence.addEventListener('click', () => actions.revealNote(note.id));
  return buildElement(
    doc,
    'li',
    { 'data-verdict': note.verdict, 'data-claim': note.claim },
    buildElement(
      doc,
      'span',
      { class: 'verdict', 'data-verdict': note.verdict },
      verdictLabel(note.verdict),
    ),
    sentence,
    buildElement(
      doc,
      'dl',
      {},
      buildElement(doc, 'dt', {}, t('claim')),
      buildElement(doc, 'dd', {}, shownStatement(note)),
      ...(note.stated
        ? [
            buildElement(doc, 'dt', {}, t('sentenceStates')),
            buildElement(doc, 'dd', {}, shownLabel(note.stated, note)),
          ]
        : []),
      ...(note.established
        ? [
            buildElement(doc, 'dt', {}, t('primaryEstablish')),
            buildElement(doc, 'dd', {}, shownLabel(note.established, note)),
          ]
        : []),
      ...renderSources(doc, t('corroboratingSources'), note.corroborating),
      ...renderSources(doc, t('conflictingSources'), note.conflicting),
    ),
  );
}

function renderTopic(doc: Document, report: PageReport): HTMLElement {
  const verdict = report.topic.relevant
    ? t('topicRelevant')
    : report.forced
      ? t('topicForced')
      : t('notDetected');
  const reasons = report.topic.reasons.map((reason) => buildElement(doc, 'li', {}, reason));
  return buildElement(
    doc,
    'section',
    { class: 'topic', 'aria-label': t('detection') },
    buildElement(doc, 'p', {}, verdict),
    reasons.length
      ? buildElement(
          doc,
          'details',
          { class: 'muted' },
          buildElement(doc, 'summary', {}, t('why')),
          buildElement(doc, 'ul', {}, ...reasons),
        )
      : null,
  );
}

/** Verdicts in the order the summary names them. */
const VERDICTS: readonly Verdict[] = ['conflicting', 'mixed', 'corroborated'];

function summary(notes: readonly KeyedNote[]): string {
  if (!notes.length) return t('reportNoMatch');
  const parts = VERDICTS.flatMap((verdict) => {
    const count = notes.filter((note) => note.verdict === verdict).length;
    return count ? [verdictCount(verdict, count)] : [];
  });
  return t('reportSummary', tCount('notes', notes.length), parts.join(', '));
}

/** Replaces `container`'s content with the report. */
export function renderReport(
  container: HTMLElement,
  report: PageReport,
  actions: ReportActions,
): void {
  const doc = container.ownerDocument;
  const copyMarkdown = buildElement(
    doc,
    'button',
    { type: 'button', id: 'copy-markdown' },
    t('copyReport'),
  );
  const copyDisputed = buildElement(
    doc,
    'button',
    { type: 'button', id: 'copy-conflicts' },
    t('copyConflicts'),
  );
  const copyJson = buildElement(doc, 'button', { type: 'button', id: 'copy-json' }, t('copyJson'));
  copyMarkdown.addEventListener('click', actions.copyMarkdown);
  copyDisputed.addEventListener('click', actions.copyDisputed);
  copyJson.addEventListener('click', actions.copyJson);
  const notes = sortReportNotes(report.notes);
  const checkAnyway =
    !report.topic.relevant && !report.forced
      ? buildElement(doc, 'button', { type: 'button', id: 'check-anyway' }, t('checkAnyway'))
      : null;
  checkAnyway?.addEventListener('click', actions.checkAnyway);
  container.replaceChildren(
    renderTopic(doc, report),
    ...(checkAnyway ? [buildElement(doc, 'p', {}, checkAnyway)] : []),
    ...(report.topic.relevant || report.forced
      ? [
          buildElement(doc, 'h2', { id: 'notes-heading' }, summary(notes)),
          // Copy buttons above the list: a long report should not need scrolling to reach them.
          buildElement(doc, 'p', { class: 'toolbar' }, copyMarkdown, copyDisputed, copyJson),
          buildElement(
            doc,
            'ol',
            { class: 'notes', 'aria-labelledby': 'notes-heading' },
            ...notes.map((n) => renderNote(doc, n, actions)),
          ),
        ]
      : []),
  );
  container.setAttribute('aria-busy', 'false');
}

/** Replaces `container`'s content with one plain sentence (no report available) and an optional action. */
export function renderMessage(
  container: HTMLElement,
  message: string,
  action?: { label: string; run(): void },
): void {
  const doc = container.ownerDocument;
  const button = action
    ? buildElement(doc, 'button', { type: 'button', id: 'check-anyway' }, action.label)
    : null;
  if (button && action) button.addEventListener('click', () => action.run());
  container.replaceChildren(
    buildElement(doc, 'p', {}, message),
    ...(button ? [buildElement(doc, 'p', {}, button)] : []),
  );
  container.setAttribute('aria-busy', 'false');
}
