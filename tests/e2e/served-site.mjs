// The pages the e2e suites serve from disk: the Chromium suite at https://crosscheck.test/ through
// Playwright request routing, the Firefox suite from a local HTTP server (local-site.mjs): the seed
// fixtures, the twenty real pages, and small generated pages (late article, SPA, hostile page).
// Nothing here ever reaches the internet.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ORIGIN = 'https://crosscheck.test';
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pages');
/** The seed articles' text and the saved unrelated pages, both in the repository. */
export const SEEDS_DIR = join(ROOT, 'tests', 'fixtures', 'seeds');
const REAL_PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'unrelated-pages');

/** Seed fixtures: slug, seed file, publication date (from the pack's source for that seed). */
export const SEED_PAGES = [
  { slug: 'bbc-seed-000', seed: '000_91a15512559e22d2.txt', date: '2025-06-30' },
  { slug: 'guardian-seed-001', seed: '001_4bb4d65a0918e21f.txt', date: '2025-07-07' },
  { slug: 'nytimes-seed-002', seed: '002_7cdb0da5671a7baa.txt', date: '2025-07-07' },
  { slug: 'plain-seed-003', seed: '003_a0cae1b0aabd2ad3.txt', date: '2025-06-30' },
  { slug: 'seattletimes-seed-004', seed: '004_28dd662c094ae459.txt', date: '2025-06-30' },
];

export const REAL_PAGES = readdirSync(REAL_PAGES_DIR)
  .filter((name) => name.endsWith('.html'))
  .sort();

export function seedParagraphs(seed) {
  return readFileSync(join(SEEDS_DIR, seed), 'utf8')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const html = (body, headers = {}) => ({ body, contentType: 'text/html; charset=utf-8', headers });
const js = (body) => ({ body, contentType: 'text/javascript; charset=utf-8', headers: {} });
const css = (body) => ({ body, contentType: 'text/css; charset=utf-8', headers: {} });

/** A page whose script adds the article 2 s after load (client-rendered news sites). */
function latePage() {
  const [headline, ...paragraphs] = seedParagraphs('002_7cdb0da5671a7baa.txt');
  return {
    '/late/':
      html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading…</title>
<meta property="article:published_time" content="2025-07-07T10:00:00Z">
<script src="/late/app.js" defer></script></head>
<body><header><a href="/">Example News</a></header><main id="app"><p>Loading…</p></main></body></html>`),
    '/late/app.js': js(`const story = ${JSON.stringify({ headline, paragraphs })};
setTimeout(() => {
  document.title = story.headline;
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = story.headline;
  article.append(h1);
  for (const text of story.paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  document.getElementById('app').replaceChildren(article);
  window.__lateRendered = true;
}, 2000);`),
  };
}

/** A single-page app: pushState routes between an unrelated story and a treaty story, and a
 *  rerender() that rebuilds the article from scratch (wiping anything inserted into it). */
function spaPages() {
  const [treatyHeadline, ...treaty] = seedParagraphs('004_28dd662c094ae459.txt');
  const unrelated = [
    'Council approves new cycle lanes',
    'The city council approved a network of protected cycle lanes on Tuesday after a long debate.',
    'Work on the first section, along the river, is expected to begin in the spring and to take about six months.',
    'Shop owners on the route asked for delivery bays, which the plan now includes at every junction.',
  ];
  const shell =
    html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example SPA</title>
<meta property="article:published_time" content="2025-06-30T10:00:00Z">
<script src="/spa/app.js" defer></script></head>
<body><nav><a href="/spa/cycling" data-route>Cycling</a> <a href="/spa/treaty" data-route>Treaty</a></nav>
<main id="app"></main></body></html>`);
  return {
    '/spa/cycling': shell,
    '/spa/treaty': shell,
    '/spa/app.js': js(`const routes = ${JSON.stringify({
      '/spa/cycling': unrelated,
      '/spa/treaty': [treatyHeadline, ...treaty],
    })};
function render() {
  const [headline, ...paragraphs] = routes[location.pathname] || ['Not found'];
  document.title = headline;
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = headline;
  article.append(h1);
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  document.getElementById('app').replaceChildren(article);
}
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  render();
});
addEventListener('popstate', render);
window.rerender = render;
render();`),
  };
}

/** Strict CSP, Trusted Types required, page CSS that styles every element, payload sentences. */
function hostilePages() {
  const [headline, ...paragraphs] = seedParagraphs('003_a0cae1b0aabd2ad3.txt');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Payloads sit inside treaty sentences as text: if anything we render parsed them, they would run.
  const payload = (text, index) =>
    index === 1
      ? text.replace(
          'signatory countries',
          'signatory countries <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
        )
      : index === 0
        ? text.replace('on Monday', 'on Monday <svg onload="window.__pwned=3">')
        : text;
  const body = paragraphs.map((text, i) => `<p>${escape(payload(text, i))}</p>`).join('\n');
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
  return {
    '/hostile/': html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)}</title>
<meta property="article:published_time" content="2025-06-30T10:00:00Z">
<link rel="stylesheet" href="/hostile/page.css"><script src="/hostile/page.js" defer></script></head>
<body><article><h1>${escape(headline)}</h1>
<p><a id="page-link" href="#top">A page link with its own handler</a></p>
${body}</article></body></html>`,
      { 'content-security-policy': csp },
    ),
    '/hostile/page.css': css(`* { all: unset; }
span { display: none !important; }
p, h1, article { display: block; margin: 0.5em 0; }
button { display: none; }`),
    '/hostile/page.js': js(`window.__pageClicks = 0;
document.getElementById('page-link').addEventListener('click', () => { window.__pageClicks += 1; });
trustedTypes.createPolicy('default', { createHTML: () => { window.__ttViolation = true; return ''; } });`),
  };
}

/** An unrelated page whose own script fires the stage-1 probe's event (src/annotator/topic-probe.ts),
 *  as a page that wants notes forced on it, or wants to find out whether we run, could. */
function spoofingPage() {
  return {
    '/spoof/': html(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new cycle lanes</title><script src="/spoof/page.js" defer></script></head>
<body><article><h1>Council approves new cycle lanes</h1>
<p>The city council approved a network of protected cycle lanes on Tuesday after a long debate.</p>
<p>Work on the first section, along the river, is expected to begin in the spring.</p>
</article></body></html>`),
    '/spoof/page.js': js(`window.__spoofTaken = 0;
const fire = () => {
  const event = new CustomEvent('crosscheck:treaty-page', { cancelable: true });
  if (!dispatchEvent(event)) window.__spoofTaken += 1;
};
fire();
setTimeout(fire, 300);
setTimeout(fire, 800);`),
  };
}

