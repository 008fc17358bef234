/**
 * The `.rxn` parser: text in, a typed `Document` out (see ast.ts). It never throws and runs
 * in time linear in the size of the text.
 *
 * Decisions where language.md is silent (copied into docs/language.md):
 * - Lines end at `\r\n`, `\n` or a lone `\r`; `doc.eol` is `\r\n` when CRLF is the majority
 *   of the line endings, else `\n`. A leading BOM is removed (`hasBom`); every position is
 *   relative to the text without it. A text ending in a line break has a last, empty line.
 * - Whitespace is space, tab and the Unicode spaces (no-break space etc.).
 * - Strings are double-quoted, on one line, without escapes. A `"` with no closing `"` on its
 *   line is an ordinary character (so a `#` after it starts a comment). The range of a quoted
 *   token (title, name, SMILES, note) covers the text between the quotes, not the quotes.
 * - Keywords are case-insensitive; `work-up` = `workup`, `crystallise` = `crystallize`.
 *   A keyword is the first word of the line and must be followed by a space, a `"` or the end.
 * - Blocks: lines before the first `step` are the header block; `step` opens a step block;
 *   `workup` opens the work-up block. The block changes at a `step`/`workup` line even when
 *   the rest of that line is malformed, or when its first word is a misspelling of `step` or
 *   `workup` with that keyword as the only suggestion (`stpe`, `wrokup`), so one typo does
 *   not cascade and the keyword's quick fix does not change the meaning of the other lines.
 * - Header lines after the first step, a second `workup`, a `step` after `workup`, step
 *   statements outside a step and work-up statements outside the work-up are syntax errors;
 *   such lines carry no statement. `reagent` may appear anywhere before the work-up;
 *   `solvent` at top level or inside a step; `filter` and `concentrate` in a step or the
 *   work-up; `note` anywhere.
 * - A line with a syntax error is `invalid` and carries no statement — except a `reagent`
 *   line whose alias and name could be read: that declaration is kept (without the faulty
 *   part) so later `add`s of the alias do not report it as undeclared.
 * - A line whose required duration or temperature (`stir`/`wait` TIME, `heat`/`cool` TEMP)
 *   has an `invalid-quantity` problem is also `invalid` with no statement (Duration and
 *   Temperature have no "invalid" flag). An invalid optional one (`add … at TEMP`,
 *   `stir … at TEMP`, `heat … for TIME`, `reflux TIME`) is reported and left out; the
 *   statement is kept. A problem in a Quantity (reagent amounts, `scale`, solvent amount,
 *   purify modifier) keeps the statement with `quantity.invalid = true` (the model ignores it).
 * - Numbers: `3`, `3.0`, `.5`, `1e-3`, a sign (`-`, `+`, U+2212). A decimal comma (`1,5`) is an
 *   `invalid-quantity` with a replacement `1.5`, and the value is read as 1.5; a comma before
 *   exactly three digits (`1,500`) could be a thousands separator: reported without a
 *   replacement and the quantity is invalid. A unit may be attached (`5mmol`, `40°C`).
 * - Units are those of units.ts (exact spelling first, then case-insensitive where that is
 *   unambiguous: `ML`, `Equiv`; never `m`/`M`). Extra: `°F`/`F` for temperatures, `ºC` and `℃`
 *   for °C, `equivalents`, `sec`, `day(s)`, `o/n` = overnight.
 * - A number with a word after it that is not a unit but looks like a misspelled one (one
 *   edit from a unit, e.g. `mgs`, `equivs`) gets "Unknown unit"; a number with no unit gets
 *   "needs a unit". For an unknown or missing unit the Quantity's `unit` is the text as
 *   written (or '') and its `kind` the closest unit's kind, else the kind the place expects.
 * - Reagent NAME: runs from after `=` to the first word that is an attribute keyword
 *   (`role`, `smiles`, `mw`, `density`, `limiting`) or starts a quantity: a number with a
 *   unit attached (`3.0equiv`), or a standalone number followed by a unit, a misspelled unit,
 *   an attribute keyword or the end of the line. A concentration or a percentage does not
 *   end a reagent name (`4 M HCl in dioxane`, `37% formaldehyde` are names), nor does a
 *   percentage end a solvent name (`10% MeOH in DCM`) — except a charge by weight on a reagent
 *   line (`10% Pd/C 10 wt%`, `10 wt.%`, `10 wt %`) with nothing of the name after it, unless it
 *   follows a Pd/C, Pd(OH)2/C or Pt/C with no percentage of its own (`Pd/C (10 wt%)`: the loading). So `1,4-diazepane`,
 *   `4Å molecular sieves` and `4 Å sieves` are names; `PEG 400 1 equiv` has the name
 *   `PEG 400`, but a line that ends with a standalone number (`reagent p = PEG 400`) reads it
 *   as an amount without a unit: quote such a name. An attached unit ends at a comma: `1.0equiv,106mg` is two
 *   quantities; `1.0,2 mmol` is `1.0` (no unit) and `2 mmol`; `1,2,4-triazole` is a name.
 *   `mol%` is not a unit (Quantity.value stays as written): the problem message gives the
 *   loading in equiv.
 *   Quantities may be separated by commas. `mw` and `density` take a number with an optional
 *   unit (`g/mol`, `g/mL`). A repeated attribute is a syntax error.
 * - Temperatures: `40 °C`, `40°C`, `313 K`, `-78 °C`, ranges `40-50 °C`/`40–50 °C`/`40 - 50 °C`,
 *   `rt`, `r.t.`, `RT`, `room temperature`, `room temp`, `ambient`, `reflux`. A number
 *   without a unit is an error (no default to °C). Below absolute zero is invalid.
 * - Durations: a number and a time unit, a range `12-16 h` (the lower bound counts), a
 *   compound `1 h 30 min` (summed), `overnight`/`o/n` (16 h). Zero or negative is invalid.
 * - Statement forms accept a few extra joining words: `stir [for] TIME [at TEMP]` (either
 *   order), `wait [for] TIME`, `heat [to|at] TEMP [[for] TIME]`, `cool [to] TEMP`,
 *   `reflux [for] [TIME]`, `monitor [by] METHOD [for WHAT]`, `purify [by] METHOD …`; an `add`
 *   takes its manner and `at TEMP` in either order. `filter`/`concentrate` accept trailing
 *   free text (`filter through celite`). Titles and notes may be unquoted (rest of line).
 * - `extract NAME xN`: `x3`, `×3`, `3x`, `x 3`, `× 3` at the end of the line.
 * - `solvent A/B 9:1`: parts are split on `/` and trimmed; a ratio needs as many numbers as
 *   there are parts; a ratio on a single solvent is an error.
 * - Misspellings: an unknown first word, role, target, mode, `add` manner or reagent attribute
 *   within edit distance 2 (1 for words of ≤ 3 letters) of exactly one keyword gets a
 *   `replacement` with that keyword; words with digits or symbols never do (`stir30`).
 *   A tie names both candidates and offers no replacement.
 * - `add … over TIME` (`add ald dropwise over 30 min`): the addition takes that long; the
 *   timeline lets the time pass after the reagents are in (see docs/language.md).
 * - At most 20 problems are reported per line (the rest of the line is still read).
 * - Suppression comments: `# rxn-disable-next-line a, b` and `# rxn-disable a, b`
 *   (directive case-insensitive, in any comment, own-line or trailing); rule ids are
 *   separated by commas and/or spaces; `--` ends the list (a reason may follow it).
 */
import type {
  AddStmt,
  Block,
  CoolStmt,
  Comment,
  Document,
  Duration,
  Line,
  ParseProblem,
  Quantity,
  ReagentStmt,
  Role,
  SolventStmt,
  Statement,
  StatementKind,
  Suppression,
  Temperature,
  ThenPart,
  Token,
  UnitKind,
} from './ast';
import { ROLES } from './ast';
import { asciiAmount, asciiFullWidth, asciiLookalike, hiddenCharacters } from './confusables';
import { range, type Range } from '../types';
import {
  clip,
  detach,
  editDistance,
  findCommentStart,
  isAlias,
  isAsciiLetter,
  isDash,
  isDigit,
  isSpace,
  equalsWord,
  readNumber,
  scanNumber,
  skipSpaces,
  trimEndIndex,
  wordEnd as wordEndOf,
  type NumberToken,
} from './lexer';
import {
  ADD_MANNER_SPELLINGS,
  ADD_WORDS,
  keywordAt,
  keywordsForBlock,
  STEP_KEYWORDS,
  ADD_MANNERS,
  MODE_CANONICAL,
  MODE_VALUES,
  REAGENT_ATTRIBUTES,
  TARGET_CANONICAL,
  TARGET_VALUES,
} from './keywords';
import {
  ABSOLUTE_ZERO_C,
  caseSlipUnit,
  DURATION_WORDS,
  KIND_NOUNS,
  lookupUnit,
  ROOM_TEMPERATURE,
  toCelsius,
  OTHER_MAGNITUDES,
  OTHER_TIME_UNITS,
  OVERNIGHT_MINUTES,
  UNIT_SPELLINGS,
  UNIT_SPELLINGS_LOWER,
  type UnitDef,
} from './units';

/** A work-up line that separates the layers of an extraction (group 1: the first word). */
const SEPARATE_LAYERS = /^(?:(separate)(?:\s+(?:the\s+)?(?:layers|phases))?|(phase)\s+separation)(?![A-Za-z-])/i;
const STEP_ONLY = new Set(['add', 'stir', 'wait', 'heat', 'cool', 'reflux', 'monitor', 'isolate']);
const WORKUP_ONLY = new Set(['quench', 'basify', 'acidify', 'extract', 'wash', 'dry', 'purify', 'crystallize', 'salt']);
const REAGENT_KINDS: readonly UnitKind[] = ['equiv', 'amount', 'mass', 'volume'];
const SOLVENT_KINDS: readonly UnitKind[] = ['concentration', 'volume', 'relvolume'];
const HEADER_SET = new Set(['protocol', 'target', 'scale', 'mode']);
/** Unit spellings (lower case, ≥ 2 characters) a misspelling is compared with, canonical ones first. */
const FUZZY_UNITS: readonly string[] = [
  ...new Set([...Object.values(UNIT_SPELLINGS), ...UNIT_SPELLINGS_LOWER].map((u) => u.toLowerCase()).filter((u) => u.length >= 2 && lookupUnit(u) !== undefined && !u.startsWith('wt'))),
];
const CLOSEST_UNIT = new Map<string, UnitDef | null>();
/** A line reports at most this many problems (a pasted table of bad numbers must not flood the editor). */
export const MAX_PROBLEMS_PER_LINE = 20;

export interface ParseOptions {
  /**
   * Remove a leading BOM (default true). The engine passes false: its callers have already
   * removed the file's BOM, so a U+FEFF still at the start is a character of the text they
   * hold (a doubled BOM) and positions must count it.
   */
  stripBom?: boolean;
  /**
   * An earlier parse of the same file (the language server passes the previous version's).
   * A line whose text, line ending and index are unchanged, and which starts in the same
   * block state, parses to the same result: its objects are taken from `reuse` instead of
   * being built again. The result is the same (deeply equal) as without it, which a
   * property test checks; typing in one line of a long protocol then re-reads one line.
   */
  reuse?: Document;
}

/**
 * What each line of a parsed document did to the parser, for `reuse`: per line, the block
 * state it started and ended in, and the problems and suppressions it added (as index
 * ranges into the document's arrays). Kept beside the document, not in it: the Document's
 * shape is the AST contract.
 */
const LINE_RECORDS = new WeakMap<Document, Int32Array>();
// start state, end state, first problem, end of problems, first suppression, end of
// suppressions, and where the line's text starts and ends in the document's text
const RECORD = 8;

/** Parses a `.rxn` text. Never throws. */
export function parse(input: string, options: ParseOptions = {}): Document {
  let text = typeof input === 'string' ? input : String(input ?? '');
  let hasBom = false;
  if (options.stripBom !== false && text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    hasBom = true;
  }
  const p = new Parser(text, options.reuse);
  p.run();
  const doc: Document = {
    text,
    hasBom,
    // The ending of more than half of the lines, else LF: the ending of lines that fixes insert.
    eol: p.crlf > p.lf + p.cr ? '\r\n' : p.cr > p.lf + p.crlf ? '\r' : '\n',
    lines: p.lines,
    statements: p.statements,
    suppressions: p.suppressions,
    problems: p.problems,
  };
  LINE_RECORDS.set(doc, p.records);
  return doc;
}

/**
 * How many characters `a` and `b` have in common at the start. Halving steps, each comparing
 * only the stretch not yet known to agree (`===` on two slices is a block comparison in V8):
 * about the length of the common part in all, instead of a character loop.
 */
