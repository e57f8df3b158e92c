// What both e2e suites (Chromium: run.mjs, Firefox: firefox.mjs) check on an annotated page, so the
// two browsers are held to one standard: the engine's own notes for a seed as the reference, the
// markers read back from the page, and the comparison. Pages are anything with Playwright's or
// Puppeteer's `evaluate(fn, arg)`.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from './runner.mjs';
import { ROOT, SEEDS_DIR } from './served-site.mjs';

const run = promisify(execFile);

/** The engine's own notes for a seed (through the CLI, in Node), the reference the page must match. */
export async function engineNotes(seed, date) {
  try {
    const { stdout } = await run(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['src/cli/main.ts', '--json', '--date', date, join(SEEDS_DIR, seed)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    // The seed's first line is its headline (after a date header); served pages put it outside
    // the article, so only notes on that line may be missing from the page.
    const headlineEnd = readFileSync(join(SEEDS_DIR, seed), 'utf8').indexOf('\n');
    return JSON.parse(stdout).notes.map((note) => ({
      ...note,
      inHeadline: note.start < headlineEnd,
    }));
  } catch (error) {
    throw new Error(`CLI failed for ${seed}: ${error.stderr ?? error}`);
  }
}

/**
 * The notes a seed page must show: the engine's, plus a second marker for the sentence that
 * plain-seed-003 repeats as a pull quote.
 */
export function expectedOnPage(slug, notes) {
  const expected = [...notes];
  const pulled = notes.find((note) => note.sentence.includes('one of 160 signatory countries'));
  if (slug === 'plain-seed-003' && pulled) expected.push(pulled);
  return expected;
}

const normalise = (text) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** Markers in document order with the text just before each (what they annotate). */
export function readMarkers(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('crosscheck-marker')].map((marker) => {
      const range = document.createRange();
      range.setStart(document.body, 0);
      range.setEndBefore(marker);
      return {
        id: marker.getAttribute('data-note-id'),
        claim: marker.getAttribute('data-claim'),
        verdict: marker.getAttribute('data-verdict'),
        before: range.toString().replace(/\s+/g, ' ').trim().slice(-300),
      };
    }),
  );
}

/** How many ranges the extension's named highlights (CSS Custom Highlight API) hold. */
export function highlightCount(page) {
  return page.evaluate(() => {
    let total = 0;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('crosscheck-')) total += highlight.size;
    return total;
  });
}

/** How many of the extension's shadow hosts (markers, notes, the summary) the page holds. */
export function ourHosts(page) {
  return page.evaluate(
    () =>
      document.querySelectorAll('crosscheck-marker, crosscheck-note, crosscheck-summary').length,
  );
}

/** Checks every expected note is on the page with its claim and verdict, and nothing else is. */
export async function checkNotes(page, expected, label) {
  const markers = await readMarkers(page);
  const unmatched = [...markers];
  const missing = [];
  for (const note of expected) {
    const tail = normalise(note.sentence).slice(-40);
    const index = unmatched.findIndex((m) => normalise(m.before).endsWith(tail));
    if (index === -1) {
      // A headline outside the article container is not read; only the headline may be missing.
      if (!note.inHeadline) missing.push(`${note.verdict} ${note.claim}: …${tail}`);
      continue;
    }
    const [marker] = unmatched.splice(index, 1);
    expect(
      marker.claim === note.claim && marker.verdict === note.verdict,
      `${label}: "${tail}" has ${marker.claim}/${marker.verdict}, engine says ${note.claim}/${note.verdict}`,
    );
  }
  expect(missing.length === 0, `${label}: no marker for\n        ${missing.join('\n        ')}`);
  expect(
    unmatched.length === 0,
    `${label}: unexpected markers ${JSON.stringify(unmatched.map((m) => m.before.slice(-60)))}`,
  );
  expect(new Set(markers.map((m) => m.id)).size === markers.length, `${label}: duplicate note ids`);
  return markers;
}
