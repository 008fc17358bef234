/**
 * The typed syntax tree of a `.rxn` file. The language is line-oriented: every physical
 * line becomes one `Line`, which holds at most one statement and at most one comment.
 * Every token keeps its exact range so diagnostics and fixes can point at it.
 */
import type { Range } from '../types';

export interface Token {
  /** The text as written (for quoted strings: without the quotes). */
  text: string;
  range: Range;
}

export type UnitKind =
  | 'equiv'
  | 'amount' // mmol, mol, µmol
  | 'mass' // mg, g, kg
  | 'volume' // µL, mL, L
  | 'concentration' // M, mM
  | 'relvolume' // vol: mL of solvent per g of the limiting reagent, as process write-ups give it
  | 'percent'
  | 'time'
  | 'temperature';

export interface Quantity {
  /** Numeric value as written (a decimal comma is read as a point). */
  value: number;
  /** The unit in canonical spelling: equiv, mmol, mol, µmol, mg, g, kg, µL, mL, L, M, mM, %, wt%, s, min, h, d, °C, K. */
  unit: string;
  kind: UnitKind;
  /** The whole "3.0 equiv" text as written. */
  raw: string;
  range: Range;
  valueRange: Range;
  unitRange: Range;
  /** The unit exactly as written (e.g. "eq", "uL", "hours"). */
  unitText: string;
  /** True when the number was written with a decimal comma ("1,5"). */
  decimalComma?: boolean;
  /** True when the quantity has an `invalid-quantity` problem (zero/negative, wrong kind, unknown unit): the model ignores it. */
  invalid?: boolean;
}

export interface Temperature {
  /** Lower (or only) value in °C; for `rt` 20–25 → 20..25; for `reflux` undefined (depends on the solvent). */
  celsius?: number;
  /** Upper bound of a range (`40-50 °C`) or of `rt` (25). */
  high?: number;
  word?: 'rt' | 'reflux';
  raw: string;
  range: Range;
}

export interface Duration {
  minutes: number;
  word?: 'overnight';
  raw: string;
  range: Range;
}

interface StatementBase {
  /** Zero-based line index. */
  line: number;
  /** The statement keyword as written (`reagent`, `ADD`…). */
  keyword: Token;
  /** From the keyword to the end of the statement, excluding a trailing comment and whitespace. */
  range: Range;
}

export type Role =
  | 'amine'
  | 'carbonyl'
  | 'reductant'
  | 'acid'
  | 'base'
  | 'dehydrating'
  | 'catalyst'
  | 'additive';

export const ROLES: readonly Role[] = [
  'amine',
  'carbonyl',
  'reductant',
  'acid',
  'base',
  'dehydrating',
  'catalyst',
  'additive',
];

export type Degree = 'mono' | 'di' | 'tri';

export interface ProtocolStmt extends StatementBase {
  kind: 'protocol';
  title: Token;
}
export interface TargetStmt extends StatementBase {
  kind: 'target';
  degree: Degree;
  value: Token;
}
export interface ScaleStmt extends StatementBase {
  kind: 'scale';
  quantity: Quantity;
}
export interface ModeStmt extends StatementBase {
  kind: 'mode';
  mode: 'one-pot' | 'two-step';
  value: Token;
}

export interface ReagentStmt extends StatementBase {
  kind: 'reagent';
  alias: Token;
  /** The reagent's name (without quotes when quoted). */
  name: Token;
  quoted: boolean;
  quantities: Quantity[];
  role?: { value: Token; role: Role };
  smiles?: Token;
  mw?: { value: number; token: Token };
  density?: { value: number; token: Token };
  limiting?: Token;
}

export interface SolventStmt extends StatementBase {
  kind: 'solvent';
  /** The whole name as written, e.g. "DCE/AcOH". */
  name: Token;
  /** The components of a mixture, each with its own range ("DCE", "AcOH"). */
  parts: Token[];
  /** A mixture ratio, e.g. "9:1". */
  ratio?: Token;
  /** A concentration (M, mM) or a volume (mL, L). */
  amount?: Quantity;
  /**
   * The other of the two, in brackets after it (`10 mL (0.2 M)`): checked against `amount` at
   * the scale by `invalid-quantity`, not used otherwise.
   */
  bracketed?: Quantity;
}

export interface StepStmt extends StatementBase {
  kind: 'step';
  title?: Token;
}
export interface WorkupStmt extends StatementBase {
  kind: 'workup';
}