function commonPrefix(a: string, b: string): number {
  let lo = 0; // a and b agree before lo
  let hi = Math.min(a.length, b.length); // and differ at hi, unless it is the end of one
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many characters `a` and `b` have in common at the end, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Dur {
  minutes: number;
  /** An `invalid-quantity` problem was reported: the duration cannot be used. */
  invalid?: boolean;
  word?: 'overnight';
  start: number;
  end: number;
}


/**
 * Whether `Parser.thenAt`'s regex can match at or after `from`: each of its alternatives holds a
 * `,`, `;`, `.`, an arrow (`→`, `⟶`, `->`) or the word `then` or `and` (any case). Checked
 * over the rest of the line (a match need only start before the statement's end), allocation-free.
 */
function mayJoinStatements(T: string, from: number): boolean {
  const n = T.length;
  for (let i = from; i < n; i++) {
    const c = T.charCodeAt(i);
    if (c === 44 || c === 59 || c === 46 || c === 62 || c === 0x2192 || c === 0x27f6) return true;
    const l = c | 32;
    if (l === 116 && i + 3 < n && (T.charCodeAt(i + 1) | 32) === 104 && (T.charCodeAt(i + 2) | 32) === 101 && (T.charCodeAt(i + 3) | 32) === 110) return true;
    if (l === 97 && i + 2 < n && (T.charCodeAt(i + 1) | 32) === 110 && (T.charCodeAt(i + 2) | 32) === 100) return true;
  }
  return false;
}

class Parser {
  lines: Line[] = [];
  statements: Statement[] = [];
  suppressions: Suppression[] = [];
  problems: ParseProblem[] = [];
  crlf = 0;
  lf = 0;
  cr = 0;

  // Block state
  private block: Block = 'header';
  private seenStep = false;
  private seenWorkup = false;

  // Current line
  private T = '';
  /** The current line as written (`T` may have characters read otherwise: a full-width letter, a slash taken out). */
  private line0 = '';
  /** While a reagent name is read: where it starts (else -1). */
  private nameFrom = -1;
  private L = 0;
  /** End of the line's content: before the comment, trailing spaces trimmed. */
  private E = 0;
  /** The end of the line's content (before a comment), whatever `E` is narrowed to. */
  private lineEnd = 0;
  private syntaxError = false;
  /** A required duration/temperature had a problem: drop the statement. */
  private bad = false;
  /** Problems found on the current line (only the first MAX_PROBLEMS_PER_LINE are kept). */
  private lineProblems = 0;
  /** The statement the current line is meant to be: its keyword, or the one a misspelling is close to. */
  private meant: string | undefined;
  /** A second statement after `then` on the current line (`add acid, then stir 5 min`): where it starts and ends (else -1). */
  private thenFrom = -1;
  private thenEnd = -1;
  /** The statement after `then` is an `add` without its keyword (`add boc, ket then acid`): where `then` starts (else -1). */
  private thenAdd = -1;
  /** While an `add` after `then` without its keyword is read: where its `then` starts (else -1). */
  private thenAddNow = -1;
  /** The problem secondStatement reported for the current statement's `then` (its index in `problems`, else -1). */
  private thenProblem = -1;

  /** Per line: see LINE_RECORDS (grown by doubling; only the first lines × RECORD are used). */
  records: Int32Array;
  private readonly prevRecords?: Int32Array;
  /**
   * With `previous`: how many characters its text and this one have in common at the start
   * and at the end, and how much longer this one is. A line that lies in one of those stretches,
   * where the previous version had a line of the same length, has the same text, so it is
   * not compared character by character (10,000 string comparisons per keystroke).
   */
  private samePrefix = 0;
  private sameSuffix = 0;
  private delta = 0;

  constructor(
    private readonly text: string,
    private readonly previous?: Document,
  ) {
    if (previous) this.prevRecords = LINE_RECORDS.get(previous);
    // (The previous version's size: no growing by doubling while typing.)
    this.records = new Int32Array(Math.max(64 * RECORD, this.prevRecords?.length ?? 0));
    if (previous && this.prevRecords) {
      const before = previous.text;
      this.samePrefix = commonPrefix(before, text);
      this.sameSuffix = commonSuffix(before, text, Math.min(before.length, text.length) - this.samePrefix);
      this.delta = text.length - before.length;
    }
  }

  /** The block state as one number: block, and whether a step and a work-up were seen. */
  private state(): number {
    return (this.block === 'header' ? 0 : this.block === 'step' ? 1 : 2) | (this.seenStep ? 4 : 0) | (this.seenWorkup ? 8 : 0);
  }

  private setState(st: number): void {
    const b = st & 3;
    this.block = b === 0 ? 'header' : b === 1 ? 'step' : 'workup';
    this.seenStep = (st & 4) !== 0;
    this.seenWorkup = (st & 8) !== 0;
  }

  /** Takes line L from the previous parse when it is certain to parse the same; else false. */
  private reuseLine(start: number, end: number, eol: Line['eol'], startState: number): boolean {
    const prev = this.previous;
    const rec = this.prevRecords;
    const L = this.lines.length;
    if (!prev || !rec || L >= prev.lines.length) return false;
    const old = prev.lines[L];
    const o = L * RECORD;
    if (rec[o] !== startState || rec[o + 7] - rec[o + 6] !== end - start || old.eol !== eol) return false;
    // The same text: certain when the line lies where the two texts agree, at the place it
    // had (the common start) or shifted by as much as the text grew (the common end);
    // otherwise compared.
    const same =
      (end <= this.samePrefix && rec[o + 6] === start) ||
      (start >= this.text.length - this.sameSuffix && rec[o + 6] === start - this.delta) ||
      old.text === this.text.slice(start, end);
    if (!same) return false;
    this.lines.push(old);
    if (old.statement) this.statements.push(old.statement);
    for (const part of old.then ?? []) if (part.statement) this.statements.push(part.statement);
    for (let i = rec[o + 2]; i < rec[o + 3]; i++) this.problems.push(prev.problems[i]);
    for (let i = rec[o + 4]; i < rec[o + 5]; i++) this.suppressions.push(prev.suppressions[i]);
    this.setState(rec[o + 1]);
    return true;
  }

  private record(L: number, startState: number, problems: number, suppressions: number, start: number, end: number): void {
    const o = L * RECORD;
    if (o + RECORD > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    const r = this.records;
    r[o] = startState;
    r[o + 1] = this.state();
    r[o + 2] = problems;
    r[o + 3] = this.problems.length;
    r[o + 4] = suppressions;
    r[o + 5] = this.suppressions.length;
    r[o + 6] = start;
    r[o + 7] = end;
  }

  run(): void {
    const text = this.text;
    const n = text.length;
    let start = 0;
    let cr = text.indexOf('\r'); // the next CR at or after `start` (-1: none left)
    for (;;) {
      // The line ends at the first LF or CR (indexOf is far faster than a character loop).
      let i = text.indexOf('\n', start);
      if (i < 0) i = n;
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
      if (cr >= 0 && cr < i) i = cr;
      let eol: Line['eol'] = '';
      let next = i;
      if (i < n) {
        if (text.charCodeAt(i) === 13) {
          if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
            eol = '\r\n';
            next = i + 2;
            this.crlf++;
          } else {
            eol = '\r';
            next = i + 1;
            this.cr++;
          }
        } else {
          eol = '\n';
          next = i + 1;
          this.lf++;
        }
      }
      const L = this.lines.length;
      const startState = this.state();
      const problems = this.problems.length;
      const suppressions = this.suppressions.length;
      if (!this.reuseLine(start, i, eol, startState)) {
        // A tree that may be reused by later versions must not hold this version's text: see detach().
        const lineText = this.previous ? detach(text.slice(start, i)) : text.slice(start, i);
        try {
          this.parseLine(lineText, eol);
        } catch (error) {
          this.internalError(lineText, eol, error);
        }
      }
      this.record(L, startState, problems, suppressions, start, i);
      if (i >= n) break;
      start = next;
    }
  }

  /** Defensive: a bug in a statement parser must not take the editor down. The line becomes invalid. */
  private internalError(T: string, eol: Line['eol'], error: unknown): void {
    const L = this.L;
    while (this.lines.length > L) this.lines.pop();
    while (this.statements.length && this.statements[this.statements.length - 1].line >= L) this.statements.pop();
    const line: Line = { index: L, text: T, eol, indent: indentOf(T), block: this.block, invalid: true };
    this.lines.push(line);
    const message = `This line could not be read (internal error: ${clip(String(error), 80)}).`;
    this.problems.push({ rule: 'syntax-error', range: range(L, line.indent, trimEndIndex(T, line.indent, T.length)), message });
  }

  // ---------------------------------------------------------------------------------------
  // Lines

  private parseLine(T: string, eol: Line['eol']): void {
    const L = this.lines.length;
    this.T = T;
    this.line0 = T;
    this.L = L;
    this.syntaxError = false;
    this.bad = false;
    this.lineProblems = 0;
    this.meant = undefined;
    this.thenFrom = -1;
    const indent = indentOf(T);
    const line: Line = { index: L, text: T, eol, indent, block: this.block };
    this.lines.push(line);
    if (indent === T.length) return; // blank line

    const hash = findCommentStart(T);
    const contentEnd = trimEndIndex(T, indent, hash < 0 ? T.length : hash);
    this.E = contentEnd;
    this.lineEnd = contentEnd;
    if (hash >= 0) {
      const comment: Comment = { text: T.slice(hash + 1), range: range(L, hash, T.length) };
      line.comment = comment;
      this.parseSuppression(hash);
    }
    if (contentEnd <= indent) return; // comment-only line

    const problemsBefore = this.problems.length;
    const from = this.proseLead(this.listMarker(indent));
    if (from > indent) line.listMarker = T.slice(indent, trimEndIndex(T, indent, from)).replace(/\s+/g, ' ');
    const stmt = this.parseStatement(from);
    line.block = this.block;
    if (stmt && (!this.syntaxError || stmt.kind === 'reagent') && !this.bad) {
      line.statement = stmt;
      this.statements.push(stmt);
    }
    if (this.thenFrom >= 0) this.parseThen(line);
    if (this.syntaxError || !line.statement) {
      line.invalid = true;
      if (!line.statement && this.meant) line.meant = this.meant as StatementKind;
    }
    if (!line.statement && this.problems.length === problemsBefore && this.lineProblems === 0) {
      // Should not happen; never leave a dropped line unexplained.
      this.err(indent, contentEnd, 'This line could not be read.');
    }
  }

  /**
   * A list marker before the statement, as a numbered or bulleted procedure pastes it (`1) stir
   * 16 h`, `2. add stab`, `(a) add …`, `- stir …`, `• stir …`): reported once, with a safe fix that
   * removes it, and the line is read from its keyword. Where the statement starts (`start` when
   * there is no marker, or no keyword after it).
   */
  private listMarker(start: number): number {
    const T = this.T;
    const c = T.charCodeAt(start);
    // (Quick exit: a marker starts with a digit, a bracket, a letter before `.`/`)`, or a bullet.)
    if (!(isDigit(c) || c === 40 || c === 45 || c === 42 || c === 0x2022 || c === 0x00b7 || c === 0x2013 || c === 0x25e6 || c === 0x2023 || (isAsciiLetter(c) && (T.charCodeAt(start + 1) === 41 || T.charCodeAt(start + 1) === 46 || T.charCodeAt(start + 2) === 41 || T.charCodeAt(start + 3) === 41)))) return start;
    const m = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z][.)]|\([a-z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|[-*\u2022\u00b7\u2013\u25e6\u2023])[ \t]+/i.exec(T.slice(start, Math.min(this.E, start + 12)));
    if (!m) return start;
    const k = start + m[0].length;
    let e = k;
    while (e < this.E && isAsciiLetter(T.charCodeAt(e))) e++;
    if (e === k || !keywordAt(T, k, e) || !(e === this.E || isSpace(T.charCodeAt(e)) || T.charCodeAt(e) === 34 || T.charCodeAt(e) === 58 || T.charCodeAt(e) === 46)) return start;
    const marker = m[0].trim();
    this.noteErr(start, k, `\`${marker}\` numbers or bullets the line, as a list does: a statement starts with its keyword. Remove \`${marker}\`.`, { title: `Remove '${marker}'`, text: '' });
    return k;
  }

  /**
   * A sentence's lead-in before a statement that lets time pass, as a procedure is written out
   * (`allow to warm to rt`, `allow the mixture to warm to rt over 1 h`, `let it stir 16 h`):
   * reported once, with a safe fix that removes it, and the line is read from its keyword. Where
   * the statement starts (`start` when there is no such lead-in).
   */
  private proseLead(start: number): number {
    const T = this.T;
    const c = T.charCodeAt(start) | 0x20;
    if (c !== 97 && c !== 108) return start; // a, l
    const m = /^(?:allow(?:ed)?\s+(?:(?:the\s+)?(?:(?:reaction|resulting|crude)\s+)?(?:mixture|solution|suspension|reaction)\s+|it\s+)?to|let\s+(?:(?:the\s+)?(?:(?:reaction|resulting|crude)\s+)?(?:mixture|solution|suspension|reaction)|it))\s+/i.exec(T.slice(start, Math.min(this.E, start + 48)));
    if (!m) return start;
    const k = start + m[0].length;
    const kw = keywordAt(T, k, this.wordEnd(k));
    if (!kw || !TIME_PASSES_KEYWORDS.has(kw)) return start;
    const lead = T.slice(start, trimEndIndex(T, start, k)).replace(/\s+/g, ' ');
    this.noteErr(start, k, `'${lead}' is how a sentence says it: a statement starts with its keyword. Remove it: \`${this.show(k, this.E)}\`.`, { title: `Remove '${lead}'`, text: '' });
    return k;
  }

  /**
   * The second statement after `then` (`add acid, then stir 5 min`), reported by secondStatement:
   * kept as the line's `then` when it reads on its own, so that its time passes (or its reagents
   * go in) as the author meant, whether the first statement read or not. One that does not read
   * says nothing more: the line's one-statement-per-line error and its fix stand for it (the
   * line's `thenMeant` says what it was meant to be: a `stir` that did not read still lets time pass).
   */
  private parseThen(line: Line): void {
    const saved = { E: this.E, syntaxError: this.syntaxError, bad: this.bad, lineProblems: this.lineProblems, meant: this.meant };
    const parts: ThenPart[] = [];
    // (`add dz, ald then stir 30 min then add stab`: each statement after a `then` in turn.)
    while (this.thenFrom >= 0 && parts.length < MAX_PROBLEMS_PER_LINE) {
      const from = this.thenFrom;
      const addAt = this.thenAdd;
      this.thenFrom = -1;
      this.thenAdd = -1;
      this.thenProblem = -1;
      this.E = this.thenEnd;
      this.syntaxError = false;
      this.bad = false;
      this.meant = undefined;
      const before = this.problems.length;
      let stmt: Statement | undefined;
      try {
        stmt = addAt >= 0 ? this.parseThenAdd(addAt, from) : this.parseStatement(from);
      } catch {
        stmt = undefined;
      }
      // The next `then`'s own one-statement-per-line error stays (it is the line's); the others of
      // a statement that does not read are said by the error on its `then`, and its fix.
      const next = this.thenProblem >= before ? this.problems[this.thenProblem] : undefined;
      const clean = this.problems.length === before + (next ? 1 : 0);
      if (stmt && !this.syntaxError && !this.bad && clean) {
        parts.push({ statement: stmt });
        this.statements.push(stmt);
      } else parts.push(this.meant ? { meant: this.meant as StatementKind } : {});
      this.problems.length = before;
      if (next) this.problems.push(next);
    }
    if (parts.length) line.then = parts;
    this.thenFrom = -1;
    this.thenAdd = -1;
    this.E = saved.E;
    this.syntaxError = saved.syntaxError;
    this.bad = saved.bad;
    this.lineProblems = saved.lineProblems;
    this.meant = saved.meant;
  }

  /** `add boc, ket then acid`: the aliases after `then` (from `from`), read as an `add` of their own; `then` at `ks` stands for its keyword. */
  private parseThenAdd(ks: number, from: number): AddStmt | undefined {
    const ke = this.wordEnd(ks);
    this.meant = 'add';
    this.thenAddNow = ks;
    try {
      this.E = this.stepLineEnd(ks, ke);
    } finally {
      this.thenAddNow = -1;
    }
    return from < this.E ? this.parseAdd(ks, ke) : undefined;
  }

  private parseSuppression(hash: number): void {
    const T = this.T;
    const n = T.length;
    let p = skipSpaces(T, hash + 1, n);
    const w = wordEndOf(T, p, n);
    let kind: Suppression['kind'];
    if (equalsWord(T, p, w, 'rxn-disable-next-line')) kind = 'next-line';
    else if (equalsWord(T, p, w, 'rxn-disable')) kind = 'file';
    else return;
    const rules: Token[] = [];
    p = w;
    while (p < n) {
      const c = T.charCodeAt(p);
      if (isSpace(c) || c === 44) {
        p++;
        continue;
      }
      let e = p;
      while (e < n) {
        const d = T.charCodeAt(e);
        if (isSpace(d) || d === 44) break;
        e++;
      }
      if (e - p === 2 && T.charCodeAt(p) === 45 && T.charCodeAt(p + 1) === 45) break; // `--` reason
      rules.push(this.tok(p, e));
      p = e;
    }
    this.suppressions.push({ kind, line: this.L, rules });
  }

  private parseStatement(start: number): Statement | undefined {
    // A whole line typed in full width (`ｓｔｉｒ　１６　ｈ　ａｔ　ｒｔ`): one stretch, one fix.
    const c0 = this.T.charCodeAt(start);
    if (c0 >= 0xff01 && c0 <= 0xff5e) this.foldFullWidthLine(start);
    const T = this.T;
    const E = this.E;
    // The keyword: letters and hyphens followed by a space, a quote or the end.
    let k = start;
    while (k < E) {
      const c = T.charCodeAt(k);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45) k++;
      else break;
    }
    let kw: string | undefined;
    if (k > start && (k === E || isSpace(T.charCodeAt(k)) || T.charCodeAt(k) === 34)) {
      kw = keywordAt(T, start, k);
    } else if (k > start && T.charCodeAt(k) === 58 && keywordAt(T, start, k)) {
      // A colon after the keyword, as a notebook heads a field (`Scale: 2.0 mmol`, `target: mono`,
      // `workup:`): read as without it, with one syntax error whose safe fix removes it.
      kw = keywordAt(T, start, k)!;
      const after = k + 1 < E && T.charCodeAt(k + 1) !== 34 ? this.show(skipSpaces(T, k + 1, E), E) : '';
      this.noteErr(k, k + 1, `Write \`${T.slice(start, k)}\` without a colon after it${after ? `: \`${T.slice(start, k)} ${after}\`` : ''}.`, { title: 'Remove the colon', text: k + 1 === E || isSpace(T.charCodeAt(k + 1)) ? '' : ' ' });
      this.T = T.slice(0, k) + ' ' + T.slice(k + 1);
    } else if (k > start && k + 1 === E && T.charCodeAt(k) === 46) {
      // A statement that is its keyword alone, ended as a sentence (`concentrate.`, `reflux.`).
      kw = keywordAt(T, start, k);
      if (kw && !(ASIDE_STATEMENTS.has(kw) || kw === 'concentrate' || kw === 'filter')) kw = undefined;
    }
    if (!kw && this.block === 'workup') {
      // `separate layers`, `separate the phases`, `phase separation`: the act that ends every
      // extraction and wash (or the partition of the quenched pot between the reaction solvent and
      // water). It adds nothing and removes nothing the rules follow: read as a note on it.
      const sep = SEPARATE_LAYERS.exec(T.slice(start, E));
      if (sep) {
        const ke = start + (sep[1] ?? sep[2]).length;
        return { kind: 'note', line: this.L, keyword: this.tok(start, ke), range: this.stmtRange(start), text: this.tok(start, trimEndIndex(T, start, E)) };
      }
    }
    if (!kw) {
      this.unknownStatement(start);
      return undefined;
    }
    this.meant = kw;
    const ks = start;
    const ke = k;
    if (kw !== 'note' && kw !== 'protocol' && kw !== 'step') {
      this.foldFullWidth(ke);
      this.foldAmountLookalikes(ke);
    }
    // (The keyword in backquotes, for messages, is only built on the error paths below.)
    if (HEADER_SET.has(kw)) {
      if (this.seenStep || this.seenWorkup) {
        // A second `protocol` after the steps is most often a second reaction pasted below the
        // first (the next well of a plate): say that a file holds one run.
        const another = kw === 'protocol' ? ' A `.rxn` file describes one run: write another reaction (the next well of a plate) in a file of its own.' : '';
        this.err(ks, ke, `${code(kw)} is a header line: it must come before ${this.seenStep ? 'the first step' : '`workup`'}.${another}`);
        return undefined;
      }
      switch (kw) {
        case 'protocol':
          return this.parseProtocol(ks, ke);
        case 'target':
          return this.parseTarget(ks, ke);
        case 'scale':
          this.E = this.withoutFullStop(ke, this.extraFullStops(ke));
          return this.parseScale(ks, ke);
        default:
          return this.parseMode(ks, ke);
      }
    }
    switch (kw) {
      case 'reagent':
        if (this.seenWorkup) {
          this.err(ks, ke, 'Reagents must be declared before the work-up: move this line above `workup`.');
          return undefined;
        }
        // A sentence-ending period (`… 1.2 equiv, 222 µL.`) is read past, as on the step lines.
        this.E = this.withoutFullStop(ke, this.extraFullStops(ke));
        return this.parseReagent(ks, ke);
      case 'solvent':
        if (this.block === 'workup') {
          this.err(ks, ke, '`solvent` sets the reaction solvent: write it at the top or inside a step, not in the work-up.');
          return undefined;
        }
        // A sentence-ending period (`solvent DCE 10 mL.`) is read past, as on the step lines.
        // So is a `;` or `,` (`solvent DCE 10 mL;`), reported.
        this.E = this.withoutSeparatorAtEnd(ke);
        this.E = this.withoutFullStop(ke, this.extraFullStops(ke));
        return this.parseSolvent(ks, ke);
      case 'step':
        if (this.seenWorkup) {
          this.err(ks, ke, 'A `step` cannot follow the work-up: the work-up comes after all steps.');
          return undefined;
        }
        this.seenStep = true;
        this.block = 'step';
        return this.parseStep(ks, ke);
      case 'workup':
        if (this.seenWorkup) {
          this.err(ks, ke, 'There is already a `workup` block: a protocol has only one.');
          return undefined;
        }
        this.seenWorkup = true;
        this.block = 'workup';
        return this.parseWorkup(ks, ke);
      case 'note':
        return this.parseNote(ks, ke);
    }
    if (STEP_ONLY.has(kw) && this.block !== 'step') {
      this.err(
        ks,
        ke,
        this.block !== 'workup'
          ? `${code(kw)} belongs inside a step: start one with a \`step\` line above it.`
          : kw === 'stir' || kw === 'wait'
            ? // Stirring the quenched mixture is part of the work-up; the language has no statement for it.
              `${code(kw)} is a reaction statement and cannot appear in the work-up: if it belongs to the reaction, move it into a step above \`workup\`; if it is part of the work-up (stirring the quenched mixture), write it as a note, e.g. \`note "${kw === 'stir' ? 'stir' : 'wait'} 30 min"\`.`
            : `${code(kw)} is a reaction statement and cannot appear in the work-up: move it into a step above \`workup\`.`,
      );
      return undefined;
    }
    if (WORKUP_ONLY.has(kw) && this.block !== 'workup') {
      this.err(ks, ke, `${code(kw)} is a work-up statement: write it after a \`workup\` line.`);
      return undefined;
    }
    if ((kw === 'filter' || kw === 'concentrate') && this.block === 'header') {
      this.err(ks, ke, `${code(kw)} belongs inside a step or the work-up.`);
      return undefined;
    }
    // What a procedure adds in passing — `(ice bath)`, `(16 h)`, `(10% MeOH/DCM)` at the end,
    // `under N2` — is read past, as a comment is.
    if (ASIDE_STATEMENTS.has(kw)) this.E = this.stepLineEnd(ks, ke);
    switch (kw) {
      case 'add':
        return this.parseAdd(ks, ke);
      case 'stir':
        return this.parseStir(ks, ke);
      case 'wait':
        return this.parseWait(ks, ke);
      case 'heat':
        return this.parseHeat(ks, ke);
      case 'cool':
        return this.parseCool(ks, ke);
      case 'reflux':
        return this.parseReflux(ks, ke);
      case 'monitor':
        return this.parseMonitor(ks, ke);
      case 'concentrate':
      case 'filter':
        // Trailing free text (`filter through celite`, `concentrate in vacuo`) is accepted.
        return { kind: kw, line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks) };
      case 'isolate':
        return this.parseNamed(ks, ke, 'isolate', 'what is isolated, e.g. `isolate imine`');
      case 'extract':
        return this.parseExtract(ks, ke);
      case 'purify':
        return this.parsePurify(ks, ke);
      case 'quench':
        return this.parseNamed(ks, ke, 'quench', 'what the reaction is quenched with, e.g. `quench sat. NaHCO3`');
      case 'basify':
        return this.parseNamed(ks, ke, 'basify', 'the base, e.g. `basify 1 M NaOH`');
      case 'acidify':
        return this.parseNamed(ks, ke, 'acidify', 'the acid, e.g. `acidify 1 M HCl`');
      case 'wash':
        return this.parseNamed(ks, ke, 'wash', 'what the organic layer is washed with, e.g. `wash brine`');
      case 'dry':
        return this.parseNamed(ks, ke, 'dry', 'the drying agent, e.g. `dry Na2SO4`');
      case 'crystallize':
        return this.parseNamed(ks, ke, 'crystallize', 'the solvent, e.g. `crystallize EtOH`');
      case 'salt':
        return this.parseNamed(ks, ke, 'salt', 'the acid of the salt, e.g. `salt HCl`');
    }
    this.err(ks, ke, `\`${kw}\` is not supported here.`);
    return undefined;
  }

  private unknownStatement(start: number): void {
    const T = this.T;
    const end = wordEndOf(T, start, this.E);
    const word = T.slice(start, end);
    const allowed = keywordsForBlock(this.block);
    const where = this.block === 'header' ? 'before the first step' : this.block === 'step' ? 'in a step' : 'in the work-up';
    // A keyword with a lookalike or invisible character in it (pasted from a chat or a PDF)
    // looks right: say which character it is.
    const plain = asciiLookalike(word);
    const hidden = plain === undefined ? '' : hiddenCharacters(word);
    const said = hidden ? `'${clip(word)}' (${hidden})` : `'${word}'`;
    const near = closest(plain ?? word, allowed);
    if (near.length === 1) {
      this.meant = near[0];
      const replacement: { title: string; text: string; unsafe?: boolean } = { title: `Change to '${near[0]}'`, text: near[0] };
      if (!this.readsWith(start, end, near[0])) replacement.unsafe = true;
      this.err(start, end, `Unknown statement ${said}: did you mean '${near[0]}'?`, replacement);
      // A misspelled `step`/`workup` still opens its block, so the lines under it keep their
      // meaning: the typo does not cascade, and fixing it does not turn other lines into errors.
      if (near[0] === 'step' && !this.seenWorkup) {
        this.seenStep = true;
        this.block = 'step';
      } else if (near[0] === 'workup' && !this.seenWorkup) {
        this.seenWorkup = true;
        this.block = 'workup';
      }
    } else if (near.length > 1) {
      this.err(start, end, `Unknown statement ${said}: did you mean ${near.map((w) => `'${w}'`).join(' or ')}?`);
    } else {
      this.err(start, end, `Unknown statement ${hidden ? said : `'${clip(word)}'`}. Allowed ${where}: ${allowed.join(', ')}.`);
    }
  }

  /**
   * A number or unit with a lookalike character in it (`１.0 equiv` with a full-width digit,
   * `1·0`, `equіv` with a Cyrillic і, `mmoⅼ` with U+217C), pasted from a chat or a PDF: it
   * looks right and does not read. Each such word (outside quotes) is reported once, naming
   * the character, with a safe fix to its ASCII; the line is read as with the fix.
   */
  private foldAmountLookalikes(from: number): void {
    const E = this.E;
    let T = this.T;
    let i = from;
    while (i < E && T.charCodeAt(i) < 128) i++;
    if (i >= E) return;
    let quoted = false;
    // A number that was not what it looked like, not yet reported: its unit may follow, also
    // not what it looks like (`１．２ ｅｑｕｉｖ`), and the whole amount is then one diagnostic.
    let pending: { s: number; e: number } | undefined;
    const report = (s: number, e: number) => {
      const word = this.T.slice(s, e);
      const a = asciiAmount(word);
      if (a) this.noteErr(s, e, `'${clip(word)}' is not what it looks like: ${a.why}. Write \`${a.text}\`.`, { title: `Change to '${a.text}'`, text: a.text });
    };
    // (A word of an amount ends at a space, a quote, a comma, a bracket or a semicolon.)
    const breaks = (c: number) => isSpace(c) || c === 34 || c === 44 || c === 40 || c === 41 || c === 59;
    for (i = from; i < E; ) {
      const c = T.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      if (quoted || breaks(c)) {
        if (pending && !isSpace(c)) {
          report(pending.s, pending.e);
          pending = undefined;
        }
        i++;
        continue;
      }
      let e = i;
      while (e < E && !breaks(T.charCodeAt(e))) e++;
      const word = T.slice(i, e);
      const a = asciiAmount(word);
      const m = a && /^([-+]?(?:\d+(?:\.\d+)?|\.\d+))?\.?([A-Za-z%µμ°º℃]*)\.?$/.exec(a.text);
      const changed = !!(a && m && (m[1] || m[2]) && (!m[2] || lookupUnit(m[2]) || lookupUnit(m[2].toLowerCase())));
      if (pending) {
        // (The number and its unit, each not what it looks like: one diagnostic for the amount.)
        const unitOfPending = changed && !m![1];
        report(pending.s, unitOfPending ? e : pending.e);
        pending = undefined;
        if (unitOfPending) {
          T = T.slice(0, i) + a!.text + T.slice(e);
          i = e;
          continue;
        }
      }
      if (a && changed && m) {
        if (m[1] && !m[2]) pending = { s: i, e };
        else report(i, e);
        T = T.slice(0, i) + a.text + T.slice(e);
      }
      i = e;
    }
    if (pending) report(pending.s, pending.e);
    this.T = T;
  }

  /**
   * Full-width characters, as an input method in full-width mode types them: in a name or an
   * alias (`reagent stab = ＳＴＡＢ`, `add ａｃｉｄ`, `add ｂｏｃ，ｋｅｔ`) they look right and are not
   * found, in an amount (`１．２　ｅｑｕｉｖ`) not read. Each stretch of them (words apart by one
   * space are one stretch: a whole amount, a whole alias list) is reported once with a safe
   * fix to its ASCII, and the line is read as with it.
   */
  private foldFullWidth(from: number): void {
    const E = this.E;
    let T = this.T;
    let i = from;
    while (i < E && T.charCodeAt(i) < 0xff01 && T.charCodeAt(i) !== 0x3001 && T.charCodeAt(i) !== 0x3002) i++;
    if (i >= E) return;
    // (And the ideographic full stop and comma, `。`, `、`, that such an input method types.)
    const wide = (c: number) => (c >= 0xff01 && c <= 0xff5e) || c === 0x3001 || c === 0x3002;
    let quoted = false;
    // The stretch being gathered: from its first full-width character to its last, and how many
    // runs of spaces lie since that last one (two or more: a word between, not a stretch).
    let s = -1;
    let e = -1;
    let gaps = 0;
    let inSpace = false;
    // (The stretch takes in the rest of its first and last words: `１.0` is said whole.)
    const breaks = (c: number) => isSpace(c) || c === 34 || c === 44 || c === 40 || c === 41 || c === 59;
    const report = () => {
      while (s > from && !breaks(T.charCodeAt(s - 1))) s--;
      while (e < E && !breaks(T.charCodeAt(e))) e++;
      const a = asciiFullWidth(T.slice(s, e));
      if (a) {
        this.noteErr(s, e, `'${clip(T.slice(s, e))}' is not what it looks like: ${a.why}. Write \`${clip(a.text)}\`.`, { title: `Change to '${clip(a.text)}'`, text: a.text });
        T = T.slice(0, s) + a.text + T.slice(e);
      }
      s = -1;
    };
    for (i = from; i < E; i++) {
      const c = T.charCodeAt(i);
      if (c === 34) {
        if (s >= 0) report();
        quoted = !quoted;
        continue;
      }
      if (quoted) continue;
      if (isSpace(c)) {
        if (!inSpace) gaps++;
        inSpace = true;
        continue;
      }
      inSpace = false;
      if (!wide(c)) continue;
      if (s >= 0 && gaps > 1) report();
      if (s < 0) s = i;
      e = i + 1;
      gaps = 0;
    }
    if (s >= 0) report();
    this.T = T;
  }

  /**
   * A statement typed whole with an input method in full-width mode (`ｓｔｉｒ　１６　ｈ　ａｔ　ｒｔ`,
   * `ａｄｄ　ｂｏｃ，　ｋｅｔ`): its keyword and what follows it one space apart are one stretch,
   * reported once by foldFullWidth with one safe fix to the ASCII, and the line is read as with it.
   * (A keyword alone in full width keeps its unknown-statement message and fix; the text of a
   * `note`, `protocol` or `step` is left alone.)
   */
  private foldFullWidthLine(start: number): void {
    const T = this.T;
    const E = this.E;
    let k = start;
    while (k < E && !isSpace(T.charCodeAt(k))) k++;
    const a = asciiFullWidth(T.slice(start, k));
    const kw = a && keywordAt(a.text, 0, a.text.length);
    if (!kw || kw === 'note' || kw === 'protocol' || kw === 'step') return;
    let n = k;
    while (n < E && isSpace(T.charCodeAt(n))) n++;
    const c = T.charCodeAt(n);
    if (n >= E || !((c >= 0xff01 && c <= 0xff5e) || c === 0x3001 || c === 0x3002)) return;
    this.foldFullWidth(start);
  }

  /**
   * Would the current line read with T[start, end) replaced by `word` (in the block it is in)?
   * Decides whether a misspelled keyword's fix is safe: `warm to rt` → `wait to rt` is not.
   */
  private readsWith(start: number, end: number, word: string): boolean {
    const fixed = this.T.slice(0, start) + word + this.T.slice(end);
    const before = this.block === 'step' ? 'step\n' : this.block === 'workup' ? 'workup\n' : '';
    const doc = parse(before + fixed, { stripBom: false });
    const line = doc.lines.length - 1;
    // A bad quantity on the line (`stri 2 hrz`) is a problem of its own, reported either way.
    return !doc.problems.some((p) => p.rule === 'syntax-error' && p.range.start.line === line);
  }

  /** A syntax error on a word that should be one of `candidates`: suggests the closest one (with a replacement when unique). */
  private errWord(start: number, end: number, message: string, candidates: readonly string[]): void {
    const near = closest(this.T.slice(start, end), candidates);
    if (near.length === 1) {
      // Safe only if the corrected line then reads (`add stab dropwse portionwise` → `dropwise`
      // still gives the manner twice), as for a misspelled keyword.
      const replacement: { title: string; text: string; unsafe?: boolean } = { title: `Change to '${near[0]}'`, text: near[0] };
      if (!this.readsWith(start, end, near[0])) replacement.unsafe = true;
      this.err(start, end, `${message} Did you mean '${near[0]}'?`, replacement);
    } else this.err(start, end, message);
  }


  // ---------------------------------------------------------------------------------------
  // Small helpers

  private tok(start: number, end: number): Token {
    return { text: this.T.slice(start, end), range: range(this.L, start, end) };
  }

  /** A statement's range: to the end of the line's content, an aside read past included (so formatting keeps it). */
  private stmtRange(ks: number): Range {
    return range(this.L, ks, Math.max(this.E, this.lineEnd));
  }

  private err(start: number, end: number, message: string, replacement?: ParseProblem['replacement']): void {
    this.syntaxError = true;
    if (++this.lineProblems > MAX_PROBLEMS_PER_LINE) return;
    const p: ParseProblem = { rule: 'syntax-error', range: range(this.L, start, end), message };
    if (replacement) p.replacement = replacement;
    this.problems.push(p);
  }

  /** A syntax error on a line that still reads as its statement (the line is not marked invalid). */
  private noteErr(start: number, end: number, message: string, replacement?: ParseProblem['replacement']): void {
    if (++this.lineProblems > MAX_PROBLEMS_PER_LINE) return;
    const p: ParseProblem = { rule: 'syntax-error', range: range(this.L, start, end), message, lineReads: true };
    if (replacement) p.replacement = replacement;
    this.problems.push(p);
  }

  private qerr(start: number, end: number, message: string, replacement?: ParseProblem['replacement']): void {
    if (++this.lineProblems > MAX_PROBLEMS_PER_LINE) return;
    const p: ParseProblem = { rule: 'invalid-quantity', range: range(this.L, start, end), message };
    if (replacement) p.replacement = replacement;
    this.problems.push(p);
  }

  private ws(p: number): number {
    return skipSpaces(this.T, p, this.E);
  }

  private wordEnd(p: number): number {
    return wordEndOf(this.T, p, this.E);
  }

  /** End of a word that also stops at a comma. */
  private wordEndNoComma(p: number): number {
    const T = this.T;
    const E = this.E;
    while (p < E) {
      const c = T.charCodeAt(p);
      // (A semicolon separates amounts as a comma does: `(0.551 g; 1.1 equiv)`.)
      if (isSpace(c) || c === 44 || c === 59) break;
      p++;
    }
    return p;
  }

  private is(s: number, e: number, word: string): boolean {
    return equalsWord(this.T, s, e, word);
  }

  private isAttribute(s: number, e: number): boolean {
    const n = e - s;
    if (n < 2 || n > 8) return false;
    const T = this.T;
    return (
      equalsWord(T, s, e, 'role') ||
      equalsWord(T, s, e, 'smiles') ||
      equalsWord(T, s, e, 'mw') ||
      equalsWord(T, s, e, 'density') ||
      equalsWord(T, s, e, 'limiting')
    );
  }

  private lower(s: number, e: number): string {
    return e - s > 40 ? '' : this.T.slice(s, e).toLowerCase();
  }

  private show(s: number, e: number): string {
    return clip(this.T.slice(s, e));
  }

  /** Reports anything left on the line; true when the line is finished. */
  private expectEnd(p: number, after: string): boolean {
    p = this.ws(p);
    if (p >= this.E) return true;
    const e = this.wordEnd(p);
    this.err(p, e, `Unexpected '${this.show(p, e)}' after ${after}.`);
    return false;
  }

  /** A double-quoted string at p (T[p] is `"`): the inner token and the index after the closing quote. */
  private quoted(p: number): { token: Token; next: number } | undefined {
    const close = this.T.indexOf('"', p + 1);
    if (close < 0 || close >= this.E) {
      this.err(p, this.E, 'This string has no closing `"`.');
      return undefined;
    }
    return { token: this.tok(p + 1, close), next: close + 1 };
  }

  /** A quoted string or the rest of the line (trimmed) at p; undefined (no error) when empty. */
  private textArg(p: number, after: string): Token | undefined | null {
    p = this.ws(p);
    if (p >= this.E) return undefined;
    if (this.T.charCodeAt(p) === 34) {
      const q = this.quoted(p);
      if (!q) return null;
      if (!this.expectEnd(q.next, `the closing quote of ${after}`)) return null;
      return q.token;
    }
    return this.tok(p, this.E);
  }

  // ---------------------------------------------------------------------------------------
  // Units and quantities

  /** Is the word [s, e) a unit or something that looks like a misspelled unit? */
  private looksLikeUnit(s: number, e: number): boolean {
    if (e - s > 12 || e <= s) return false;
    const w = this.T.slice(s, e);
    if (lookupUnit(w)) return true;
    const low = w.toLowerCase();
    for (let i = 0; i < low.length; i++) {
      const c = low.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || c === 0xb5 || c === 0x3bc || c === 0xb0 || c === 0xba || c === 37 || c === 46)) return false;
    }
    // One letter: a unit in the wrong case (`0.2 m` for M) still reads as a unit, to be reported.
    if (low.length < 2) return caseSlipUnit(w) !== undefined;
    return this.closestUnit(low) !== undefined;
  }

  /**
   * `3.0. equiv`, `2. h`: when T[s, e) after a number is only dots and the next word is a
   * unit that `accept`s, that word's span (the dots are a slip, reported by strayDotsErr).
   */
  private unitAfterStrayDots(s: number, e: number, accept: (d: UnitDef) => boolean): { s: number; e: number } | undefined {
    if (!isDotsOnly(this.T, s, e)) return undefined;
    const n2 = this.ws(e);
    const e2 = this.wordEndNoComma(n2);
    if (n2 <= e || e2 <= n2) return undefined;
    const def = lookupUnit(this.T.slice(n2, e2));
    return def && accept(def) ? { s: n2, e: e2 } : undefined;
  }

  private strayDotsErr(s: number, e: number, num: NumberToken): void {
    const dots = this.T.slice(s, e);
    this.qerr(s, e, `A stray '${dots}' follows the number ${this.T.slice(num.start, num.end)}: remove it.`, { title: `Remove the '${dots}'`, text: '' });
  }

  /** The unit an unknown one was meant to be: one letter in the wrong case (`0.2 m` is M), else the closest spelling. */
  private guessUnit(unitText: string): UnitDef | undefined {
    return caseSlipUnit(unitText) ?? this.closestUnit(unitText);
  }

  /**
   * The fix for a misspelled unit (`5 mgs` → `mg`, `15 mls` → `mL`): offered when the guess is
   * the only unit one edit away (a case slip, `0.2 m`, has one reading) and of the kind the place
   * takes. Safe: only the unit changes, to one the quantity reads with, and the line is read the
   * same way around it (so it is not re-parsed to check, which a line of thousands of misspelled
   * units could not afford).
   */
  private unitReplacement(s: number, e: number, guess: UnitDef): ParseProblem['replacement'] {
    if (this.lineProblems >= MAX_PROBLEMS_PER_LINE) return undefined;
    const low = this.T.slice(s, e).toLowerCase();
    if (!caseSlipUnit(this.T.slice(s, e))) {
      const units = new Set(FUZZY_UNITS.filter((u) => editDistance(low, u, 1) <= 1).map((u) => lookupUnit(u)!.unit));
      if (units.size !== 1) return undefined;
    }
    return { title: `Change to '${guess.unit}'`, text: guess.unit };
  }

  /** The unit one edit away from a misspelled one (for the message and the kind), memoised. */
  private closestUnit(w: string): UnitDef | undefined {
    if (w.length > 12) return undefined;
    const low = w.toLowerCase();
    const cached = CLOSEST_UNIT.get(low);
    if (cached !== undefined) return cached ?? undefined;
    let best: string | undefined;
    for (const u of FUZZY_UNITS) {
      if (editDistance(low, u, 1) <= 1) {
        best = u;
        break;
      }
    }
    const def = best ? lookupUnit(best) : undefined;
    if (CLOSEST_UNIT.size > 1000) CLOSEST_UNIT.clear();
    CLOSEST_UNIT.set(low, def ?? null);
    return def;
  }

  /**
   * The end of a step statement without what a procedure adds in passing: a bracketed aside
   * at the end (`cool to 0 °C (ice bath)`, `monitor TLC (10% MeOH/DCM)`), and an inert
   * atmosphere (`stir 16 h at rt under N2`, `under argon`), in any order. Not before `from`:
   * the keyword stays.
   */
  private withoutAsides(from: number, e = this.E): number {
    const T = this.T;
    for (;;) {
      if (T.charCodeAt(e - 1) === 41) {
        // The matching `(`, after a space (not `Ti(OiPr)4`'s).
        let depth = 0;
        let i = e - 1;
        for (; i > from; i--) {
          const c = T.charCodeAt(i);
          if (c === 41) depth++;
          else if (c === 40 && --depth === 0) break;
        }
        // Not an aside when it says what the statement needs: a temperature (`stir 2 h (80 °C)`
        // must not lose its 80 °C), or a time the line does not give otherwise (`stir (30 min)`).
        if (i > from && depth === 0 && isSpace(T.charCodeAt(i - 1)) && this.isAside(from, i, e)) {
          e = trimEndIndex(T, from, i);
          continue;
        }
      }
      // (Only a line with `under` in it is searched: this runs on every step line.)
      const u = Math.max(T.lastIndexOf('nder', e), T.lastIndexOf('NDER', e));
      const m = u > from ? INERT_ATMOSPHERE.exec(T.slice(from, e)) : null;
      if (m) {
        e = trimEndIndex(T, from, from + m.index);
        continue;
      }
      // A limit the pot is kept under, as a clause after a comma (`add stab in 4 portions over 1 h,
      // keeping T < 25 °C`, `, maintaining the temperature below 30 °C`): the same control as the
      // bracketed `(T < 25 °C)`, read past as an aside.
      const comma = T.lastIndexOf(',', e);
      if (comma > from) {
        const clause = T.slice(comma + 1, e);
        if (KEEPING_CLAUSE.test(clause) && ASIDE_TEMPERATURE_LIMIT.test(clause)) {
          e = trimEndIndex(T, from, comma);
          continue;
        }
      }
      // A cooling bath, as an aside in words (`stir 2 h in an ice bath`, `add stab on ice`).
      const b = Math.max(T.lastIndexOf('ath', e), T.lastIndexOf('ATH', e), T.lastIndexOf('ice', e), T.lastIndexOf('ICE', e));
      const bath = b > from ? COOLING_BATH.exec(T.slice(from, e)) : null;
      if (bath) {
        e = trimEndIndex(T, from, from + bath.index);
        continue;
      }
      return e;
    }
  }

  /**
   * The end of the statement without one period that ends it as a sentence ends (`stir
   * overnight.`): attached to the last word, not a second one (`rt..`), not after a space, and
   * not the period of an abbreviation that reads with it (`r.t.`, `o.n.`, `room temp.`).
   */
  private withoutFullStop(from: number, e = this.E): number {
    const T = this.T;
    if (e - 1 < from || T.charCodeAt(e - 1) !== 46) return e;
    const c = T.charCodeAt(e - 2);
    if (c === 46 || isSpace(c)) return e;
    let s = e - 1;
    while (s > from && !isSpace(T.charCodeAt(s - 1))) s--;
    return hasOwn(DOTTED_WORDS, this.lower(s, e)) ? e : e - 1;
  }

  /**
   * A `;` or `,` that ends the line (`stir 16 h at rt;`, `add stab portionwise,`, `solvent DCE
   * 10 mL;`), as a sentence of a procedure is cut at a clause: reported once, with a safe fix
   * that removes it; the end of the statement before it (the line reads as without it).
   */
  private withoutSeparatorAtEnd(from: number, e = this.E): number {
    const T = this.T;
    const c = T.charCodeAt(e - 1);
    if (e - 1 <= from || (c !== 59 && c !== 44)) return e;
    const t = trimEndIndex(T, from, e - 1);
    if (t <= from) return e;
    this.noteErr(e - 1, e, `The line ends with '${T[e - 1]}': a statement ends with its line. Remove it.`, { title: `Remove '${T[e - 1]}'`, text: '' });
    return t;
  }

  /**
   * A `then` that ends the line (`stir 2 h at rt, then`, `add stab, then`), as a sentence runs
   * on to the next line in a notebook: it says only that the next line comes next. The end of
   * the statement before it (and before its comma).
   */
  private withoutThen(from: number, e = this.E): number {
    const T = this.T;
    if (e - 4 <= from || !this.is(e - 4, e, 'then') || (!isSpace(T.charCodeAt(e - 5)) && T.charCodeAt(e - 5) !== 44)) return e;
    let t = trimEndIndex(T, from, e - 4);
    if (t > from && T.charCodeAt(t - 1) === 44) t = trimEndIndex(T, from, t - 1);
    return t > from ? t : e;
  }

  /**
   * The end of a step statement (keyword at [ks, ke)) without what it carries in passing: a second
   * statement after `then`, a `;` or `,` ending it, a sentence's period, a `then` ending it, asides.
   */
  private stepLineEnd(ks: number, ke: number): number {
    // A second statement after `, then` (`add acid, then stir 5 min`): the line reads as its first.
    this.E = this.secondStatement(ks, ke);
    // A `;` or `,` that ends the line (`stir 16 h at rt;`), left from a sentence cut in two.
    this.E = this.withoutSeparatorAtEnd(ke);
    // A sentence-ending period (`stir 16 h at rt.`) is read past as well; the formatter keeps it.
    // A `then` that ends the line (`stir 2 h at rt, then`) too.
    this.E = this.withoutFullStop(ke, this.extraFullStops(ke));
    return this.withoutAsides(ke, this.withoutThen(ke));
  }

  /**
   * The first `then` after `from` (before E) that starts another statement: `[, ]then` spans
   * [m, n), and `add` says that what follows is aliases (`add boc, ket then acid`, after an `add`
   * only: another addition), not a statement's keyword.
   */
  private thenAt(from: number, kw: string): { m: number; n: number; add: boolean } | undefined {
    const T = this.T;
    const E = this.E;
    // (An arrow, as an ELN entry chains the steps: `add stab → stir 16 h`, `-> stir`; only before a keyword.)
    // (And `and` or a comma before a keyword, as a sentence joins two: `warm to rt and stir 16 h`, `warm to rt, stir 16 h`;
    // a `;` or a sentence's period: `stir 16 h at rt; monitor LCMS`, `stir 16 h at rt. Monitor LCMS`.)
    // (Most lines join nothing: a scan for what every alternative needs spares them the regex.)
    if (!mayJoinStatements(T, from)) return undefined;
    const re = /(\s*[,;]\s*|\s+|\.\s+)then\s+|\s*(?:→|->|⟶)\s*|\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*|\.\s+/gi;
    re.lastIndex = from;
    for (let m = re.exec(T); m && m.index < E; m = re.exec(T)) {
      const n = m.index + m[0].length;
      const we = this.wordEnd(n);
      const k = keywordAt(T, n, we);
      // (A sentence's period stays with the first statement, which reads past it: `at r.t. monitor` keeps `r.t.`.)
      const at = m[0].charCodeAt(0) === 46 ? m.index + 1 : m.index;
      if (k && (STEP_KEYWORDS as readonly string[]).includes(k)) return { m: at, n, add: false };
      if (kw !== 'add' || k || !/then/i.test(m[0])) continue;
      let ae = n;
      while (ae < E && !isSpace(T.charCodeAt(ae)) && T.charCodeAt(ae) !== 44) ae++;
      if (isAlias(T, n, ae) && !ADD_WORDS.has(this.lower(n, ae)) && !/^(?:over|slowly|carefully|cautiously|gradually|to|until)$/i.test(T.slice(n, ae))) return { m: at, n, add: true };
    }
    return undefined;
  }

  /**
   * A second statement joined to the first by `then` (`add acid, then stir 5 min`, `stir 2 h at
   * rt, then add stab`), as a sentence runs on: one statement per line. Reported once on the
   * `, then`, with a fix that splits the line there (keeping the indent), safe when both lines
   * then read. The end of the first statement (the line is read as it), or E when there is none.
   */
  private secondStatement(ks: number, from: number): number {
    const T = this.T;
    const E = this.E;
    const kw = this.thenAddNow === ks ? 'add' : keywordAt(T, ks, from) ?? '';
    const at = this.thenAt(from, kw);
    if (!at) return E;
    const { m, n, add } = at;
    const end = trimEndIndex(T, from, m);
    if (end <= from) return E;
    // (What follows up to the next `then`, if any, is the second statement: `stir 30 min` of
    // `add dz, ald then stir 30 min then add stab`.)
    const after = this.thenAt(n, add ? 'add' : keywordAt(T, n, this.wordEnd(n)) ?? '');
    const secondEnd = after ? trimEndIndex(T, n, after.m) : E;
    const indent = T.slice(0, indentOf(T));
    const first = this.thenAddNow === ks ? 'add ' + T.slice(this.ws(from), end) : T.slice(ks, end);
    const second = (add ? 'add ' : '') + T.slice(n, secondEnd);
    this.thenFrom = n;
    this.thenEnd = E;
    this.thenAdd = add ? m + T.slice(m, n).search(/then/i) : -1;
    const doc = parse(`step\n${indent}${first}\n${indent}${second}\n`, { stripBom: false });
    const broken = (l: number) => doc.problems.some((p) => p.rule === 'syntax-error' && p.range.start.line === l);
    const firstBroken = broken(1);
    const secondBroken = broken(2);
    const replacement: { title: string; text: string; unsafe?: boolean } = { title: `Put \`${clip(second)}\` on a line of its own`, text: `\n${indent}${add ? 'add ' : ''}` };
    if (firstBroken || secondBroken) replacement.unsafe = true;
    const before = this.problems.length;
    this.noteErr(
      m,
      n,
      `One statement per line: put \`${clip(second)}\` on a line of its own, after \`${clip(first)}\`.`,
      // (No fix when neither half would read: it would turn one broken line into two.)
      firstBroken && secondBroken ? undefined : replacement,
    );
    if (this.problems.length > before) this.thenProblem = before;
    return end;
  }

  /**
   * Two or more periods attached to the last word (`wait 30 mins..`, `stir 16 h at rt...`): one
   * slip, reported once with a safe fix that leaves one period; the end of the statement with
   * only the first of them (which withoutFullStop may then read as a sentence's).
   */
  private extraFullStops(from: number): number {
    const T = this.T;
    const e = this.E;
    let s = e;
    while (s > from && T.charCodeAt(s - 1) === 46) s--;
    if (e - s < 2 || s === from || isSpace(T.charCodeAt(s - 1))) return e;
    const extra = e - s - 1;
    this.noteErr(
      s + 1,
      e,
      `The line ends with ${e - s} periods: one may end it as a sentence; remove the other${extra > 1 ? 's' : ''}.`,
      { title: extra > 1 ? 'Remove the extra periods' : 'Remove the extra period', text: '' },
    );
    return s + 1;
  }

  /**
   * The end of a bracketed aside that opens at `open` in mid-line (`stir overnight (16 h) at rt`),
   * by the rules of withoutAsides; -1 when T[open] opens no such bracket.
   */
  private asideAt(from: number, open: number): number {
    const T = this.T;
    if (T.charCodeAt(open) !== 40 || !isSpace(T.charCodeAt(open - 1))) return -1;
    let depth = 0;
    for (let i = open; i < this.E; i++) {
      const c = T.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) return this.isAside(from, open, i + 1) ? i + 1 : -1;
    }
    return -1;
  }

  /** Whether the bracket T[open, end) of a statement starting at `from` is an aside (see withoutAsides). */
  private isAside(from: number, open: number, end: number): boolean {
    const inner = this.T.slice(open + 1, end - 1);
    // (A temperature is what the statement needs, unless it says what the room temperature just
    // written was: `at rt (20 °C)`, `at room temperature (~22 °C)`, in °C between 15 and 30.)
    if (ASIDE_TEMPERATURE.test(inner)) {
      // A limit the pot is kept under while it goes in (`(T < 25 °C)`, `(keep below 25 °C)`,
      // `(internal temp. ≤ 25 °C)`, `(max. 25 °C)`), as process write-ups give it: a control, not
      // the temperature of the step, and read past as an aside.
      if (ASIDE_TEMPERATURE_LIMIT.test(inner)) return true;
      const figures = inner.match(/\d+(?:\.\d+)?/g) ?? [];
      return /°|º|℃/.test(inner) && figures.length > 0 && figures.every((f) => Number(f) >= 15 && Number(f) <= 30) && ROOM_TEMPERATURE_BEFORE.test(this.T.slice(from, open));
    }
    return !ASIDE_DURATION.test(inner) || ASIDE_HAS_TIME.test(this.T.slice(from, open));
  }

  /**
   * A bracket at `open` that holds reagent quantities (`(1.0 equiv)`, `(551 mg, 5.5 mmol)`),
   * perhaps after notes (`(98%, 1.0 equiv)`, `(37% in water, 0.41 mL)`): where its amounts
   * start (`from`), the `)` closing it (`close`; the line's end when it is not closed, with
   * `unclosed`). Undefined for a bracket that is part of a name (`Ti(OiPr)4`), a note alone
   * (`(glacial)`, `(95%)`) or a concentration (`(1 M in THF)`).
   */
  private quantityBracket(open: number): { from: number; close: number; unclosed?: boolean } | undefined {
    const T = this.T;
    const found = T.indexOf(')', open + 1);
    const unclosed = found < 0 || found >= this.E;
    const close = unclosed ? this.E : found;
    const inner = T.indexOf('(', open + 1);
    if (inner >= 0 && inner < close) return undefined;
    const end = this.E;
    this.E = close;
    try {
      // Items between commas: notes (with a `%`) may come first, then the amounts.
      let item = open + 1;
      while (item < close) {
        const s = this.ws(item);
        if (s >= close) return undefined;
        if (this.startsQuantity(s, this.wordEnd(s), true) || this.propertyAt(s, true)) return { from: s, close, ...(unclosed ? { unclosed } : {}) };
        let itemEnd = s;
        while (itemEnd < close && T.charCodeAt(itemEnd) !== 44 && T.charCodeAt(itemEnd) !== 59) itemEnd++;
        if (T.slice(s, itemEnd).indexOf('%') < 0) return undefined;
        item = itemEnd + 1;
      }
      return undefined;
    } finally {
      this.E = end;
    }
  }

  /**
   * A bracket at `open` that gives a solution's concentration, then its amounts (`(1 M in DCE,
   * 3.0 mL)`, `(1.0 M; 2 mL)`): the `,` or `;` after the concentration and the `)`. Undefined
   * for any other bracket (`(1 M in THF)` alone is part of the name).
   */
  private solutionBracket(open: number): { sep: number; close: number } | undefined {
    const T = this.T;
    const close = T.indexOf(')', open + 1);
    if (close < 0 || close >= this.E) return undefined;
    let sep = open + 1;
    while (sep < close && T.charCodeAt(sep) !== 44 && T.charCodeAt(sep) !== 59 && T.charCodeAt(sep) !== 40) sep++;
    if (sep >= close || T.charCodeAt(sep) === 40) return undefined;
    if (!SOLUTION_STRENGTH.test(T.slice(open + 1, sep))) return undefined;
    const s = this.ws(sep + 1);
    const end = this.E;
    this.E = close;
    try {
      return s < close && this.startsQuantity(s, this.wordEnd(s), true) ? { sep, close } : undefined;
    } finally {
      this.E = end;
    }
  }

  /**
   * A weight-percent unit after a number ending at `p`: `wt%`, `wt.%`, attached or after spaces,
   * with or without a space before the `%` (`10 wt %`). Its end, else -1.
   */
  private wtPercentEnd(p: number): number {
    const T = this.T;
    const s = this.ws(p);
    if (s + 2 >= this.E || (T.charCodeAt(s) | 32) !== 119 || (T.charCodeAt(s + 1) | 32) !== 116) return -1;
    let i = s + 2;
    if (T.charCodeAt(i) === 46) i++;
    i = this.ws(i);
    if (i >= this.E || T.charCodeAt(i) !== 37) return -1;
    i++;
    // (`10 wt%ish`: not a unit.)
    return i < this.E && !isSpace(T.charCodeAt(i)) && ![44, 59, 41].includes(T.charCodeAt(i)) ? -1 : i;
  }

  /** After a `wt%` ending at `p`: the name has ended (the line, a comma, a bracket, an attribute or another amount follows). */
  private endsWtAmount(p: number): boolean {
    const n = this.ws(p);
    if (n >= this.E) return true;
    const c = this.T.charCodeAt(n);
    if (c === 44 || c === 59 || c === 41 || c === 35) return true;
    const e = this.wordEndNoComma(n);
    return this.isAttribute(n, e) || scanNumber(this.T, n, e) >= 0;
  }

  /**
   * Does the word [s, e) start a quantity (in a reagent or solvent line)? A number with a
   * unit attached, or a standalone number followed by a unit, a misspelled unit, an
   * attribute keyword or the end of the line.
   */
  /**
   * A unit word [s, e) with the next amount attached after a `/` or `|` (`eq/222`, `mg|2.0`), as
   * an ELN row is pasted with its cells run together: where the unit ends (the slash), else e.
   * Only on a reagent line (`on`), only when what comes before the slash is a unit and a number
   * follows it (`mg/mL` and `g/mol` are units of their own).
   */
  private amountSlash(s: number, e: number, on: boolean): number {
    if (!on || e - s < 3) return e;
    const T = this.T;
    for (let j = s + 1; j < e - 1; j++) {
      const c = T.charCodeAt(j);
      if (c !== 47 && c !== 124) continue;
      const d = T.charCodeAt(j + 1);
      if (!(isDigit(d) || (d === 46 && isDigit(T.charCodeAt(j + 2))))) return e;
      const def = lookupUnit(T.slice(s, j));
      return def && REAGENT_KINDS.includes(def.kind) ? j : e;
    }
    return e;
  }

  /**
   * An amount said to be approximate, as notebooks weigh (`~1.5 eq`, `ca. 172 µL`, `approx. 3
   * mmol`, `≈ 0.5 g`): where its number starts, else -1 (only before a reagent quantity).
   */
  private approximateAmount(q: number): number {
    const T = this.T;
    const c = T.charCodeAt(q);
    let n = -1;
    if (c === 0x7e || c === 0x2248) n = this.ws(q + 1);
    else if (c === 99 || c === 97 || c === 67 || c === 65) {
      const we = this.wordEnd(q);
      if (we - q <= 8 && /^(?:ca\.?|c\.|approx\.?)$/.test(this.lower(q, we))) n = this.ws(we);
    }
    if (n < 0 || n >= this.E || scanNumber(T, n, this.E) < 0) return -1;
    return this.startsQuantity(n, this.wordEnd(n), true) ? n : -1;
  }

  private startsQuantity(s: number, e: number, attributes: boolean): boolean {
    const numEnd = scanNumber(this.T, s, e);
    if (numEnd < 0) return false;
    // `10 wt%` (`10wt%`, `10 wt.%`, `10 wt %`): a charge by weight, an amount — unless more of
    // the name follows (`37 wt% formaldehyde`, `40 wt% in water` are strengths).
    // After a supported metal with no loading of its own (`Pd/C (10 wt%)`, `Pd/C, 10 wt%`) it is
    // the loading, as catalogues write it, and stays in the name.
    if (attributes) {
      const wt = this.wtPercentEnd(numEnd);
      if (wt >= 0) return this.endsWtAmount(wt) && !(this.nameFrom >= 0 && s > this.nameFrom && WT_IS_LOADING(this.T.slice(this.nameFrom, s)));
    }
    // A percentage is part of a name (`37% formaldehyde`, `10% MeOH in DCM`), and so is a
    // concentration in a reagent name (`4 M HCl in dioxane`): other units end the name.
    // (endsName: a module function, not a closure made on every call.)
    // An attached unit runs to the end of the word or to a comma (`1.0equiv,106mg`).
    const attachedEnd = this.amountSlash(numEnd, this.wordEndNoComma(numEnd), attributes);
    // `3.0. equiv`, `5. mmol`: a stray dot after the number, then a unit — a quantity, not
    // part of the name (readQuantity reports the dot).
    if (attachedEnd > numEnd && !(isDotsOnly(this.T, numEnd, attachedEnd) && attachedEnd === e))
      return endsName(lookupUnit(this.T.slice(numEnd, attachedEnd)), attributes);
    if (numEnd < e && this.T.charCodeAt(numEnd) === 44) {
      // `1,4,5-…` (a name) vs `1.0,2 mmol` / `3, 2 mmol` (a number, a separator comma, more)
      for (let i = s; i < numEnd; i++) if (this.T.charCodeAt(i) === 44) return false;
      return true;
    }
    const n2 = this.ws(e);
    if (n2 >= this.E) return true;
    const e2 = this.amountSlash(n2, this.wordEndNoComma(n2), attributes);
    if (e2 === n2) return true; // a comma
    if (attributes && this.isAttribute(n2, e2)) return true;
    const w = this.T.slice(n2, e2);
    // A one-letter unit in the wrong case (`4 m HCl`) counts as its upper-case form: M, a
    // concentration, stays in a reagent name (and ends a solvent's, to be reported).
    const def = lookupUnit(w) ?? caseSlipUnit(w);
    if (def) return endsName(def, attributes);
    // `homopiperazine 2 HCl`, `DAZA 3 HBr`: the salt's count of acid, part of the name (as
    // `2HCl` is), not a number with a misspelled unit ('HCl', did you mean µL?).
    if (SALT_ACID_WORD.test(w)) return false;
    return this.looksLikeUnit(n2, e2);
  }

  /**
   * In a word of a reagent name, a comma written without a space before an amount
   * (`benzaldehyde,1 equiv`, `Pd/C 10%,50 mg`, `NaBH4,1.5 equiv`): its position, else -1.
   * After digits only when they end a formula (one or two after a letter or bracket):
   * `1,4-diazepane`, `2,6-…` are locants, and `1,5 equiv` is a decimal comma (reported as one
   * when it starts a word).
   */
  private commaBeforeQuantity(s: number, e: number): number {
    const T = this.T;
    // Within the word only (an `indexOf` from here would scan the rest of a long line for
    // every word of a name: a 1 MB name of short words took seconds).
    for (let i = s + 1; i < e - 1; i++) {
      if (T.charCodeAt(i) !== 44) continue;
      const before = T.charCodeAt(i - 1);
      if (before === 44) continue;
      if (isDigit(before)) {
        // `NaBH4,1.5 equiv`, `Ti(OiPr)4,1.2 equiv`: a formula's last one or two digits, after a
        // letter or a bracket — not a locant (`1,4-`, `2,6-`, `pyrido[2,3-d]`).
        let k = i - 1;
        while (k > s && isDigit(T.charCodeAt(k - 1))) k--;
        if (i - k > 2 || k === s || !/[A-Za-z)\]]/.test(T[k - 1])) continue;
      }
      const next = T.charCodeAt(i + 1);
      if ((isDigit(next) || next === 46) && this.startsQuantity(i + 1, e, true)) return i;
    }
    return -1;
  }

  /**
   * Reads number + unit at p (the caller knows a number starts there). Reports problems
   * (decimal comma, unknown/missing unit, wrong kind, not positive) and returns the
   * quantity, marked invalid when it cannot be used.
   */
  private readQuantity(
    p: number,
    expected: readonly UnitKind[],
    subject: string,
    expectedText: string,
  ): { q: Quantity; next: number } | undefined {
    const T = this.T;
    const num = readNumber(T, p, this.E);
    if (!num) return undefined;
    const L = this.L;
    let us: number;
    let ue: number;
    let strayDots: [number, number] | undefined;
    if (num.end < this.E && !isSpace(T.charCodeAt(num.end)) && T.charCodeAt(num.end) !== 44) {
      us = num.end;
      ue = this.wordEndNoComma(us);
      // `3.0. equiv`: the dot is a slip, the unit is the next word.
      const next = this.unitAfterStrayDots(us, ue, () => true);
      if (next) {
        strayDots = [us, ue];
        us = next.s;
        ue = next.e;
      }
    } else {
      const n2 = this.ws(num.end);
      const e2 = this.amountSlash(n2, this.wordEndNoComma(n2), expected === REAGENT_KINDS);
      if (n2 < this.E && e2 > n2 && this.looksLikeUnit(n2, e2) && !this.isAttribute(n2, e2)) {
        us = n2;
        ue = e2;
      } else {
        us = ue = num.end;
      }
    }
    // `10 wt %`, `10 wt. %`, `10 wt.%`: one unit, wt%.
    const wt = this.wtPercentEnd(num.end);
    if (wt >= 0) {
      us = this.ws(num.end);
      ue = wt;
      strayDots = undefined;
    }
    // `5 mol %` (a space before the sign, as ACS style writes it) is `5 mol%`, not 5 mol.
    let molPercent = false;
    if (ue - us === 3 && equalsWord(T, us, ue, 'mol')) {
      const n3 = this.ws(ue);
      if (n3 > ue && n3 < this.E && T.charCodeAt(n3) === 37 && this.wordEndNoComma(n3) === n3 + 1) {
        ue = n3 + 1;
        molPercent = true;
      }
    }
    if (expected === REAGENT_KINDS) ue = this.amountSlash(us, ue, true);
    const unitText = T.slice(us, ue);
    const def = wt >= 0 ? lookupUnit('wt%') : unitText && !molPercent ? lookupUnit(unitText) : undefined;
    const q: Quantity = {
      value: num.value,
      unit: def ? def.unit : unitText,
      kind: def ? def.kind : expected[0],
      raw: T.slice(p, ue),
      range: range(L, p, ue),
      valueRange: range(L, num.start, num.end),
      unitRange: range(L, us, ue),
      unitText,
    };
    if (num.decimalComma) q.decimalComma = true;
    if (strayDots) this.strayDotsErr(strayDots[0], strayDots[1], num);
    this.checkNumber(num, q);
    if (!unitText) {
      q.invalid = true;
      this.qerr(num.start, num.end, `'${this.show(num.start, num.end)}' needs a unit: ${subject} takes ${expectedText}.`);
    } else if (!def) {
      q.invalid = true;
      const guess = this.guessUnit(unitText);
      if (guess && expected.includes(guess.kind)) q.kind = guess.kind;
      const other = OTHER_MAGNITUDES[unitText];
      if (other && expected.includes(other.kind) && Number.isFinite(num.value) && num.value > 0) {
        // `15900 µg`: say what it is in a unit rxn reads, and offer to write it so.
        q.kind = other.kind;
        const x = Number((num.value * other.factor).toPrecision(6));
        // Written as a chemist writes it (no `5e-7 mg`): far below that, no fix.
        const v = x >= 1e-4 && x < 1e15 ? String(x) : undefined;
        this.qerr(
          num.start,
          ue,
          `Unknown unit '${unitText}': ${subject} takes ${expectedText}${v ? `; ${T.slice(num.start, num.end)} ${unitText} is ${v} ${other.unit}` : ''}.`,
          v ? { title: `Write ${v} ${other.unit}`, text: `${v} ${other.unit}`, ...(other.unsafe ? { unsafe: true } : {}) } : undefined,
        );
      } else if ((molPercent || equalsWord(unitText, 0, unitText.length, 'mol%')) && expected.includes('equiv')) {
        q.kind = 'equiv';
        const equiv = Number.isFinite(num.value) ? ` (${T.slice(num.start, num.end)} ${unitText} = ${round(num.value / 100)} equiv)` : '';
        this.qerr(us, ue, `Unknown unit '${unitText}': give a catalyst loading in equivalents${equiv}.`);
      } else {
        const hint = guess ? ` (did you mean ${guess.unit}?)` : '';
        this.qerr(us, ue, `Unknown unit '${clip(unitText)}'${hint}: ${subject} takes ${expectedText}.`, guess && expected.includes(guess.kind) ? this.unitReplacement(us, ue, guess) : undefined);
      }
    } else if (!expected.includes(def.kind) && !(def.unit === 'wt%' && expected === REAGENT_KINDS)) {
      q.invalid = true;
      this.qerr(p, ue, `${capital(subject)} takes ${expectedText}, not ${KIND_NOUNS[def.kind]} (${def.unit}).`);
    } else if (def.kind !== 'temperature' && !(num.value > 0)) {
      q.invalid = true;
      this.qerr(p, ue, `${capital(KIND_NOUNS[def.kind])} must be greater than zero.`);
    }
    return { q, next: ue };
  }

  /** Decimal comma and non-finite checks shared by all numbers. */
  private checkNumber(num: NumberToken, q?: { invalid?: boolean }): void {
    if (num.decimalComma) {
      const written = this.T.slice(num.start, num.end);
      if (num.ambiguousComma) {
        if (q) q.invalid = true;
        this.qerr(
          num.start,
          num.end,
          `'${written}': is the comma a decimal comma or a thousands separator? Write ${num.pointText} or ${written.replace(',', '')}.`,
        );
      } else {
        this.qerr(num.start, num.end, `Decimal comma in '${written}': numbers use a decimal point (${num.pointText}).`, {
          title: `Use a decimal point: ${num.pointText}`,
          text: num.pointText,
        });
      }
    }
    if (!Number.isFinite(num.value)) {
      if (q) q.invalid = true;
      this.qerr(num.start, num.end, `'${this.show(num.start, num.end)}' is not a usable number.`);
    }
  }

  /** A plain number (for `mw`, `density`, `in N portions`). */
  /**
   * A molecular weight or density written as ELN tables and notebooks give it beside the amounts
   * (`MW 154.59`, `MW: 200.28 g/mol`, `M.W. = 62.84`, `FW 211.94`, `d 1.19`, `d = 0.96 g/mL`,
   * `ρ 1.05 g/cm3`): the attribute it stands for, its number and where it ends (after a unit, if
   * one follows). Not `mw`/`density` followed directly by the number unless `bare` (a bracket
   * starting with one is amounts all the same), which `reagentTail` reads as the attributes they
   * are (with their own messages).
   */
  private propertyAt(q: number, bare = false): { attr: 'mw' | 'density'; num: NumberToken; end: number } | undefined {
    const T = this.T;
    const m = PROPERTY_LABEL.exec(T.slice(q, Math.min(this.E, q + 24)));
    if (!m) return undefined;
    const attr = /^(?:d|density|ρ)$/i.test(m[1]) ? 'density' : 'mw';
    // The bare attributes (`mw 106.12`, `density 1.05`) stay with reagentTail's own reading.
    if (!bare && !m[2] && /^(?:mw|density)$/i.test(m[1])) return undefined;
    const num = this.readPlainNumber(q + m[0].length);
    if (!num) return undefined;
    let end = num.end;
    const unit = (attr === 'mw' ? MW_UNIT : DENSITY_UNIT).exec(T.slice(end, Math.min(this.E, end + 16)));
    if (unit) end += unit[0].length;
    // The number must end the item: `d 1.19` then a comma, a bracket or the line's end.
    const after = this.ws(end);
    if (after < this.E && ![44, 59, 41].includes(T.charCodeAt(after))) return undefined;
    return { attr, num, end };
  }

  private readPlainNumber(p: number): NumberToken | undefined {
    const num = readNumber(this.T, p, this.E);
    if (!num) return undefined;
    return num;
  }

  /**
   * A temperature at p: `rt`, `room temperature`, `reflux`, or number(s) with a unit.
   * Returns null when nothing temperature-like is there (no error reported), undefined
   * after a syntax error, and `{ next }` without `t` after an `invalid-quantity` problem.
   */
  private readTemperature(p: number, subject: string): { t?: Temperature; next: number } | undefined | null {
    const T = this.T;
    const L = this.L;
    // (`rt, 2 h`: the comma after the word is not part of it.)
    const we0 = this.wordEnd(p);
    const we = we0 > p + 1 && T.charCodeAt(we0 - 1) === 44 ? we0 - 1 : we0;
    const c0 = T.charCodeAt(p);
    const low = isDigit(c0) || c0 === 46 || c0 === 43 || c0 === 45 || we - p > 7 ? '' : this.lower(p, we);
    if (low === 'rt' || low === 'r.t.' || low === 'r.t' || low === 'ambient') {
      let end = we;
      if (low === 'ambient') {
        const n2 = this.ws(we);
        const e2 = this.wordEnd(n2);
        const l2 = this.lower(n2, e2);
        if (l2 === 'temperature' || l2 === 'temp' || l2 === 'temp.') end = e2;
      }
      return roomTemperature(T, L, p, end);
    }
    if (low === 'room') {
      const n2 = this.ws(we);
      const e2 = this.wordEnd(n2);
      const l2 = this.lower(n2, e2);
      if (l2 === 'temperature' || l2 === 'temp' || l2 === 'temp.') {
        return roomTemperature(T, L, p, e2);
      }
      this.err(p, e2 > n2 ? e2 : we, `Expected \`room temperature\` (or \`rt\`).`);
      return undefined;
    }
    if (low === 'reflux') return { t: { word: 'reflux', raw: T.slice(p, we), range: range(L, p, we) }, next: we };
    const num = readNumber(T, p, this.E);
    if (!num) return null;
    this.checkNumber(num);
    let high: NumberToken | undefined;
    let e = num.end;
    // Range: 40-50, 40–50, 40 - 50
    if (e < this.E && isDash(T.charCodeAt(e))) {
      const h = readNumber(T, e + 1, this.E);
      if (h) high = h;
    } else {
      const k = this.ws(e);
      if (k < this.E && isDash(T.charCodeAt(k)) && k + 1 < this.E && isSpace(T.charCodeAt(k + 1))) {
        const h = readNumber(T, this.ws(k + 1), this.E);
        if (h) high = h;
      }
    }
    if (high) {
      this.checkNumber(high);
      e = high.end;
    }
    // A tolerance, as process write-ups give a set point: `20 ± 5 °C` (also `20±5 °C`, `20 +/- 5 °C`)
    // is the range 15–25 °C.
    let tol: NumberToken | undefined;
    if (!high) {
      const k = this.ws(e);
      const sign = T.charCodeAt(k) === 0xb1 ? 1 : T.startsWith('+/-', k) ? 3 : 0;
      if (sign > 0) {
        const h = readNumber(T, this.ws(k + sign), this.E);
        if (h && T.charCodeAt(h.start) !== 45 && T.charCodeAt(h.start) !== 43) {
          this.checkNumber(h);
          tol = h;
          e = h.end;
        }
      }
    }
    // Unit
    let us: number;
    let ue: number;
    if (e < this.E && !isSpace(T.charCodeAt(e))) {
      us = e;
      ue = this.wordEndNoComma(e);
    } else {
      us = this.ws(e);
      ue = this.wordEndNoComma(us);
      const l2 = this.lower(us, ue);
      if (ue === us || l2 === 'for' || l2 === 'at' || !this.looksLikeTemperatureUnit(us, ue)) {
        us = ue = e;
      }
    }
    // `0 °C→rt`: the unit ends at an arrow that touches it (the warm-up's connector).
    for (let i = us; i < ue; i++) {
      const c = T.charCodeAt(i);
      if (c === 0x2192 || (c === 45 && T.charCodeAt(i + 1) === 62)) {
        ue = i;
        break;
      }
    }
    // `40 ° C`: a degree sign and its letter with a space between are still °C.
    let spacedDegree = false;
    if (ue - us === 1 && (T.charCodeAt(us) === 0xb0 || T.charCodeAt(us) === 0xba)) {
      const n2 = this.ws(ue);
      const e2 = this.wordEndNoComma(n2);
      if (n2 > ue && e2 === n2 + 1 && (T[n2] === 'C' || T[n2] === 'c')) {
        ue = e2;
        spacedDegree = true;
      }
    }
    // `25 deg C`, `25 deg. C`, `25 degrees C`: °C in words.
    if (!spacedDegree && ue - us <= 7 && /^(?:deg\.?|degrees)$/.test(this.lower(us, ue))) {
      const n2 = this.ws(ue);
      const e2 = this.wordEndNoComma(n2);
      if (n2 > ue && e2 === n2 + 1 && (T[n2] === 'C' || T[n2] === 'c')) {
        ue = e2;
        spacedDegree = true;
      }
    }
    const end = ue;
    const unitText = spacedDegree ? '°C' : T.slice(us, ue);
    if (!unitText) {
      this.qerr(p, e, `'${this.show(p, e)}' needs a unit: ${subject} takes a temperature such as \`40 °C\` or \`rt\`.`);
      return { next: e };
    }
    const def = lookupUnit(unitText);
    if (!def && /^(?:deg\.?|degrees?|[°º])$/.test(unitText.toLowerCase())) {
      // `25 deg`, `0°`: degrees of which scale? Most likely Celsius, but not said.
      this.qerr(us, ue, `'${unitText}' does not say which scale: write °C (or K).`, { title: "Change to '°C'", text: '°C', unsafe: true });
      return { next: end };
    }
    if (!def) {
      const upper = caseSlipUnit(unitText);
      const hint = upper?.kind === 'temperature' ? ` (did you mean ${unitText.toUpperCase()}?)` : '';
      this.qerr(us, ue, `Unknown unit '${clip(unitText)}'${hint}: ${subject} takes a temperature in °C or K, or \`rt\`.`);
      return { next: end };
    }
    if (def.kind !== 'temperature') {
      this.qerr(p, end, `${subject} takes a temperature, not ${KIND_NOUNS[def.kind]} (${def.unit}).`);
      return { next: end };
    }
    if (!Number.isFinite(num.value) || (high && !Number.isFinite(high.value)) || (tol && !Number.isFinite(tol.value))) return { next: end };
    const c1 = round(toCelsius(tol ? num.value - tol.value : num.value, def.unit));
    const c2 = high ? round(toCelsius(high.value, def.unit)) : tol ? round(toCelsius(num.value + tol.value, def.unit)) : undefined;
    if (c1 < ABSOLUTE_ZERO_C || (c2 !== undefined && c2 < ABSOLUTE_ZERO_C)) {
      this.qerr(p, end, `${this.show(p, end)} is below absolute zero (−273.15 °C).`);
      return { next: end };
    }
    if (c2 !== undefined && c2 < c1) {
      this.qerr(p, end, `A temperature range goes from the lower to the higher value, e.g. \`40-50 °C\`.`);
      return { next: end };
    }
    const t: Temperature =
      c2 === undefined
        ? { celsius: c1, raw: T.slice(p, end), range: range(L, p, end) }
        : { celsius: c1, high: c2, raw: T.slice(p, end), range: range(L, p, end) };
    return { t, next: end };
  }

  private looksLikeTemperatureUnit(s: number, e: number): boolean {
    const def = lookupUnit(this.T.slice(s, e));
    if (def) return true;
    const c = this.T.charCodeAt(s);
    if (c === 0xb0 || c === 0xba || c === 0x2103) return true; // °X
    if (e - s <= 7 && /^(?:deg\.?|degrees)$/.test(this.lower(s, e))) return true; // `deg C`
    return this.looksLikeUnit(s, e);
  }

  /**
   * A duration at p: `overnight`, `o/n`, or number + time unit (a range `12-16 h`, a compound
   * `1 h 30 min`). null when nothing duration-like is there (no error), undefined after an error.
   */
  private readDuration(p: number, subject: string): Dur | null {
    const T = this.T;
    p = this.pastApproximately(p);
    // `2 x 8 h`, `2 × 30 min`: a time repeated, as a notebook writes two periods of stirring.
    const times = /^([2-9]|10)\s*[x×]\s*(?=\d)/i.exec(T.slice(p, Math.min(this.E, p + 8)));
    if (times) {
      const d = this.readDuration(p + times[0].length, subject);
      if (!d || d.invalid || d.word || !(d.minutes > 0)) return d;
      const minutes = Number(times[1]) * d.minutes;
      const h = Math.floor(minutes / 60);
      const m = Math.round((minutes - h * 60) * 1000) / 1000;
      const text = h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
      this.noteErr(p, d.end, `'${this.show(p, d.end)}' is ${text} in all: write \`${text}\`.`, { title: `Write ${text}`, text });
      return { minutes, start: p, end: d.end };
    }
    // (`overnight, rt`: the comma after the word is not part of it.)
    const we0 = this.wordEnd(p);
    const we = we0 > p + 1 && T.charCodeAt(we0 - 1) === 44 ? we0 - 1 : we0;
    const c0 = T.charCodeAt(p);
    const low = isDigit(c0) || c0 === 46 || c0 === 43 || c0 === 45 || we - p > 10 ? '' : this.lower(p, we);
    if (low && hasOwn(DURATION_WORDS, low)) {
      return { minutes: DURATION_WORDS[low], word: 'overnight', start: p, end: we };
    }
    if (low === 'over') {
      // `over night`, in two words.
      const n2 = this.ws(we);
      const e2 = this.wordEnd(n2);
      if (n2 > we && this.is(n2, e2, 'night')) return { minutes: OVERNIGHT_MINUTES, word: 'overnight', start: p, end: e2 };
    }
    let total = 0;
    let end = p;
    let cur = p;
    let parts = 0;
    // After a whole number of hours (`1 h`), a bare number under 60 is its minutes (`1 h 30`).
    let bareMinutesMayFollow = false;
    let hoursStart = p;
    let afterRange = false;
    for (;;) {
      const num = timeNumber(T, cur, this.E);
      if (!num) break;
      if (parts > 0) {
        // A compound duration continues only with number + time unit.
        const probe = this.unitAfter(num.end);
        if (!probe && bareMinutesMayFollow && this.bareMinutes(num)) {
          total += num.value;
          end = num.end;
          parts++;
          break;
        }
        if (!probe && bareMinutesMayFollow && this.bareMinutes(num, true)) {
          // `1 h 90`: a number after the hours that cannot be their minutes.
          const h = hoursStart;
          const all = (total + num.value) / 60;
          const hh = Math.floor(all);
          const mm = Math.round((all - hh) * 60);
          const meant = mm ? `${hh} h ${mm} min` : `${hh} h`;
          this.qerr(
            h,
            num.end,
            `In '${this.show(h, num.end)}', ${this.show(num.start, num.end)} cannot be the minutes after the hours: they must be under 60. Write \`${meant}\` if ${this.show(h, cur).trimEnd()} and ${this.show(num.start, num.end)} min was meant, or remove the stray number.`,
          );
          return { minutes: 0, invalid: true, start: p, end: num.end };
        }
        const d = probe && lookupUnit(T.slice(probe.s, probe.e));
        if (!d || d.kind !== 'time') break;
      }
      this.checkNumber(num);
      const lowN = num;
      let e = num.end;
      let high: NumberToken | undefined;
      if (e < this.E && isDash(T.charCodeAt(e))) {
        high = timeNumber(T, e + 1, this.E);
        if (high) {
          this.checkNumber(high);
          e = high.end;
        }
      } else {
        // `12 - 16 h`, `12 – 16 h`: a range with spaces round the dash, as for a temperature;
        // `2 to 3 h`, as a notebook says it.
        const k = this.ws(e);
        const to = k > e && k + 2 < this.E && this.is(k, k + 2, 'to') && isSpace(T.charCodeAt(k + 2));
        if (to || (k > e && k < this.E && isDash(T.charCodeAt(k)) && k + 1 < this.E && isSpace(T.charCodeAt(k + 1)))) {
          const h = timeNumber(T, this.ws(to ? k + 2 : k + 1), this.E);
          if (h) {
            high = h;
            this.checkNumber(high);
            e = high.end;
          }
        }
      }
      // `30 ′`: a prime for minutes with a space before it, read as `30'` is (below).
      const u = this.unitAfter(e) ?? this.spacedPrime(e);
      if (!u) {
        // `1 week`: a word follows, a time unit rxn does not take.
        const s2 = this.ws(e);
        const e2 = this.wordEndNoComma(s2);
        if (s2 > e && e2 > s2 && e2 - s2 <= 6 && hasOwn(OTHER_TIME_UNITS, this.lower(s2, e2))) {
          this.otherTimeUnitErr(cur, s2, e2, lowN, high, subject);
          return { minutes: 0, invalid: true, start: p, end: e2 };
        }
        this.qerr(cur, e, `'${this.show(cur, e)}' needs a unit: ${subject} takes a time such as \`30 min\` or \`2 h\`.`);
        return { minutes: 0, invalid: true, start: p, end: e };
      }
      // `2. h`: a stray dot after the number, then the unit.
      const next = this.unitAfterStrayDots(u.s, u.e, (d) => d.kind === 'time');
      if (next) {
        this.strayDotsErr(u.s, u.e, num);
        u.s = next.s;
        u.e = next.e;
      }
      const unitText = T.slice(u.s, u.e);
      // `1h30min`, `1h30`, `1h30 min`: hours and minutes written together.
      // In a range (`12-16h30`), the minutes belong to the upper bound: 12 h to 16 h 30 min.
      const hours = high ?? lowN;
      const hm = !Number.isInteger(hours.value) || hours.value < 0 ? undefined : this.attachedMinutes(u.s, u.e);
      if (hm && high) {
        if (hm.minutes >= 60) {
          this.qerr(high.start, hm.end, `'${this.show(high.start, hm.end)}' is not hours and minutes: the minutes after the hours must be under 60 (write e.g. \`12-16 h\`).`);
          return { minutes: 0, invalid: true, start: p, end: hm.end };
        }
        if (!(lowN.value > 0)) {
          this.qerr(cur, hm.end, `A time must be greater than zero.`);
          return { minutes: 0, invalid: true, start: p, end: hm.end };
        }
        if (!(high.value * 60 + hm.minutes >= lowN.value * 60)) {
          this.qerr(cur, hm.end, reversedTimeRange('12-16 h'));
          return { minutes: 0, invalid: true, start: p, end: hm.end };
        }
        // (A range counts its lower bound.)
        total += lowN.value * 60;
        end = hm.end;
        parts++;
        break;
      }
      if (hm) {
        if (hm.minutes >= 60) {
          this.qerr(cur, hm.end, `'${this.show(cur, hm.end)}' is not hours and minutes: the minutes after the hours must be under 60 (write e.g. \`1 h 30 min\`).`);
          return { minutes: 0, invalid: true, start: p, end: hm.end };
        }
        if (!(lowN.value > 0 || hm.minutes > 0)) {
          this.qerr(cur, hm.end, `A time must be greater than zero.`);
          return { minutes: 0, invalid: true, start: p, end: hm.end };
        }
        total += lowN.value * 60 + hm.minutes;
        end = hm.end;
        parts++;
        break;
      }
      let def = lookupUnit(unitText);
      let rangeInUnit = false;
      // `2h-3h`, `30min-1h`: a range with the unit on both bounds; it counts its lower bound.
      const ru = def || high ? null : /^([a-z]+\.?)[-\u2013\u2014]((?:\d+(?:\.\d+)?|\.\d+))([a-z]+\.?)$/i.exec(unitText);
      if (ru) {
        const d1 = lookupUnit(ru[1]);
        const d2 = lookupUnit(ru[3]);
        if (d1?.kind === 'time' && d2?.kind === 'time') {
          if (!(+ru[2] * d2.factor >= lowN.value * d1.factor)) {
            this.qerr(cur, u.e, reversedTimeRange('12-16 h'));
            return { minutes: 0, invalid: true, start: p, end: u.e };
          }
          def = d1;
          rangeInUnit = true;
        }
      }
      // `1h30s`: hours with a number attached, then seconds. `1h30` is 90 min; the `s` says 30 s.
      const hx = def || high ? null : /^(h|hrs?)(\d{1,2})([a-z]+)$/i.exec(unitText);
      if (hx && lookupUnit(hx[3])?.unit === 's' && Number.isInteger(lowN.value) && lowN.value >= 0) {
        const h = T.slice(lowN.start, lowN.end);
        const n = hx[2];
        this.qerr(
          cur,
          u.e,
          `'${this.show(cur, u.e)}' is ambiguous: \`${h}h${n}\` is ${h} h ${n} min, but '${hx[3]}' makes the ${n} seconds. Write \`${h} h ${n} min\` or \`${h} h ${n} s\`.`,
          { title: `Change to '${h} h ${n} min'`, text: `${h} h ${n} min`, unsafe: true },
        );
        return { minutes: 0, invalid: true, start: p, end: u.e };
      }
      if (!def && unitText.length <= 6 && hasOwn(OTHER_TIME_UNITS, unitText.toLowerCase())) {
        this.otherTimeUnitErr(cur, u.s, u.e, lowN, high, subject);
        return { minutes: 0, invalid: true, start: p, end: u.e };
      }
      if (!def && (unitText === "'" || unitText === '\u2032' || unitText === '\u2019')) {
        // `stir 30'`: a prime for minutes, as some notebooks write them. Read as minutes, with
        // a safe fix that writes `min`.
        def = lookupUnit('min');
        const attached = u.s === e;
        this.noteErr(u.s, u.e, `\`${this.show(cur, u.e)}\` is read as ${this.show(cur, e)} min: write \`${this.show(cur, e)} min\`.`, { title: "Change to 'min'", text: attached ? ' min' : 'min' });
      }
      if (!def) {
        const guess = this.guessUnit(unitText);
        const hint = guess ? ` (did you mean ${guess.unit}?)` : '';
        this.qerr(u.s, u.e, `Unknown unit '${clip(unitText)}'${hint}: ${subject} takes a time (s, min, h, d) or \`overnight\`.`, guess?.kind === 'time' ? this.unitReplacement(u.s, u.e, guess) : undefined);
        return { minutes: 0, invalid: true, start: p, end: u.e };
      }
      if (def.kind !== 'time') {
        this.qerr(cur, u.e, `${subject} takes a time, not ${KIND_NOUNS[def.kind]} (${def.unit}).`);
        return { minutes: 0, invalid: true, start: p, end: u.e };
      }
      // (A part may be zero: `2 h 0 min` is 2 h, `0 h 30 min` 30 min; `0 h 0 min` is reported
      // once, below, over the whole time.)
      if (!(lowN.value > 0 || (lowN.value === 0 && !lowN.negative && this.timePartFollows(u.e))) && !(parts > 0 && lowN.value === 0 && !lowN.negative) || !Number.isFinite(lowN.value)) {
        this.qerr(cur, u.e, `A time must be greater than zero.`);
        return { minutes: 0, invalid: true, start: p, end: u.e };
      }
      if (high && !(high.value >= lowN.value)) {
        this.qerr(cur, u.e, reversedTimeRange('12-16 h'));
        return { minutes: 0, invalid: true, start: p, end: u.e };
      }
      // (After a range, what follows belongs to its upper bound: `12-16 h 30 min` counts 12 h.)
      if (!afterRange) total += lowN.value * def.factor;
      afterRange ||= !!high || rangeInUnit;
      end = u.e;
      cur = this.ws(u.e);
      parts++;
      bareMinutesMayFollow = def.unit === 'h' && !high && !rangeInUnit && Number.isInteger(lowN.value);
      hoursStart = lowN.start;
      // `30 min to 1 h`, `1 h 30 min to 2 h`: a range with the unit on both bounds, joined by `to`
      // as a notebook says it; it counts its lower bound (what has been read so far).
      const upper = high || rangeInUnit || afterRange ? undefined : this.timeUpperBound(u.e);
      if (upper) {
        // (Unless more of the upper bound follows: `1 h 30 min to 1 h 45 min`.)
        if (!(upper.minutes >= total) && !timeNumber(T, this.ws(upper.end), this.E)) {
          this.qerr(p, upper.end, reversedTimeRange('30 min to 1 h'));
          return { minutes: 0, invalid: true, start: p, end: upper.end };
        }
        afterRange = true;
        end = upper.end;
        cur = this.ws(upper.end);
        bareMinutesMayFollow = false;
      }
    }
    if (parts === 0) return null;
    if (!(total > 0)) {
      this.qerr(p, end, `A time must be greater than zero.`);
      return { minutes: 0, invalid: true, start: p, end };
    }
    return { minutes: round(total), start: p, end };
  }

  /**
   * After a time ending at e: `to` and a number with a time unit (the `to 1 h` of `30 min to 1 h`).
   * The upper bound's minutes and end, or undefined (nothing is reported).
   */
  private timeUpperBound(e: number): { minutes: number; end: number } | undefined {
    const T = this.T;
    const k = this.ws(e);
    if (k === e || k + 2 >= this.E || !this.is(k, k + 2, 'to') || !isSpace(T.charCodeAt(k + 2))) return undefined;
    const num = timeNumber(T, this.ws(k + 2), this.E);
    if (!num || num.negative || num.decimalComma || !(num.value > 0) || !Number.isFinite(num.value)) return undefined;
    const u = this.unitAfter(num.end);
    const def = u && lookupUnit(T.slice(u.s, u.e));
    if (!u || def?.kind !== 'time') return undefined;
    this.checkNumber(num);
    return { minutes: num.value * def.factor, end: u.e };
  }

  /** A prime (`'`, `′`, `’`) standing alone after a space at e (`stir 30 ′`): its span, or undefined. */
  private spacedPrime(e: number): { s: number; e: number } | undefined {
    const s = this.ws(e);
    if (s === e || s >= this.E || this.wordEndNoComma(s) !== s + 1) return undefined;
    const c = this.T.charCodeAt(s);
    return c === 39 || c === 0x2032 || c === 0x2019 ? { s, e: s + 1 } : undefined;
  }

  /** Whether another number with a time unit follows e (`0 h` then `30 min`). */
  private timePartFollows(e: number): boolean {
    const n = this.ws(e);
    const num = n > e ? readNumber(this.T, n, this.E) : undefined;
    const u = num && this.unitAfter(num.end);
    return !!u && lookupUnit(this.T.slice(u.s, u.e))?.kind === 'time';
  }

  /**
   * `1 week`, `2 months`: a time unit rxn does not take, reported on the unit. A number of
   * weeks also gets the days it is, and a fix that writes them (`2 weeks` → `14 d`).
   */
  private otherTimeUnitErr(ns: number, us: number, ue: number, num: NumberToken, high: NumberToken | undefined, subject: string): void {
    const unit = this.T.slice(us, ue);
    const days = OTHER_TIME_UNITS[unit.toLowerCase()].days;
    const base = `Unknown unit '${unit}': ${subject} takes a time (s, min, h, d) or \`overnight\``;
    if (!days || high || num.decimalComma || !(num.value > 0) || !Number.isFinite(num.value)) {
      this.qerr(us, ue, base + '.');
      return;
    }
    const d = round(num.value * days);
    // (On the number and the unit, which the fix rewrites.)
    this.qerr(ns, ue, `${base}; ${this.T.slice(num.start, num.end)} ${unit} is ${d} d.`, { title: `Change to '${d} d'`, text: `${d} d` });
  }

  /**
   * A whole number of minutes under 60 written alone after the hours (the `30` of `1 h 30`);
   * with `sixtyOrMore`, a whole number of 60 to 999 in that place (the `90` of `1 h 90`).
   */
  private bareMinutes(num: NumberToken, sixtyOrMore = false): boolean {
    const T = this.T;
    if (num.negative || num.decimalComma || !Number.isInteger(num.value) || num.value >= 60 !== sixtyOrMore) return false;
    if (num.end - num.start > (sixtyOrMore ? 3 : 2) || T.charCodeAt(num.start) === 43) return false;
    // Not the start of a range (`1 h 30-40`).
    const k = this.ws(num.end);
    return !(k < this.E && isDash(T.charCodeAt(k)));
  }

  /**
   * The unit word T[s, e) as hours with their minutes attached: `h30`, `hr30min`, and `h30`
   * followed by a minute unit (`1h30 min`). The minutes and where the time ends.
   */
  private attachedMinutes(s: number, e: number): { minutes: number; end: number } | undefined {
    const T = this.T;
    let i = s;
    while (i < e && i - s < 3 && isAsciiLetter(T.charCodeAt(i))) i++;
    const h = lookupUnit(T.slice(s, i));
    if (!h || h.unit !== 'h') return undefined;
    const ds = i;
    while (i < e && isDigit(T.charCodeAt(i))) i++;
    if (i === ds || i - ds > 3) return undefined;
    const minutes = +T.slice(ds, i);
    if (i < e) {
      const m = lookupUnit(T.slice(i, e));
      return m && m.unit === 'min' ? { minutes, end: e } : undefined;
    }
    const n = this.ws(e);
    if (n > e) {
      const ne = this.wordEndNoComma(n);
      const m = lookupUnit(T.slice(n, ne));
      if (m && m.unit === 'min') return { minutes, end: ne };
    }
    return { minutes, end: e };
  }

  /** The unit word after a number ending at e: attached, or the next word if it looks like a unit. */
  private unitAfter(e: number): { s: number; e: number } | undefined {
    const T = this.T;
    if (e < this.E && !isSpace(T.charCodeAt(e))) return { s: e, e: this.wordEndNoComma(e) };
    const s = this.ws(e);
    const ue = this.wordEndNoComma(s);
    if (ue > s && this.looksLikeUnit(s, ue)) return { s, e: ue };
    return undefined;
  }

  private duration(d: Dur): Duration {
    const out: Duration = { minutes: d.minutes, raw: this.T.slice(d.start, d.end), range: range(this.L, d.start, d.end) };
    if (d.word) out.word = d.word;
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // Header

  private parseProtocol(ks: number, ke: number): Statement | undefined {
    const title = this.textArg(ke, 'the title');
    if (title === null) return undefined;
    if (!title) {
      this.err(ks, ke, '`protocol` needs a title in double quotes, e.g. `protocol "Mono-alkylation of homopiperazine"`.');
      return undefined;
    }
    return { kind: 'protocol', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), title };
  }

  private parseTarget(ks: number, ke: number): Statement | undefined {
    const p = this.ws(ke);
    if (p >= this.E) {
      this.err(ks, ke, '`target` needs the degree of alkylation: mono, di or tri.');
      return undefined;
    }
    const e = this.wordEnd(p);
    const low = this.lower(p, e);
    const degree = hasOwn(TARGET_VALUES, low) ? TARGET_VALUES[low] : undefined;
    if (!degree) {
      this.errWord(p, e, `Unknown target '${this.show(p, e)}': expected mono, di or tri.`, TARGET_CANONICAL);
      return undefined;
    }
    if (!this.expectEnd(e, 'the target')) return undefined;
    return { kind: 'target', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), degree, value: this.tok(p, e) };
  }

  private parseScale(ks: number, ke: number): Statement | undefined {
    const p = this.ws(ke);
    const r = p < this.E ? this.readQuantity(p, ['amount'], '`scale`', 'an amount in mmol (or mol, µmol)') : undefined;
    if (!r) {
      if (p >= this.E) this.err(ks, ke, '`scale` needs an amount such as `5 mmol`.');
      else {
        const e = this.wordEnd(p);
        this.err(p, e, `Expected an amount such as \`5 mmol\` after \`scale\`, found '${this.show(p, e)}'.`);
      }
      return undefined;
    }
    if (!this.expectEnd(r.next, 'the scale')) return undefined;
    return { kind: 'scale', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), quantity: r.q };
  }

  private parseMode(ks: number, ke: number): Statement | undefined {
    const p = this.ws(ke);
    if (p >= this.E) {
      this.err(ks, ke, '`mode` needs one-pot or two-step.');
      return undefined;
    }
    let e = this.wordEnd(p);
    let low = this.lower(p, e);
    if (low === 'one' || low === 'two') {
      const n2 = this.ws(e);
      const e2 = this.wordEnd(n2);
      const l2 = this.lower(n2, e2);
      if ((low === 'one' && l2 === 'pot') || (low === 'two' && l2 === 'step')) {
        low = `${low} ${l2}`;
        e = e2;
      }
    }
    const mode = hasOwn(MODE_VALUES, low) ? MODE_VALUES[low] : undefined;
    if (!mode) {
      this.errWord(p, e, `Unknown mode '${this.show(p, e)}': expected one-pot or two-step.`, MODE_CANONICAL);
      return undefined;
    }
    if (!this.expectEnd(e, 'the mode')) return undefined;
    return { kind: 'mode', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), mode, value: this.tok(p, e) };
  }

  // ---------------------------------------------------------------------------------------
  // Declarations

  private parseReagent(ks: number, ke: number): ReagentStmt | undefined {
    const T = this.T;
    const E = this.E;
    const example = 'e.g. `reagent ald = benzaldehyde 1.0 equiv`';
    let p = this.ws(ke);
    const as = p;
    // (The alias ends at `=`, or at a colon written for it: `reagent acid: AcOH`.)
    const colonForEq = T.indexOf('=', p) < 0 || T.indexOf('=', p) >= E;
    while (p < E && !isSpace(T.charCodeAt(p)) && T.charCodeAt(p) !== 61 && !(colonForEq && T.charCodeAt(p) === 58 && p > as && this.ws(p + 1) < E)) p++;
    const ae = p;
    if (ae === as) {
      this.err(ks, ke, `\`reagent\` needs an alias and a name, ${example}.`);
      return undefined;
    }
    if (!isAlias(T, as, ae)) {
      this.err(
        as,
        ae,
        `'${this.show(as, ae)}' is not a valid alias: start with a letter or _, then use letters, digits, _ or -.`,
      );
      return undefined;
    }
    // `reagent at = AcOH` declares, but `add at, dz` cannot read: say so where it is declared.
    if (ADD_WORDS.has(T.slice(as, ae).toLowerCase()))
      // Reported, but the line reads (it declares the reagent): it does not hold "Fix all" back.
      this.noteErr(as, ae, `'${this.show(as, ae)}' is a word of \`add\` (as in \`add x ${T.slice(as, ae).toLowerCase()} …\`), so it cannot be an alias: \`add ${this.show(as, ae)}, …\` would not read. Pick another alias.`);
    p = this.ws(ae);
    // `reagent acid: AcOH 1.5 eq`, as an ELN labels its rows: a colon for `=`, reported with a safe
    // fix that writes `=`, and read as one.
    if (colonForEq && p < E && T.charCodeAt(p) === 58 && this.ws(p + 1) < E) {
      this.noteErr(p, p + 1, `Write \`=\` for the colon between the alias and the name: \`reagent ${this.show(as, ae)} = ${this.show(this.ws(p + 1), E)}\`.`, { title: "Change to '='", text: T.charCodeAt(p + 1) === 32 || p + 1 >= E ? (p === ae ? ' =' : '=') : p === ae ? ' = ' : '= ' });
      this.T = T.slice(0, p) + '=' + T.slice(p + 1);
      return this.parseReagent(ks, ke);
    }
    if (p >= E || T.charCodeAt(p) !== 61) {
      if (p < E) {
        const e = this.wordEnd(p);
        this.err(p, e, `Expected \`=\` between the alias and the reagent name, ${example}.`);
      } else this.err(as, ae, `\`reagent ${this.show(as, ae)}\` needs \`= NAME\` after the alias, ${example}.`);
      return undefined;
    }
    const eq = p;
    p = this.ws(eq + 1);
    let name: Token;
    let quoted = false;
    let q: number;
    if (p >= E) {
      this.err(eq, eq + 1, `The reagent name is missing after \`=\`, ${example}.`);
      return undefined;
    }
    if (T.charCodeAt(p) === 34) {
      const s = this.quoted(p);
      if (!s) return undefined;
      if (s.token.text.trim() === '') {
        this.err(p, s.next, 'The reagent name is empty.');
        return undefined;
      }
      name = s.token;
      quoted = true;
      q = s.next;
    } else {
      let nameEnd = p;
      let solution: { sep: number; close: number } | undefined;
      q = p;
      this.nameFrom = p;
      try {
        while (q < E) {
          // `homopiperazine (551 mg, 5.5 mmol, 1.1 equiv)`, as papers write it: the amounts in brackets.
          if (T.charCodeAt(q) === 40 && this.quantityBracket(q)) break;
          // `AcOH (1 M in DCE, 3.0 mL)`, as an ELN writes a solution: the concentration is the
          // name's (`AcOH (1 M in DCE)`, whose volume is of the solution), the amounts follow.
          const sol = T.charCodeAt(q) === 40 && nameEnd > p ? this.solutionBracket(q) : undefined;
          if (sol) {
            solution = sol;
            nameEnd = sol.sep;
            break;
          }
          const we = this.wordEnd(q);
          if (this.isAttribute(q, we) || this.startsQuantity(q, we, true)) break;
          // `AcOH ~1.5 eq`, `AcOH ca. 172 µL`: an amount said to be approximate starts the amounts.
          if (nameEnd > p && this.approximateAmount(q) >= 0) break;
          // `AcOH x 1.5 eq`, `AcOH × 1.5 eq`: a times sign before the amount is not part of the
          // name. Reported, with a safe fix that removes it; the line reads as without it. (Not a
          // capital X, nor an x after a word that makes it a placeholder: `reagent X`, `compound x`.)
          // So is a dash standing alone there, as a list's cells are joined (`AcOH - 1.5 eq`).
          if (nameEnd > p && ((isTimesSign(T, q, we) && T.charCodeAt(q) !== 88 && !PLACEHOLDER_BEFORE_X.test(T.slice(p, nameEnd))) || (we === q + 1 && isDash(T.charCodeAt(q))))) {
            const n = this.ws(we);
            if (n > we && n < E && this.startsQuantity(n, this.wordEnd(n), true) && scanNumber(T, n, E) >= 0) {
              this.noteErr(q, n, `Write the amount after the name without '${T.slice(q, we)}': \`${T.slice(p, nameEnd)} ${this.show(n, E)}\`.`, {
                title: `Remove '${T.slice(q, we)}'`,
                text: '',
              });
              q = n;
              break;
            }
          }
          const comma = this.commaBeforeQuantity(q, we);
          if (comma >= 0) {
            // `benzaldehyde,1 equiv`: the name ends at the comma, the amount follows it.
            nameEnd = comma;
            q = comma;
            break;
          }
          nameEnd = we;
          q = this.ws(we);
        }
      } finally {
        this.nameFrom = -1;
      }
      if (nameEnd === p) {
        this.err(eq, eq + 1, `The reagent name is missing after \`=\`: write the name before the amounts, ${example}.`);
        return undefined;
      }
      // `1,4-diazepane, 3.0 equiv`: the comma separates the name from the amount; so does a colon
      // before an amount or an attribute (`AcOH: 1.5 eq`, as an ELN labels a row).
      while (nameEnd > p + 1 && T.charCodeAt(nameEnd - 1) === 44) nameEnd--;
      if (nameEnd > p + 1 && T.charCodeAt(nameEnd - 1) === 58 && q < E) nameEnd--;
      name = this.tok(p, nameEnd);
      if (solution) {
        // (The name is what it reads as, its bracket closed: `AcOH (1 M in DCE)`.)
        const { sep, close } = solution;
        name = { text: T.slice(p, trimEndIndex(T, p, sep)) + ')', range: name.range };
        const stmt0: ReagentStmt = { kind: 'reagent', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), alias: this.tok(as, ae), name, quoted: false, quantities: [] };
        this.reagentTailWithin(stmt0, sep + 1, close);
        this.reagentTail(stmt0, Math.min(close + 1, E));
        return stmt0;
      }
    }
    const stmt: ReagentStmt = {
      kind: 'reagent',
      line: this.L,
      keyword: this.tok(ks, ke),
      range: this.stmtRange(ks),
      alias: this.tok(as, ae),
      name,
      quoted,
      quantities: [],
    };
    this.reagentTail(stmt, q);
    return stmt;
  }

  /** The amounts inside a solution's bracket (`AcOH (1 M in DCE, 3.0 mL)`: from `from` to its `)` at `close`). */
  private reagentTailWithin(stmt: ReagentStmt, from: number, close: number): void {
    const end = this.E;
    this.E = close;
    try {
      this.reagentTail(stmt, from);
    } finally {
      this.E = end;
    }
  }

  private reagentTail(stmt: ReagentStmt, q: number): void {
    const T = this.T;
    const E = this.E;
    const seen = new Set<string>();
    for (;;) {
      q = this.ws(q);
      if (q >= E) return;
      if (T.charCodeAt(q) === 44 || T.charCodeAt(q) === 59) {
        q++;
        continue;
      }
      // `1.2 eq / 222 µL`, `1.2 eq | 222 µL`: a slash or bar standing alone between two amounts, as
      // an ELN table's columns are pasted, separates them as a comma does.
      // Also attached (`1.2 eq/222 µL`, `1.2eq/222µL`), as ELN exports write the cells together.
      // (And `=` or `≈` between two amounts: `1.5 eq = 172 µL`.)
      if ((T.charCodeAt(q) === 47 || T.charCodeAt(q) === 124 || T.charCodeAt(q) === 61) && stmt.quantities.length > 0 && q + 1 < E) {
        const n = this.ws(q + 1);
        if (n < E && scanNumber(T, n, E) >= 0) {
          q = n;
          continue;
        }
      }
      // A solution's strength in a bracket after the amounts (`benzaldehyde 1.2 equiv (0.5 M in
      // DCE, 240 µL)`, `… 1.2 equiv (0.5 M in DCE)`), as a library well's stock is written: the
      // strength is the name's, as in `benzaldehyde (0.5 M in DCE) 1.2 equiv, 240 µL`, and the volume
      // is of the solution. (Once: a name that already gives a strength keeps it.)
      if (T.charCodeAt(q) === 40 && stmt.quantities.length > 0 && !stmt.name.text.includes('(')) {
        const sol = this.solutionBracket(q);
        const close = sol ? sol.close : T.indexOf(')', q + 1);
        const sep = sol ? sol.sep : close;
        if (close > q && close < E && (sol || SOLUTION_STRENGTH.test(T.slice(q + 1, close)))) {
          stmt.name = { text: `${stmt.name.text} (${T.slice(this.ws(q + 1), trimEndIndex(T, q + 1, sep))})`, range: stmt.name.range };
          if (sol) this.reagentTailWithin(stmt, sep + 1, close);
          q = close + 1;
          continue;
        }
      }
      // Amounts in brackets (`(551 mg, 5.5 mmol, 1.1 equiv)`, `1.5 equiv (3.18 g)`): read as
      // if the brackets were not there.
      const bracket = T.charCodeAt(q) === 40 ? this.quantityBracket(q) : undefined;
      if (bracket) {
        const { from, close, unclosed } = bracket;
        // Notes before the amounts (`98%`) are not read as the name's: say how to write them.
        if (from > q + 1) {
          const note = T.slice(q + 1, from).replace(/[\s,]+$/, '');
          const amounts = T.slice(from, close).trim();
          this.noteErr(q, unclosed ? close : close + 1, `'${note}' in this bracket is not read as part of the name (a purity or strength counts only there): write \`(${note}) ${amounts}\`.`, {
            title: `Write (${note}) ${amounts}`,
            text: `(${note}) ${amounts}`,
          });
        } else if (unclosed)
          this.noteErr(q, close, 'This bracket of amounts is not closed: add `)` after them, or write them without brackets.', { title: 'Close the bracket', text: T.slice(q, close) + ')' });
        const end = this.E;
        this.E = close;
        try {
          this.reagentTail(stmt, from);
        } finally {
          this.E = end;
        }
        q = unclosed ? close : close + 1;
        continue;
      }
      // `MW 154.59`, `MW: 200.28 g/mol`, `FW = 62.84`, `d 1.19`, `d = 0.96 g/mL`, as ELN tables and
      // notebooks give them with the amounts: the `mw` and `density` attributes.
      const prop = this.propertyAt(q);
      if (prop && !seen.has(prop.attr)) {
        seen.add(prop.attr);
        const holder: { invalid?: boolean } = {};
        this.checkNumber(prop.num, holder);
        if (!(prop.num.value > 0)) this.qerr(prop.num.start, prop.num.end, `\`${prop.attr}\` must be greater than zero.`);
        else if (!holder.invalid) {
          const entry = { value: prop.num.value, token: this.tok(prop.num.start, prop.num.end) };
          if (prop.attr === 'mw') stmt.mw = entry;
          else stmt.density = entry;
        }
        q = prop.end;
        continue;
      }
      const we = this.wordEndNoComma(q);
      const low = this.isAttribute(q, we) ? this.lower(q, we) : '';
      if (low) {
        if (seen.has(low)) {
          this.err(q, we, `\`${low}\` is given twice.`);
          return;
        }
        seen.add(low);
        const attr = this.tok(q, we);
        const v = this.ws(we);
        if (low === 'limiting') {
          stmt.limiting = attr;
          q = we;
          continue;
        }
        if (low === 'role') {
          const ve = this.wordEndNoComma(v);
          if (v >= E || ve === v) {
            this.err(q, we, `\`role\` needs one of: ${ROLES.join(', ')}.`);
            return;
          }
          const r = this.lower(v, ve) as Role;
          if (!ROLES.includes(r)) {
            this.errWord(v, ve, `Unknown role '${this.show(v, ve)}': expected one of ${ROLES.join(', ')}.`, ROLES);
            return;
          }
          stmt.role = { value: this.tok(v, ve), role: r };
          q = ve;
          continue;
        }
        if (low === 'smiles') {
          if (v >= E) {
            this.err(q, we, '`smiles` needs a SMILES string in double quotes, e.g. `smiles "O=Cc1ccccc1"`.');
            return;
          }
          if (T.charCodeAt(v) === 34) {
            const s = this.quoted(v);
            if (!s) return;
            stmt.smiles = s.token;
            q = s.next;
          } else {
            const ve = this.wordEnd(v);
            stmt.smiles = this.tok(v, ve);
            q = ve;
          }
          continue;
        }
        // mw / density: a positive number, optionally followed by its unit.
        const num = v < E ? this.readPlainNumber(v) : undefined;
        const unitWord = low === 'mw' ? 'g/mol' : 'g/mL';
        if (!num) {
          this.err(q, we, `\`${low}\` needs a number in ${unitWord}, e.g. \`${low} ${low === 'mw' ? '106.12' : '1.05'}\`.`);
          return;
        }
        let end = num.end;
        const u = this.ws(end);
        const ue = this.wordEndNoComma(u);
        if (ue > u && this.lower(u, ue) === unitWord.toLowerCase()) end = ue;
        else if (num.end < E && !isSpace(T.charCodeAt(num.end)) && T.charCodeAt(num.end) !== 44) {
          const e2 = this.wordEndNoComma(num.end);
          if (this.lower(num.end, e2) === unitWord.toLowerCase()) end = e2;
          else {
            this.err(num.end, e2, `\`${low}\` is a number in ${unitWord}.`);
            return;
          }
        }
        const holder: { invalid?: boolean } = {};
        this.checkNumber(num, holder);
        if (!(num.value > 0)) {
          this.qerr(num.start, num.end, `\`${low}\` must be greater than zero.`);
        } else if (!holder.invalid) {
          const entry = { value: num.value, token: this.tok(num.start, num.end) };
          if (low === 'mw') stmt.mw = entry;
          else stmt.density = entry;
        }
        q = end;
        continue;
      }
      // `~1.5 eq`, `ca. 172 µL`, `≈ 3 mmol`: the amount written.
      const approx = this.approximateAmount(q);
      if (approx >= 0) q = approx;
      if (scanNumber(T, q, E) >= 0) {
        const r = this.readQuantity(
          q,
          REAGENT_KINDS,
          'a reagent quantity',
          'equivalents, an amount, a mass or a volume (equiv, mmol, mg, g, µL, mL)',
        );
        if (r) {
          stmt.quantities.push(r.q);
          q = r.next;
          continue;
        }
      }
      // A note in brackets after the amounts, as an ELN row ends (`678 mg (solid)`, `172 µL (neat)`):
      // read past. Not one that says the amount is of a solution (`(1 M in THF)`, `(37%)`), which
      // changes what the amount measures.
      if (T.charCodeAt(q) === 40 && stmt.quantities.length > 0) {
        const close = T.indexOf(')', q + 1);
        const inner = close > q && close < E ? T.slice(q + 1, close) : '';
        if (inner.trim() && !inner.includes('(') && !/\d/.test(inner) && !/\bin\s+[a-z]/i.test(inner)) {
          q = close + 1;
          continue;
        }
      }
      // The same note as a word after the amounts (`Ti(OiPr)4 (2.0 equiv, neat)`, `2.0 equiv, neat`):
      // neat is the reagent as it comes, without solvent, which is what the amounts measure anyway.
      if (stmt.quantities.length > 0) {
        const ne = this.wordEndNoComma(q);
        if (AMOUNT_NOTE_WORDS.has(this.lower(q, ne).replace(/\.$/, ''))) {
          q = ne;
          continue;
        }
      }
      this.errWord(
        q,
        this.wordEnd(q),
        `Unexpected '${this.show(q, this.wordEnd(q))}' after the reagent name: expected a quantity such as \`1.0 equiv\` or an attribute (role, smiles, mw, density, limiting).`,
        REAGENT_ATTRIBUTES,
      );
      return;
    }
  }

  private parseSolvent(ks: number, ke: number): SolventStmt | undefined {
    const T = this.T;
    const E = this.E;
    let p = this.ws(ke);
    if (p >= E) {
      this.err(ks, ke, '`solvent` needs a name, e.g. `solvent DCE 0.2 M` or `solvent DCE/AcOH 9:1`.');
      return undefined;
    }
    let name: Token;
    let q: number;
    if (T.charCodeAt(p) === 34) {
      const s = this.quoted(p);
      if (!s) return undefined;
      name = s.token;
      q = s.next;
    } else {
      let nameEnd = p;
      q = p;
      while (q < E) {
        const we = this.wordEnd(q);
        if (isRatio(T, q, we) || this.startsQuantity(q, we, false)) break;
        // `solvent DCE (0.2 M)`: a bracketed amount is not part of the name.
        if (nameEnd > p && T.charCodeAt(q) === 40 && this.solventBracket(q)) break;
        nameEnd = we;
        q = this.ws(we);
      }
      // A comma between the name and its amount (`solvent MeOH, 5 mL`), as on a reagent line, is
      // not part of the name: `MeOH,` would be an unknown solvent, and no rule would see the MeOH.
      if (q < E && nameEnd > p && T.charCodeAt(nameEnd - 1) === 44) nameEnd = trimEndIndex(T, p, nameEnd - 1);
      if (nameEnd === p) {
        this.err(ks, ke, '`solvent` needs a name before its amount, e.g. `solvent DCE 0.2 M`.');
        return undefined;
      }
      name = this.tok(p, nameEnd);
    }
    if (name.text.trim() === '') {
      this.err(name.range.start.character, name.range.end.character, 'The solvent name is empty.');
      return undefined;
    }
    // Parts, split on '/'.
    const parts: Token[] = [];
    const ns = name.range.start.character;
    const ne = name.range.end.character;
    let s = ns;
    for (let i = ns; i <= ne; i++) {
      if (i === ne || T.charCodeAt(i) === 47) {
        const a = skipSpaces(T, s, i);
        const b = trimEndIndex(T, a, i);
        if (b === a) {
          this.err(i < ne ? i : Math.max(ns, i - 1), i < ne ? i + 1 : i, 'A solvent mixture needs a name on each side of `/`, e.g. `DCE/AcOH`.');
          return undefined;
        }
        parts.push(this.tok(a, b));
        s = i + 1;
      }
    }
    const stmt: SolventStmt = { kind: 'solvent', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), name, parts };
    for (;;) {
      q = this.ws(q);
      if (q >= E) break;
      const we = this.wordEnd(q);
      if (isRatio(T, q, we)) {
        if (stmt.ratio) {
          this.err(q, we, 'The ratio is given twice.');
          return undefined;
        }
        const n = countColons(T, q, we) + 1;
        if (parts.length < 2) {
          this.err(q, we, `A ratio needs a mixture: write the solvents joined by \`/\`, e.g. \`solvent DCE/AcOH ${this.show(q, we)}\`.`);
          return undefined;
        }
        if (n !== parts.length) {
          this.err(q, we, `The ratio has ${n} numbers but the mixture has ${parts.length} solvents.`);
          return undefined;
        }
        stmt.ratio = this.tok(q, we);
        q = we;
        continue;
      }
      // `solvent DCE (0.2 M)`, `solvent DCE 10 mL (0.2 M)`: an amount in brackets, as a notebook
      // adds the concentration a volume makes.
      const bracket = T.charCodeAt(q) === 40 ? this.solventBracket(q) : undefined;
      if (bracket) {
        const had = stmt.amount;
        if (!had) stmt.amount = bracket.q;
        else if (had.kind === bracket.q.kind) {
          this.err(q, bracket.next, 'The solvent amount is given twice.');
          return undefined;
        } else stmt.bracketed = bracket.q;
        q = bracket.next;
        continue;
      }
      if (scanNumber(T, q, E) >= 0) {
        if (stmt.amount) {
          this.err(q, we, 'The solvent amount is given twice.');
          return undefined;
        }
        const r = this.readQuantity(q, SOLVENT_KINDS, '`solvent`', 'a concentration or a volume (M, mM, mL, L)');
        if (r) {
          stmt.amount = r.q;
          q = r.next;
          continue;
        }
      }
      this.err(q, we, `Unexpected '${this.show(q, we)}' after the solvent name: expected a ratio such as \`9:1\`, a concentration such as \`0.2 M\` or a volume such as \`10 mL\`.`);
      return undefined;
    }
    return stmt;
  }

  /**
   * A bracket at `open` that holds one concentration or volume and nothing else (`(0.2 M)`,
   * `(10 mL)`): the quantity (read without reporting) and where the bracket ends.
   */
  private solventBracket(open: number): { q: Quantity; next: number } | undefined {
    const T = this.T;
    const close = T.indexOf(')', open + 1);
    if (close < 0 || close >= this.E) return undefined;
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-zµμ]+)\s*$/.exec(T.slice(open + 1, close));
    const def = m ? lookupUnit(m[2]) : undefined;
    if (!def || !SOLVENT_KINDS.includes(def.kind)) return undefined;
    const end = this.E;
    this.E = close;
    try {
      const r = this.readQuantity(this.ws(open + 1), SOLVENT_KINDS, '`solvent`', 'a concentration or a volume (M, mM, mL, L)');
      return r ? { q: r.q, next: close + 1 } : undefined;
    } finally {
      this.E = end;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Blocks

  private parseStep(ks: number, ke: number): Statement | undefined {
    const title = this.textArg(ke, 'the step title');
    if (title === null) return undefined;
    const stmt: Statement = { kind: 'step', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks) };
    if (title) stmt.title = title;
    return stmt;
  }

  private parseWorkup(ks: number, ke: number): Statement | undefined {
    if (!this.expectEnd(ke, '`workup` (it starts the work-up block; its statements go on the next lines)')) return undefined;
    return { kind: 'workup', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks) };
  }

  private parseNote(ks: number, ke: number): Statement | undefined {
    const text = this.textArg(ke, 'the note');
    if (text === null) return undefined;
    if (!text) {
      this.err(ks, ke, '`note` needs a text, e.g. `note "the imine forms slowly"`.');
      return undefined;
    }
    return { kind: 'note', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), text };
  }

  // ---------------------------------------------------------------------------------------
  // Step statements

  /**
   * After an alias ending at `p`: `and`, `&`, `+` or `;` (`, and` too) before another alias, as a
   * sentence or a notebook lists them. Reported once with a safe fix that writes the comma, and read as one (the line
   * still reads: a slip of style, not of meaning). Where the next alias starts, or -1.
   */
  private andSeparator(p: number): number {
    const T = this.T;
    const E = this.E;
    let c = this.ws(p);
    const comma = c < E && T.charCodeAt(c) === 44;
    if (comma) c = this.ws(c + 1);
    // (`+` and `;` as notebooks join reagents, `boc + ket`, `boc; ket`: also against the words.)
    const mark = !comma && c < E && (T.charCodeAt(c) === 43 || T.charCodeAt(c) === 59);
    const we = mark ? c + 1 : this.wordEnd(c);
    if ((c === p && !mark) || !(mark || this.is(c, we, 'and') || (we === c + 1 && T.charCodeAt(c) === 38))) return -1;
    const n = this.ws(we);
    let ne = n;
    while (ne < E && !isSpace(T.charCodeAt(ne)) && T.charCodeAt(ne) !== 44 && !(mark && T.charCodeAt(ne) === T.charCodeAt(c))) ne++;
    // (Not `add stab and stir`: a statement's keyword after `and` is a second statement.)
    if ((n === we && !mark) || !isAlias(T, n, ne) || ADD_WORDS.has(this.lower(n, ne)) || keywordAt(T, n, ne)) return -1;
    const word = this.show(c, we);
    // (The fix's range: ` and` → `,`; `and ` after a comma → nothing.)
    const message = comma
      ? `A comma already separates these reagents of \`add\`: remove the '${word}'.`
      : `Separate the reagents of \`add\` with commas, not '${word}'.`;
    this.noteErr(comma ? c : p, comma ? n : we, message, {
      title: comma ? `Remove '${word}'` : `Change '${word}' to ','`,
      text: comma ? '' : ',',
    });
    return n;
  }

  private parseAdd(ks: number, ke: number): AddStmt | undefined {
    const T = this.T;
    const E = this.E;
    let p = this.ws(ke);
    if (p >= E) {
      this.err(ks, ke, '`add` needs the aliases of the reagents to add, e.g. `add amine, ald`.');
      return undefined;
    }
    const aliases: Token[] = [];
    for (;;) {
      const s = p;
      // (An alias ends at a `+` or `;` too, which joins it to the next: `boc+ket`, `boc; ket`.)
      while (p < E && !isSpace(T.charCodeAt(p)) && T.charCodeAt(p) !== 44 && (p === s || (T.charCodeAt(p) !== 43 && T.charCodeAt(p) !== 59))) p++;
      if (p === s) {
        this.err(s, s + 1, 'Expected a reagent alias before `,`.');
        return undefined;
      }
      const low = aliases.length === 0 ? this.lower(s, p) : '';
      if (aliases.length === 0 && (hasOwn(ADD_MANNER_SPELLINGS, low) || low === 'at' || low === 'in')) {
        this.err(s, p, `\`add\` needs the aliases of the reagents before '${this.show(s, p)}', e.g. \`add stab portionwise\`.`);
        return undefined;
      }
      if (!isAlias(T, s, p)) {
        this.err(s, p, `'${this.show(s, p)}' is not a reagent alias: aliases start with a letter or _ and use letters, digits, _ or -.`);
        return undefined;
      }
      aliases.push(this.tok(s, p));
      // `add boc, ket and acid`, `add boc & ket`: the next alias after `and`, read as after a comma.
      const nx = this.andSeparator(p);
      if (nx >= 0) {
        p = nx;
        continue;
      }
      const c = this.ws(p);
      if (c < E && T.charCodeAt(c) === 44) {
        p = this.ws(c + 1);
        if (p >= E) {
          this.err(c, c + 1, 'Expected another alias after `,`.');
          return undefined;
        }
        continue;
      }
      p = c;
      break;
    }
    const stmt: AddStmt = { kind: 'add', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), aliases };
    let atSeen = false;
    while (p < E) {
      const we = this.wordEnd(p);
      const low = this.lower(p, we);
      let manner = hasOwn(ADD_MANNER_SPELLINGS, low) ? ADD_MANNER_SPELLINGS[low] : undefined;
      let mannerEnd = we;
      if (!manner && (low === 'portion' || low === 'drop')) {
        // `portion wise`, `drop wise`: the manner in two words, as a notebook may type it.
        const w2 = this.ws(we);
        const w2e = this.wordEnd(w2);
        if (w2 > we && this.is(w2, w2e, 'wise')) {
          manner = low === 'drop' ? 'dropwise' : 'portionwise';
          mannerEnd = w2e;
        }
      }
      if (manner || low === 'in') {
        if (stmt.manner) {
          this.err(p, we, 'The manner of addition is given twice.');
          return undefined;
        }
        if (manner) {
          stmt.manner = { kind: manner, token: this.tok(p, mannerEnd) };
          p = this.ws(mannerEnd);
          continue;
        }
        // in N portions (also in words: `in one portion`, `in three portions`), or `in portions`
        const n = this.ws(we);
        const word = this.lower(n, this.wordEnd(n));
        if (word === 'portions') {
          stmt.manner = { kind: 'portionwise', token: this.tok(p, this.wordEnd(n)) };
          p = this.ws(this.wordEnd(n));
          continue;
        }
        // `in equal portions`: portionwise.
        if (word === 'equal') {
          const w2 = this.ws(this.wordEnd(n));
          const w2e = this.wordEnd(w2);
          if (this.lower(w2, w2e) === 'portions') {
            stmt.manner = { kind: 'portionwise', token: this.tok(p, w2e) };
            p = this.ws(w2e);
            continue;
          }
        }
        // `in one go`, `in a single portion`, as a notebook says all at once: one portion.
        {
          const w2 = this.ws(this.wordEnd(n));
          const w2e = this.wordEnd(w2);
          const pl2 = this.lower(w2, w2e);
          if ((word === 'one' && pl2 === 'go') || (word === 'a' && pl2 === 'single')) {
            let end = w2e;
            if (pl2 === 'single') {
              const w3 = this.ws(w2e);
              const w3e = this.wordEnd(w3);
              if (this.lower(w3, w3e) !== 'portion') end = -1;
              else end = w3e;
            }
            if (end > 0) {
              stmt.manner = { kind: 'portions', count: 1, token: this.tok(p, end) };
              p = this.ws(end);
              continue;
            }
          }
        }
        const spelled = NUMBER_WORDS.indexOf(word) + 1;
        if (spelled > 0) {
          let w2 = this.ws(this.wordEnd(n));
          let w2e = this.wordEnd(w2);
          // `in three equal portions`
          if (this.lower(w2, w2e) === 'equal') {
            w2 = this.ws(w2e);
            w2e = this.wordEnd(w2);
          }
          const pl2 = this.lower(w2, w2e);
          if (pl2 === 'portions' || pl2 === 'portion') {
            stmt.manner = { kind: 'portions', count: spelled, token: this.tok(p, w2e) };
            p = this.ws(w2e);
            continue;
          }
        }
        const num = n < E ? readNumber(T, n, E) : undefined;
        const ne = num ? num.end : n;
        let w = this.ws(ne);
        let wwe = this.wordEnd(w);
        // `in 4 equal portions`, as procedures often say it.
        if (num && this.lower(w, wwe) === 'equal') {
          w = this.ws(wwe);
          wwe = this.wordEnd(w);
        }
        const pl = this.lower(w, wwe);
        if (!num || num.end !== this.wordEnd(n) || (pl !== 'portions' && pl !== 'portion')) {
          this.err(p, wwe > p ? wwe : we, 'Expected `in N portions`, e.g. `add stab in 3 portions`.');
          return undefined;
        }
        if (!Number.isInteger(num.value) || num.value < 1 || num.decimalComma) {
          this.err(num.start, num.end, 'The number of portions must be a whole number of at least 1.');
          return undefined;
        }
        stmt.manner = { kind: 'portions', count: num.value, token: this.tok(p, wwe) };
        p = this.ws(wwe);
        continue;
      }
      if (low === 'at' || (!atSeen && T.charCodeAt(p) === 64 && this.ws(p + 1) < E)) {
        if (atSeen) {
          this.err(p, we, 'The temperature is given twice.');
          return undefined;
        }
        atSeen = true;
        const t = this.temperatureAfter(p, low === 'at' ? we : this.atSign(p), '`add … at`');
        if (!t) return undefined;
        if (t.t) stmt.temperature = t.t; // an invalid temperature is reported and left out
        p = this.ws(t.next);
        continue;
      }
      if (low === 'to' || low === 'until' || low === 'till') {
        // `add acid to pH 5–6` (`until pH 5`): how a Borch procedure doses its acid. The pH is
        // what the chemist aims at, not something the checker reads; the acid goes in all the same.
        PH_TARGET.lastIndex = p;
        const m = PH_TARGET.exec(this.T);
        if (m && m.index + m[0].length <= E) {
          if (stmt.pH) {
            this.err(p, m.index + m[0].length, 'The pH is given twice.');
            return undefined;
          }
          stmt.pH = this.tok(p, m.index + m[0].length);
          p = this.ws(m.index + m[0].length);
          continue;
        }
      }
      if (this.is(p, we, 'over')) {
        // `add ald dropwise over 30 min`: the addition itself takes time.
        if (stmt.duration) {
          this.err(p, we, 'The duration of the addition is given twice.');
          return undefined;
        }
        // (`add stab over night`: the duration is the two words.)
        const n = this.ws(we);
        const d = this.requiredDuration(this.is(n, this.wordEnd(n), 'night') ? p : n, p, we, 'add … over');
        if (!d) return undefined;
        if (!d.d.invalid) stmt.duration = this.duration(d.d); // an invalid duration is reported and left out
        p = this.ws(d.d.end);
        continue;
      }
      // `add stab under argon at 0 °C`: an inert atmosphere in mid-line, read past as at the end.
      const inert = low === 'under' ? INERT_ATMOSPHERE_HERE.exec(T.slice(p, E)) : null;
      if (inert) {
        p = this.ws(p + inert[0].length);
        continue;
      }
      // How it is added, in a word (`add stab slowly`, `carefully`): read past.
      if (we - p <= 11 && /^(?:slowly|carefully|cautiously|gradually)$/.test(low)) {
        p = this.ws(we);
        continue;
      }
      // A bracket in mid-line, as at its end (`add stab (1.6 eq) portionwise`, `(678 mg)`): an
      // aside, read past; not one that gives a temperature.
      if (T.charCodeAt(p) === 40) {
        const close = T.indexOf(')', p + 1);
        const inner = close > p && close < E ? T.slice(p + 1, close) : '';
        if (inner && !inner.includes('(') && !ASIDE_TEMPERATURE.test(inner)) {
          p = this.ws(close + 1);
          continue;
        }
      }
      this.errWord(
        p,
        we,
        `Unexpected '${this.show(p, we)}' in \`add\`: separate aliases with commas; after them you may write portionwise, dropwise, in N portions, over TIME or at TEMP.`,
        ADD_MANNERS,
      );
      return undefined;
    }
    return stmt;
  }

  /**
   * The end of `to`, `→` or `->` at p — the arrow may touch what follows (`0 °C→rt`) — or -1.
   * `stir … at A to B` is a warm-up (or a cooling): the pot ends at B.
   */
  private warmUpConnector(p: number): number {
    const T = this.T;
    if (T.charCodeAt(p) === 0x2192) return p + 1;
    if (T.charCodeAt(p) === 45 && T.charCodeAt(p + 1) === 62) return p + 2;
    const we = this.wordEnd(p);
    return this.is(p, we, 'to') ? we : -1;
  }

  /**
   * `0 to 25 °C`, `0→25 °C`, `0 -> rt` at p: a number without a unit, a connector, and a
   * temperature. The pot ends at the second temperature; the first number, in the second's
   * unit, is only checked to be above absolute zero. Undefined when the text is not of that shape.
   */
  private bareWarmUp(p: number): { t?: Temperature; next: number } | undefined {
    const num = readNumber(this.T, p, this.E);
    if (!num) return undefined;
    const c = this.ws(num.end);
    const to = c < this.E ? this.warmUpConnector(c) : -1;
    if (to < 0) return undefined;
    const v = this.ws(to);
    if (v >= this.E) return undefined;
    const t2 = this.readTemperature(v, '`stir … at … to`');
    if (t2 === null) return undefined;
    if (t2 === undefined) return { next: this.E };
    this.checkNumber(num);
    // In the second temperature's unit (`-40 to 0 °F`); `0 to rt` is in °C.
    const unitText = t2.t && !t2.t.word ? t2.t.raw.replace(/^[-+−]?[\d.]+(?:\s*[-–]\s*[-+−]?[\d.]+)?\s*/, '') : '';
    const def = unitText ? lookupUnit(unitText) : undefined;
    if (round(toCelsius(num.value, def?.kind === 'temperature' ? def.unit : '°C')) < ABSOLUTE_ZERO_C) {
      this.qerr(p, num.end, `${this.show(p, num.end)} ${def?.kind === 'temperature' ? def.unit : '°C'} is below absolute zero (−273.15 °C).`);
      return { next: t2.next };
    }
    return t2;
  }

  /**
   * Past an "about" before a temperature (`at ~25 °C`, `at ca. 25 °C`, `at approx. rt`, `at ≈ 0 °C`),
   * as notebooks qualify it: the figure is the temperature. Only when a number or `rt` follows.
   */
  private pastApproximateTemperature(p: number): number {
    const T = this.T;
    const c = T.charCodeAt(p);
    let q = p;
    if (c === 0x7e || c === 0x2248) q = this.ws(p + 1); // ~, ≈
    else {
      const we = this.wordEnd(p);
      if (we - p <= 13 && /^(?:ca\.?|c\.|approx\.?|approximately|about)$/.test(this.lower(p, we))) q = this.ws(we);
    }
    if (q === p || q >= this.E) return p;
    const d = T.charCodeAt(q);
    return isDigit(d) || d === 45 || d === 0x2212 || /^(?:rt|r\.t\.?|room)(?![a-z])/i.test(T.slice(q, q + 5)) ? q : p;
  }

  /** `at TEMP`: `at` spans [as, ae). */
  private temperatureAfter(as: number, ae: number, subject: string): { t?: Temperature; next: number } | undefined {
    const v = this.pastApproximateTemperature(this.ws(ae));
    if (v >= this.E) {
      this.err(as, ae, `\`${this.T.slice(as, ae)}\` needs a temperature, e.g. \`at 0 °C\` or \`at rt\`.`);
      return undefined;
    }
    const t = this.readTemperature(v, subject);
    if (t === null) {
      const e = this.wordEnd(v);
      this.err(v, e, `Expected a temperature such as \`40 °C\` or \`rt\`, found '${this.show(v, e)}'.`);
      return undefined;
    }
    return t;
  }

  /**
   * `@` for `at` (`stir 2 h @ rt`, `add stab @ 0 °C`): reported with a safe fix that writes
   * `at`, and read as `at` (the line still reads; also `@rt`, attached). Where the `@` ends, or
   * -1 when T[p] is not a `@` with something after it.
   */
  private atSign(p: number): number {
    if (this.T.charCodeAt(p) !== 64 || this.ws(p + 1) >= this.E) return -1;
    const attached = !isSpace(this.T.charCodeAt(p + 1));
    this.noteErr(p, p + 1, 'Write `at` for `@` before the temperature.', { title: "Change to 'at'", text: attached ? 'at ' : 'at' });
    return p + 1;
  }

  /**
   * A temperature after the time without its `at` (`stir 2 h 80 °C`, `stir 2 h, rt`, `stir 16 h/rt`
   * with the slash of `slash`): reported with a safe fix that writes `at` (in place of the comma or
   * the slash); where the temperature starts (the line reads as with the fix), else -1.
   */
  private missingAt(p: number, kw: string, slash = -1): number {
    const T = this.T;
    let v = p;
    if (T.charCodeAt(v) === 44) v = this.ws(v + 1);
    if (v >= this.E || (v === p && p > 0 && !isSpace(T.charCodeAt(p - 1)))) return -1;
    const we = this.wordEnd(v);
    let temp = false;
    const num = readNumber(T, v, this.E);
    if (num && !num.decimalComma) {
      const u = this.unitAfter(num.end);
      temp = !!u && lookupUnit(T.slice(u.s, u.e))?.kind === 'temperature' && this.wordEnd(u.s) === this.E;
    } else {
      const low = this.lower(v, this.E);
      temp = low === 'rt' || low === 'r.t.' || low === 'room temperature';
    }
    if (!temp) return -1;
    // (`, rt`: the comma and its space become ` at `; `h/rt`: the slash.)
    // (The slash and the spaces about it become ` at `.)
    const sl = slash >= 0 && v === p && slash < p && T.slice(slash, p).trim() === '';
    const a = sl ? trimEndIndex(T, 0, slash) : v === p ? p : trimEndIndex(T, 0, p);
    const e = sl ? p : we;
    const text = sl ? ' at ' : v === p ? `at ${this.T.slice(v, we)}` : ` at ${this.T.slice(v, we)}`;
    const atSign = sl && this.line0.charCodeAt(slash) === 64;
    this.noteErr(a, e, atSign ? 'Write `at` for `@` before the temperature.' : `The temperature needs \`at\` before it: write \`${kw} … at ${this.show(v, this.E)}\`.`, {
      title: atSign ? "Change to 'at'" : sl ? "Change '/' to 'at'" : `Change to '${text.trim()}'`,
      text,
    });
    return v;
  }

  /**
   * `stir 16 h/rt`, `stir 16h/rt`, `stir overnight/0 °C`: the time and the temperature, one slash
   * between them, as a notebook's condition column is written. The slash is taken out of the
   * text read (a space in its place), so that the time reads alone; its position, else -1.
   * (missingAt then reports it, with a fix that writes ` at ` for it.)
   */
  private timeSlashTemperature(from: number): number {
    const T = this.T;
    // (The last slash: `o/n/rt` has one of its own. Or an `@` against the time: `16h@rt`.)
    let j = T.lastIndexOf('/', this.E - 1);
    const at = T.lastIndexOf('@', this.E - 1);
    if (at > j && at > 0 && !isSpace(T.charCodeAt(at - 1))) j = at;
    if (j <= from) return -1;
    const before = T.slice(from, j);
    const after = T.slice(j + 1, this.E);
    if (!/(?:\d\s*(?:h|hrs?|hours?|min|mins|minutes?|d|days?)\.?|overnight|o\/n|o\.n\.)\s*$/i.test(before)) return -1;
    if (!/^\s*(?:rt|r\.t\.?|room\s+temp(?:erature|\.)?|-?\d+(?:\.\d+)?\s*(?:°\s*C|º\s*C|℃|oC|C|K))\s*$/i.test(after)) return -1;
    this.T = T.slice(0, j) + ' ' + T.slice(j + 1);
    return j;
  }

  /**
   * Past an "about" before a number, as notebooks qualify a time (`~16 h`, `ca. 16 h`,
   * `approx. 2 h`, `about 30 min`), or an "at least" (`>2 h`, `≥ 2 h`, `>= 2 h`, `at least 2 h`):
   * the figure is the time. Only when a number follows.
   */
  private pastApproximately(p0: number): number {
    const T = this.T;
    // (`a further 2 h`, `another 30 min`, `an additional 1 h`: a time added to what went before.)
    const more = FURTHER_TIME.exec(T.slice(p0, Math.min(this.E, p0 + 24)));
    const p = more ? p0 + more[0].length : p0;
    let q = p;
    const c = T.charCodeAt(p);
    if (c === 0x7e || c === 0x2248 || c === 0x2265) q = this.ws(p + 1); // ~, ≈, ≥
    else if (c === 0x3e) q = this.ws(T.charCodeAt(p + 1) === 0x3d ? p + 2 : p + 1); // >, >=
    else {
      const we = this.wordEnd(p);
      if (we - p <= 13 && /^(?:ca\.?|c\.|approx\.?|approximately|about)$/.test(this.lower(p, we))) q = this.ws(we);
      else if (this.is(p, we, 'at')) {
        const l = this.ws(we);
        const le = this.wordEnd(l);
        if (this.is(l, le, 'least')) q = this.ws(le);
      }
    }
    return q >= p && q > p0 && q < this.E && isDigit(T.charCodeAt(q)) ? q : p0;
  }

  /** A duration at p, with `for` allowed before it. Reports "needs a duration" when absent. */
  private requiredDuration(p: number, ks: number, ke: number, kw: string): { d: Dur } | undefined {
    const E = this.E;
    const subject = `\`${kw}\``;
    let v = p;
    // (`stir vigorously for 2 h`: how it is stirred, read past.)
    if (kw === 'stir') {
      const ve = this.wordEnd(v);
      if (ve - v <= 12 && /^(?:vigorously|gently|rapidly|efficiently|well)$/.test(this.lower(v, ve)) && this.ws(ve) < E) v = this.ws(ve);
    }
    const we = this.wordEnd(v);
    // (`warm to rt over 1 h`: on a heating line, `over` says how long it took, as `for` does.)
    if (this.is(v, we, 'for')) v = this.ws(we);
    else if ((kw === 'heat' || kw === 'warm') && this.is(v, we, 'over')) {
      const n = this.ws(we);
      if (!this.is(n, this.wordEnd(n), 'night')) v = n;
    }
    if (v >= E) {
      this.err(p < E ? p : ks, p < E ? we : ke, `${subject} needs a duration such as \`30 min\`, \`2 h\` or \`overnight\`.`);
      return undefined;
    }
    const d = this.readDuration(v, subject);
    if (d === null) {
      const e = this.wordEnd(v);
      this.err(v, e, `${subject} needs a duration such as \`30 min\`, \`2 h\` or \`overnight\`; found '${this.show(v, e)}'.`);
      return undefined;
    }
    return { d };
  }

  private parseStir(ks: number, ke: number): Statement | undefined {
    const E = this.E;
    const slash = this.timeSlashTemperature(ke);
    let p = this.ws(ke);
    // `stir the mixture 16 h`, `stir the reaction mixture at rt for 16 h`: what is stirred, read past.
    const what = STIRRED.exec(this.T.slice(p, Math.min(E, p + 40)));
    if (what && p + what[0].length < E) p = this.ws(p + what[0].length);
    // `stir at rt, 16 h`: a comma after the temperature, before the time, says nothing more.
    const clause = TEMPERATURE_COMMA.exec(this.T.slice(p, E));
    if (clause) {
      const c = p + clause.index + clause[0].length - 1;
      this.T = this.T.slice(0, c) + ' ' + this.T.slice(c + 1);
    }
    let duration: Dur | undefined;
    let temperature: Temperature | undefined;
    let from: Temperature | undefined;
    let atSeen = false;
    while (p < E) {
      const we = this.wordEnd(p);
      // (`stir at least 2 h`: not a temperature, the time qualified.)
      const atLeast = !duration && this.is(p, we, 'at') && this.pastApproximately(p) > p;
      const at = atLeast ? -1 : this.is(p, we, 'at') ? we : atSeen ? -1 : this.atSign(p);
      if (at >= 0) {
        if (atSeen) {
          this.err(p, we, 'The temperature is given twice.');
          return undefined;
        }
        atSeen = true;
        // `at 0 to 25 °C`, `at 0→25 °C`: the first number borrows the second's unit.
        const bare = this.bareWarmUp(this.ws(at));
        if (bare) {
          temperature = bare.t;
          p = this.ws(bare.next);
          continue;
        }
        const t = this.temperatureAfter(p, at, '`stir … at`');
        if (!t) return undefined;
        temperature = t.t; // undefined when invalid (reported): the stir is kept without it
        p = this.ws(t.next);
        // `at 0 °C to rt`: warmed while it stirs; the pot ends at the second temperature.
        const to = p < E ? this.warmUpConnector(p) : -1;
        if (to > p) {
          const t2 = this.temperatureAfter(p, to, '`stir … at … to`');
          if (!t2) return undefined;
          if (temperature && t2.t) {
            from = temperature;
            temperature = t2.t;
          }
          p = this.ws(t2.next);
        }
        continue;
      }
      // `stir rt, 2 h`, `stir 0 °C 30 min`: the temperature first, without its `at` — reported
      // with a safe fix that writes it, and read as with it.
      if (!duration && !atSeen) {
        const lead = LEADING_TEMPERATURE.exec(this.T.slice(p, E));
        if (lead) {
          this.noteErr(p, p + lead[1].length, `The temperature needs \`at\` before it: write \`stir at ${this.show(p, p + lead[1].length)} …\`.`, { title: "Insert 'at'", text: `at ${this.T.slice(p, p + lead[1].length)}` });
          atSeen = true;
          // (`rt, 2 h`: the comma after it goes, as after `at rt`.)
          const comma = this.T.indexOf(',', p + lead[1].length);
          if (comma >= 0 && comma < p + lead[0].length) this.T = this.T.slice(0, comma) + ' ' + this.T.slice(comma + 1);
          const t = this.readTemperature(p, '`stir … at`');
          if (!t) {
            if (t === null) this.err(p, this.wordEnd(p), `Expected a temperature such as \`40 °C\` or \`rt\`, found '${this.show(p, this.wordEnd(p))}'.`);
            return undefined;
          }
          temperature = t.t;
          p = this.ws(t.next);
          continue;
        }
      }
      if (!duration && this.is(p, we, 'until')) {
        this.err(p, E, '`stir until …` gives no time: write the time it took, e.g. `stir 16 h` or `stir overnight` (and `monitor TLC` for the check).');
        return undefined;
      }
      if (!duration) {
        const r = this.requiredDuration(p, ks, ke, 'stir');
        if (!r) return undefined;
        duration = r.d;
        p = this.ws(r.d.end);
        continue;
      }
      // `stir overnight (16 h) at rt`: an aside after the time, before the temperature, is read past too.
      const aside = duration ? this.asideAt(ke, p) : -1;
      if (aside > p) {
        p = this.ws(aside);
        continue;
      }
      // `stir 16 h under N2 at rt`: an inert atmosphere in mid-line, read past as at the end.
      const inert = this.is(p, we, 'under') ? INERT_ATMOSPHERE_HERE.exec(this.T.slice(p, E)) : null;
      if (inert) {
        p = this.ws(p + inert[0].length);
        continue;
      }
      const bare = atSeen ? -1 : this.missingAt(p, 'stir', slash);
      if (bare >= 0) {
        // (Read as with its `at`: `stir 2 h, rt` is 2 h at rt.)
        atSeen = true;
        const t = this.readTemperature(bare, '`stir … at`');
        if (!t) return undefined;
        temperature = t.t;
        p = this.ws(t.next);
        continue;
      }
      this.err(p, we, `Unexpected '${this.show(p, we)}' in \`stir\`: write \`stir TIME [at TEMP]\`.`);
      return undefined;
    }
    if (!duration) {
      this.err(ks, ke, '`stir` needs a duration such as `30 min`, `2 h` or `overnight`.');
      return undefined;
    }
    if (duration.invalid) this.bad = true;
    const stmt: Statement = { kind: 'stir', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), duration: this.duration(duration) };
    if (temperature) stmt.temperature = temperature;
    if (from) stmt.from = from;
    return stmt;
  }

  private parseWait(ks: number, ke: number): Statement | undefined {
    const p = this.ws(ke);
    const r = this.requiredDuration(p, ks, ke, 'wait');
    if (!r) return undefined;
    if (r.d.invalid) this.bad = true;
    if (!this.expectEnd(r.d.end, 'the duration')) return undefined;
    return { kind: 'wait', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), duration: this.duration(r.d) };
  }

  private parseHeat(ks: number, ke: number): Statement | undefined {
    const E = this.E;
    let p = this.ws(ke);
    let we = this.wordEnd(p);
    let low = this.lower(p, we);
    // `warm up to rt`, `heat up to 60 °C`: the `up` says nothing more.
    if (low === 'up') {
      p = this.ws(we);
      we = this.wordEnd(p);
      low = this.lower(p, we);
    }
    if (low === 'to' || low === 'at') {
      p = this.ws(we);
    }
    if (p >= E) {
      this.err(ks, ke, '`heat` needs a temperature, e.g. `heat to 40 °C for 2 h`.');
      return undefined;
    }
    p = this.pastApproximateTemperature(p);
    const t = this.readTemperature(p, '`heat to`');
    if (t === undefined) return undefined;
    if (t === null) {
      we = this.wordEnd(p);
      this.err(p, we, `\`heat\` needs a temperature such as \`40 °C\` or \`reflux\`; found '${this.show(p, we)}'.`);
      return undefined;
    }
    let duration: Dur | undefined;
    p = this.ws(t.next);
    if (p < E && this.is(p, this.wordEnd(p), 'and')) {
      this.err(p, E, 'One statement per line: write the heating and what follows on separate lines (`heat to 40 °C`, then `stir 2 h at 40 °C`), or `heat to 40 °C for 2 h`.');
      return undefined;
    }
    // `heat to 60 °C (oil bath) for 1 h`: an aside before the time is read past.
    const aside = p < E ? this.asideAt(ke, p) : -1;
    if (aside > p) p = this.ws(aside);
    // `heat to 60 °C, 2 h`: a comma between the temperature and the time says nothing more.
    if (p < E && this.T.charCodeAt(p) === 44 && this.ws(p + 1) < E) p = this.ws(p + 1);
    if (p < E) {
      // (Named as written: `warm` or `heat`.)
      const r = this.requiredDuration(p, ks, ke, this.lower(ks, ke));
      if (!r) return undefined;
      if (!this.expectEnd(r.d.end, 'the duration')) return undefined;
      if (!r.d.invalid) duration = r.d; // an invalid duration is reported and left out
    }
    if (!t.t) {
      this.bad = true;
      return undefined;
    }
    const stmt: Statement = { kind: 'heat', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), temperature: t.t };
    if (duration) stmt.duration = this.duration(duration);
    return stmt;
  }

  private parseCool(ks: number, ke: number): Statement | undefined {
    let p = this.ws(ke);
    let we = this.wordEnd(p);
    // `cool down to rt`: the `down` says nothing more than `cool to rt`.
    if (this.is(p, we, 'down')) {
      p = this.ws(we);
      we = this.wordEnd(p);
    }
    if (this.is(p, we, 'to')) p = this.ws(we);
    if (p >= this.E) {
      // `cool in an ice bath`, `cool on ice`, `cool in a dry ice/acetone bath`: the bath says the
      // temperature (0 °C, −78 °C) when nothing else does.
      const b = skipSpaces(this.T, this.E, this.lineEnd);
      const bath = COOL_BATH.exec(this.T.slice(b, this.lineEnd));
      if (bath && !bath[3]) {
        const e = b + bath[0].length;
        const temperature: Temperature = { celsius: bath[2] ? -78 : 0, raw: this.T.slice(b, e), range: range(this.L, b, e) };
        return { kind: 'cool', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), temperature };
      }
      // (An ice/salt bath is anywhere from −5 to −20 °C: say so, and let the chemist write it.)
      this.err(ks, ke, bath ? `\`cool\` needs a temperature: an ice/salt bath may be anywhere from −5 to −20 °C; write the one reached, e.g. \`cool to -10 °C\`.` : '`cool` needs a temperature, e.g. `cool to 0 °C`.');
      return undefined;
    }
    p = this.pastApproximateTemperature(p);
    const t = this.readTemperature(p, '`cool to`');
    if (t === undefined) return undefined;
    if (t === null) {
      const e = this.wordEnd(p);
      this.err(p, e, `\`cool\` needs a temperature such as \`0 °C\` or \`rt\`; found '${this.show(p, e)}'.`);
      return undefined;
    }
    // `cool to 0 °C over 10 min` (`for 10 min`, `, over 10 min`): how long it took, as for `warm to`.
    let duration: Dur | undefined;
    let q = this.ws(t.next);
    if (q < this.E && this.T.charCodeAt(q) === 44) q = this.ws(q + 1);
    const qe = this.wordEnd(q);
    if (q < this.E && (this.is(q, qe, 'over') || this.is(q, qe, 'for'))) {
      const r = this.requiredDuration(this.ws(qe), ks, ke, 'cool');
      if (!r) return undefined;
      if (!this.expectEnd(r.d.end, 'the duration')) return undefined;
      if (!r.d.invalid) duration = r.d;
    } else if (!this.expectEnd(t.next, 'the temperature')) return undefined;
    if (!t.t) {
      this.bad = true;
      return undefined;
    }
    const stmt: CoolStmt = { kind: 'cool', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), temperature: t.t };
    if (duration) stmt.duration = this.duration(duration);
    return stmt;
  }

  private parseReflux(ks: number, ke: number): Statement | undefined {
    const p = this.ws(ke);
    const stmt: Statement = { kind: 'reflux', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks) };
    if (p < this.E) {
      const r = this.requiredDuration(p, ks, ke, 'reflux');
      if (!r) return undefined;
      if (!this.expectEnd(r.d.end, 'the duration')) return undefined;
      if (!r.d.invalid) stmt.duration = this.duration(r.d); // an invalid duration is reported and left out
    }
    return stmt;
  }

  private parseMonitor(ks: number, ke: number): Statement | undefined {
    const E = this.E;
    let p = this.ws(ke);
    let we = this.wordEnd(p);
    if (this.is(p, we, 'by') && this.ws(we) < E) {
      p = this.ws(we);
      we = this.wordEnd(p);
    }
    if (p >= E || this.is(p, we, 'for')) {
      this.err(ks, ke, '`monitor` needs a method: TLC, LCMS, NMR, IR, HPLC or GCMS.');
      return undefined;
    }
    // `monitor TLC, LCMS`, `monitor TLC and LCMS`: two methods, as a notebook checks with both (the first is the method).
    const me = we - 1 > p && this.T.charCodeAt(we - 1) === 44 ? we - 1 : we;
    const stmt: Statement = { kind: 'monitor', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), method: this.tok(p, me) };
    p = this.ws(me);
    for (;;) {
      const more = /^(?:,\s*|(?:and|&|\+)\s+)([A-Za-z][\w/-]*)(?=\s|,|$)/i.exec(this.T.slice(p, E));
      if (!more || /^for$/i.test(more[1])) break;
      p = this.ws(p + more[0].length);
    }
    we = me;
    if (p < E) {
      const fe = this.wordEnd(p);
      if (!this.is(p, fe, 'for')) {
        this.err(p, fe, `Unexpected '${this.show(p, fe)}' after the method: write \`monitor ${this.show(stmt.method.range.start.character, we)} for imine\`.`);
        return undefined;
      }
      const w = this.ws(fe);
      if (w >= E) {
        this.err(p, fe, '`for` needs what is monitored, e.g. `for imine`.');
        return undefined;
      }
      stmt.forWhat = this.tok(w, E);
    }
    return stmt;
  }

  // ---------------------------------------------------------------------------------------
  // Work-up statements

  private parseNamed(
    ks: number,
    ke: number,
    kind: 'isolate' | 'quench' | 'basify' | 'acidify' | 'wash' | 'dry' | 'crystallize' | 'salt',
    what: string,
  ): Statement | undefined {
    const p = this.ws(ke);
    if (p >= this.E) {
      this.err(ks, ke, `\`${kind}\` needs ${what}.`);
      return undefined;
    }
    return { kind, line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), name: this.tok(p, this.E) } as Statement;
  }

  private parseExtract(ks: number, ke: number): Statement | undefined {
    const T = this.T;
    const E = this.E;
    const p = this.ws(ke);
    if (p >= E) {
      this.err(ks, ke, '`extract` needs the extraction solvent, e.g. `extract DCM x3`.');
      return undefined;
    }
    // Find the last two words.
    let prevS = -1;
    let prevE = -1;
    let lastS = -1;
    let lastE = -1;
    let q = p;
    while (q < E) {
      const e = this.wordEnd(q);
      prevS = lastS;
      prevE = lastE;
      lastS = q;
      lastE = e;
      q = this.ws(e);
    }
    let times: { value: number; token: Token } | undefined;
    let nameEnd = E;
    const single = timesWord(T, lastS, lastE);
    if (single !== undefined && lastS > p) {
      times = { value: single, token: this.tok(lastS, lastE) };
      nameEnd = prevE;
    } else if (prevS > p && isTimesSign(T, prevS, prevE) && allDigits(T, lastS, lastE)) {
      times = { value: Number(T.slice(lastS, lastE)), token: this.tok(prevS, lastE) };
      q = prevS;
      nameEnd = trimEndIndex(T, p, prevS);
    } else if (single !== undefined || (lastS === p && isTimesSign(T, lastS, lastE))) {
      this.err(ks, lastE, '`extract` needs the extraction solvent before the count, e.g. `extract DCM x3`.');
      return undefined;
    }
    if (times && !(times.value >= 1)) {
      this.err(times.token.range.start.character, times.token.range.end.character, 'The number of extractions must be at least 1.');
      return undefined;
    }
    const stmt: Statement = { kind: 'extract', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), name: this.tok(p, nameEnd) };
    if (times) stmt.times = times;
    return stmt;
  }

  private parsePurify(ks: number, ke: number): Statement | undefined {
    const T = this.T;
    const E = this.E;
    let p = this.ws(ke);
    let we = this.wordEnd(p);
    const l0 = this.lower(p, we);
    if ((l0 === 'by' || l0 === 'on' || l0 === 'via') && this.ws(we) < E) {
      p = this.ws(we);
      we = this.wordEnd(p);
    }
    if (p >= E || T.charCodeAt(p) === 43) {
      this.err(ks, ke, '`purify` needs a method, e.g. `purify silica DCM/MeOH 95:5 + 1% Et3N`.');
      return undefined;
    }
    const stmt: Statement = { kind: 'purify', line: this.L, keyword: this.tok(ks, ke), range: this.stmtRange(ks), method: this.tok(p, we) };
    // Eluent: the words up to one starting with '+'.
    let q = this.ws(we);
    const es = q;
    let ee = q;
    while (q < E && T.charCodeAt(q) !== 43) {
      ee = this.wordEnd(q);
      q = this.ws(ee);
    }
    if (ee > es) stmt.eluent = this.tok(es, ee);
    if (q < E) {
      // Modifier: + [N%] NAME
      const ms = q;
      let r = this.ws(q + 1);
      let percent: Quantity | undefined;
      if (r < E && scanNumber(T, r, E) >= 0) {
        const qq = this.readQuantity(r, ['percent'], 'the modifier', 'a percentage such as `1%`');
        if (qq) {
          percent = qq.q;
          r = this.ws(qq.next);
        }
      }
      if (r >= E) {
        this.err(ms, E, 'The modifier after `+` needs a name, e.g. `+ 1% Et3N`.');
        return undefined;
      }
      const modifier: NonNullable<Extract<Statement, { kind: 'purify' }>['modifier']> = { name: this.tok(r, E), range: range(this.L, ms, E) };
      if (percent) modifier.percent = percent;
      stmt.modifier = modifier;
    }
    return stmt;
  }
}

