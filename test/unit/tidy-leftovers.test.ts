/**
 * Leftovers of the code read-through (2026-11-28): what a chemist sees, checked on the hover,
 * completion and diagnostic texts themselves.
 */
import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/engine';
import { completion } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { parse } from '../../server/src/syntax/parser';
import type { Statement } from '../../server/src/syntax/ast';
import { cursor, posOf } from './features/helpers';

function hoverText(text: string, needle: string, offset = 0): string {
  const h = hover(analyze(text), posOf(text, needle, offset), { structures: false });
  assert.ok(h, `no hover on ${needle}`);
  return (h.contents as MarkupContent).value;
}

const KILO = `protocol "kilo"
target mono
scale 4.99 mol

reagent boc  = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald  = benzaldehyde 1.05 equiv
reagent acid = AcOH 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCM 0.5 M

step
  add boc, ald, acid
  stir 1 h at 20 °C
  add stab
  stir 16 h at 20 °C

workup
  quench sat. NaHCO3
  extract DCM x2
  concentrate
`;

describe('read-through leftovers', () => {
  describe('a scale of a mole or more is shown in mol on the `scale` hover and in completion', () => {
    it('the hover on `4.99` of `scale 4.99 mol` says "1.0 equiv = 4.99 mol", not "4990 mmol"', () => {
      const v = hoverText(KILO, 'scale 4.99', 6);
      assert.match(v, /^`4\.99 mol`: 1\.0 equiv = 4\.99 mol; every `equiv` of the reagent table is counted from it\./);
      assert.doesNotMatch(v.split('\n')[0], /4990 mmol/);
    });
    it('`scale 4990 mmol` is the same scale: the hover says 4.99 mol', () => {
      const t = KILO.replace('scale 4.99 mol', 'scale 4990 mmol');
      assert.match(hoverText(t, 'scale 4990', 6), /^`4990 mmol`: 1\.0 equiv = 4\.99 mol;/);
    });
    it('under a mole it stays in mmol, to three figures (`scale 8 mmol`: 8.00 mmol)', () => {
      const t = KILO.replace('scale 4.99 mol', 'scale 8 mmol');
      assert.match(hoverText(t, 'scale 8', 6), /^`8 mmol`: 1\.0 equiv = 8\.00 mmol;/);
    });
    it('completion of an amount at a kilo scale says "1.0 equiv at 4.99 mol"', () => {
      const { text, pos } = cursor(KILO.replace('reagent ald  = benzaldehyde 1.05 equiv', 'reagent ald  = benzaldehyde |'));
      const mass = completion(analyze(text), pos).find((i) => i.detail?.startsWith('mass:'));
      assert.ok(mass, 'a mass is offered');
      assert.equal(mass.detail, 'mass: 1.0 equiv at 4.99 mol');
      assert.match((mass.documentation as MarkupContent).value, /^1\.0 equiv at 4\.99 mol × 106\.12 g\/mol/);
    });
  });

  describe('the start of a warm-up is kept in the syntax tree, and the hover reads it from there', () => {
    const stir = (line: string) => {
      const st = parse(`protocol "w"\nstep\n${line}\n`).lines[2].statement as Extract<Statement, { kind: 'stir' }> | undefined;
      assert.equal(st?.kind, 'stir', line);
      return st!;
    };
    it('`stir 16 h at 0 °C to rt`: `from` is 0 °C with its range, `temperature` is rt', () => {
      const st = stir('  stir 16 h at 0 °C to rt');
      assert.deepEqual(st.from, { celsius: 0, raw: '0 °C', range: { start: { line: 2, character: 15 }, end: { line: 2, character: 19 } } });
      assert.equal(st.temperature?.word, 'rt');
    });
    it('`at 0-5 °C→rt` (a range, an arrow touching the unit) and `at 273 K -> 40 °C`', () => {
      const a = stir('  stir 2 h at 0-5 °C→rt');
      assert.deepEqual([a.from?.raw, a.from?.celsius, a.from?.high, a.from?.range.start.character, a.from?.range.end.character], ['0-5 °C', 0, 5, 14, 20]);
      const b = stir('  stir 2 h at 273 K -> 40 °C');
      assert.deepEqual([b.from?.raw, b.from?.celsius, b.temperature?.raw], ['273 K', -0.15, '40 °C']);
    });
    it('no `from` without a warm-up, nor for a bare first number (`at 0 to 25 °C`, whose unit is the second\'s)', () => {
      assert.equal(stir('  stir 2 h at 0 °C').from, undefined);
      assert.equal(stir('  stir 2 h at 0 to 25 °C').from, undefined);
      assert.equal(stir('  stir 2 h').from, undefined);
    });
    const W = KILO.replace('scale 4.99 mol', 'scale 5 mmol').replace('  stir 1 h at 20 °C', '  stir 1 h at 0 °C to rt');
    it('the hover on `0` of `at 0 °C to rt` is as before: the kelvin and the solvent\'s boiling point, over `0 °C`', () => {
      const h = hover(analyze(W), posOf(W, '0 °C to'), { structures: false });
      assert.equal((h?.contents as MarkupContent).value, '`0 °C` is 273 K. The solvent, `DCM`, boils at 40 °C, 40 °C above this.');
      assert.deepEqual(h?.range, { start: posOf(W, '0 °C to'), end: posOf(W, '0 °C to', 4) });
      // The end of the warm-up keeps the hover of its word.
      assert.doesNotMatch(hoverText(W, 'to rt', 3), /273 K/);
    });
    it('every spelling the parser reads as the start has that hover (`0 C`, `0 ℃`, `0 ° C`, `@ 0 °C`); the old re-reading of the line missed them', () => {
      for (const [line, raw] of [['at 0 C to rt', '0 C'], ['at 0 ℃ to rt', '0 ℃'], ['at 0 ° C to rt', '0 ° C'], ['@ 0 °C to rt', '0 °C']] as const) {
        const t = W.replace('at 0 °C to rt', line);
        assert.equal(hoverText(t, line, line.indexOf('0')).split('\n\n---')[0], `\`${raw}\` is 273 K. The solvent, \`DCM\`, boils at 40 °C, 40 °C above this.`, line);
      }
    });
  });

  describe('invalid-quantity: the solvent check uses the scale of the model', () => {
    const P = (scale: string, solvent: string) => KILO.replace('scale 4.99 mol', scale).replace('solvent DCM 0.5 M', solvent);
    const said = (t: string) => analyze(t).diagnostics.filter((d) => d.rule === 'invalid-quantity').map((d) => d.message);
    it('`solvent DCE 10 mL (0.2 M)` at `scale 5 mmol`: "10 mL at the scale of 5 mmol makes 0.5 M, not 0.2 M" (as before)', () => {
      assert.deepEqual(said(P('scale 5 mmol', 'solvent DCE 10 mL (0.2 M)')), ['10 mL at the scale of 5 mmol makes 0.5 M, not 0.2 M: correct the volume or the concentration.']);
      assert.deepEqual(said(P('scale 5 mmol', 'solvent DCE 25 mL (0.2 M)')), []);
      assert.deepEqual(said(P('scale 0.005 mol', 'solvent DCE 10 mL (0.2 M)')), ['10 mL at the scale of 0.005 mol makes 0.5 M, not 0.2 M: correct the volume or the concentration.']);
    });
    it('no `scale` line (the scale from a `limiting` reagent): not checked, as before', () => {
      const t = P('', 'solvent DCE 10 mL (0.2 M)').replace('1-Boc-1,4-diazepane 1.0 equiv', '1-Boc-1,4-diazepane 1.00 g limiting');
      assert.deepEqual(said(t), []);
    });
    it('after `scale 1.00 g` (an error), `scale 5 mmol` is the scale: the disagreement is reported (it was skipped)', () => {
      const d = said(P('scale 1.00 g\nscale 5 mmol', 'solvent DCE 10 mL (0.2 M)'));
      assert.ok(d.includes('10 mL at the scale of 5 mmol makes 0.5 M, not 0.2 M: correct the volume or the concentration.'), JSON.stringify(d));
    });
  });

  describe('amount-mismatch names a kilo scale in mol', () => {
    it('the limiting mismatch and the mass check say 4.99 mol, not 4990 mmol', () => {
      const text = KILO.replace('1-Boc-1,4-diazepane 1.0 equiv', '1-Boc-1,4-diazepane 1.5 equiv limiting').replace('benzaldehyde 1.05 equiv', 'benzaldehyde 1.0 equiv, 600 g');
      const msgs = analyze(text).diagnostics.filter((d) => d.rule === 'amount-mismatch').map((d) => d.message);
      assert.ok(msgs.some((m) => m.includes('(the scale, 4.99 mol)')), JSON.stringify(msgs));
      assert.ok(msgs.some((m) => m.includes('1.0 equiv at scale 4.99 mol: that would be 530 g')), JSON.stringify(msgs));
      assert.ok(!msgs.some((m) => m.includes('4990')), JSON.stringify(msgs));
    });
  });
});
