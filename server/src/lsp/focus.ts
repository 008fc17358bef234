/**
 * Focus mode: while a chemist is typing on a line, new diagnostics on that line wait until
 * the cursor leaves it (the same idea as markdownlint's focus mode). The server cannot see
 * the cursor, so the client reports it with the `rxn/cursorLine` notification.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export interface LineSpan {
  first: number;
  last: number;
}

/** Splits on \n, \r\n and \r, like the parser and the editor do. */
function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The lines of `newText` that differ from `oldText` (the span between the longest common
 * run of lines at the top and at the bottom). Works the same for full and incremental
 * synchronisation. `undefined` when nothing changed.
 */
export function editedLines(oldText: string, newText: string): LineSpan | undefined {
  if (oldText === newText) return undefined;
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let top = 0;
  while (top < a.length && top < b.length && a[top] === b[top]) top++;
  let bottom = 0;
  while (bottom < a.length - top && bottom < b.length - top && a[a.length - 1 - bottom] === b[b.length - 1 - bottom]) bottom++;
  const first = top;
  const last = Math.max(first, b.length - 1 - bottom);
  return { first: Math.min(first, b.length - 1), last: Math.min(last, b.length - 1) };
}

/** Line breaks (\r\n, \r, \n) in `text`. */
function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * The lines of the new text touched by incremental changes (LSP applies them in order, each
 * range relative to the text left by the previous ones), without looking at the texts: a
 * change from line a to line b that inserts k line breaks covers lines a…a+k afterwards, and
 * moves the lines below b by k − (b − a). `undefined` for no changes.
 */
/** What `editedLinesOf` reads of an incremental change event. */
export interface RangedChange {
  range: { start: { line: number; character: number }; end: { line: number } };
  text: string;
}

export function editedLinesOf(changes: readonly RangedChange[]): LineSpan | undefined {
  let span: LineSpan | undefined;
  for (const c of changes) {
    // Text that starts with an LF (or a deletion) at the start of a line may join the lone CR
    // ending the line above into one CRLF: that line changes too.
    const joinsAbove = c.range.start.character === 0 && c.range.start.line > 0 && (c.text === '' || c.text.charCodeAt(0) === 10);
    const a = c.range.start.line - (joinsAbove ? 1 : 0);
    const b = c.range.end.line;
    const k = countLineBreaks(c.text) + (joinsAbove ? 1 : 0);
    const shift = k - (b - a);
    if (span) {
      const first = span.first > b ? span.first + shift : span.first;
      const last = span.last > b ? span.last + shift : span.last;
      span = { first: Math.min(first, a), last: Math.max(last, a + k) };
      // A change that removed lines may have pulled the old span's end above its own start.
      if (span.last < span.first) span.last = span.first;
    } else {
      span = { first: a, last: a + k };
    }
  }
  return span;
}

export interface FocusState {
  /** Where the cursor is (from `rxn/cursorLine`), when known. */
  cursorLine?: number;
  /** The lines touched by the document's most recent change. */
  edited?: LineSpan;
  /** What was last published for the document (after filtering). */
  previous: readonly Diagnostic[];
}

/**
 * Drops the diagnostics that are new on the line being edited: they start on the cursor's
 * line, that line was touched by the last change, and no diagnostic of the same rule was
 * already shown on that line. Everything else passes through unchanged.
 */
export function applyFocus(diagnostics: Diagnostic[], state: FocusState): Diagnostic[] {
  const line = state.cursorLine;
  const edited = state.edited;
  if (line === undefined || !edited || line < edited.first || line > edited.last) return diagnostics;
  const shownBefore = new Set(state.previous.filter((p) => p.range.start.line === line).map((p) => String(p.code)));
  return diagnostics.filter((d) => d.range.start.line !== line || shownBefore.has(String(d.code)));
}
