// Ukrainian and Russian text through the engine: folding, stems, values, countries, detection and
// notes. Sentences in quotes below are SYNTHETIC, written for these tests; the detection cases use
// the real uk/ru corpus articles and real look-alike pages (tests/fixtures/cyrillic-look-alikes).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotateSentences, createAnnotator, detectTopic } from '../../src/engine';
import { countriesIn } from '../../src/engine/countries';
import { foldText } from '../../src/engine/normalise';
import { termOf, termsOf } from '../../src/engine/tokenise';
import { hasCue, readValues } from '../../src/engine/values';
import { loadArticles } from '../eval/articles';
import { bundledPack, ROOT } from '../helpers/fixtures';

const pack = bundledPack();
const annotator = createAnnotator(pack);

describe('Ukrainian and Russian text', () => {
  test('folding keeps й and ї, writes ё as е and unifies the Ukrainian apostrophe', () => {
    expect(foldText('Київ, мій, Її')).toBe('київ, мій, її');
    expect(foldText('Ещё всё')).toBe('еще все');
    expect(foldText('м’ята, мʼята, м`ята')).toBe("м'ята, м'ята, м'ята");
  });

  test.each([
    [
      [
        'Оттавська конвенція',
        'Оттавської конвенції',
        'Оттавську конвенцію',
        'Оттавською конвенцією',
      ],
    ],
    [['Оттавская конвенция', 'Оттавской конвенции', 'Оттавскую конвенцию']],
    [['протипіхотні міни', 'протипіхотних мін', 'протипіхотними мінами']],
    [['набув чинності', 'набула чинності', 'набуло чинності']],
    [['Литва вийшла', 'Литва вийшов', 'Литва вийшли']],
    [['державою-учасницею', 'держав-учасниць', 'державі-учасниці']],
    [['Рада проголосувала', 'Рада проголосували', 'Рада проголосувало']],
    [['Литва приєдналася', 'Литва приєдналися', 'Литва приєдналося']],
    [['Росія застосовує', 'Росія застосовують']],
    [['Литва залишається', 'Литва залишаються']],
    [['депутаты проголосовали', 'депутаты проголосовала']],
    [['страны ратифицировали', 'страны ратифицировала']],
    [['страны ратифицировали', 'страны ратифицировав']],
    [['Литва приєдналася', 'Литва приєднавшись']],
    [['военные выходят', 'военные выходящие']],
    [['мины применяет', 'мины применяют', 'мины применяется']],
    [['мины запрещает', 'мины запрещают', 'мины запрещается']],
  ])('every case of a phrase gives the same terms: %j', (forms) => {
    const terms = forms.map((form) => termsOf(form).join(' '));
    expect(new Set(terms).size).toBe(1);
  });

  test.each([
    [
      ['uk', 'стороною'],
      ['uk', 'учасницею'],
      ['ru', 'участником'],
      ['ru', 'стороной'],
    ],
    [
      ['uk', 'застосовує'],
      ['uk', 'використовує'],
      ['ru', 'использует'],
      ['ru', 'применяют'],
    ],
    [
      ['uk', 'заборону'],
      ['ru', 'запрет'],
      ['ru', 'запрещения'],
      ['ru', 'запрещает'],
    ],
  ] as Array<Array<['uk' | 'ru', string]>>)(
    'words of one meaning in this story fold to one term in both languages: %j',
    (...words) => {
      expect(new Set(words.map(([language, word]) => termOf(word, language))).size).toBe(1);
    },
  );

  test('a noun in -ет is not cut as a verb', () => {
    expect(termOf('совет', 'ru')).not.toBe(termOf('сова', 'ru'));
    expect(termOf('бюджет', 'ru')).toBe(termOf('бюджета', 'ru'));
  });

  test('dates, months, weekdays and qualifiers are read in both languages', () => {
    const uk = readValues('Указ підписано в неділю, 29 червня 2025 року; понад 160 держав.');
    expect(uk.dates().map((d) => d.value)).toContain('2025-06-29');
    expect(uk.weekdays()).toEqual(['sunday']);
    expect(uk.numbers().find((n) => n.value === 160)?.qualifier).toBe('over');
    const ru = readValues(
      'В июле 2025 года, в среду, около 300 депутатов; 27.12.2025 вступило в силу.',
    );
    expect(ru.monthYears().map((d) => d.value)).toContain('2025-07');
    expect(ru.weekdays()).toEqual(['wednesday']);
    expect(ru.numbers().find((n) => n.value === 300)?.qualifier).toBe('about');
    expect(ru.dates().map((d) => d.value)).toContain('2025-12-27');
  });

  test.each([
    ['В прошлом году из договора вышли три страны.', 'вышли из', true],
    ['Из конвенции официально вышла Литва.', 'вышла из', true],
    ['Литва вийшла із конвенції.', 'вийшла з', true],
    ['З конвенції вже вийшла Литва.', 'вийшла з', true],
    ['Із конвенції Литва не вийшла.', 'вийшла з', false],
    ['З 2014 року вийшла книжка.', 'вийшла з', false],
  ])('"%s" carries the cue "%s" in any word order: %s', (sentence, cue, expected) => {
    expect(hasCue(foldText(sentence), cue)).toBe(expected);
  });

  test('countries are named in any case, by adjective or capital', () => {
    expect(countriesIn('уряд Польщі, у Фінляндії, литовський сейм, Київ')).toEqual(
      new Set(['poland', 'finland', 'lithuania', 'ukraine']),
    );
    expect(countriesIn('власти Эстонии и Латвии, Москва')).toEqual(
      new Set(['estonia', 'latvia', 'russia']),
    );
    expect(countriesIn('страны Балтии, РФ, КНДР и Соединенные Штаты')).toEqual(
      new Set(['estonia', 'latvia', 'lithuania', 'russia', 'north-korea', 'usa']),
    );
    expect(countriesIn('Сполученими Штатами та Маршаловими Островами')).toEqual(
      new Set(['usa', 'marshall-islands']),
    );
    // "того" (of that) is not Togo.
    expect(countriesIn('після того, як')).toEqual(new Set());
  });

  const corpus = loadArticles().filter((a) => a.language !== 'en');
  test.each(corpus.map((a) => [a.file, a.text] as const))('%s is detected', (_file, text) => {
    expect(detectTopic(text, pack.topic).relevant).toBe(true);
  });

  const lookAlikes = join(ROOT, 'tests', 'fixtures', 'cyrillic-look-alikes');
  test.each(readdirSync(lookAlikes).filter((name) => name.endsWith('.txt')))(
    'look-alike %s stays silent',
    (name) => {
      expect(detectTopic(readFileSync(join(lookAlikes, name), 'utf8'), pack.topic).relevant).toBe(
        false,
      );
    },
  );

  test.each([
    ['Україна вийшла з Оттавської конвенції.', 'uk'],
    ['Украина вышла из Оттавской конвенции.', 'ru'],
  ])('"%s" (%s) is conflicting in July 2025: Ukraine notified a suspension', (sentence) => {
    const [note] = annotateSentences({ text: sentence, publishedDate: '2025-07-20' }, annotator);
    expect(note?.claim).toBe('ukraine-withdrawal-status');
    expect(note?.verdict).toBe('conflicting');
  });

  test.each([
    ['Эстония официально покинула конвенцию.', '2025-12-28', 'corroborated'],
    ['Эстония официально покинула конвенцию.', '2025-08-01', 'conflicting'],
  ])('“left” in Russian states a withdrawal done: %s (%s)', (text, publishedDate, verdict) => {
    const [note] = annotateSentences({ text, publishedDate }, annotator);
    expect(note).toMatchObject({ claim: 'baltics-withdrawal-status', verdict });
  });

  test('a Ukrainian sentence that denies the withdrawal is not called conflicting', () => {
    const [note] = annotateSentences(
      { text: 'Україна не вийшла з Оттавської конвенції.', publishedDate: '2025-07-20' },
      annotator,
    );
    expect(note?.verdict).not.toBe('conflicting');
  });
});

