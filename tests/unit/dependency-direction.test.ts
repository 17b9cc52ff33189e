import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Folders of src/ in pipeline order: a module may import, at run time, only from a folder of
 * an earlier layer, so dependencies point one way and no folder needs another that needs it.
 * Type-only imports are exempt: they are erased before anything runs, and they let a step in
 * feeds/ or search/ name the SiteModel it is handed without site/ being loaded first.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['types', 'util', 'routes'],
  ['transforms'],
  ['content'],
  ['icons'],
  ['feeds', 'search', 'email', 'cards'],
  ['site'],
  ['cli', 'eval'],
];

const SRC = path.resolve(import.meta.dirname, '../../src');

function layerOf(folder: string): number {
  const layer = LAYERS.findIndex((folders) => folders.includes(folder));
  assert.notEqual(layer, -1, `src/${folder}/ is in no layer: add it to LAYERS in ${path.basename(import.meta.filename)}`);
  return layer;
}

/** The relative modules a file imports (or re-exports) at run time. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier)) found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found.filter((specifier) => specifier.startsWith('.'));
}

test('src/ folders import at run time only from earlier layers of the pipeline', () => {
  const upward: string[] = [];
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const from = path.relative(SRC, file).split(path.sep)[0]!;
    for (const specifier of runtimeImports(file)) {
      const to = path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep)[0]!;
      if (to !== from && layerOf(to) >= layerOf(from)) upward.push(`${path.relative(SRC, file)} imports ${specifier}`);
    }
  }
  assert.deepEqual(upward, []);
});
