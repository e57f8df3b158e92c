// nlp.js publishes no type declarations; only the stemmers are used, through this surface.
declare module '@nlpjs/lang-uk/src/stemmer-uk' {
  export default class StemmerUk {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-ru/src/stemmer-ru' {
  export default class StemmerRu {
    stemWord(word: string): string;
  }
}
