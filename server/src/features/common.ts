/**
 * Small helpers shared by the editor features: positions and ranges, the word under the
 * cursor, the alias under the cursor, number formatting, and the LSP enum values the
 * features need (written as numbers: the features import LSP *types* only).
 */
import { aliasOccurrences, unreadAddAliases, type Document, type Line, type Statement, type Token } from '../syntax/ast';

export { aliasOccurrences };
import type { Position, Range } from '../types';
import { comparePositions } from '../types';

/** LSP SymbolKind values used by the outline. */
export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Package: 4,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  Function: 12,
  Variable: 13,
  Constant: 14,
  String: 15,
  Number: 16,
  Key: 20,
  Event: 24,
  Operator: 25,
} as const;

/** LSP CompletionItemKind values used by completion. */
export const CompletionKind = {
  Text: 1,
  Function: 3,
  Field: 5,
  Variable: 6,
  Module: 9,
  Property: 10,
  Unit: 11,
  Value: 12,
  Enum: 13,
  Keyword: 14,
  Snippet: 15,
  Constant: 21,
  EnumMember: 20,
  Event: 23,
  Reference: 18,
  Operator: 24,
} as const;

export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export const DiagnosticTag = { Unnecessary: 1, Deprecated: 2 } as const;
export const InlayHintKind = { Type: 1, Parameter: 2 } as const;

export function pos(line: number, character: number): Position {
  return { line, character };
}

