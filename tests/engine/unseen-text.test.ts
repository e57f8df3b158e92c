// What the engine must not say about sentences a real article states but the pack does not hold:
// each case is a SYNTHETIC sentence written for this test, modelled on an error class found on the
// tune half of the real-article corpus (tests/eval), with the bundled pack.
import { describe, expect, test } from 'vitest';
import { annotateSentences, createAnnotator } from '../../src/engine';
import { bundledPack } from '../helpers/fixtures';

const annotator = createAnnotator(bundledPack());

function noteOn(sentence: string, publishedDate?: string) {
  return annotateSentences({ text: sentence, publishedDate }, annotator)[0];
}

describe('notes on unseen text (bundled pack, synthetic sentences)', () => {
  test('naming an organisation is not stating what the pack says of it', () => {
    const note = noteOn(
      'The International Campaign to Ban Landmines (ICBL) said in a statement that donors must give more for clearance.',
      '2025-12-01',
    );
    expect(note?.claim).not.toBe('icbl-gabelnick-director');
  });

  test('a figure counting a year is not what an article from that year states', () => {
    const sentence =
      'Civilians made up 84% of the recorded casualties where their status was known.';
    const early = noteOn(sentence, '2024-11-20');
    expect(early?.parts?.map((p) => p.claim) ?? []).not.toContain(
      'casualties-landmine-monitor-2024-civilian-share',
    );
  });

  test('a figure of something the claim never counts is not a wrong value of it', () => {
    const note = noteOn(
      'Russia has used more than a dozen types of anti-personnel mines in Ukraine since 2022.',
      '2025-06-29',
    );
    expect(
      note?.parts?.filter((p) => p.verdict === 'conflicting').map((p) => p.claim) ?? [],
    ).not.toContain('ukraine-mines-in-11-of-27-regions');
  });

  test.each([
    ['By late July 2025, 166 countries were party to the Mine Ban Treaty.', '166'],
    ['By late July 2025, the Mine Ban Treaty had 164 states parties.', '164'],
  ])(
    'counts by deposit and by entry into force are both right in July 2025: %s',
    (sentence, stated) => {
      const note = noteOn(sentence, '2025-07-25');
      expect(note?.claim).toBe('treaty-states-parties-count');
      expect(note?.stated).toContain(stated);
      expect(note?.verdict).toBe('corroborated');
    },
  );

  test('a count wrong for every date in 2025 is still conflicting', () => {
    const note = noteOn(
      'By late July 2025, the Mine Ban Treaty had 171 states parties.',
      '2025-07-25',
    );
    expect(note?.claim).toBe('treaty-states-parties-count');
    expect(note?.verdict).toBe('conflicting');
  });
});