// -----------------------------------------------------------------------------------------

/**
 * Keywords close to a misspelled word (case-insensitive): edit distance ≤ 2, ≤ 1 for words
 * of at most 3 letters; only the nearest ones. Words with digits or symbols get none (their
 * replacement would drop part of what was written).
 */
/** Step statements that may end with an aside (`(ice bath)`) or an inert atmosphere (`under N2`). */
/** Words whose final period is their own (an abbreviation), not a sentence's. */
const DOTTED_WORDS: Readonly<Record<string, true>> = { 'r.t.': true, 'o.n.': true, 'temp.': true, 'equiv.': true, 'eq.': true };
/** A cooling bath that gives the temperature of a `cool` line without one: 1 ice (0 °C), 2 dry ice (−78 °C), 3 ice/salt (no one temperature). */
const COOL_BATH = /^(?:(?:in|on|using|with)\s+(?:an?\s+|the\s+)?(?:(ice(?:[-/ ](?:water|H2O))?)|(dry[- ]ice(?:[-/ ](?:acetone|ipa|isopropanol))?)|(ice[-/ ](?:salt|brine|NaCl|acetone)))\s+bath|(on\s+ice)|\(\s*(ice(?:[-/ ]water)?)\s+bath\s*\))(?![\w-])/i;

