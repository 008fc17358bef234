/** Applying text edits, and the helpers rules use to build line-respecting edits. */
import type { Document } from './syntax/ast';
import type { EditHelpers } from './rules/types';
import { comparePositions, type Position, type Range, type TextEdit } from './types';

/** Offsets of the start of every line of `text` (after \n, \r\n or \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetAt(text: string, starts: number[], pos: Position): number {
  if (pos.line < 0) return 0;
  if (pos.line >= starts.length) return text.length;
  const lineStart = starts[pos.line];
  const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  return Math.min(lineStart + Math.max(0, pos.character), next);
}

/**
 * Applies non-overlapping edits to `text`. Overlapping edits are an error of the caller:
 * the later one (in document order) is dropped rather than corrupting the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const starts = lineStarts(text);
  const sorted = edits
    .map((e, i) => ({ e, i, s: offsetAt(text, starts, e.range.start), t: offsetAt(text, starts, e.range.end) }))
    .sort((a, b) => a.s - b.s || a.t - b.t || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e, s, t } of sorted) {
    if (s < pos) continue; // overlaps the previous edit
    out += text.slice(pos, s) + e.newText;
    pos = Math.max(t, s);
  }
  return out + text.slice(pos);
}

export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a)
    for (const y of b) {
      const xs = x.range.start, xe = x.range.end, ys = y.range.start, ye = y.range.end;
      // Two insertions at the same point do not overlap in text but their order is ambiguous.
      if (comparePositions(xs, ye) < 0 && comparePositions(ys, xe) < 0) return true;
      if (comparePositions(xs, xe) === 0 && comparePositions(ys, ye) === 0 && comparePositions(xs, ys) === 0) return true;
    }
  return false;
}

export function makeEditHelpers(doc: Document): EditHelpers {
  const eol = doc.eol;
  const lineAt = (i: number) => doc.lines[Math.max(0, Math.min(i, doc.lines.length - 1))];
  const indentOf = (i: number) => {
    const l = lineAt(i);
    return l ? l.text.slice(0, l.indent) : '';
  };
  const endOfLine = (i: number): Position => ({ line: i, character: lineAt(i).text.length });
  const startOfText = (i: number): Position => ({ line: i, character: 0 });
  return {
    replace(range: Range, newText: string): TextEdit {
      return { range, newText };
    },
    insertLinesAfter(line: number, lines: string[], indentLike?: number): TextEdit {
      const indent = indentLike === undefined ? '' : indentOf(indentLike);
      const body = lines.map((l) => indent + l);
      if (line < 0) {
        const p = startOfText(0);
        return { range: { start: p, end: p }, newText: body.join(eol) + eol };
      }
      const l = lineAt(line);
      // Insert at the end of `line`, before its line ending, so the new lines take the file's ending.
      const p = endOfLine(l.index);
      return { range: { start: p, end: p }, newText: body.map((b) => eol + b).join('') };
    },
    insertLinesBefore(line: number, lines: string[], indent?: string): TextEdit {
      if (line >= doc.lines.length) {
        const last = doc.lines.length - 1;
        const p = endOfLine(last);
        const ind = indent ?? '';
        return { range: { start: p, end: p }, newText: lines.map((b) => eol + ind + b).join('') };
      }
      const ind = indent ?? indentOf(line);
      const p = { line, character: 0 };
      return { range: { start: p, end: p }, newText: lines.map((b) => ind + b + eol).join('') };
    },
    deleteLine(line: number): TextEdit {
      const l = lineAt(line);
      if (l.index + 1 < doc.lines.length) {
        return { range: { start: { line: l.index, character: 0 }, end: { line: l.index + 1, character: 0 } }, newText: '' };
      }
      // The last line: remove the line ending of the previous line instead.
      if (l.index > 0) {
        const prev = lineAt(l.index - 1);
        return { range: { start: endOfLine(prev.index), end: endOfLine(l.index) }, newText: '' };
      }
      return { range: { start: { line: 0, character: 0 }, end: endOfLine(0) }, newText: '' };
    },
    indentOf,
    line: lineAt,
  };
}
