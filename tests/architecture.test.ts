// The layers of the house, kept by a test: the pure engine, DOM reads (src/page) and DOM writes
// (src/ui) each import only what the table below allows, so orchestration can live only in
// src/annotator, as in hypothesis/client. Type-only and dynamic imports count too: a type import
// from a higher layer was how src/ui once came to depend on src/page.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

interface Layer {
  /** Folders (or single modules) under src/ this layer may import, without extension. */
  modules: string[];
  /** npm packages this layer may import. */
  packages: string[];
}

const LAYERS: Record<'engine' | 'page' | 'ui', Layer> = {
  // Runs unchanged in the content script, Node and the CLI: no DOM, no browser, no wxt.
  engine: {
    modules: ['engine', 'claims/schema'],
    packages: ['fuse.js', 'stemmer', 'i18n-iso-countries', '@nlpjs/lang-uk', '@nlpjs/lang-ru'],
  },
  // Reads the page and hands plain text and offsets up; what to do with them is the annotator's.
  page: { modules: ['page'], packages: [] },
  // Writes the page and the extension's own pages; never reads the article or drives a session.
  // popup-page reaches the tab through src/background/reach-content.ts; src/i18n.ts is the words.
  ui: {
    modules: ['ui', 'engine', 'claims', 'messages', 'i18n', 'store', 'background'],
    packages: ['dompurify', 'wxt'],
  },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `wxt/browser` → `wxt`, `@mozilla/readability/x` → `@mozilla/readability`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function isAllowed(target: string, allowed: readonly string[]): boolean {
  return allowed.some((module) => target === module || target.startsWith(`${module}/`));
}

/**
 * The imports in `source` (a file at `file` under src/) that `layer` may not make, as
 * "specifier (reason)" lines; empty when the file keeps to its layer.
 */
function layerViolations(file: string, source: string, layer: Layer): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles.flatMap(({ fileName: specifier }) => {
    if (specifier.startsWith('.')) {
      const target = relative(SRC, resolve(dirname(file), specifier)).replace(/\.ts$/, '');
      return isAllowed(target, layer.modules) ? [] : [`${specifier} (src/${target})`];
    }
    const name = packageName(specifier);
    return layer.packages.includes(name) ? [] : [`${specifier} (package ${name})`];
  });
}

describe.each(Object.entries(LAYERS))('src/%s keeps to its layer', (name, layer) => {
  const files = sourceFiles(join(SRC, name));

  test('the layer has files (a renamed folder must not pass by being empty)', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((file) => [relative(SRC, file), file]))(
    '%s imports only what the layer allows',
    (_, file) => {
      expect(layerViolations(file, readFileSync(file, 'utf8'), layer)).toEqual([]);
    },
  );
});

describe('the checker catches what it is for (SYNTHETIC sources)', () => {
  test.each([
    ['page', 'page/text-map.ts', "import { paintHighlights } from '../ui/highlighter';"],
    ['page', 'page/text-map.ts', "import type { ArticleNotes } from '../annotator/article-notes';"],
    ['ui', 'ui/marker.ts', "import type { KeyedNote } from '../annotator/note-keys';"],
    ['ui', 'ui/marker.ts', "const m = await import('../page/text-map');"],
    ['engine', 'engine/match.ts', "import { browser } from 'wxt/browser';"],
    ['engine', 'engine/match.ts', "import { loadPack } from '../claims/loader';"],
    ['engine', 'engine/match.ts', "export { readText } from '../page/text-map';"],
  ] as const)('src/%s: %s may not `%s`', (layer, file, source) => {
    expect(layerViolations(join(SRC, file), source, LAYERS[layer])).toHaveLength(1);
  });

  test.each([
    ['engine', 'engine/match.ts', "import type { Pack } from '../claims/schema';"],
    ['engine', 'engine/match.ts', "import Fuse from 'fuse.js';"],
    ['page', 'page/article-root.ts', "import { siteArticleRoot } from './sites';"],
    ['ui', 'ui/marker.ts', "import type { KeyedNote } from '../messages';"],
  ] as const)('src/%s: %s may `%s`', (layer, file, source) => {
    expect(layerViolations(join(SRC, file), source, LAYERS[layer])).toEqual([]);
  });
});