/** Is `p` inside `r`? The end counts (a cursor right after a token is "on" it). */
export function contains(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

/** Do two ranges overlap or touch? */
export function touches(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

export function lineAt(doc: Document, line: number): Line | undefined {
  return line >= 0 && line < doc.lines.length ? doc.lines[line] : undefined;
}

export function statementAt(doc: Document, line: number): Statement | undefined {
  return lineAt(doc, line)?.statement;
}

/** The range of the whole document text. */
export function wholeDocumentRange(doc: Document): Range {
  const last = doc.lines.length ? doc.lines[doc.lines.length - 1] : undefined;
  return { start: pos(0, 0), end: pos(last ? last.index : 0, last ? last.text.length : 0) };
}

/** The characters a "word" is made of for hover: letters, digits, and the unit/number marks (micro sign and Greek mu, degree and ordinal signs). */
export const WORD_CHAR = /[A-Za-z0-9_°ºµμ℃.\-]/;

/** The word (run of word characters) at a character of a line, if any. */
export function wordAt(text: string, character: number): { start: number; end: number; text: string } | undefined {
  let start = character;
  let end = character;
  if (!(start < text.length && WORD_CHAR.test(text[start])) && !(start > 0 && WORD_CHAR.test(text[start - 1]))) return undefined;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  // Trailing dots belong to the sentence, not the word (but keep `equiv.`).
  let word = text.slice(start, end);
  while (word.endsWith('.') && !/^equiv\.$/i.test(word)) {
    word = word.slice(0, -1);
    end--;
  }
  // The cursor on (or after) a sentence dot that was taken off is not on the word.
  if (!word || character > end) return undefined;
  return { start, end, text: word };
}

export interface AliasHit {
  alias: string;
  token: Token;
  /** The token is the alias of a `reagent` declaration. */
  declaration: boolean;
}

/** The alias under the cursor: in a `reagent` line (its alias) or in an `add` list. */
export function aliasAt(a: { doc: Document }, p: Position): AliasHit | undefined {
  const line = lineAt(a.doc, p.line);
  const st = line?.statement;
  // An `add` line that does not read yet (`add stab portionw` while typing): its aliases are
  // the ones `aliasOccurrences` finds, so definition, highlight and rename work from it too.
  if (!st && line?.meant === 'add') {
    for (const t of unreadAddAliases(line)) if (contains(t.range, p)) return { alias: t.text, token: t, declaration: false };
    return undefined;
  }
  if (!st) return undefined;
  if (st.kind === 'reagent' && st.alias.text && contains(st.alias.range, p))
    return { alias: st.alias.text, token: st.alias, declaration: true };
  if (st.kind === 'add') {
    for (const t of st.aliases) if (t.text && contains(t.range, p)) return { alias: t.text, token: t, declaration: false };
  }
  return undefined;
}



/**
 * A number with 3 significant figures, the way a chemist reads a balance or a syringe:
 * 15.0, 1.50, 286, 0.0500. Large numbers keep their integer digits (1230).
 */
export function sig3(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const r = Number(n.toPrecision(3));
  const mag = Math.floor(Math.log10(Math.abs(r)));
  const decimals = Math.max(0, 2 - mag);
  // Far below anything weighed (1e-300 equiv): not "0.00000000".
  if (decimals > 8) return r.toExponential(2);
  return r.toFixed(decimals);
}

/** A figure that can be shown (1e308 equiv makes mmol and masses overflow to Infinity): shown as — or left out otherwise. */
export function finite(x: number | undefined): x is number {
  return x !== undefined && Number.isFinite(x);
}

/** A figure as a person writes it: at most three significant figures, no trailing zeros (98, 4, 0.5). */
export function plainNumber(n: number): string {
  return String(Number(n.toPrecision(3)));
}

/**
 * An amount of substance (a scale) in mmol, shown in mol from 1000 mmol, as a kilo batch is
 * written (`scale 4.99 mol`, not `4990 mmol`). `fmt` writes the number (three significant figures).
 */
export function formatScale(mmol: number, fmt: (n: number) => string = plainNumber): string {
  if (Number.isFinite(mmol) && Math.abs(Number(mmol.toPrecision(3))) >= 1000) return `${fmt(mmol / 1000)} mol`;
  return `${fmt(mmol)} mmol`;
}

/** A mass in grams, shown in mg below 1 g and in kg from 1000 g. */
export function formatMass(grams: number): string {
  const g = Number(grams.toPrecision(3));
  if (g < 1) return `${sig3(grams * 1000)} mg`;
  if (g >= 1000) return `${sig3(grams / 1000)} kg`;
  return `${sig3(grams)} g`;
}

/** A volume in mL, shown in µL below 1 mL and in L from 1000 mL. */
export function formatVolume(ml: number): string {
  const v = Number(ml.toPrecision(3));
  if (v < 1) return `${sig3(ml * 1000)} µL`;
  if (v >= 1000) return `${sig3(ml / 1000)} L`;
  return `${sig3(ml)} mL`;
}

/** "3 portions of 530 mg" (or "… of 170 µL", or both) for a reagent added in portions; undefined when it is not, or nothing can be measured. */
export function portionsText(row: { portions?: number; massG?: number; volumeMl?: number }): string | undefined {
  if (row.portions === undefined) return undefined;
  const each = [finite(row.massG) ? formatMass(row.massG / row.portions) : '', finite(row.volumeMl) ? formatVolume(row.volumeMl / row.portions) : ''].filter(Boolean);
  return each.length ? `${row.portions} portions of ${each.join(' or ')}` : undefined;
}

export function formatMmol(mmol: number): string {
  return `${sig3(mmol)} mmol`;
}

/** Equivalents as a chemist writes them: 1.0, 1.5, 2.25, 3.0 (one implementation, shared with the rules). */
export { formatEquiv } from '../rules/helpers';

/** Escapes text for use inside markdown (outside code spans). */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}\[\]<>()#+!|])/g, '\\$1');
}

/** A markdown inline code span that survives backticks in its content. */
export function code(s: string): string {
  // A fence one backtick longer than the longest run inside, so the text cannot close it.
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
}

/**
 * Markdown as plain text, for an editor that shows hovers only as plain text: pictures go,
 * links keep their text, and headings, emphasis, code marks, fences and rules lose their
 * markup.
 */
export function markdownToPlainText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^```[^\n]*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:---|\*\*\*)\s*$/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(?<![\w*])\*([^*\n]+)\*(?![\w*])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
