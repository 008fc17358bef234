/**
 * The edits that turn one text into another, one per run of changed lines, each trimmed to the
 * characters that change. An editor moves the cursor, bookmarks, breakpoints and folds of the
 * lines an edit does not touch by the lines inserted or removed above them and leaves them
 * alone otherwise; one edit from the first change to the last (which "fix all" gave when it
 * fixed line 10 and line 40) would have put a cursor on line 25 at the end of the replacement.
 */
import type { TextEdit } from '../types';
import { lineStarts } from '../edits';

/** Past this many changed lines the diff is not worth its time: one edit covers them all. */
const MAX_CHANGES = 500;

/** Offset → position, with the line starts of the text (`lineStarts`). */
export function positionIn(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** The lines of a text with their line endings (the last one may have none). */
function linesWithEndings(text: string, starts: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (i + 1 === starts.length && starts[i] === text.length) break; // no last line after a final break
    out.push(text.slice(starts[i], end));
  }
  return out;
}

/**
 * Runs of lines `a[i0..i1)` replaced by `b[j0..j1)` (Myers' O((N+M)·D) diff); undefined when
 * more than `limit` lines differ.
 */
function hunks(a: number[], b: number[], limit: number): { i0: number; i1: number; j0: number; j1: number }[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, limit);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk back through the snapshots: each step is one inserted or deleted line.
  const ops: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('=');
      x--;
      y--;
    }
    ops.push(down ? '+' : '-');
    if (down) y--;
    else x--;
  }
  while (x > 0 && y > 0) {
    ops.push('=');
    x--;
    y--;
  }
  ops.reverse();
  const out: { i0: number; i1: number; j0: number; j1: number }[] = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p < ops.length; ) {
    if (ops[p] === '=') {
      i++;
      j++;
      p++;
      continue;
    }
    const h = { i0: i, i1: i, j0: j, j1: j };
    while (p < ops.length && ops[p] !== '=') {
      if (ops[p] === '-') h.i1 = ++i;
      else h.j1 = ++j;
      p++;
    }
    out.push(h);
  }
  return out;
}

/**
 * Edits that turn `before` into `after`: one per run of changed lines, trimmed to the
 * characters that differ (`stri` → `stir` changes one character, and a cursor elsewhere on
 * that line stays put). Falls back to one edit over the whole change when the lines differ
 * too much to be worth comparing.
 */
export function lineDiffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const sb = lineStarts(before);
  const sa = lineStarts(after);
  const lb = linesWithEndings(before, sb);
  const la = linesWithEndings(after, sa);
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let k = ids.get(s);
    if (k === undefined) ids.set(s, (k = ids.size));
    return k;
  };
  const hs = hunks(lb.map(id), la.map(id), MAX_CHANGES) ?? [{ i0: 0, i1: lb.length, j0: 0, j1: la.length }];
  const startOf = (lines: string[], starts: number[], text: string, i: number) => (i < lines.length ? starts[i] : text.length);
  const edits: TextEdit[] = [];
  for (const h of hs) {
    let s = startOf(lb, sb, before, h.i0);
    let e = startOf(lb, sb, before, h.i1);
    const oldText = before.slice(s, e);
    const newText = after.slice(startOf(la, sa, after, h.j0), startOf(la, sa, after, h.j1));
    // Trim what the two sides share at either end, never splitting a CRLF or a surrogate pair.
    let p = 0;
    const max = Math.min(oldText.length, newText.length);
    while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
    while (p > 0 && (isLowSurrogate(oldText.charCodeAt(p)) || (oldText[p] === '\n' && oldText[p - 1] === '\r') || (newText[p] === '\n' && newText[p - 1] === '\r'))) p--;
    let q = 0;
    while (q < max - p && oldText.charCodeAt(oldText.length - 1 - q) === newText.charCodeAt(newText.length - 1 - q)) q++;
    while (q > 0 && (isLowSurrogate(oldText.charCodeAt(oldText.length - q)) || crlfSplit(oldText, oldText.length - q) || crlfSplit(newText, newText.length - q))) q--;
    s += p;
    e -= q;
    edits.push({ range: { start: positionIn(sb, s), end: positionIn(sb, e) }, newText: newText.slice(p, newText.length - q) });
  }
  return edits;
}

/** The second half of a surrogate pair: a cut before it would split a character. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Does a cut at `at` fall between the CR and the LF of a CRLF? */
function crlfSplit(text: string, at: number): boolean {
  return at > 0 && text[at] === '\n' && text[at - 1] === '\r';
}
