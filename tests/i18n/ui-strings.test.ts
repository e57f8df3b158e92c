// No English sentence is left in the code that writes the interface: every literal that reaches
// text, a title, an accessible name or a status message must come from the catalogue (t()).
// The notes, their markers and the summary bar are scanned too; only CSS and colour modules are not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/** Modules that hold CSS and colours, no words. */
const NOT_YET_SCANNED = new Set(['src/ui/theme.ts', 'src/ui/styles.ts']);

const SCANNED = ['src/ui', 'src/background']
  .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))
  .filter((path) => path.endsWith('.ts') && !NOT_YET_SCANNED.has(path));

/** Properties and attributes whose value a person reads or hears. */
const SHOWN_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'title',
  'aria-label',
  'placeholder',
  'label',
  'message',
  'alt',
]);
/** Functions whose arguments (from the given index on) are shown. */
const SHOWN_ARGUMENTS = new Map([
  ['buildElement', 3],
  ['showStatus', 1],
  ['showError', 1],
  ['renderMessage', 1],
  ['showSelectionNotice', 2],
]);
function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

/** Operators whose result can be one of their operands' text (not comparisons). */
const VALUE_OPERATORS = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
]);

/**
 * The literal text a shown expression can evaluate to, through conditionals, `+`, `??` and
 * template literals. Calls are not entered: t()'s arguments are keys, and a nested buildElement()
 * is scanned as a call of its own; object literals are attributes, scanned by name.
 */
function literalsIn(node: ts.Node): string[] {
  if (ts.isCallExpression(node) || ts.isObjectLiteralExpression(node)) return [];
  if (ts.isConditionalExpression(node))
    return [...literalsIn(node.whenTrue), ...literalsIn(node.whenFalse)];
  if (ts.isBinaryExpression(node))
    return VALUE_OPERATORS.has(node.operatorToken.kind)
      ? [...literalsIn(node.left), ...literalsIn(node.right)]
      : [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [
      node.head.text,
      ...node.templateSpans.flatMap((span) => [span.literal.text, ...literalsIn(span.expression)]),
    ];
  return node.getChildren().flatMap(literalsIn);
}

/** An English word or more: two letters in a row (symbols such as ✓, “ and — are not words). */
const looksLikeWords = (text: string) => /[A-Za-z]{2,}/.test(text);

/** Each un-catalogued shown literal in `source`, as "line: text". */
export function uncataloguedStrings(source: string, path = 'synthetic.ts'): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    for (const text of literalsIn(node).filter(looksLikeWords)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${line + 1}: ${text}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left;
      if (ts.isPropertyAccessExpression(target) && SHOWN_PROPERTIES.has(target.name.text))
        report(node.right);
    } else if (ts.isPropertyAssignment(node) && SHOWN_PROPERTIES.has(propertyName(node.name))) {
      report(node.initializer);
    } else if (ts.isCallExpression(node)) {
      const from = SHOWN_ARGUMENTS.get(calleeName(node));
      if (from !== undefined) node.arguments.slice(from).forEach(report);
      const [attribute, value] = node.arguments;
      if (
        calleeName(node) === 'setAttribute' &&
        attribute &&
        ts.isStringLiteral(attribute) &&
        SHOWN_PROPERTIES.has(attribute.text) &&
        value
      )
        report(value);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test('the scan covers the interface modules', () => {
  expect(SCANNED).toEqual(
    expect.arrayContaining([
      'src/ui/popup-page.ts',
      'src/ui/report-markdown.ts',
      'src/background/context-menus.ts',
    ]),
  );
});

test.each(SCANNED)('%s shows no English that is not in the catalogue', (path) => {
  expect(uncataloguedStrings(readFileSync(path, 'utf8'), path)).toEqual([]);
});

describe('the scan catches what it is for (SYNTHETIC sources)', () => {
  test.each([
    "el.textContent = 'Loading report';",
    "buildElement(doc, 'button', { type: 'button' }, 'Copy report');",
    "buildElement(doc, 'button', { 'aria-label': `Remove ${title}` });",
    "showStatus(regions, ok ? 'Saved.' : t('failed'));",
    "browser.contextMenus.create({ id, title: 'Check selection' });",
    "el.setAttribute('aria-label', 'Close');",
  ])('flags `%s`', (source) => {
    expect(uncataloguedStrings(source)).toHaveLength(1);
  });

  test.each([
    "el.textContent = t('popupReading');",
    "buildElement(doc, 'span', { class: 'verdict muted' }, `“${sentence}”`, '×');",
    "showError(regions, t('copyFailed', String(error)));",
    "const type = 'application/json';",
  ])('passes `%s`', (source) => {
    expect(uncataloguedStrings(source)).toEqual([]);
  });
});