describe('lower bounds', () => {
  test('"since 2022" does not deny a claim that something has held since 2014 (synthetic)', () => {
    const [note] = annotateSentences(
      {
        text: 'Russia has used anti-personnel mines in Ukraine since the full-scale invasion in 2022.',
        publishedDate: '2025-06-30',
      },
      annotator,
    );
    expect(note?.verdict).not.toBe('conflicting');
  });

  test('a membership count is checked at the time the sentence names, a year being its whole length', () => {
    const count = (sentence: string, date: string) =>
      noteOn(sentence, date)?.parts?.find((p) => p.claim === 'treaty-states-parties-count');
    // 163 held from 27 December 2025 to 9 January 2026: right for early 2026, wrong for 1999.
    expect(
      count('In 2026, 163 states were parties to the convention.', '2026-02-20')?.verdict,
    ).toBe('corroborated');
    expect(
      count('In 1999, 164 states were parties to the convention.', '2025-06-30')?.verdict,
    ).toBe('conflicting');
    expect(
      count('As of June 2025, 164 states were parties to the convention.', '2025-06-30')?.verdict,
    ).toBe('corroborated');
  });

  test("a count is found by its figure when many claims share the sentence's other words", () => {
    // Entry into force and ratification claims outrank the count on wording; the figure still
    // brings the count to be checked, and in January 2026 it was no longer 164.
    const note = noteOn(
      'The Ottawa Convention, which entered into force in 1999, has been ratified by 164 states.',
      '2026-01-16',
    );
    expect(note?.verdict).toBe('conflicting');
    expect(note?.parts?.find((p) => p.verdict === 'conflicting')?.claim).toBe(
      'treaty-states-parties-count',
    );
  });

  test("a share of another group is not a wrong value of the civilians' share", () => {
    const note = noteOn(
      'Children accounted for more than one-third of all civilian casualties in 2023.',
      '2024-11-22',
    );
    expect(note?.parts?.filter((p) => p.verdict === 'conflicting') ?? []).toEqual([]);
    // The civilians' own share, wrong, is still a conflict.
    const wrong = noteOn(
      'Civilians made up 90% of all mine casualties recorded in 2023.',
      '2024-11-22',
    );
    expect(wrong?.verdict).toBe('conflicting');
  });

  test('a date decades from every version dates another event, not a wrong date for this one', () => {
    const note = noteOn(
      'The instrument, deposited on 12 March 2025, means the treaty enters into force for the island state on 1 September 2025.',
      '2025-03-13',
    );
    expect(
      note?.parts?.filter(
        (p) => p.claim === 'treaty-entry-into-force' && p.verdict === 'conflicting',
      ) ?? [],
    ).toEqual([]);
    // A near miss is still one: the wrong day of the treaty's own entry into force.
    expect(
      noteOn('The Mine Ban Treaty entered into force on 1 May 1999.', '2025-03-13')?.verdict,
    ).toBe('conflicting');
  });

  test('a second fact stated with its own value is shown beside the first', () => {
    const note = noteOn(
      'Poland signed the convention on 4 December 1997 but only ratified it on 27 December 2012.',
      '2025-03-18',
    );
    expect(note?.parts?.map((p) => [p.claim, p.verdict])).toEqual([
      ['poland-ratified-2012', 'corroborated'],
      ['treaty-opened-for-signature-ottawa', 'corroborated'],
    ]);
  });

  test('a standing is checked at the time named even when its cue is written in another order', () => {
    // Finland's withdrawal took effect on 10 January 2026: not "last year" for a February 2026 article.
    const note = noteOn('В прошлом году из Оттавской конвенции вышла Финляндия.', '2026-02-20');
    expect(note?.parts?.find((p) => p.claim === 'finland-withdrawal-status')?.verdict).toBe(
      'conflicting',
    );
  });

  test('on the day a withdrawal takes effect, "is withdrawing" is not a conflict', () => {
    const note = noteOn(
      'Poland is withdrawing from the Ottawa Convention as of 20 February 2026.',
      '2026-02-20',
    );
    expect(note?.verdict).not.toBe('conflicting');
    // A month later it has withdrawn: "is withdrawing" is out of date.
    const later = noteOn('Poland is withdrawing from the Ottawa Convention.', '2026-03-20');
    expect(later?.verdict).toBe('conflicting');
  });

  test('deaths are not a count of casualties, the killed and injured together', () => {
    // 5,757 people were killed or injured in 2023; "over 5,700 died" is not that figure.
    const deaths = noteOn(
      'Over 5,700 died in 2023, according to the Landmine Monitor.',
      '2025-07-24',
    );
    expect(deaths?.parts?.find((p) => p.claim === 'casualties-landmine-monitor-2023-total')).toBe(
      undefined,
    );
    const casualties = noteOn(
      'Landmine Monitor 2024 said 5,757 people were killed or injured in 2023.',
      '2025-07-24',
    );
    expect(casualties?.claim).toBe('casualties-landmine-monitor-2023-total');
    expect(casualties?.verdict).toBe('corroborated');
  });

  test('a claim’s own figure, stated exactly, marks the claim its wording only sketches', () => {
    const note = noteOn('Some 299 lawmakers backed the bill in Kyiv.', '2025-07-15');
    expect(note?.claim).toBe('ukraine-rada-vote-299');
    expect(note?.verdict).toBe('corroborated');
    // A wrong figure with the same thin wording is no evidence of which claim it is.
    expect(noteOn('Some 250 lawmakers backed the bill in Kyiv.', '2025-07-15')).toBeUndefined();
  });

  test('a standing stated by its own words needs less of the claim’s other wording', () => {
    expect(
      noteOn('Тем же днем из соглашения официально вышла Эстония.', '2025-12-28'),
    ).toMatchObject({
      claim: 'baltics-withdrawal-status',
      verdict: 'corroborated',
    });
  });

  test('a treaty “in effect” since a year is one in force since then', () => {
    expect(
      noteOn('The landmine treaty has been in effect since 1999.', '2025-06-29'),
    ).toMatchObject({
      claim: 'treaty-entry-into-force',
      verdict: 'corroborated',
    });
    expect(
      noteOn('The landmine treaty has been in effect since 1998.', '2025-06-29'),
    ).toMatchObject({
      claim: 'treaty-entry-into-force',
      verdict: 'conflicting',
    });
  });

  test('to denounce a withdrawal is to condemn it, not to withdraw', () => {
    const note = noteOn('The ICBL denounced Ukraine’s withdrawal from the treaty.', '2025-07-25');
    expect(note?.verdict).not.toBe('conflicting');
  });

  test.each([
    [
      'Ukraine withdrew its troops from the town in 2024, leaving anti-personnel mines behind.',
      '2025-07-02',
    ],
    ['Finland has left the door open to rejoining the Ottawa treaty later.', '2025-07-05'],
    [
      'Poland’s new defence law took effect in August, after the Senate voted to leave the Ottawa Convention.',
      '2025-08-01',
    ],
    ['Депутаты вышли из зала во время голосования по Оттавской конвенции.', '2025-07-16'],
    ['Україна вийшла з міста в березні, де противник залишив протипіхотні міни.', '2025-07-01'],
  ])(
    'a withdrawal verb that leaves something other than the treaty states no standing: %s',
    (sentence, date) => {
      const parts = noteOn(sentence, date)?.parts ?? [];
      expect(
        parts.filter((p) => /withdrawal-status$/.test(p.claim) && p.verdict === 'conflicting'),
      ).toEqual([]);
    },
  );

  test('a withdrawal that took effect is still read when the treaty is named between', () => {
    const note = noteOn(
      'Finland’s withdrawal from the mine ban treaty took effect on 10 January.',
      '2026-01-12',
    );
    expect(note?.parts?.map((p) => `${p.claim}:${p.verdict}`)).toContain(
      'finland-withdrawal-status:corroborated',
    );
  });

  test('a count the treaty will have is judged at the time it will have it', () => {
    const date = '2025-08-25';
    expect(
      noteOn(
        'After Poland leaves next year, the mine ban treaty will have 161 states parties.',
        date,
      ),
    ).toMatchObject({ claim: 'treaty-states-parties-count', verdict: 'corroborated' });
    expect(noteOn('The mine ban treaty has 161 states parties.', date)).toMatchObject({
      claim: 'treaty-states-parties-count',
      verdict: 'conflicting',
    });
  });

  test('an opening “at the 2014 conference,” dates the sentence', () => {
    const date = '2025-07-01';
    expect(
      noteOn(
        'At the 2014 review conference in Maputo, the landmine treaty had 161 states parties.',
        date,
      ),
    ).toMatchObject({ claim: 'treaty-states-parties-count', verdict: 'corroborated' });
  });

  test('naming who is involved is not stating what the claim says of them', () => {
    // "UN" and "Secretary-General" are the depositary claim's cues, but only as names.
    const note = noteOn(
      'The following statement by UN Secretary-General António Guterres was issued today on the landmine treaty:',
      '2025-06-16',
    );
    expect(note?.parts?.map((p) => p.claim) ?? []).not.toContain(
      'treaty-depositary-un-secretary-general',
    );
    const depositary = noteOn(
      'Withdrawal notices are lodged with the UN Secretary-General, the depositary of the convention.',
      '2025-06-16',
    );
    expect(depositary?.claim).toBe('treaty-depositary-un-secretary-general');
  });
});