/** The Ukrainian corpus article served as a news page (tests/eval/articles/uk/, split "tune"). */
export const UKRAINIAN_ARTICLE = {
  path: '/babel-uk/finlyandiya-vyishla/',
  file: join(ROOT, 'tests', 'eval', 'articles', 'uk', 'babel-2026-01-10-finland-out.json'),
};

/**
 * A real Ukrainian article (Babel, 10 January 2026) in the markup of a Ukrainian news site: header,
 * navigation, <article> with its headline, date and paragraphs (a line without a full stop is the
 * article's own subheading), a related-stories aside and a footer. Built at serve time from the
 * corpus JSON, so the text lives in one tracked file only.
 */
function ukrainianArticlePage() {
  const article = JSON.parse(readFileSync(UKRAINIAN_ARTICLE.file, 'utf8'));
  const escape = (text) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const blocks = article.text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      /[.!?…"»]$/.test(line) ? `<p>${escape(line)}</p>` : `<h2>${escape(line)}</h2>`,
    );
  return {
    [UKRAINIAN_ARTICLE.path]: html(`<!doctype html>
<html lang="uk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.title)} — Бабель</title>
<meta property="og:site_name" content="Бабель">
<meta property="og:type" content="article">
<meta property="og:title" content="${escape(article.title)}">
<meta property="article:published_time" content="${article.date}T09:30:00+02:00">
<meta property="article:section" content="Новини">
<style>
body { font: 18px/1.6 Georgia, serif; margin: 0; color: #111; }
header, footer { background: #111; color: #fff; padding: 0.6em 1.5em; }
header a, footer a { color: #fff; margin-right: 1em; }
.wrap { display: flex; gap: 2em; max-width: 1100px; margin: 0 auto; padding: 1em 1.5em; }
article { flex: 3; } aside { flex: 1; font-size: 0.85em; border-left: 1px solid #ddd; padding-left: 1em; }
time { color: #666; }
</style></head>
<body>
<header><a href="/" class="logo">Бабель</a>
<nav aria-label="Розділи"><a href="/news">Новини</a><a href="/war">Війна</a><a href="/world">Світ</a><a href="/texts">Тексти</a></nav></header>
<div class="wrap">
<article>
<h1>${escape(article.title)}</h1>
<p class="byline">Бабель · <time datetime="${article.date}T09:30:00+02:00">${article.date.split('-').reverse().join('.')}</time></p>
${blocks.join('\n')}
</article>
<aside><h3>Читайте також</h3><ul>
<li><a href="/news/1">Погода на вихідні: у Карпатах сніг</a></li>
<li><a href="/news/2">У Києві відкрили новий міст для пішоходів</a></li>
</ul></aside>
</div>
<footer><p>© Бабель. Усі права захищено.</p><a href="/about">Про нас</a><a href="/contacts">Контакти</a></footer>
</body></html>`),
  };
}

/** path -> { body, contentType, headers } for everything served. */
export function buildSite() {
  const site = {};
  for (const { slug } of SEED_PAGES) {
    const dir = join(FIXTURES, slug);
    site[`/${slug}/`] = html(readFileSync(join(dir, 'source.html'), 'utf8'));
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.css')))
      site[`/${slug}/${name}`] = css(readFileSync(join(dir, name), 'utf8'));
  }
  for (const name of REAL_PAGES)
    site[`/real/${name}`] = html(readFileSync(join(REAL_PAGES_DIR, name), 'utf8'));
  return {
    ...site,
    ...latePage(),
    ...spaPages(),
    ...hostilePages(),
    ...spoofingPage(),
    ...ukrainianArticlePage(),
  };
}
