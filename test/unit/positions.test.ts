/**
 * Positions in non-ASCII text, at the engine level. LSP counts `character` in UTF-16 code
 * units, which is what JavaScript string indices are: so for every range the engine
 * reports, `line.slice(start, end)` must be exactly the flagged token — also when `µ`, `°`,
 * `Å` (one unit each) or an emoji outside the BMP (two units, a surrogate pair) come before
 * it on the same line, and when the line is indented with Unicode spaces.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits } from '../../server/src/engine';
import { hover } from '../../server/src/features/hover';
import { completion } from '../../server/src/features/completion';
import { references } from '../../server/src/features/navigation';
import type { Range, RxnDiagnostic } from '../../server/src/types';

const HEAD = 'protocol "Å-series, µmol scale"\ntarget mono\nscale 5 mmol\n';

function lineOf(text: string, i: number): string {
  return text.split(/\r\n|\r|\n/)[i];
}
function slice(text: string, r: Range): string {
  assert.equal(r.start.line, r.end.line, 'a token range stays on one line');
  return lineOf(text, r.start.line).slice(r.start.character, r.end.character);
}
function diag(text: string, rule: string, line: number): RxnDiagnostic {
  const ds = analyze(text).diagnostics.filter((d) => d.rule === rule && d.range.start.line === line);
  assert.equal(ds.length, 1, `one ${rule} on line ${line + 1}: ${JSON.stringify(analyze(text).diagnostics.map((d) => `${d.rule}@${d.range.start.line}`))}`);
  return ds[0];
}
/** Code points before `index` in `s` (what a wrong, code-point based count would give). */
function codePoints(s: string, index: number): number {
  return [...s.slice(0, index)].length;
}

