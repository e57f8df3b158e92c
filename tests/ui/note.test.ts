// @vitest-environment jsdom
// The marker and note as a reader uses them: keyboard, Escape, focus, labels, and text that never
// turns into markup. Note contents are synthetic but shaped like the engine's output.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { KeyedNote } from '../../src/messages';
import { createMarker, markerButton } from '../../src/ui/marker';
import { createNotePopover, placeBelow, renderNote } from '../../src/ui/note-popover';
import { describeCounts } from '../../src/ui/summary-panel';

const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

const note: KeyedNote = {
  id: 'ukraine-withdrawal-year:abc#0',
  start: 0,
  end: 60,
  sentence: `Ukraine was one of 160 signatory countries ${PAYLOAD}.`,
  claim: 'states-parties-count',
  statement: `The Convention has 164 states parties ${PAYLOAD}`,
  score: 0.8,
  stated: '160 states',
  verdict: 'conflicting',
  corroborating: [],
  conflicting: [
    {
      source: 'icbl',
      publisher: 'ICBL',
      url: 'https://www.icbl.org/en-gb/the-treaty/treaty-status.aspx',
      date: '2025-06-01',
      quote: `164 States Parties ${PAYLOAD}`,
      kind: 'primary-document',
      stance: 'asserts',
      version: '164 states parties',
    },
    {
      source: 'bad',
      publisher: 'Bad link',
      url: 'javascript:alert(1)',
      date: '2025-06-02',
      quote: 'quote',
      kind: 'news-report',
      stance: 'asserts',
      version: '164 states parties',
    },
  ],
  established: '164 states parties',
};

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '<article><p id="p">Some sentence.</p></article>';
});
afterEach(() => controller.abort());

