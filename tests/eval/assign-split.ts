// `npm run eval:split`: gives every corpus article without a `split` one, from a hash of its URL, so
// which half an article lands in is decided before anyone sees how the engine does on it. An
// article the pack already quotes or cites was seen while the pack was written: it goes to `tune`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_DIR } from './articles';
import { bundledPack } from '../helpers/fixtures';
import { packOverlaps } from './pack-overlap';
import { splitFor } from './split-rule';

const pack = bundledPack();
for (const language of readdirSync(ARTICLES_DIR)) {
  for (const name of readdirSync(join(ARTICLES_DIR, language))) {
    if (!name.endsWith('.json')) continue;
    const path = join(ARTICLES_DIR, language, name);
    const article = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (article.split) continue;
    // Keep `split` next to the other metadata, before the long text.
    const { text, labels, ...meta } = article;
    const seen = packOverlaps(pack, String(article.url), String(text)).length > 0;
    const split = seen ? 'tune' : splitFor(String(article.url));
    const ordered = { ...meta, split, text, labels };
    writeFileSync(path, `${JSON.stringify(ordered, null, 2)}\n`);
    console.log(`${language}/${name}: ${ordered.split}`);
  }
}
