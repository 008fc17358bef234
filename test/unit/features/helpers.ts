/** Shared protocols and position helpers for the editor-feature tests. */
import type { Position, Range, TextEdit } from '../../../server/src/types';
import { applyEdits } from '../../../server/src/edits';
import { SPEC_EXAMPLE } from '../../fixtures/example';

/** The complete example of language.md. */
export const EXAMPLE = SPEC_EXAMPLE;

/** A protocol with three safe-fixable problems: STAB in MeOH, no acid, silica without a modifier. */
export const BAD = `# Mono-alkylation, first attempt
# (second comment line)
protocol "Test"
target mono
scale 5 mmol

reagent diazepane = 1,4-diazepane 3.0 equiv
reagent ald = benzaldehyde 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent MeOH 0.2 M

step
  add diazepane, ald
  add stab
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
  purify silica DCM/MeOH 95:5
`;

/**
 * The position of the `occurrence`-th match of `needle` in `text` (0-based), plus `offset`
 * characters. Throws when the needle is missing so a test never silently probes nowhere.
 */
export function posOf(text: string, needle: string, offset = 0, occurrence = 0): Position {
  let idx = -1;
  for (let i = 0; i <= occurrence; i++) {
    idx = text.indexOf(needle, idx + 1);
    if (idx < 0) throw new Error(`'${needle}' (#${occurrence}) not found`);
  }
  idx += offset;
  const before = text.slice(0, idx);
  const line = before.split('\n').length - 1;
  const character = idx - (before.lastIndexOf('\n') + 1);
  return { line, character };
}

/** The text a range covers (single-line ranges). */
export function textAt(text: string, r: Range): string {
  const lines = text.split(/\r?\n/);
  if (r.start.line !== r.end.line) throw new Error('multi-line range');
  return lines[r.start.line].slice(r.start.character, r.end.character);
}

export function apply(text: string, edits: readonly TextEdit[]): string {
  return applyEdits(text, edits);
}

/** Text with a `|` marking the cursor → the text without it and the cursor position. */
export function cursor(marked: string): { text: string; pos: Position } {
  const i = marked.indexOf('|');
  if (i < 0) throw new Error('no cursor mark');
  const text = marked.slice(0, i) + marked.slice(i + 1);
  const before = marked.slice(0, i);
  return { text, pos: { line: before.split('\n').length - 1, character: i - (before.lastIndexOf('\n') + 1) } };
}