export interface AddStmt extends StatementBase {
  kind: 'add';
  aliases: Token[];
  manner?: { kind: 'portionwise' | 'dropwise' | 'portions'; count?: number; token: Token };
  temperature?: Temperature;
  /** `over 30 min`: how long the addition takes. */
  duration?: Duration;
  /** `to pH 5–6`, `until pH 5`: the pH the addition aims at, as written (read past, not checked). */
  pH?: Token;
}
export interface StirStmt extends StatementBase {
  kind: 'stir';
  duration: Duration;
  /** Where the pot ends: the only temperature, or the second of a warm-up (`rt` of `at 0 °C to rt`). */
  temperature?: Temperature;
  /** The first temperature of a warm-up written with its own unit (`0 °C` of `at 0 °C to rt`, also `→`, `->`), where the stir starts. */
  from?: Temperature;
}
export interface WaitStmt extends StatementBase {
  kind: 'wait';
  duration: Duration;
}
export interface HeatStmt extends StatementBase {
  kind: 'heat';
  temperature: Temperature;
  duration?: Duration;
}
export interface CoolStmt extends StatementBase {
  kind: 'cool';
  temperature: Temperature;
  /** `cool to 0 °C over 10 min`: how long the cooling took (time passes). */
  duration?: Duration;
}
export interface RefluxStmt extends StatementBase {
  kind: 'reflux';
  duration?: Duration;
}
export interface MonitorStmt extends StatementBase {
  kind: 'monitor';
  method: Token;
  forWhat?: Token;
}
export interface SimpleStmt extends StatementBase {
  kind: 'concentrate' | 'filter';
}
export interface IsolateStmt extends StatementBase {
  kind: 'isolate';
  name: Token;
}
export interface NoteStmt extends StatementBase {
  kind: 'note';
  text: Token;
}

/** Work-up statements that take a free-text NAME. */
export interface WorkupNameStmt extends StatementBase {
  kind: 'quench' | 'basify' | 'acidify' | 'wash' | 'dry' | 'crystallize' | 'salt';
  name: Token;
}
export interface ExtractStmt extends StatementBase {
  kind: 'extract';
  name: Token;
  times?: { value: number; token: Token };
}
export interface PurifyStmt extends StatementBase {
  kind: 'purify';
  method: Token;
  eluent?: Token;
  /** `+ 1% Et3N` */
  modifier?: { percent?: Quantity; name: Token; range: Range };
}

export type Statement =
  | ProtocolStmt
  | TargetStmt
  | ScaleStmt
  | ModeStmt
  | ReagentStmt
  | SolventStmt
  | StepStmt
  | WorkupStmt
  | AddStmt
  | StirStmt
  | WaitStmt
  | HeatStmt
  | CoolStmt
  | RefluxStmt
  | MonitorStmt
  | SimpleStmt
  | IsolateStmt
  | NoteStmt
  | WorkupNameStmt
  | ExtractStmt
  | PurifyStmt;

export type StatementKind = Statement['kind'];
export type HeaderStmt = ProtocolStmt | TargetStmt | ScaleStmt | ModeStmt;

/** Which block a line belongs to. */
export type Block = 'header' | 'step' | 'workup';

export interface Comment {
  /** Text after `#`, untrimmed. */
  text: string;
  range: Range;
}

export interface Suppression {
  kind: 'next-line' | 'file';
  /** The line the comment is on. */
  line: number;
  rules: Token[];
}

/** A statement after `then` on a line (see Line.then): read, or only what it was meant to be. */
export interface ThenPart {
  statement?: Statement;
  meant?: StatementKind;
}

export interface Line {
  /** Zero-based line index. */
  index: number;
  /** The line's text without its line ending (and without the BOM on line 0). */
  text: string;
  /** The line ending that follows this line ('' for the last line). */
  eol: '\n' | '\r\n' | '\r' | '';
  /** Column of the first non-blank character (== text.length for a blank line). */
  indent: number;
  block: Block;
  statement?: Statement;
  /**
   * The statements after `then` on the line, in order (`add acid, then stir 5 min`: the stir;
   * `add dz, ald then stir 30 min then add stab`: the stir, then the add; `add boc, ket then acid`:
   * `add acid`). Each has the line's one-statement-per-line `syntax-error`; the model still counts
   * them after the first (their time passes, their reagents go in). One that does not read has
   * no statement, only what it was meant to be (as `meant`: a `stir` still lets time pass).
   */
  then?: ThenPart[];
  comment?: Comment;
  /** A list marker before the statement (`1)`, `2.`, `(a)`, `-`, `•`), or a sentence's lead-in (`allow the mixture to`), or both: reported, kept by the formatter. */
  listMarker?: string;
  /** True when the line held something that did not parse (a `syntax-error` was reported). */
  invalid?: boolean;
  /**
   * On an invalid line without a statement: the statement it was meant to be — its keyword,
   * or the one keyword a misspelling is close to (`stri 2 h` → `stir`). The model lets time
   * pass for a `stir`, `wait`, `heat` or `reflux` that could not be read.
   */
  meant?: StatementKind;
}

