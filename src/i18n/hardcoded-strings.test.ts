import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The rooms whose components show text. */
const ROOMS = ['app', 'panel', 'timeline', 'map', 'imports'];
/** Props whose text a reader sees or hears. */
const TEXT_PROPS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
/** Text with no letters (punctuation, units, digits) needs no translation. */
const NO_WORDS = /^[^\p{L}]*$/u;
/** Words that are the same in every language: units and names of things. */
const ALLOWED = new Set(['km²', 'GeoJSON', 'KML', 'KMZ', 'DeepState', 'ISW']);

const SRC = join(import.meta.dirname, '..');

function componentFiles(): string[] {
  return ROOMS.flatMap((room) =>
    (readdirSync(join(SRC, room), { recursive: true }) as string[])
      .filter((name) => name.endsWith('.tsx') && !name.endsWith('.test.tsx'))
      .map((name) => join(SRC, room, name)),
  );
}

const needsTranslation = (text: string) => {
  const trimmed = text.trim();
  return trimmed !== '' && !NO_WORDS.test(trimmed) && !ALLOWED.has(trimmed);
};

/** Operators whose operands can be what is rendered (`a && 'text'`, `'a' + b`), unlike `===`. */
const RENDERING_OPERATORS = new Set([
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.PlusToken,
]);

/** String literals that a JSX expression renders: `{a ? 'Yes' : 'No'}`, `{x ?? 'none'}`. */
function renderedLiterals(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return renderedLiterals(node.expression);
  if (ts.isConditionalExpression(node)) {
    return [...renderedLiterals(node.whenTrue), ...renderedLiterals(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node) && RENDERING_OPERATORS.has(node.operatorToken.kind)) {
    return [...renderedLiterals(node.left), ...renderedLiterals(node.right)];
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  }
  return (node as ts.StringLiteral).text;
}

/** Each hard-coded user-visible string of one file, as `file:line "text"`. */
function hardcoded(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!needsTranslation(text)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push(`${relative(SRC, file)}:${line} "${text.trim()}"`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of renderedLiterals(node.expression))
        report(literal, literalText(literal));
    }
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer)
        ? node.initializer.expression
        : node.initializer;
      for (const literal of value ? renderedLiterals(value) : []) {
        report(literal, literalText(literal));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it('show no hard-coded text: every string goes through the message catalogs', () => {
    expect(componentFiles().flatMap(hardcoded)).toEqual([]);
  });
});
