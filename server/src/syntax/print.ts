/**
 * The canonical formatter of `.rxn` files.
 *
 * - Header lines, `step` and `workup` at column 0; everything inside a step or the work-up
 *   indented by two spaces; top-level `reagent`/`solvent`/`note` at column 0.
 * - One space between tokens: runs of whitespace collapse to one space, except inside
 *   double-quoted strings; `add a,b` becomes `add a, b`; `reagent a=b` becomes `reagent a = b`.
 * - Reagent tables: consecutive `reagent` lines are aligned (aliases padded to a common width,
 *   names padded to a common width, then the quantities and attributes).
 * - Comments are kept: a trailing comment follows its statement after two spaces; an own-line
 *   comment stays where it is, indented like the next statement.
 * - Blank lines are kept, runs of them collapse to one; blank lines at the start and the end
 *   of the file are dropped; a non-empty result ends with one line ending.
 * - Lines with a syntax error are kept verbatim (only trailing whitespace is removed).
 * - Line endings: the document's own (`doc.eol`). No BOM is added (callers restore it).
 * Keywords, names and units keep their spelling and case: the formatter changes only whitespace.
 */
import { isCommentOnly, type Document, type Line, type ReagentStmt, type Statement } from './ast';
import { isDigit, isSpace, trimEndSpaces } from './lexer';

const ZERO_INDENT = new Set<Statement['kind']>(['protocol', 'target', 'scale', 'mode', 'step', 'workup']);

export function print(doc: Document, indentUnit = '  '): string {
  const lines = doc.lines;
  const n = lines.length;

  // Canonical indentation of each line with content; own-line comments take the next one's.
  const indents = new Array<number>(n).fill(0);
  let next: number | undefined;
  for (let i = n - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.statement || line.invalid) {
      next = statementIndent(line);
      indents[i] = next;
    } else if (line.comment) {
      indents[i] = next ?? (line.block === 'header' ? 0 : 2);
    }
  }

  // Reagent tables: runs of valid reagent lines, with comment-only lines allowed between
  // them (a `# rxn-disable-next-line` above a row does not split the table).
  const aliasWidth = new Array<number>(n).fill(0);
  const nameWidth = new Array<number>(n).fill(0);
  const reagentCache: ({ name: string; tail: string } | undefined)[] = new Array(n);
  for (let i = 0; i < n; ) {
    if (!isReagentLine(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    let wa = 0;
    let wn = 0;
    for (;;) {
      let k = j;
      while (k < n && isCommentOnly(lines[k])) k++;
      if (k >= n || !isReagentLine(lines[k])) break;
      j = k;
      const st = lines[j].statement as ReagentStmt;
      wa = Math.max(wa, width(st.alias.text));
      const parts = reagentParts(lines[j], st);
      reagentCache[j] = parts;
      if (parts.tail) wn = Math.max(wn, width(parts.name));
      j++;
    }
    for (let k = i; k < j; k++) {
      aliasWidth[k] = wa;
      nameWidth[k] = wn;
    }
    i = j;
  }

  const out: string[] = [];
  let pendingBlank = false;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    let text: string;
    if (line.invalid) {
      text = trimEndSpaces(line.text);
      if (text === '') {
        if (out.length) pendingBlank = true;
        continue;
      }
    } else if (line.statement) {
      const body =
        line.statement.kind === 'reagent'
          ? formatReagent(line, line.statement, reagentCache[i] ?? reagentParts(line, line.statement), aliasWidth[i], nameWidth[i])
          : formatStatement(line, line.statement);
      // (A list marker, `1)` or `•`, is reported with a fix that removes it; formatting keeps it.)
      text = (indents[i] ? indentUnit : '') + (line.listMarker ? line.listMarker + ' ' : '') + body;
      if (line.comment) text += '  #' + trimEndSpaces(line.comment.text);
    } else if (line.comment) {
      text = (indents[i] ? indentUnit : '') + '#' + trimEndSpaces(line.comment.text);
    } else {
      const t = trimEndSpaces(line.text);
      if (t === '') {
        if (out.length) pendingBlank = true;
        continue;
      }
      text = t; // not expected: a line with content has a statement or is invalid
    }
    if (pendingBlank) {
      out.push('');
      pendingBlank = false;
    }
    out.push(text);
  }
  if (out.length === 0) return '';
  // A kept-verbatim first line must not start with U+FEFF: it would read back as a BOM.
  if (out[0].charCodeAt(0) === 0xfeff) out[0] = out[0].replace(/^\uFEFF+/, '');
  return out.join(doc.eol) + doc.eol;
}