/** A line that holds only a comment (no statement, nothing unreadable). */
export function isCommentOnly(line: Line): boolean {
  return !!line.comment && !line.statement && !line.invalid;
}

const ALIAS_WORD = /[A-Za-z_][A-Za-z0-9_-]*/y;

/**
 * The alias list of an `add` line that did not parse (`line.meant === 'add'`): the first word
 * after `add`, then each word after a comma. Rename, navigation and `unused-reagent` read it.
 */
export function unreadAddAliases(line: Line, strict = false): Token[] {
  const T = line.comment ? line.text.slice(0, line.comment.range.start.character) : line.text;
  const out: Token[] = [];
  let p = line.indent;
  while (p < T.length && /[A-Za-z-]/.test(T[p])) p++; // the keyword (`add`, or a misspelling of it)
  for (;;) {
    while (p < T.length && (T[p] === ' ' || T[p] === '\t')) p++;
    ALIAS_WORD.lastIndex = p;
    const m = ALIAS_WORD.exec(T);
    if (!m) {
      // An item that is no alias (`add é, bb`): the aliases after it are still named there
      // (rename, references, unused-reagent). `strict` stops at it, for edits that delete
      // the list and must not take that item with it.
      const comma = T.indexOf(',', p);
      if (strict || comma < 0 || p >= T.length) break;
      p = comma + 1;
      continue;
    }
    const end = p + m[0].length;
    out.push({ text: m[0], range: { start: { line: line.index, character: p }, end: { line: line.index, character: end } } });
    p = end;
    while (p < T.length && (T[p] === ' ' || T[p] === '\t')) p++;
    if (T[p] !== ',') break;
    p++;
  }
  return out;
}

/** A problem found while parsing: reported by the `syntax-error` and `invalid-quantity` rules. */
export interface ParseProblem {
  rule: 'syntax-error' | 'invalid-quantity';
  range: Range;
  message: string;
  /** Replacement text for the range that fixes the problem (a misspelled keyword, a decimal comma). */
  /**
   * Replacement text for the range that fixes the problem. `unsafe`: it does not make the
   * line read (a misspelled keyword whose arguments are wrong too), so "Fix all" leaves it.
   */
  replacement?: { title: string; text: string; unsafe?: boolean };
  /** The line still reads as its statement (the problem is about a word of it, not its reading). */
  lineReads?: true;
}

export interface Document {
  /** The analysed text, without a BOM (positions are relative to it; callers strip and restore the BOM). */
  text: string;
  hasBom: boolean;
  /** The line ending of more than half of the file's lines, else LF: used for inserted lines. */
  eol: '\n' | '\r\n' | '\r';
  lines: Line[];
  /** Statements in source order (convenience: the `statement` of every line that has one). */
  statements: Statement[];
  suppressions: Suppression[];
  problems: ParseProblem[];
}

/**
 * Every token naming `alias`: its declarations (first and duplicate) and every `add` — also
 * an `add` line that could not be read (`add a dropwse`), whose alias list is still plain to
 * see, so that a rename does not leave it behind.
 */
export function aliasOccurrences(a: { doc: Document }, alias: string): { token: Token; declaration: boolean }[] {
  const out: { token: Token; declaration: boolean }[] = [];
  for (const line of a.doc.lines) {
    const st = line.statement;
    if (st?.kind === 'reagent' && st.alias.text === alias) out.push({ token: st.alias, declaration: true });
    else for (const t of addListTokens(line) ?? []) if (t.text === alias) out.push({ token: t, declaration: false });
  }
  return out;
}

/**
 * The alias tokens of an `add` line: its aliases when it reads, else the list
 * `unreadAddAliases` sees on a line meant as an `add`; undefined for any other line.
 */
export function addListTokens(line: Line, strict = false): readonly Token[] | undefined {
  const st = line.statement;
  const first = st ? (st.kind === 'add' ? st.aliases : undefined) : line.meant === 'add' ? unreadAddAliases(line, strict) : undefined;
  // (An `add` after `then` on the line names its aliases too; not for the edits of `strict`, which
  // take a whole `add` line for one statement.)
  if (strict || !line.then) return first;
  let out = first;
  for (const part of line.then) if (part.statement?.kind === 'add') out = out ? [...out, ...part.statement.aliases] : part.statement.aliases;
  return out;
}
