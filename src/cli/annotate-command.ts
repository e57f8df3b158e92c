// The annotate command as a function of its arguments and a file reader, so tests run it without
// spawning a process and the CLI entry stays a few lines of Node glue.
import { parseArgs } from 'node:util';
import { formatProblem, loadPack } from '../claims/loader';
import { annotate, createAnnotator } from '../engine';
import type { Annotation, NotePart } from '../engine/types';
import { extractArticle } from './extract-article';
import { renderAnnotation } from './render-text';

export interface CommandIo {
  readFile(path: string): string;
  bundledPackPath: string;
  colour: boolean;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const USAGE = 'usage: annotate [--json] [--pack FILE] [--date YYYY-MM-DD] FILE|-';

function fail(message: string, exitCode = 1): CommandResult {
  return { stdout: '', stderr: `annotate: ${message}`, exitCode };
}

function readOrFail(io: CommandIo, path: string, what: string): string | CommandResult {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      `cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

/** Exactly the JSON shape other tools rely on (see README): no fields beyond those documented. */
function toPublicJson(annotation: Annotation): unknown {
  const evidence = (list: Annotation['notes'][number]['corroborating']) =>
    list.map(({ source, publisher, url, date, quote }) => ({
      source,
      publisher,
      url,
      date,
      quote,
    }));
  const part = (p: NotePart) => ({
    claim: p.claim,
    score: p.score,
    stated: p.stated,
    verdict: p.verdict,
    corroborating: evidence(p.corroborating),
    conflicting: evidence(p.conflicting),
    thisArticle: evidence(p.inThisArticle ?? []),
  });
  // The note's own fields stay where version 1 had them; `parts` and `thisArticle` are additions.
  return {
    topic: annotation.topic,
    notes: annotation.notes.map((note) => ({
      start: note.start,
      end: note.end,
      sentence: note.sentence,
      ...part(note),
      parts: (note.parts ?? [note]).map(part),
    })),
  };
}

export function runAnnotate(argv: string[], io: CommandIo): CommandResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, pack: { type: 'string' }, date: { type: 'string' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) return fail(USAGE, 2);
  const date = parsed.values.date;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    return fail(`--date must be YYYY-MM-DD, got "${date}"`, 2);

  const packPath = parsed.values.pack ?? io.bundledPackPath;
  const packText = readOrFail(io, packPath, 'pack');
  if (typeof packText !== 'string') return packText;
  const pack = loadPack(packText);
  if (!pack.ok)
    return fail(
      `invalid pack ${packPath}: ${pack.problems.slice(0, 5).map(formatProblem).join('; ')}`,
    );

  const input = readOrFail(io, file, 'file');
  if (typeof input !== 'string') return input;
  const isHtml = /\.html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(input);
  const article = isHtml
    ? extractArticle(input)
    : { text: input, publishedDate: undefined, title: '' };
  if (!article.text.trim())
    return fail(`no article text in ${file === '-' ? 'standard input' : file}`);

  const text = article.text;
  const annotation = annotate(
    { text, publishedDate: date ?? article.publishedDate },
    createAnnotator(pack.pack),
  );
  const stdout = parsed.values.json
    ? `${JSON.stringify(toPublicJson(annotation), null, 2)}\n`
    : renderAnnotation(text, annotation, { colour: io.colour });
  return { stdout, stderr: '', exitCode: 0 };
}