function statementIndent(line: Line): number {
  const st = line.statement;
  if (st && ZERO_INDENT.has(st.kind)) return 0;
  return line.block === 'header' ? 0 : 2;
}

function isReagentLine(line: Line): boolean {
  return !line.invalid && line.statement?.kind === 'reagent';
}

/**
 * Columns a string takes in a monospaced editor: combining marks (the ring of a decomposed
 * Å, an accent) take none, East Asian wide and full-width characters and emoji take two,
 * everything else one (µ, °, precomposed Å, en dash).
 */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x300) w++;
    else if (COMBINING.test(ch)) continue;
    else w += isWide(c) ? 2 : 1;
  }
  return w;
}

const COMBINING = /^[\p{Mn}\p{Me}\u200B-\u200D\uFE0E\uFE0F]$/u;

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

function pad(s: string, w: number): string {
  const d = w - width(s);
  return d > 0 ? s + ' '.repeat(d) : s;
}

/**
 * Collapses whitespace runs in text[a, b) to single spaces and trims the ends; whitespace
 * inside a double-quoted string (a `"` with a closing `"` in the range) is kept.
 */
export function collapseWhitespace(text: string, a: number, b: number): string {
  let out = '';
  let i = a;
  let needSpace = false;
  while (i < b) {
    if (isSpace(text.charCodeAt(i))) {
      needSpace = out.length > 0;
      i++;
      while (i < b && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    // A token: up to the next whitespace; a quoted string is taken whole.
    let j = i;
    while (j < b) {
      const d = text.charCodeAt(j);
      if (d === 34) {
        const close = text.indexOf('"', j + 1);
        if (close >= 0 && close < b) {
          j = close + 1;
          continue;
        }
      }
      if (isSpace(d)) break;
      j++;
    }
    if (needSpace) out += ' ';
    out += text.slice(i, j);
    needSpace = false;
    i = j;
  }
  return out;
}

/**
 * The rest of a statement from `from`, collapsed, after one space; a period written against
 * the last word stays there (`add amine, acid.`: a space before it would make the sentence's
 * period the lone ` .` that is an error), and so does a colon after the keyword.
 */
function tail(line: Line, from: number, to: number): string {
  const r = collapseWhitespace(line.text, from, to);
  if (!r) return '';
  if (line.text.charCodeAt(from) === 46 && from < to) return r;
  // A colon against the keyword (`scale: 2.0 mmol`, reported; its fix removes it): formatting
  // changes only whitespace, so it stays, against the keyword and with one space after it. (One
  // after a space, `protocol : `, is not that colon: it is the statement's text, after one space.)
  if (r.charCodeAt(0) === 58 && line.text.charCodeAt(from) === 58) {
    const rest = r.slice(1).trimStart();
    return rest ? ': ' + rest : ':';
  }
  return ' ' + r;
}

/**
 * A colon after the keyword (`add: stab`, `reagent: stab = …`, reported; its fix removes it), as
 * formatting keeps it: against the keyword when it was written there, else between spaces; '' when
 * the text between the keyword and `next` (where what follows starts) is not a colon.
 */
function keywordColon(line: Line, st: Statement, next: number): string {
  const kwEnd = st.keyword.range.end.character;
  if (line.text.slice(kwEnd, next).trim() !== ':') return '';
  return line.text.charCodeAt(kwEnd) === 58 ? ':' : ' :';
}

/** The keyword as the line has it (a line typed in full width, `ｓｔｉｒ　１６　ｈ`, is read as ASCII but kept as written). */
function written(line: Line, st: Statement): string {
  const k = st.keyword.range;
  return k.start.line === line.index ? line.text.slice(k.start.character, k.end.character) : st.keyword.text;
}

function formatStatement(line: Line, st: Statement): string {
  const end = st.range.end.character;
  if (st.kind === 'add' && st.aliases.length > 0) {
    const last = st.aliases[st.aliases.length - 1];
    // (From the text, so that a word between the aliases that was reported, `ket and acid`, stays.)
    const list = spaceCommas(collapseWhitespace(line.text, st.aliases[0].range.start.character, last.range.end.character));
    // A colon after the keyword (`add: stab`, reported) stays, as `tail` keeps it on other statements.
    return written(line, st) + keywordColon(line, st, st.aliases[0].range.start.character) + ' ' + list + tail(line, last.range.end.character, end);
  }
  return written(line, st) + tail(line, st.keyword.range.end.character, end);
}

function reagentParts(line: Line, st: ReagentStmt): { name: string; tail: string } {
  const T = line.text;
  const ns = st.name.range.start.character;
  const ne = st.name.range.end.character;
  let name = st.quoted ? '"' + st.name.text + '"' : collapseWhitespace(T, ns, ne);
  let after = st.quoted ? ne + 1 : ne;
  // `AcOH (1 M in DCE, 3.0 mL)`: a solution's bracket holds its amounts too; it stays whole, as the name.
  const close = !st.quoted && st.name.text.endsWith(')') && !/[)\uff09]$/.test(T.slice(ns, ne)) && /^\s*[,;]/.test(T.slice(ne, ne + 8)) ? T.indexOf(')', ne) : -1;
  if (close >= 0) {
    name = spaceCommas(collapseWhitespace(T, ns, close + 1));
    after = close + 1;
  }
  // A comma that separates the name from its amounts (`1,4-diazepane, 3.0 equiv`) stays on
  // the name, so the column padding goes after it and not into the name.
  let k = after;
  while (k < T.length && (T.charCodeAt(k) === 32 || T.charCodeAt(k) === 9)) k++;
  if (T.charCodeAt(k) === 44 && k < st.range.end.character) {
    name += ',';
    after = k + 1;
  }
  const end = st.range.end.character;
  // Separator commas get one space after them; an unquoted SMILES is left as written.
  const sm = st.smiles && T.charCodeAt(st.smiles.range.start.character - 1) !== 34 ? st.smiles.range : undefined;
  let tail: string;
  if (sm) {
    const a = sm.start.character;
    const b = sm.end.character;
    tail = [spaceCommas(collapseWhitespace(T, after, a)), T.slice(a, b), spaceCommas(collapseWhitespace(T, b, end))]
      .filter((x) => x !== '')
      .join(' ');
  } else tail = spaceCommas(collapseWhitespace(T, after, end));
  // A sentence-ending period on a line with no amounts (`reagent ket = THP-4-one.`) stays on the name.
  if (tail === '.' && T.charCodeAt(after) === 46) {
    name += '.';
    tail = '';
  }
  return { name, tail };
}

/**
 * In collapsed text: a comma that separates (not a decimal comma between two digits, not in
 * a quoted string) gets no space before it and one after it.
 */
export function spaceCommas(s: string): string {
  if (s.indexOf(',') < 0) return s;
  const parts: string[] = [];
  let chunk = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) {
      const close = s.indexOf('"', i + 1);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (c === 44 && !(isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1)))) {
      // Text before the comma, without the one space collapse may have left there.
      const before = i > chunk && s.charCodeAt(i - 1) === 32 ? i - 1 : i;
      parts.push(s.slice(chunk, before), ',');
      const after = s.charCodeAt(i + 1);
      if (i + 1 < s.length && after !== 32 && after !== 44) parts.push(' ');
      chunk = i + 1;
    }
  }
  parts.push(s.slice(chunk));
  return parts.join('');
}

function formatReagent(line: Line, st: ReagentStmt, parts: { name: string; tail: string }, wa: number, wn: number): string {
  const { name, tail: rest } = parts;
  // (The alias as written: one typed in full width, `ｓｔａｂ`, is read as `stab`, and its fix writes that.)
  const alias = line.text.slice(st.alias.range.start.character, st.alias.range.end.character);
  // (And the `=` as written: `＝` typed in full width is read as `=`.)
  const eq = line.text.slice(st.alias.range.end.character, st.name.range.start.character).trim().charAt(0) || '=';
  // (A colon after the keyword, `reagent: stab = …`, reported, stays as an `add:` one does.)
  let s = written(line, st) + keywordColon(line, st, st.alias.range.start.character) + ' ' + pad(alias, wa) + ' ' + eq + ' ';
  s += rest ? pad(name, wn) + ' ' + rest : name;
  return s;
}
