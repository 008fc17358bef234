/**
 * Leftovers of the code read-through (2026-11-28): what a chemist sees, checked on the hover,
 * completion and diagnostic texts themselves.
 */
import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/engine';
import { completion } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
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
});