describe('renderNote', () => {
  test('leads with the plain sentence, then claim and sources, all as text', () => {
    const element = renderNote(document, note, [], () => {});
    expect(element.getAttribute('role')).toBe('dialog');
    expect(element.textContent).toContain('The Convention has 164 states parties <img');
    expect(element.textContent).toContain('160 states');
    expect(element.querySelector('.lead')?.textContent).toBe(
      'This sentence says 160 states; the primary sources establish 164 states parties.',
    );
    expect(element.textContent).toContain('ICBL');
    expect(element.querySelector('img, script')).toBeNull();
  });

  test('a sentence that states two claims shows the second with its own verdict and sources', () => {
    const second = {
      claim: 'treaty-adopted-oslo-1997',
      statement: 'The treaty was adopted in Oslo on 18 September 1997.',
      score: 0.7,
      stated: 'December 3, 1997',
      verdict: 'conflicting' as const,
      established: 'adopted on 18 September 1997',
      corroborating: [],
      conflicting: [{ ...note.conflicting[0]!, publisher: 'UN Treaty Collection' }],
    };
    const element = renderNote(document, { ...note, parts: [note, second] }, [], () => {});
    const part = element.querySelector('section.part');
    expect(part?.getAttribute('data-verdict')).toBe('conflicting');
    expect(part?.textContent).toContain('Also in this sentence: ✗');
    expect(part?.textContent).toContain('December 3, 1997');
    expect(part?.textContent).toContain('UN Treaty Collection');
    // The note's own claim is not repeated as a further part.
    expect(element.querySelectorAll('section.part')).toHaveLength(1);
  });

  test('evidence quoted from the article itself is listed as this article, not as a source', () => {
    const own = { ...note.conflicting[0]!, publisher: 'This outlet' };
    const element = renderNote(document, { ...note, inThisArticle: [own] }, [], () => {});
    const headings = [...element.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toContain('This article (not counted as a source)');
  });

  test('links are web links that open safely; other schemes are dropped', () => {
    const links = [...renderNote(document, note, [], () => {}).querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
  });

  test('is labelled by a heading that names the verdict', () => {
    const element = renderNote(document, note, [], () => {});
    const heading = element.querySelector(`#${element.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toMatch(/✗ Conflicting/);
  });

  test('callers add actions that receive the note; what they report is announced', async () => {
    const got: string[] = [];
    const element = renderNote(
      document,
      note,
      [
        {
          label: 'Save',
          run: async (n) => {
            got.push(n.id);
            return 'Saved to your collection.';
          },
        },
      ],
      () => {},
    );
    const save = [...element.querySelectorAll('button')].find((b) => b.textContent === 'Save');
    save?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(got).toEqual([note.id]);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Saved to your collection.');
  });

  test('an action that fails says so in the status line', async () => {
    const element = renderNote(
      document,
      note,
      [
        {
          label: 'Save',
          run: () => Promise.reject(new Error('storage quota exceeded')),
        },
      ],
      () => {},
    );
    [...element.querySelectorAll('button')].find((b) => b.textContent === 'Save')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.querySelector('[role="status"]')?.textContent).toBe(
      'Save failed: storage quota exceeded',
    );
  });
});

describe('marker and popover keyboard behaviour', () => {
  function setup() {
    const popover = createNotePopover(document, [], controller.signal);
    const host = createMarker(
      document,
      note,
      'light',
      {
        open: (marker, cause) => popover.open(marker, note, cause, 'light'),
        leave: (marker) => popover.leaveMarker(marker),
      },
      controller.signal,
    );
    document.getElementById('p')?.append(host);
    return { popover, host, button: markerButton(host)! };
  }

  test('the marker host carries verdict and claim, and a symbol, not colour alone', () => {
    const { host, button } = setup();
    expect(host.localName).toBe('crosscheck-marker');
    expect(host.dataset.verdict).toBe('conflicting');
    expect(host.dataset.claim).toBe('states-parties-count');
    expect(button.textContent).toBe('✗');
    expect(button.getAttribute('aria-label')).toMatch(/conflicting/);
  });

  test('Enter (a click with detail 0) opens the note and focuses it; Escape closes and refocuses', () => {
    const { popover, host, button } = setup();
    button.focus();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    expect(popover.openId()).toBe(note.id);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const noteHost = document.querySelector('crosscheck-note')!;
    const dialog = noteHost.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement;
    expect(noteHost.shadowRoot!.activeElement).toBe(dialog);
    dialog.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(popover.openId()).toBeNull();
    expect(document.activeElement).toBe(host);
    expect(host.shadowRoot!.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  test('hover opens without taking focus', () => {
    const { popover, button } = setup();
    button.dispatchEvent(new MouseEvent('mouseenter'));
    expect(popover.openId()).toBe(note.id);
    expect(document.querySelector('crosscheck-note')?.shadowRoot?.activeElement).toBeNull();
  });

  test('aborting the lifetime removes the popover', () => {
    const { button } = setup();
    button.click();
    controller.abort();
    expect(document.querySelector('crosscheck-note')).toBeNull();
  });
});

describe('placeBelow keeps the note on screen', () => {
  test.each([
    [
      'below the marker',
      { left: 100, top: 100, bottom: 120 },
      { left: 100, top: 126, maxHeight: 666 },
    ],
    [
      'shifted left at the right edge',
      { left: 950, top: 100, bottom: 120 },
      { left: 692, top: 126, maxHeight: 666 },
    ],
    [
      'above when no room below',
      { left: 100, top: 700, bottom: 720 },
      { left: 100, top: 494, maxHeight: 686 },
    ],
    [
      'capped where neither side fits',
      { left: 100, top: 300, bottom: 320 },
      { left: 100, top: 326, maxHeight: 466 },
    ],
  ])('%s', (_name, anchor, expected) => {
    const height = _name.startsWith('capped') ? 600 : 200;
    expect(placeBelow(anchor, { width: 300, height }, { width: 1000, height: 800 })).toEqual(
      expected,
    );
  });
});

describe('describeCounts', () => {
  test.each([
    [{ corroborated: 5, conflicting: 2, mixed: 0 }, '7 notes: ✓ 5 corroborated, ✗ 2 conflicting'],
    [{ corroborated: 0, conflicting: 1, mixed: 0 }, '1 note: ✗ 1 conflicting'],
    [
      { corroborated: 1, conflicting: 1, mixed: 1 },
      '3 notes: ✓ 1 corroborated, ✗ 1 conflicting, ± 1 mixed',
    ],
  ])('%o', (counts, text) => {
    expect(describeCounts(counts)).toBe(text);
  });
});

describe('placeBelow passes over the summary bar rather than covering it', () => {
  test.each([
    // A headline's marker with the bar right below it: the note goes below the bar.
    ['bar below the marker', { top: 140, bottom: 180 }, { left: 100, top: 186, maxHeight: 606 }],
    // No room below, the bar right above: the note goes above the bar.
    ['bar above the marker', { top: 630, bottom: 690 }, { left: 100, top: 424, maxHeight: 616 }],
  ])('%s', (_name, bar, expected) => {
    const anchor = _name.startsWith('bar below')
      ? { left: 100, top: 100, bottom: 130 }
      : { left: 100, top: 700, bottom: 720 };
    expect(
      placeBelow(anchor, { width: 300, height: 200 }, { width: 1000, height: 800 }, bar),
    ).toEqual(expected);
  });
});