describe('the year before the article', () => {
  test.each([
    ['Finland withdrew from the Ottawa treaty on 10 July last year.', 'en'],
    ['Фінляндія вийшла з Оттавської конвенції 10 липня минулого року.', 'uk'],
    ['Финляндия вышла из Оттавской конвенции 10 июля прошлого года.', 'ru'],
  ])('"%s" (%s) in January 2026 speaks of July 2025: conflicting', (sentence) => {
    const [note] = annotateSentences({ text: sentence, publishedDate: '2026-01-12' }, annotator);
    expect(note?.parts?.some((p) => p.claim === 'finland-withdrawal-status')).toBe(true);
    expect(note?.verdict).toBe('conflicting');
  });
});

describe('the index a page needs', () => {
  test('an English page indexes no translations; a Ukrainian one only Ukrainian', () => {
    expect(
      createAnnotator(
        pack,
        'The Ottawa Convention bans anti-personnel mines.',
      ).matcher.fieldsByClaim.flat().length,
    ).toBe(createAnnotator(pack, 'plain English text').matcher.fieldsByClaim.flat().length);
    const english = createAnnotator(pack, 'English only').matcher.fieldsByClaim.flat().length;
    const ukrainian = createAnnotator(
      pack,
      'Україна і Оттавська конвенція',
    ).matcher.fieldsByClaim.flat().length;
    const both = createAnnotator(pack).matcher.fieldsByClaim.flat().length;
    expect(english).toBeLessThan(ukrainian);
    expect(ukrainian).toBeLessThan(both);
  });

  test('notes on English text are the same with or without the translations indexed', () => {
    const text = readFileSync(
      join(ROOT, 'tests', 'fixtures', 'seeds', '000_91a15512559e22d2.txt'),
      'utf8',
    );
    const claims = (a: ReturnType<typeof createAnnotator>) =>
      annotateSentences({ text, publishedDate: '2025-06-30' }, a).map(
        (n) => `${n.start}:${n.claim}:${n.verdict}`,
      );
    expect(claims(createAnnotator(pack, text))).toEqual(claims(createAnnotator(pack)));
  });
});
