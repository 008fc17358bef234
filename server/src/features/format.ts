/**
 * Formatting: the canonical layout of `print` (syntax/print.ts) as edits to the lines that change,
 * or no edit when the text is already formatted. `print` writes the document's
 * own line ending, so a CRLF file stays CRLF.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Document } from '../syntax/ast';
import { print } from '../syntax/print';
import { applyEdits } from '../edits';
import { textEdits } from './codeActions';

/** The formatted text of a document (without a BOM: callers keep their own). */
export function formattedText(doc: Document): string {
  return print(doc);
}

/**
 * The editor's indentation for this file (LSP `FormattingOptions`): `tabSize` spaces, or a
 * tab; two spaces when the client says nothing (or something unusable).
 */
export function indentUnit(options?: { tabSize?: unknown; insertSpaces?: unknown }): string {
  if (options?.insertSpaces === false) return '\t';
  const n = typeof options?.tabSize === 'number' && Number.isInteger(options.tabSize) && options.tabSize >= 1 && options.tabSize <= 8 ? options.tabSize : 2;
  return ' '.repeat(n);
}

export function formatDocument(doc: Document, options?: { tabSize?: unknown; insertSpaces?: unknown }): TextEdit[] {
  const formatted = print(doc, indentUnit(options));
  if (formatted === doc.text) return [];
  // One edit per line that changes (the cursor, bookmarks and breakpoints of the lines left
  // alone stay where they are in any editor), when the layout keeps the lines; else one edit
  // per run of changed lines.
  const lines = formatted.split(/\r\n|\r|\n/);
  if (lines.length === doc.lines.length) {
    const edits: TextEdit[] = [];
    doc.lines.forEach((l, i) => {
      if (l.text !== lines[i]) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: l.text.length } }, newText: lines[i] });
    });
    if (applyEdits(doc.text, edits) === formatted) return edits;
  }
  return textEdits(doc.text, formatted);
}

/**
 * Format Selection (and `editor.formatOnPaste`): the edits of Format Document that fall on the
 * selected lines, so a selection is laid out as the whole file would be there (a reagent row
 * is aligned on the table's columns) and nothing outside it changes. A selection that ends at
 * the start of a line (whole lines selected) leaves that line out.
 */
export function formatRange(
  doc: Document,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
  options?: { tabSize?: unknown; insertSpaces?: unknown },
): TextEdit[] {
  const first = range.start.line;
  const last = range.end.line > first && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  return formatDocument(doc, options).filter((e) => e.range.start.line <= last && e.range.end.line >= first);
}
