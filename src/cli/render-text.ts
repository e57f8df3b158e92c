// Renders an annotation for a terminal: the article with numbered markers, then one note per marker.
import type { Annotation, Note, NoteEvidence } from '../engine/types';

export interface RenderOptions {
  colour: boolean;
}

const SYMBOL = { corroborated: '✓', conflicting: '✗', mixed: '±' } as const;
const COLOUR = { corroborated: 32, conflicting: 31, mixed: 33 } as const;

function paint(text: string, code: number, options: RenderOptions): string {
  return options.colour ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function evidenceLine(evidence: NoteEvidence): string {
  const who = [evidence.publisher, evidence.date].filter(Boolean).join(', ');
  return `      - ${who}: "${evidence.quote}"${evidence.url ? `\n        ${evidence.url}` : ''}`;
}

function noteBlock(note: Note, number: number, options: RenderOptions): string {
  const lines = [
    paint(
      `[${number}] ${SYMBOL[note.verdict]} ${note.verdict.toUpperCase()}`,
      COLOUR[note.verdict],
      options,
    ) + `  (${note.claim}, score ${note.score.toFixed(2)})`,
    `    Sentence: ${note.sentence}`,
    `    Claim:    ${note.statement}`,
  ];
  if (note.stated) lines.push(`    States:   ${note.stated}`);
  if (note.established) lines.push(`    Primary sources establish: ${note.established}`);
  if (note.corroborating.length)
    lines.push('    Corroborated by:', ...note.corroborating.map(evidenceLine));
  if (note.conflicting.length)
    lines.push('    Conflicts with:', ...note.conflicting.map(evidenceLine));
  if (note.inThisArticle?.length)
    lines.push(
      '    Quoted from this article (not a source):',
      ...note.inThisArticle.map(evidenceLine),
    );
  for (const part of (note.parts ?? []).filter((p) => p.claim !== note.claim)) {
    lines.push(
      `    Also: ${SYMBOL[part.verdict]} ${part.verdict.toUpperCase()}  (${part.claim})`,
      `      Claim:  ${part.statement}`,
    );
    if (part.stated) lines.push(`      States: ${part.stated}`);
    if (part.established) lines.push(`      Primary sources establish: ${part.established}`);
  }
  return lines.join('\n');
}

/** The article text with `[n]` after each noted sentence, followed by the notes. */
export function renderAnnotation(
  text: string,
  annotation: Annotation,
  options: RenderOptions,
): string {
  const { topic, notes } = annotation;
  const header = `Topic: ${topic.relevant ? 'landmine treaty' : 'not about the landmine treaty'} (score ${topic.score}; ${topic.reasons.join('; ')})`;
  let body = '';
  let at = 0;
  notes.forEach((note, i) => {
    body +=
      text.slice(at, note.end) +
      paint(`[${i + 1}${SYMBOL[note.verdict]}]`, COLOUR[note.verdict], options);
    at = note.end;
  });
  body += text.slice(at);
  const counts = (['corroborated', 'conflicting', 'mixed'] as const)
    .map((verdict) => `${notes.filter((n) => n.verdict === verdict).length} ${verdict}`)
    .join(', ');
  const summary = `${notes.length} notes: ${counts}`;
  return [
    header,
    summary,
    '',
    body.trim(),
    '',
    ...notes.map((n, i) => noteBlock(n, i + 1, options)),
    '',
  ].join('\n');
}
