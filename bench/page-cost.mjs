// What Crosscheck costs a page, measured from Chromium performance traces with the built extension:
// on the twenty unrelated pages, the main-thread time spent in the extension's scripts (both halves
// of the content script: the stage-1 probe in the page's world is attributed by its script URL just
// like the isolated half, chrome-extension://…/topic-probe.js); on treaty
// pages (the seed fixtures), that time and the time from the content script starting (document
// idle) to the notes shown. Each is printed next to the time to read the page's text
// (`document.body.innerText`) in the same run, and next to the cost of a reference extension whose
// content script only registers a message listener (the floor any extension that answers its popup
// pays for its isolated world and API bindings). Medians over RUNS runs. `npm run build` first.
// Usage: node bench/page-cost.mjs [runs]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../tests/e2e/harness.mjs';
import {
  buildSite,
  ORIGIN,
  REAL_PAGES,
  SEED_PAGES,
  UKRAINIAN_ARTICLE,
} from '../tests/e2e/served-site.mjs';

const RUNS = Number(process.argv[2] ?? 5);
/** After load, how long to keep tracing so idle-time work and debounced checks are included (ms). */
const SETTLE_MS = 2500;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
].join(',');

const median = (values) => {
  // Runs where a figure is missing (no marker stamp seen) are left out, not counted as zero.
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Script URL an event is attributed to, if any. */
function scriptUrl(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  return data.url ?? data.scriptName ?? data.stackTrace?.[0]?.url ?? data.fileName ?? '';
}

/**
 * Main-thread milliseconds in events attributed to extension scripts, nested events counted once.
 * Uses each event's thread time (`tdur`) where the trace has it: on a busy 2-core machine the wall
 * duration also counts time the renderer was descheduled, which is not cost the page pays to us.
 */
function extensionTime(events) {
  // Every renderer's main thread: the traced page may share a process with an earlier one, and
  // picking only the first CrRendererMain seen sometimes picked the wrong one (a 0 ms reading).
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur && (mains.size === 0 || mains.has(`${e.pid}:${e.tid}`)))
    .filter((e) => scriptUrl(e).startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let wall = 0;
  let longest = 0;
  let coveredUntil = 0;
  let firstStart = null;
  for (const span of spans) {
    firstStart ??= span.ts;
    const end = span.ts + span.dur;
    // Top-level spans only: a span inside a counted one is already in its duration.
    if (span.ts < coveredUntil) continue;
    total += span.tdur ?? span.dur;
    wall += span.dur;
    // The longest piece of our work in one go, in thread time: what a long task (over 50 ms)
    // would be made of. Wall time here also counts time the 2-core machine ran something else.
    longest = Math.max(longest, span.tdur ?? span.dur);
    coveredUntil = end;
  }
  return { ms: total / 1000, wallMs: wall / 1000, longestMs: longest / 1000, firstStart };
}

async function traceOnce(env, path, waitForNotes) {
  const page = await env.context.newPage();
  const cdp = await env.context.newCDPSession(page);
  if (waitForNotes) {
    // Main world: stamp the trace when our first marker appears.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('crosscheck-marker')) {
          console.timeStamp('crosscheck-notes-shown');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
  }
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
  if (waitForNotes) await page.waitForSelector('crosscheck-marker', { timeout: 15_000 });
  await page.waitForTimeout(SETTLE_MS);
  const readText = await page.evaluate(() => {
    const start = performance.now();
    const text = document.body.innerText;
    return { ms: performance.now() - start, length: text.length };
  });
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const { ms, wallMs, longestMs, firstStart } = extensionTime(events);
  const shown = events.find(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === 'crosscheck-notes-shown',
  );
  return {
    extensionMs: ms,
    extensionWallMs: wallMs,
    longestMs,
    readTextMs: readText.ms,
    idleToNotesMs: shown && firstStart !== null ? (shown.ts - firstStart) / 1000 : null,
  };
}

/** The reference extension: a service worker and a content script that listens for messages. */
function buildFloorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-floor-'));
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'floor',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(
    join(dir, 'content.js'),
    '(() => { chrome.runtime.onMessage.addListener(() => undefined); })();',
  );
  return dir;
}

/** Median extension time of the reference extension on each unrelated page. */
async function floorCosts() {
  const dir = buildFloorExtension();
  const floorEnv = await launch(buildSite(), dir);
  const costs = new Map();
  try {
    for (const name of REAL_PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await traceOnce(floorEnv, `/real/${name}`, false));
      costs.set(name, median(runs.map((r) => r.extensionMs)));
    }
  } finally {
    await floorEnv.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return costs;
}

const pad = (value, width) => String(value).padStart(width);
const fmt = (ms) => (ms === null || Number.isNaN(ms) ? '–' : ms.toFixed(2));

const floor = await floorCosts();
const env = await launch(buildSite());
try {
  console.log(`Crosscheck page cost, median of ${RUNS} runs, ms`);
  console.log(
    "extension: main-thread (thread) time in the extension's scripts, wall time in brackets;",
  );
  console.log(
    'read text: document.body.innerText on the same page; idle→notes: content script start',
  );
  console.log('to the first marker on screen; longest: our longest single run of script, the most');
  console.log('of any run (a long task is over 50 ms).\n');
  console.log(
    `${'unrelated page'.padEnd(24)}${pad('extension', 11)}${pad('(wall)', 10)}${pad('floor', 8)}${pad('read text', 11)}${pad('ratio', 8)}`,
  );
  const unrelated = [];
  for (const name of REAL_PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await traceOnce(env, `/real/${name}`, false));
    const ext = median(runs.map((r) => r.extensionMs));
    const wall = median(runs.map((r) => r.extensionWallMs));
    const read = median(runs.map((r) => r.readTextMs));
    const base = floor.get(name) ?? NaN;
    unrelated.push({ ext, wall, read, base });
    console.log(
      `${name.padEnd(24)}${pad(fmt(ext), 11)}${pad(`(${fmt(wall)})`, 10)}${pad(fmt(base), 8)}${pad(fmt(read), 11)}${pad((ext / Math.max(read, 0.01)).toFixed(1), 8)}`,
    );
  }
  console.log(
    `${'median of pages'.padEnd(24)}${pad(fmt(median(unrelated.map((u) => u.ext))), 11)}${pad(`(${fmt(median(unrelated.map((u) => u.wall)))})`, 10)}${pad(fmt(median(unrelated.map((u) => u.base))), 8)}${pad(fmt(median(unrelated.map((u) => u.read))), 11)}`,
  );
  console.log(
    `\n${'treaty page'.padEnd(24)}${pad('extension', 11)}${pad('longest', 9)}${pad('idle→notes', 12)}${pad('read text', 11)}`,
  );
  // The seeds (English) and a real Ukrainian article, whose index holds the Ukrainian wording too.
  const treatyPages = [
    ...SEED_PAGES.map(({ slug }) => ({ slug, path: `/${slug}/` })),
    { slug: 'babel-uk', path: UKRAINIAN_ARTICLE.path },
  ];
  for (const { slug, path } of treatyPages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await traceOnce(env, path, true));
    console.log(
      `${slug.padEnd(24)}${pad(fmt(median(runs.map((r) => r.extensionMs))), 11)}${pad(fmt(Math.max(...runs.map((r) => r.longestMs))), 9)}${pad(fmt(median(runs.map((r) => r.idleToNotesMs ?? NaN))), 12)}${pad(fmt(median(runs.map((r) => r.readTextMs))), 11)}`,
    );
  }
} finally {
  await env.close();
}
