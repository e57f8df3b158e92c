// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startTopicProbe, TOPIC_EVENT, type TopicProbe } from '../../src/annotator/topic-probe';
import { seeds, unrelatedPages } from '../helpers/fixtures';

/** Replaces the test document with `html` (scripts are not run). */
function showPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(
    document.importNode(parsed.documentElement, true),
    document.documentElement,
  );
}

/** A seed article's real text as paragraphs (the markup around it is synthetic). */
function treatyParagraphs(): string[] {
  const [, text] = seeds().find(([name]) => name.startsWith('002_'))!;
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 80);
}

const UNRELATED = `<html><head><title>Council approves cycle lanes</title></head><body><main>
  <p>The city council approved a network of protected cycle lanes on Tuesday.</p></main></body></html>`;

/** Records the probe's events; `take` decides whether a live isolated side cancels them. */
function listen(take: boolean): { count: () => number; remove: () => void } {
  let count = 0;
  const listener = (event: Event) => {
    count += 1;
    if (take) event.preventDefault();
  };
  window.addEventListener(TOPIC_EVENT, listener);
  return { count: () => count, remove: () => window.removeEventListener(TOPIC_EVENT, listener) };
}

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
let probe: TopicProbe | null = null;
let listener: ReturnType<typeof listen> | null = null;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  history.replaceState({}, '', '/');
});
afterEach(() => {
  probe?.stop();
  listener?.remove();
  probe = listener = null;
  vi.useRealTimers();
});

describe('startTopicProbe: stage 1 in the page’s world', () => {
  test.each(unrelatedPages())(
    'real page %s: no event, now or after the page changes',
    (_n, html) => {
      showPage(html);
      listener = listen(true);
      probe = startTopicProbe(window);
      document.body.append(document.createElement('div'));
      vi.advanceTimersByTime(1_000);
      expect(listener.count()).toBe(0);
    },
  );

  test('a treaty article fires the event once; once taken, the probe stops watching', async () => {
    const [headline, ...paragraphs] = treatyParagraphs();
    showPage(
      `<html><head><title>${headline}</title></head><body><article>${paragraphs
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    );
    listener = listen(true);
    probe = startTopicProbe(window);
    expect(listener.count()).toBe(1);
    // Taken: later content and routes are the isolated side's business.
    document.body.append(document.createElement('p'));
    history.pushState({}, '', '/next');
    document.title = 'Next story';
    await settle();
    vi.advanceTimersByTime(20_000);
    expect(listener.count()).toBe(1);
  });

  test('an article that renders after load is found within the watch window, not after it', async () => {
    const [headline, ...paragraphs] = treatyParagraphs();
    const render = () => {
      const article = document.createElement('article');
      for (const text of [headline!, ...paragraphs]) {
        const p = document.createElement('p');
        p.textContent = text;
        article.append(p);
      }
      document.querySelector('main')!.replaceChildren(article);
    };
    showPage(UNRELATED);
    listener = listen(true);
    probe = startTopicProbe(window);
    vi.advanceTimersByTime(2_000);
    render();
    await settle();
    vi.advanceTimersByTime(499);
    expect(listener.count()).toBe(0); // debounced: one check once the page is quiet
    vi.advanceTimersByTime(1);
    expect(listener.count()).toBe(1);

    probe.stop();
    listener.remove();
    showPage(UNRELATED);
    listener = listen(true);
    probe = startTopicProbe(window);
    vi.advanceTimersByTime(16_000); // the window has passed: the body is no longer watched
    render();
    await settle();
    vi.advanceTimersByTime(1_000);
    expect(listener.count()).toBe(0);
  });

  test('a single-page-app route to a treaty article is found, long after load', async () => {
    showPage(UNRELATED);
    listener = listen(true);
    probe = startTopicProbe(window);
    vi.advanceTimersByTime(60_000);
    const [headline, ...paragraphs] = treatyParagraphs();
    history.pushState({}, '', '/world/treaty');
    document.title = headline!;
    await settle();
    const article = document.createElement('article');
    article.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
    document.querySelector('main')!.replaceChildren(article);
    await settle();
    vi.advanceTimersByTime(500);
    expect(listener.count()).toBe(1);
  });

  test('when no live isolated side takes the event (extension gone), it tries thrice and stops', () => {
    const [headline] = treatyParagraphs();
    showPage(`<html><head><title>${headline}</title></head><body></body></html>`);
    listener = listen(false);
    probe = startTopicProbe(window);
    vi.advanceTimersByTime(10_000);
    expect(listener.count()).toBe(3);
  });
});
