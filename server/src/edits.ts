/** Applying text edits, and the helpers rules use to build line-respecting edits. */
import { aliasOccurrences, type Document } from './syntax/ast';
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

/**
 * Does the text at `p` begin with an LF? Text that ends in a lone CR put there would fuse with
 * it into one CRLF break and swallow a line (a file whose lines mostly end in CR, with an
 * empty LF line here).
 */
function lfAt(doc: Document, p: Position): boolean {
  const l = doc.lines[p.line];
  return !!l && p.character === l.text.length && l.eol === '\n';
}

/** `newText` to be put before `end`: when it ends in a lone CR and an LF follows, that CR becomes CRLF. */
export function endingSafe(doc: Document, end: Position, newText: string): string {
  return newText.charCodeAt(newText.length - 1) === 13 && lfAt(doc, end) ? newText + '\n' : newText;
}

export function makeEditHelpers(doc: Document): EditHelpers {
  const eol = doc.eol;
  // The ending that replaces lone CRs which would otherwise fuse with an LF (see atLineStart).
  const breakEol = eol === '\r' ? '\r\n' : eol;
  const lineAt = (i: number) => doc.lines[Math.max(0, Math.min(i, doc.lines.length - 1))];
  const indentOf = (i: number) => {
    const l = lineAt(i);
    return l ? l.text.slice(0, l.indent) : '';
  };
  const endOfLine = (i: number): Position => ({ line: i, character: lineAt(i).text.length });
  const startOfText = (i: number): Position => ({ line: i, character: 0 });
  /**
   * Lone CR line endings right before the start of `line` (the previous line's, and those of
   * the empty lines before it): text starting with LF placed at that start would fuse with
   * the CR into one CRLF break and swallow a line. Returns where that run of CRs begins and
   * how many there are (0 when the previous line does not end in a lone CR).
   */
  const loneCrsBefore = (line: number): { start: Position; count: number } => {
    let j = line - 1;
    let count = 0;
    while (j >= 0 && doc.lines[j].eol === '\r') {
      count++;
      if (doc.lines[j].text !== '') break;
      j--;
    }
    const first = line - count;
    return { start: count ? endOfLine(first) : { line, character: 0 }, count };
  };
  /** An edit that puts `newText` at the start of `line` (or replaces up to `end`); such CRs become the file's ending. */
  const atLineStart = (line: number, end: Position, newText: string): TextEdit => {
    if (newText.charCodeAt(0) === 10 || (newText === '' && startsWithLf(end))) {
      const run = loneCrsBefore(line);
      if (run.count) return { range: { start: run.start, end }, newText: breakEol.repeat(run.count) + newText };
    }
    return { range: { start: { line, character: 0 }, end }, newText: endingSafe(doc, end, newText) };
  };
  /**
   * Where lines inserted before `line` go: above a `# rxn-disable-next-line` comment that
   * targets it (across blank and comment-only lines), so the comment keeps silencing the
   * line it was written for and does not silence the new one.
   */
  const aboveSuppressions = (line: number): number => {
    let at = line;
    for (let p = line - 1; p >= 0; p--) {
      const l = doc.lines[p];
      if (l.statement || l.invalid) break;
      if (l.comment && doc.suppressions.some((s) => s.kind === 'next-line' && s.line === p)) at = p;
    }
    return at;
  };
  /** Does the text at `p` (a line start) begin with an LF? (An empty line ending in LF.) */
  const startsWithLf = (p: Position): boolean => {
    const l = doc.lines[p.line];
    return !!l && p.character === 0 && l.text === '' && l.eol === '\n';
  };
  /** Insertion at a position: at a line start, mind the lone CRs before it. */
  const insertion = (p: Position, newText: string): TextEdit =>
    p.character === 0 ? atLineStart(p.line, p, newText) : { range: { start: p, end: p }, newText };
  return {
    replace(range: Range, newText: string): TextEdit {
      return { range, newText };
    },
    insertLinesAfter(line: number, lines: string[], indentLike?: number): TextEdit {
      const indent = indentLike === undefined ? '' : indentOf(indentLike);
      const body = lines.map((l) => indent + l);
      if (line < 0) {
        const p = startOfText(0);
        return { range: { start: p, end: p }, newText: endingSafe(doc, p, body.join(eol) + eol) };
      }
      const l = lineAt(line);
      // Insert at the end of `line`, before its line ending, so the new lines take the file's ending.
      return insertion(endOfLine(l.index), body.map((b) => eol + b).join(''));
    },
    insertLinesBefore(line: number, lines: string[], indent?: string): TextEdit {
      if (line >= doc.lines.length) {
        const last = doc.lines.length - 1;
        const ind = indent ?? '';
        return insertion(endOfLine(last), lines.map((b) => eol + ind + b).join(''));
      }
      const ind = indent ?? indentOf(line);
      return insertion({ line: aboveSuppressions(line), character: 0 }, lines.map((b) => ind + b + eol).join(''));
    },
    deleteLine(line: number): TextEdit {
      const l = lineAt(line);
      if (l.comment) {
        // Never lose a comment: remove the statement and keep the comment as an own-line comment.
        return { range: { start: { line: l.index, character: l.indent }, end: { ...l.comment.range.start } }, newText: '' };
      }
      if (l.index + 1 < doc.lines.length) {
        // (After a lone CR, removing up to an empty LF line would fuse the two: atLineStart minds that.)
        return atLineStart(l.index, { line: l.index + 1, character: 0 }, '');
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

/**
 * The spaces after a word that changes width: a run of more than one space (a column of a
 * table) grows or shrinks so that what follows stays in its column, keeping at least one;
 * anything else stays as it is.
 */
export function keepColumn(spaces: string, oldWidth: number, newWidth: number): string {
  return spaces.length > 1 && /^ +$/.test(spaces) ? ' '.repeat(Math.max(1, spaces.length + oldWidth - newWidth)) : spaces;
}

/**
 * Edits that rename an alias on its `reagent` line and every `add` line; in a table aligned on
 * `=`, the `=` stays in its column (at least one space before it). Shared by the rename of the
 * editor and the fixes that rename an alias.
 */
export function aliasRenameEdits(doc: Document, oldAlias: string, newAlias: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const { token, declaration } of aliasOccurrences({ doc }, oldAlias)) {
    const range = { start: { ...token.range.start }, end: { ...token.range.end } };
    if (!declaration) {
      edits.push({ range, newText: newAlias });
      continue;
    }
    const text = doc.lines[token.range.start.line].text;
    let g = token.range.end.character;
    while (text.charCodeAt(g) === 32) g++;
    // One space before `=` is a column too when other lines of the table put their `=` there
    // (the longest alias of an aligned table): a shorter alias keeps the `=` in it.
    const aligned = text[g] === '=' && doc.lines.some((l) => l.index !== token.range.start.line && l.statement?.kind === 'reagent' && /^\s*reagent\s+\S+\s*=/.test(l.text) && l.text.indexOf('=') === g);
    const pad = aligned
      ? ' '.repeat(Math.max(1, g - token.range.start.character - newAlias.length))
      : keepColumn(text.slice(token.range.end.character, g), oldAlias.length, newAlias.length);
    edits.push({ range: { start: range.start, end: { line: range.end.line, character: g } }, newText: newAlias + pad });
  }
  return edits;
}