/** A temperature (one that cannot be a time: `rt`, `0 °C`, not a bare `C`) before a time, as `stir rt, 2 h` writes it; group 1 is the temperature. */
const LEADING_TEMPERATURE = /^(rt|r\.t\.?|room\s+temp(?:erature|\.)?|-?\d+(?:\.\d+)?\s*(?:°\s*C|º\s*C|℃|oC))(?:\s*,)?\s+(?=(?:for\s+)?(?:~\s*|ca\.?\s+|approx\.?\s+)?(?:\d|overnight\b|o\/n\b|o\.n\.))/i;

/** A comma after a temperature, before the time (`stir at rt, 16 h`): the comma's position is the match's end − 1. */
const TEMPERATURE_COMMA = /(?:^|\s)at\s+(?:rt|r\.t\.?|room\s+temp(?:erature|\.)?|-?\d+(?:\.\d+)?\s*(?:°\s*C|º\s*C|℃|oC|C|K)|reflux),(?=\s+(?:for\s+)?(?:~\s*|ca\.?\s+|approx\.?\s+)?(?:\d|overnight\b|o\/n\b|o\.n\.))/i;

/** What a `stir` line may name as stirred (`stir the mixture 16 h`), read past. */
const STIRRED = /^(?:the\s+)?(?:(?:reaction|resulting|crude)\s+)?(?:mixture|solution|suspension|reaction)(?=\s)/i;

