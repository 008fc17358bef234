/**
 * Character-level helpers of the `.rxn` parser and printer. Everything works on JS string
 * indices (UTF-16 code units) and runs in linear time: no regular expressions on whole
 * lines, no quadratic scans.
 */

/** Whitespace inside a line: space, tab, vertical tab, form feed, no-break and other Unicode spaces, a stray BOM. */
export function isSpace(c: number): boolean {
  if (c === 32 || c === 9) return true;
  if (c < 128) return c === 11 || c === 12;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `-`, U+2212 minus sign. */
export function isMinus(c: number): boolean {
  return c === 45 || c === 0x2212;
}

/** Range dashes: `-`, en dash, em dash, minus sign. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;
}

/** Index of the first non-space character at or after `p` (before `end`). */
export function skipSpaces(s: string, p: number, end: number): number {
  while (p < end && isSpace(s.charCodeAt(p))) p++;
  return p;
}

/** End of the whitespace-delimited word starting at `p`. */
export function wordEnd(s: string, p: number, end: number): number {
  while (p < end && !isSpace(s.charCodeAt(p))) p++;
  return p;
}

/** Index just after the last non-space character before `end` (not before `start`). */
export function trimEndIndex(s: string, start: number, end: number): number {
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** `s` without trailing whitespace (same whitespace definition as the parser). */
export function trimEndSpaces(s: string): string {
  const e = trimEndIndex(s, 0, s.length);
  return e === s.length ? s : s.slice(0, e);
}

/**
 * Index of the `#` that starts a comment on a line, or -1. A `#` between a `"` and the next
 * `"` on the line is part of a string; a `"` with no closing partner is an ordinary character.
 */
export function findCommentStart(s: string): number {
  // Fast path (most lines): no '#' at all, or a '#' before any '"'. indexOf is much
  // faster than a character loop on long lines.
  const hash = s.indexOf('#');
  if (hash < 0) return -1;
  const quote = s.indexOf('"');
  if (quote < 0 || hash < quote) return hash;
  const n = s.length;
  let i = quote;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 35) return i;
    if (c === 34) {
      const close = s.indexOf('"', i + 1);
      if (close < 0) {
        // No closing quote: the rest of the line has no quotes either, just look for '#'.
        return s.indexOf('#', i + 1);
      }
      i = close + 1;
      continue;
    }
    i++;
  }
  return -1;
}

/** Matches `[A-Za-z_][A-Za-z0-9_-]*` on s[start, end). */
export function isAlias(s: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const c0 = s.charCodeAt(start);
  if (!(isAsciiLetter(c0) || c0 === 95)) return false;
  for (let i = start + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!(isAsciiLetter(c) || isDigit(c) || c === 95 || c === 45)) return false;
  }
  return true;
}

/** End of an exponent at `i` (`e`/`E` followed by a digit, or by a sign and a digit), or `i` when there is none. */
function exponentEnd(s: string, i: number, end: number): number {
  const e = i < end ? s.charCodeAt(i) : -1;
  if (e !== 101 && e !== 69) return i;
  const n1 = i + 1 < end ? s.charCodeAt(i + 1) : -1;
  if (isDigit(n1)) i += 1;
  else if ((n1 === 45 || n1 === 43) && i + 2 < end && isDigit(s.charCodeAt(i + 2))) i += 2;
  else return i;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * End of the number starting at `p`, or -1 when there is none: the grammar of numbers, which
 * `readNumber` reads with. Allocation-free: used to test whether a word starts with a number.
 */
export function scanNumber(s: string, p: number, end: number): number {
  let i = p;
  const c0 = s.charCodeAt(i);
  if (isMinus(c0) || c0 === 43) i++;
  const intStart = i;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  const intDigits = i - intStart;
  let fracDigits = 0;
  const c = i < end ? s.charCodeAt(i) : -1;
  if ((c === 46 || (c === 44 && intDigits > 0)) && i + 1 < end && isDigit(s.charCodeAt(i + 1))) {
    i++;
    const f = i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    fracDigits = i - f;
  }
  if (intDigits === 0 && fracDigits === 0) return -1;
  return exponentEnd(s, i, end);
}

/** Does s[start, end) equal `word` (lower-case) ignoring ASCII case? Allocation-free. */
export function equalsWord(s: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = s.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Written with a decimal comma (`1,5`). */
  decimalComma: boolean;
  /** The comma could be a thousands separator (`1,500`): exactly three digits after it. */
  ambiguousComma: boolean;
  /** The number with a decimal point instead of the comma (for the quick fix). */
  pointText: string;
  negative: boolean;
}

/**
 * Reads a number at `p`: optional sign (`-`, `+`, U+2212), digits, an optional fraction
 * (`.5`, or a decimal comma `1,5` between digits), an optional exponent (`1e-3`).
 * Returns undefined when there is no digit.
 */
export function readNumber(s: string, p: number, end: number): NumberToken | undefined {
  const i = scanNumber(s, p, end);
  if (i < 0) return undefined;
  const c0 = s.charCodeAt(p);
  const negative = isMinus(c0);
  const intStart = negative || c0 === 43 ? p + 1 : p;
  let k = intStart;
  while (k < i && isDigit(s.charCodeAt(k))) k++;
  const intDigits = k - intStart;
  // A comma after the whole number is a decimal comma: scanNumber takes one only before a digit.
  const decimalComma = k < i && s.charCodeAt(k) === 44;
  let fracDigits = 0;
  if (decimalComma) {
    let f = k + 1;
    while (f < i && isDigit(s.charCodeAt(f))) f++;
    fracDigits = f - k - 1;
  }
  let text = s.slice(p, i);
  if (c0 === 0x2212) text = '-' + text.slice(1);
  const pointText = decimalComma ? text.replace(',', '.') : text;
  const value = +pointText;
  const ambiguousComma = decimalComma && fracDigits === 3 && intDigits <= 3 && !(intDigits === 1 && s.charCodeAt(intStart) === 48);
  return { start: p, end: i, value, decimalComma, ambiguousComma, pointText, negative };
}

const ROWS: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance between two short
 * strings, or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  if (ROWS[0].length < m + 1) for (let k = 0; k < 3; k++) ROWS[k] = new Int32Array(2 * (m + 1));
  let prev2 = ROWS[0];
  let prev = ROWS[1];
  let cur = ROWS[2];
  for (let j = 0; j <= m; j++) {
    prev[j] = j;
    prev2[j] = 0;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] > limit ? limit + 1 : prev[m];
}

/** Shortens a piece of source text for a message. */
export function clip(text: string, max = 40): string {
  if (text.length <= max) return text;
  return text.slice(0, max - 1) + '…';
}

/**
 * A copy of `s` that keeps nothing else alive. V8 cuts substrings of 13 characters or more
 * as views into the string they come from, so a line's text (and every token cut from it)
 * holds the whole file's text in memory. The parser calls this for lines it parses while
 * reusing an earlier version's tree: those trees live on from version to version, and
 * without the copy each edited line would keep one old version of the whole file alive
 * (300 edits on different lines of a 10,000-line protocol held 80 MB). Concatenation makes
 * a rope, and cutting from a rope first flattens it into a new string of the line's size.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
