/**
 * Editor-neutral types shared by the whole engine. They are structurally identical to
 * the LSP's Position/Range/TextEdit so the server passes them through unchanged, but the
 * engine never imports the LSP connection layer.
 *
 * Positions are zero-based; `character` counts UTF-16 code units (what JavaScript
 * string indices are), as LSP requires.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A quick fix: one or more edits that belong together. */
export interface Fix {
  /** What the code-action menu shows, e.g. "Switch to NaBH(OAc)3". */
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all" and `rxn check --fix`. */
  safe: boolean;
  /** The fix an editor should mark as preferred (at most one per diagnostic). */
  preferred?: boolean;
}

export type DiagnosticTag = 'unnecessary';

/**
 * Another place a diagnostic is about (the first declaration of a duplicated alias): an
 * editor lists it under the problem and jumps there on a click (LSP `relatedInformation`).
 */
export interface RelatedPlace {
  range: Range;
  message: string;
}

/** A diagnostic as the engine reports it, before the server or CLI converts it. */
export interface RxnDiagnostic {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fixes: Fix[];
  tags?: DiagnosticTag[];
  /** The other lines the message names, for the editor to link to. */
  related?: RelatedPlace[];
}

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