/** The statements a sentence's `allow … to` may lead into (see proseLead): the ones that let time pass or bring the pot to a temperature. */
const TIME_PASSES_KEYWORDS: ReadonlySet<string> = new Set(['stir', 'wait', 'heat', 'cool', 'reflux']);

export const ASIDE_STATEMENTS: ReadonlySet<string> = new Set(['add', 'stir', 'wait', 'heat', 'cool', 'reflux', 'monitor']);
/** `under N2`, `under an argon atmosphere`, `under Ar`, `under nitrogen`, `under inert gas` (not `under H2`: that is a reagent). */
export const INERT_ATMOSPHERE = /(?:\s*,\s*|\s+)under\s+(?:an?\s+)?(?:(?:dry\s+)?(?:N2|N₂|nitrogen|Ar|argon|inert)(?:\s+(?:gas|atmosphere|atm\.?|balloon))?|inert\s+(?:gas|atmosphere)|atmosphere\s+of\s+(?:dry\s+)?(?:N2|N₂|nitrogen|Ar|argon)|air)\s*$/i;

/** The same in mid-line (`stir 16 h under N2 at rt`, `add stab under argon at 0 °C`), from its `under`. */
const INERT_ATMOSPHERE_HERE = /^under\s+(?:an?\s+)?(?:(?:dry\s+)?(?:N2|N₂|nitrogen|Ar|argon|inert)(?:\s+(?:gas|atmosphere|atm\.?|balloon))?|inert\s+(?:gas|atmosphere)|atmosphere\s+of\s+(?:dry\s+)?(?:N2|N₂|nitrogen|Ar|argon)|air)(?=\s|$)/i;

