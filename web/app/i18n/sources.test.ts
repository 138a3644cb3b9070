import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('../..', import.meta.url));
const I18N = fileURLToPath(new URL('.', import.meta.url));
const THAI = /[\u0E00-\u0E7F]/;
const TEXT_NODES = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.JsxText,
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return path === I18N.replace(/\/$/, '') ? [] : sourceFiles(path);
    }
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Thai text in string literals, templates and JSX text (comments are not nodes, so they pass). */
function thaiLiterals(path: string): string[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (TEXT_NODES.has(node.kind) && THAI.test(node.getText(file))) {
      found.push(node.getText(file));
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

describe('UI text lives in the i18n dictionaries', () => {
  it('no web source outside web/app/i18n writes Thai text of its own', () => {
    const offenders = sourceFiles(WEB).flatMap((path) =>
      thaiLiterals(path).map((text) => `${relative(WEB, path)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
