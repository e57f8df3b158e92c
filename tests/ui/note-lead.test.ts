// What a reader sees first in a note, on real seed sentences annotated by the engine with the
// bundled pack: one plain sentence saying what the sentence says and what the sources establish,
// then the sources grouped primary, agreeing, disagreeing, and this article apart.
import { describe, expect, test } from 'vitest';
import { annotate, createAnnotator, type Note } from '../../src/engine';
import { groupSources, leadSentence, writtenForm } from '../../src/ui/note-popover';
import { bundledPack, seeds } from '../helpers/fixtures';

const pack = bundledPack();
const annotator = createAnnotator(pack);
const seedSource = (name: string) => pack.sources.find((source) => source.seed === name);
const annotated = new Map(
  seeds().map(([name, text]) => [
    name,
    annotate({ text, publishedDate: seedSource(name)?.date }, annotator).notes,
  ]),
);

function noteFor(seed: string, fragment: string, claim: string): { note: Note; date?: string } {
  const note = annotated
    .get(seed)
    ?.flatMap((n) => (n.parts ?? [n]).map((part) => ({ ...n, ...part })))
    .find((n) => n.sentence.includes(fragment) && n.claim === claim);
  if (!note) throw new Error(`no note for ${claim} on "${fragment}" in ${seed}`);
  return { note, date: seedSource(seed)?.date };
}

describe('the lead sentence', () => {
  test.each([
    [
      '003_a0cae1b0aabd2ad3.txt',
      'process on Monday',
      'ukraine-decree-weekday',
      'This sentence says Monday; the sources establish Sunday 29 June 2025.',
    ],
    [
      '003_a0cae1b0aabd2ad3.txt',
      'one of 160 signatory countries',
      'treaty-states-parties-count',
      'This sentence says 160 signatory countries; the sources establish 164 states parties.',
    ],
    [
      '000_91a15512559e22d2.txt',
      'which has 164 signatory',
      'treaty-states-parties-count',
      'This sentence says 164 signatory states; that is right.',
    ],
    [
      '000_91a15512559e22d2.txt',
      'signed a decree on Sunday',
      'ukraine-decree-weekday',
      'This sentence says Sunday; that is right.',
    ],
    [
      '000_91a15512559e22d2.txt',
      'notified the United Nations',
      'treaty-withdrawal-six-months',
      'This sentence says six months; that is right.',
    ],
    [
      '000_91a15512559e22d2.txt',
      'Roman Kostenko, chairman',
      'ukraine-kostenko-committee-role',
      'This sentence says chairman of the committee; the sources establish secretary of the committee.',
    ],
    [
      '004_28dd662c094ae459.txt',
      'In recent months, Latvia, Lithuania',
      'baltics-five-neighbours-leaving',
      'This sentence says Latvia, Lithuania, Finland, Poland, Estonia; that is right.',
    ],
  ])('%s “…%s…” (%s)', (seed, fragment, claim, lead) => {
    const { note, date } = noteFor(seed, fragment, claim);
    expect(leadSentence(note, note.sentence, date)).toBe(lead);
  });

  test('no lead shows a folded token where the sentence writes the value otherwise', () => {
    for (const [name, notes] of annotated)
      for (const note of notes) {
        const lead = leadSentence(note, note.sentence, seedSource(name)?.date);
        const written = note.stated && writtenForm(note.stated, note.sentence);
        if (written && written !== note.stated) expect(lead).not.toContain(` ${note.stated};`);
      }
  });

  test.each([
    ['monday', 'signed the decree on Monday.', 'Monday'],
    ['june 29', 'The decision, made on June 29, prioritises', 'June 29'],
    ['six', 'it will leave six months after notification', 'six months'],
    ['finland, estonia', 'including Finland, Estonia and others', 'Finland, Estonia'],
    ['secretary of the committee', 'he chairs it', 'secretary of the committee'],
  ])('the written form of “%s” in “%s” is “%s”', (stated, sentence, written) => {
    expect(writtenForm(stated, sentence)).toBe(written);
  });
});

describe('sources grouped by what they say', () => {
  // SYNTHETIC: a part shaped like the engine's, with one source of each kind.
  const evidence = (publisher: string, kind: string, stance: 'asserts' | 'denies', url = '') => ({
    source: publisher.toLowerCase(),
    publisher,
    url: url || `https://example.org/${publisher.toLowerCase()}`,
    date: '2025-06-30',
    quote: `${publisher} quote`,
    kind,
    stance,
    version: 'on Sunday (29 June 2025)',
  });
  const part = {
    claim: 'ukraine-decree-weekday',
    statement: 'Zelensky signed the decree on Sunday.',
    score: 0.9,
    stated: 'monday',
    verdict: 'conflicting' as const,
    established: 'on Sunday (29 June 2025)',
    corroborating: [
      evidence('Agreeing Wire', 'news-report', 'asserts'),
      evidence('Primary Agree', 'official-statement', 'asserts'),
    ],
    conflicting: [
      evidence('Disagreeing Daily', 'news-report', 'asserts'),
      evidence('Decree', 'primary-document', 'asserts'),
      evidence('Denier', 'ngo-report', 'denies'),
      evidence('Copy', 'news-report', 'asserts', 'https://news.example/story?utm=x#top'),
    ],
    inThisArticle: [evidence('Quoted Here', 'news-report', 'asserts')],
  };

  test('primary sources first (agreeing first), then agreeing reports, then disagreeing', () => {
    const groups = groupSources(part, 'https://news.example/story');
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.evidence.publisher)])).toEqual([
      ['primary', ['Primary Agree', 'Decree']],
      ['agree', ['Agreeing Wire']],
      ['disagree', ['Disagreeing Daily', 'Denier']],
      ['this-article', ['Quoted Here', 'Copy']],
    ]);
  });

  test('this article is never counted for or against the sentence', () => {
    const groups = groupSources(part, 'https://news.example/story');
    const thisArticle = groups.find((g) => g.kind === 'this-article');
    expect(thisArticle?.items.every((item) => item.agrees === null)).toBe(true);
  });

  test.each([...annotated.keys()])(
    '%s: the seed article itself is only ever "this article"',
    (name) => {
      const own = seedSource(name);
      for (const note of annotated.get(name) ?? [])
        for (const group of groupSources(note, own?.url))
          if (group.kind !== 'this-article')
            expect(group.items.map((item) => item.evidence.source)).not.toContain(own?.id);
    },
  );
});