/** Before a time, that it adds to the time before: `a further`, `another`, `an additional`, `an extra`. */
const FURTHER_TIME = /^(?:a\s+further|another|an\s+additional|an\s+extra|further|additional)\s+/i;

/** Text that ends with a room temperature in words (`at rt`, `at room temperature`, `at r.t.`, `at ambient temp.`). */
const ROOM_TEMPERATURE_BEFORE = /(?:^|\s)at\s+(?:rt|r\.t\.?|room\s+temp(?:erature|\.)?|ambient(?:\s+temp(?:erature|\.)?)?)\s*$/i;

/** A solution's strength in a bracket: `1 M in DCE`, `1.0 M`, `2 M solution in THF`, `0.5 N`. */
const SOLUTION_STRENGTH = /^\s*(?:\d+(?:\.\d+)?|\.\d+)\s*(?:M|mM|N)(?:\s+solution)?(?:\s+in\s+[^,;()]+)?\s*$/;

/** A cooling bath in words at the end of a step line: `in an ice bath`, `in an ice/water bath`, `on ice`, `in a dry ice/acetone bath`. */
const COOLING_BATH = /\s+(?:(?:in|on|using|with)\s+(?:an?\s+|the\s+)?(?:ice(?:[-/ ](?:water|salt|brine|acetone))?|dry[- ]ice(?:[-/ ](?:acetone|ipa|isopropanol))?|cooling)\s+bath|on\s+ice)\s*$/i;