describe('positions in non-ASCII text (UTF-16 code units)', () => {
  it('a zero amount after `4Å molecular sieves`: the range is exactly `0 mg`', () => {
    const text = HEAD + 'reagent ms = 4Å molecular sieves 0 mg\n';
    const d = diag(text, 'invalid-quantity', 3);
    assert.equal(slice(text, d.range), '0 mg');
    assert.equal(d.range.start.character, 'reagent ms = 4Å molecular sieves '.length);
  });

  it('an emoji (a surrogate pair) in a reagent name before a flagged amount counts as two units', () => {
    const text = HEAD + 'reagent x = 🧪-aldehyde 0 mg\n';
    const d = diag(text, 'invalid-quantity', 3);
    assert.equal(slice(text, d.range), '0 mg');
    const line = lineOf(text, 3);
    assert.equal(d.range.start.character, line.indexOf('0 mg'));
    assert.equal(codePoints(line, d.range.start.character), d.range.start.character - 1, 'the emoji is one code point but two UTF-16 units');
  });

  it('a decimal comma after names and units with `µ`: the range and its fix cover exactly `1,5`', () => {
    const text = HEAD + 'reagent b = µ-benzaldehyde 10 µL, 1,5 mmol\n';
    const d = diag(text, 'invalid-quantity', 3);
    assert.equal(slice(text, d.range), '1,5');
    const fixed = applyEdits(text, d.fixes[0].edits);
    assert.equal(lineOf(fixed, 3), 'reagent b = µ-benzaldehyde 10 µL, 1.5 mmol');
  });

  it('a quoted name with an emoji, µ and ° before a decimal comma', () => {
    const text = HEAD + 'reagent x = "🧪 µL-grade °Å benzaldehyde" 1,5 equiv\n';
    const d = diag(text, 'invalid-quantity', 3);
    assert.equal(slice(text, d.range), '1,5');
    assert.equal(lineOf(applyEdits(text, d.fixes[0].edits), 3), 'reagent x = "🧪 µL-grade °Å benzaldehyde" 1.5 equiv');
  });

  it('an unknown name made of `°`, `Å` and an emoji is flagged over exactly those characters, and a later comma too', () => {
    const text = HEAD + 'reagent b = °Å🧪 10 µL, 1,5 mmol\n';
    assert.equal(slice(text, diag(text, 'unknown-reagent', 3).range), '°Å🧪');
    assert.equal(slice(text, diag(text, 'invalid-quantity', 3).range), '1,5');
    assert.equal(slice(text, diag(text, 'unused-reagent', 3).range), 'b');
  });

  it('a misspelled unit after `Å`: `mgs`', () => {
    const text = HEAD + 'reagent q = Å-resin 1 mgs\n';
    assert.equal(slice(text, diag(text, 'invalid-quantity', 3).range), 'mgs');
  });

  it('an emoji in a trailing comment does not shift the ranges before it', () => {
    const text = HEAD + 'reagent ald = benzaldehyde 1,0 equiv  # 🧪 fresh bottle, 4Å sieves, 25 °C\n';
    const d = diag(text, 'invalid-quantity', 3);
    assert.equal(slice(text, d.range), '1,0');
    assert.equal(d.range.start.character, 'reagent ald = benzaldehyde '.length);
  });

  it('a duration after `°C` on the same line: `0 h` in `heat to 30 °C for 0 h`', () => {
    const text = HEAD + 'step\n  stir 30 min at 25 °C\n  heat to 30 °C for 0 h\n';
    assert.equal(slice(text, diag(text, 'invalid-quantity', 5).range), '0 h');
  });

  it('a non-ASCII alias in an `add` is flagged as written (`ålder`)', () => {
    const text = HEAD + 'reagent stab = NaBH(OAc)3 1.5 equiv\nstep\n  add ålder, stab\n';
    assert.equal(slice(text, diag(text, 'syntax-error', 5).range), 'ålder');
  });

  it('Unicode spaces (no-break, ideographic) as indentation and separators', () => {
    const text =
      HEAD +
      'reagent diazepane = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\n' +
      'solvent\u3000MeOH\nstep\n\u00a0\u00a0add\u3000diazepane, ald, 🧪x  # 🧪\n  add stab\n';
    assert.equal(slice(text, diag(text, 'stab-protic-solvent', 6).range), 'MeOH');
    // `🧪x` is no alias: the add line is a syntax error on exactly that word.
    assert.equal(slice(text, diag(text, 'syntax-error', 8).range), '🧪x');
  });

  it('undeclared aliases after the alias of a µ-named reagent on an ideographic-space-indented `add` line', () => {
    const text = HEAD + 'reagent resin = µ-resin 1.0 equiv  # 🧪\nstep\n\u3000\u3000add resin, ald, stab  # µ 🧪\n';
    const a = analyze(text);
    const undeclared = a.diagnostics.filter((d) => d.rule === 'undeclared-reagent');
    assert.deepEqual(undeclared.map((d) => slice(text, d.range)), ['ald', 'stab']);
    assert.deepEqual(undeclared.map((d) => d.range.start.character), [13, 18]);
  });

  it('editor features: hover, references and completion ranges slice to their tokens after µ, Å and emoji', () => {
    const text = HEAD + 'reagent ald = µ-benzaldehyde 10 µL  # 🧪\nreagent x = "🧪 °Å" 1.0 eq\nstep\n\u00a0\u00a0add\u3000ald, x  # 🧪 µ\n';
    const a = analyze(text);
    const l3 = lineOf(text, 3);
    const h = hover(a, { line: 3, character: l3.indexOf('µL') + 1 }, { structures: false });
    assert.equal(slice(text, h!.range!), 'µL');
    const hn = hover(a, { line: 3, character: l3.indexOf('µ-b') + 3 }, { structures: false });
    assert.equal(slice(text, hn!.range!), 'µ-benzaldehyde');
    const l6 = lineOf(text, 6);
    const refs = references(a, { line: 6, character: l6.indexOf(' x') + 1 }, true);
    assert.deepEqual(refs.map((r) => slice(text, r)), ['x', 'x']);
    assert.deepEqual(refs.map((r) => r.start.line), [4, 6]);
    const l4 = lineOf(text, 4);
    const items = completion(a, { line: 4, character: l4.length });
    const equiv = items.find((i) => i.label === 'equiv');
    assert.ok(equiv, items.map((i) => i.label).join(', '));
    assert.equal(slice(text, (equiv.textEdit as { range: Range }).range), 'eq');
  });
});
