/**
 * The contract every rule file implements. A rule file exports one `Rule` as default;
 * the registry (rules/index.ts) finds every file in this folder at build time, so adding
 * a rule means adding its file and its page `docs/rules/ID.md`.
 */
import type { Document, Line } from '../syntax/ast';
import type { Model } from '../model/types';
import type { Fix, Range, Severity, DiagnosticTag, RelatedPlace, TextEdit } from '../types';

export type RuleCategory = 'structure' | 'chemistry' | 'workup';

/** Describes a fix a rule can offer (for `rxn rules`, docs and SARIF). */
export interface FixSpec {
  title: string;
  safe: boolean;
}

export interface Finding {
  range: Range;
  message: string;
  /**
   * The fixes, or a function that works them out. A function is called only when the fixes
   * are first read (a code action, a hover, the CLI): the editor checks on every keystroke
   * and publishes only the messages, so a fix that reads the whole document (removing an
   * alias from every `add` line) should be given this way (docs/performance.md, change 17).
   * It must read nothing that changes after `check` returns.
   */
  fixes?: Fix[] | (() => Fix[]);
  tags?: DiagnosticTag[];
  /** Every other line the message names ("already declared on line 5"), with what is there. */
  related?: RelatedPlace[];
}

export interface RuleContext {
  doc: Document;
  model: Model;
  edits: EditHelpers;
}

export interface EditHelpers {
  /** Replace a range with text. */
  replace(range: Range, newText: string): TextEdit;
  /** Insert whole lines after line `line` (use -1 for the start of the file), in the file's own line ending and indented like `indentLike` (a line index) when given. */
  insertLinesAfter(line: number, lines: string[], indentLike?: number): TextEdit;
  /** Insert whole lines before line `line`, indented like that line unless `indent` is given. */
  insertLinesBefore(line: number, lines: string[], indent?: string): TextEdit;
  /** Delete a whole line including its line ending; a line with a trailing comment keeps the comment (as an own-line comment). */
  deleteLine(line: number): TextEdit;
  /** Indentation (leading whitespace) of a line. */
  indentOf(line: number): string;
  line(index: number): Line;
}

export interface Rule {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** One line for `rxn rules` and SARIF shortDescription. */
  summary: string;
  /** Relative path of the rule's page, `docs/rules/ID.md`. */
  docs: string;
  /** The fixes this rule can offer. */
  fixes: FixSpec[];
  check(ctx: RuleContext): Finding[];
}