/** `to pH 5–6`, `until pH 5`, `till pH ~6`, `to a pH of 5.5` on an `add` line (sticky: read at a position). */
const PH_TARGET = /(?:to|until|till)\s+(?:an?\s+)?(?:apparent\s+)?pH\s*(?:of\s+)?(?:~\s*|ca\.\s*|about\s+|approx\.\s*)?\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?(?!\w)/iy;
/** A temperature in a bracket: `(80 °C)`, `(rt)`, `(reflux)` — what the statement says, not an aside. */
const ASIDE_TEMPERATURE = /\d\s*(?:°\s*[CF]|º\s*C|℃|K\b)|(?<![a-z])(?:rt|r\.t\.|room temperature|reflux)(?![a-z])/i;
/** A duration in a bracket (`(16 h)`), an aside only beside a time already given (`overnight (16 h)`). */
/** A bracket that keeps the temperature under a limit: `T < 25 °C`, `keep below 25 °C`, `max. 30 °C`, `≤ 25 °C`. */
const ASIDE_TEMPERATURE_LIMIT = /(?:[<≤]|\b(?:below|under|max(?:imum)?\.?|not\s+(?:above|exceeding|to\s+exceed)|NMT)\s)\s*=?\s*[-+]?\d+(?:\.\d+)?\s*(?:°\s*C|º\s*C|℃)/i;
/** Words after a reagent's amounts that say how it is charged and change nothing they measure: read past. */
const AMOUNT_NOTE_WORDS: ReadonlySet<string> = new Set(['neat', 'solid', 'liquid', 'oil']);
/** A clause that keeps something under control: `keeping T …`, `while maintaining the temperature …`. */
const KEEPING_CLAUSE = /^\s*(?:while\s+)?(?:keeping|maintaining|holding|keep|maintain|hold)\s/i;
const ASIDE_DURATION = /^\s*\d+(?:\.\d+)?\s*(?:h|hr|hrs|hours?|min|mins|minutes?|s|sec|secs|seconds?|d|days?)\b/i;
const ASIDE_HAS_TIME = /\d\s*(?:h|hr|hrs|hours?|min|mins|minutes?|s|sec|d|days?)\b|overnight/i;

