/**
 * Go to definition, find references and rename for reagent aliases: the alias of a
 * `reagent` line is the declaration, every `add` naming it is a reference.
 */
import type { Analysis } from '../engine';
import type { Position, Range, TextEdit } from '../types';
import { aliasAt, aliasOccurrences, type AliasHit } from './common';
import type { Token } from '../syntax/ast';
import { aliasRenameEdits } from '../edits';
import { ADD_WORDS } from '../syntax/keywords';

/** The alias syntax of the language. */
export const ALIAS_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Words that an `add` line reads as part of its syntax, so they cannot serve as aliases there. */

function copy(r: Range): Range {
  return { start: { ...r.start }, end: { ...r.end } };
}

/**
 * The range of the alias in its `reagent` declaration: the first one, which the `add` lines
 * mean; on a later declaration of the alias (`duplicate-reagent`), that one itself, as
 * References and Rename Symbol treat it as a reagent of its own.
 */
export function definition(a: Pick<Analysis, 'doc' | 'model'>, p: Position): Range | undefined {
  const hit = aliasAt(a, p);
  if (!hit) return undefined;
  if (hit.declaration && a.model.duplicateDecls.some((d) => d.alias === hit.token)) return copy(hit.token.range);
  const r = a.model.byAlias.get(hit.alias);
  if (r) return copy(r.decl.alias.range);
  return undefined;
}

/**
 * The occurrences that mean the same reagent as the alias under the cursor, in document order:
 * its declaration and the `add` lines. An alias declared twice (`duplicate-reagent`) is two
 * reagents to the checker: the `add` lines mean the first declaration, and a later one stands
 * alone (as Rename Symbol treats them).
 */
function sameReagent(a: Pick<Analysis, 'doc' | 'model'>, hit: AliasHit): { token: Token; declaration: boolean }[] {
  const all = aliasOccurrences(a, hit.alias);
  const later = a.model.duplicateDecls.filter((d) => d.alias.text === hit.alias).map((d) => d.alias);
  if (!later.length) return all;
  const mine = later.find((t) => t.range.start.line === hit.token.range.start.line && t.range.start.character === hit.token.range.start.character);
  if (mine) return all.filter((o) => o.token === mine);
  return all.filter((o) => !later.includes(o.token));
}

/** Every occurrence of the alias under the cursor (its declaration and `add`s), in document order. */
export function references(a: Pick<Analysis, 'doc' | 'model'>, p: Position, includeDeclaration: boolean): Range[] {
  const hit = aliasAt(a, p);
  if (!hit) return [];
  return sameReagent(a, hit)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => copy(o.token.range));
}

/** LSP DocumentHighlightKind: a declaration is drawn as a write, an `add` as a read. */
const HighlightKind = { Read: 2, Write: 3 } as const;

/**
 * The highlights of the alias under the cursor: its `reagent` declaration as a write and every
 * `add` as a read, so the editor marks where the alias is defined apart from where it is used.
 */
export function highlights(a: Pick<Analysis, 'doc' | 'model'>, p: Position): { range: Range; kind: 2 | 3 }[] {
  const hit = aliasAt(a, p);
  if (!hit) return [];
  return sameReagent(a, hit).map((o) => ({ range: copy(o.token.range), kind: o.declaration ? HighlightKind.Write : HighlightKind.Read }));
}

/** Why nothing is renamed where the cursor is (what the editor shows instead of its generic "can't be renamed"). */
export const ONLY_ALIASES_RENAME = 'Only a reagent alias (in a `reagent` line or an `add` list) can be renamed.';

export function prepareRename(a: Pick<Analysis, 'doc' | 'model'>, p: Position): { range: Range; placeholder: string } | undefined {
  const hit = aliasAt(a, p);
  if (!hit) return undefined;
  return { range: copy(hit.token.range), placeholder: hit.alias };
}

export function rename(a: Pick<Analysis, 'doc' | 'model'>, p: Position, newName: string): TextEdit[] | { error: string } {
  const hit = aliasAt(a, p);
  if (!hit) return { error: ONLY_ALIASES_RENAME };
  const name = newName.trim();
  if (!ALIAS_PATTERN.test(name))
    return { error: `'${newName}' is not a valid alias: start with a letter or _, then use letters, digits, _ or -.` };
  if (ADD_WORDS.has(name.toLowerCase())) return { error: `'${name}' is a word of the \`add\` statement and cannot be an alias.` };
  if (name === hit.alias) return [];
  if (a.model.byAlias.has(name) || a.doc.statements.some((s) => s.kind === 'reagent' && s.alias.text === name))
    return { error: `The alias '${name}' is already declared: pick another name.` };
  // The reagent table keeps its `=` column, as the fixes that rename an alias keep it.
  const edits = aliasRenameEdits(a.doc, hit.alias, name);
  // On a second declaration of the alias (`duplicate-reagent`: "Rename this one"), only that
  // line: the `add` lines mean the first one, which the checker reads, and renaming every
  // occurrence would leave the two declarations as duplicated as before.
  const line = hit.token.range.start.line;
  const decl = a.doc.statements.find((s) => s.kind === 'reagent' && s.line === line && s.alias.range.start.character === hit.token.range.start.character);
  const first = a.model.byAlias.get(hit.alias);
  if (decl && first && first.decl !== decl) return edits.filter((e) => e.range.start.line === line);
  // On the first declaration (or an `add`, which means it): that declaration and the `add`
  // lines, not the later declarations of the alias. Renamed with them, the duplicate stayed a
  // duplicate under the new name; left as it is, it no longer clashes (and shows unused).
  const later = new Set(a.model.duplicateDecls.filter((d) => d.alias.text === hit.alias).map((d) => `${d.line}:${d.alias.range.start.character}`));
  if (!later.size) return edits;
  return edits.filter((e) => !later.has(`${e.range.start.line}:${e.range.start.character}`));
}