/** `in one portion` … `in ten portions`. */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = { '\u00bd': 1 / 2, '\u00bc': 1 / 4, '\u00be': 3 / 4, '\u2153': 1 / 3, '\u2154': 2 / 3 };

/**
 * A number in a time: as `readNumber`, and also with a vulgar fraction, as notebooks write
 * hours (`1½ h` is 90 min, `½ h` 30 min, `2¼ h`).
 */
function timeNumber(T: string, p: number, end: number): NumberToken | undefined {
  const num = readNumber(T, p, end);
  const at = num ? num.end : p;
  const frac = at < end ? VULGAR_FRACTIONS[T[at]] : undefined;
  if (frac === undefined || (num && (num.decimalComma || num.negative || !/^\d+$/.test(num.pointText)))) return num;
  const value = (num ? num.value : 0) + frac;
  return { start: p, end: at + 1, value, decimalComma: false, ambiguousComma: false, pointText: String(value), negative: false };
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function closest(word: string, candidates: readonly string[]): string[] {
  if (word.length === 0 || word.length > 24 || !/^[A-Za-z][A-Za-z-]*$/.test(word)) return [];
  const low = word.toLowerCase();
  const limit = low.length <= 3 ? 1 : 2;
  let best = limit + 1;
  let out: string[] = [];
  for (const k of candidates) {
    const d = editDistance(low, k.toLowerCase(), limit);
    if (d < best) {
      best = d;
      out = [k];
    } else if (d === best && d <= limit && !out.includes(k)) out.push(k);
  }
  return best <= limit ? out : [];
}

/** A keyword as it appears in messages: in backquotes. */
function code(kw: string): string {
  return `\`${kw}\``;
}

/** `rt` (or `room temperature`, `ambient`…) written at [p, end) of line L. */
function roomTemperature(T: string, L: number, p: number, end: number): { t: Temperature; next: number } {
  return {
    t: { celsius: ROOM_TEMPERATURE.low, high: ROOM_TEMPERATURE.high, word: 'rt' as const, raw: T.slice(p, end), range: range(L, p, end) },
    next: end,
  };
}

/**
 * The label of a molecular weight or a density beside a reagent's amounts (see `propertyAt`), with
 * an optional `:` or `=` (group 2) before the number.
 */
const PROPERTY_LABEL = /^(mw|m\.w\.|fw|f\.w\.|d|density|ρ)(?:\s*([:=]))?\s*(?=[0-9.])/i;
const MW_UNIT = /^\s*g\s*(?:\/\s*mol|·?\s*mol(?:-1|⁻¹))(?![a-z])/i;
const DENSITY_UNIT = /^\s*g\s*(?:\/\s*(?:ml|cm3|cm³|cc)|·?\s*(?:ml|cm)(?:-1|⁻¹|-3|⁻³))(?![a-z])/i;

/** The acid of an amine salt after its count (`2 HCl`), which stays in a reagent name. */
const SALT_ACID_WORD = /^(?:hcl|hbr|tfa)$/i;

/** Does a unit after a number end a reagent or solvent name? (See `startsQuantity`.) */
/** Only dots between s and e (a stray `.` after a number). */
function isDotsOnly(T: string, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let i = s; i < e; i++) if (T.charCodeAt(i) !== 46) return false;
  return true;
}

/** A name so far that is a supported metal catalyst with no percentage yet: a `wt%` after it is its loading. */
function WT_IS_LOADING(nameSoFar: string): boolean {
  return !nameSoFar.includes('%') && /p[dt]\s*[/-]\s*c\b|p[dt]\s*\(\s*oh\s*\)\s*2|pearlman|(?:palladium|platinum)(?: hydroxide)? on/i.test(nameSoFar);
}

function endsName(def: UnitDef | undefined, attributes: boolean): boolean {
  return !!def && def.kind !== 'percent' && !(attributes && def.kind === 'concentration');
}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

function indentOf(t: string): number {
  let i = 0;
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  return i;
}

/** The message for a time range written the wrong way round (`16-12 h`, `2 h to 30 min`), with an example of the same form. */
function reversedTimeRange(example: '12-16 h' | '30 min to 1 h'): string {
  return `A time range goes from the shorter to the longer time, e.g. \`${example}\`.`;
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `9:1`, `95:5`, `4:1:1`, `9.5:0.5` */
function isRatio(T: string, s: number, e: number): boolean {
  let i = s;
  let groups = 0;
  for (;;) {
    const d = i;
    while (i < e && isDigit(T.charCodeAt(i))) i++;
    if (i === d) return false;
    if (i < e && T.charCodeAt(i) === 46) {
      i++;
      const f = i;
      while (i < e && isDigit(T.charCodeAt(i))) i++;
      if (i === f) return false;
    }
    groups++;
    if (i === e) return groups >= 2;
    if (T.charCodeAt(i) !== 58) return false;
    i++;
  }
}

function countColons(T: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (T.charCodeAt(i) === 58) n++;
  return n;
}

function allDigits(T: string, s: number, e: number): boolean {
  if (e <= s || e - s > 6) return false;
  for (let i = s; i < e; i++) if (!isDigit(T.charCodeAt(i))) return false;
  return true;
}

/** A name ending in a word that an `x` after it turns into a placeholder (`compound x`, `amine x`): that x is no times sign. */
const PLACEHOLDER_BEFORE_X = /(?:^|\s)(?:compound|reagent|amine|aldehyde|ketone|carbonyl|intermediate|product|substrate|block|material|sm)$/i;

function isTimesSign(T: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const c = T.charCodeAt(s);
  return c === 120 || c === 88 || c === 0xd7;
}

/** `x3`, `×3`, `X3`, `3x`, `3×` → 3; else undefined. */
function timesWord(T: string, s: number, e: number): number | undefined {
  if (e - s < 2 || e - s > 7) return undefined;
  if (isTimesSign(T, s, s + 1) && allDigits(T, s + 1, e)) return Number(T.slice(s + 1, e));
  if (isTimesSign(T, e - 1, e) && allDigits(T, s, e - 1)) return Number(T.slice(s, e - 1));
  return undefined;
}
