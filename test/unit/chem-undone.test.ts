/**
 * Small chemistry and knowledge-base shortcomings the previous session left (the "chem-undone"
 * list): aqueous glyoxylic acid as catalogues name it, resin-bound reductants, NaBH4 with
 * NaBH(OAc)3 in TFE, diphenyl phosphate and the trifluoroacetaldehyde hemiacetal, TFA on a free
 * versus a half-freed diamine, and the MWs of amine salts. Each case asserts what `rxn check`,
 * `rxn amounts` or a hover shows. Fixtures: test/fixtures/real/cu-*.rxn.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { amountsTable } from '../../server/src/model/amounts';
import { lookup } from '../../server/src/kb';
import { fixture, rules } from './review-helpers';

const row = (t: string, alias: string) => amountsTable(analyze(t).model).rows.find((r) => r.alias === alias)!;

describe('chem-undone: knowledge-base shortcomings left by the last session', () => {
  it('glyoxylic acid written `, 50 % aq.` (or `50 wt% aq.`, `(50%)`) is its 50 wt% aqueous solution, as `50% in water` is', () => {
    const t = fixture('cu-glyoxylic-aq.rxn');
    // It was: unknown-reagent, missing-component (no carbonyl) and missing-acid.
    assert.deepEqual(rules(t), ['cyanoborohydride-toxicity']);
    const gly = row(t, 'gly');
    assert.deepEqual([gly.role, gly.mw, gly.mmol], ['carbonyl', 74.04, 6]);
    assert.ok(Math.abs(gly.massG! - 0.888) < 1e-3, String(gly.massG)); // the solution's mass: 6 mmol × 74.04 ÷ 0.50
    assert.equal(gly.molarity, 9.06);
    assert.ok(Math.abs(gly.volumeMl! - 0.662) < 1e-3, String(gly.volumeMl));
    for (const n of [
      'Glyoxylic acid, 50 % aq.', 'glyoxylic acid 50% in water', 'glyoxylic acid, 50 wt% aq.', 'glyoxylic acid 50 wt% aq.',
      'glyoxylic acid (50 wt% aq.)', 'glyoxylic acid 50% aqueous solution', 'glyoxylic acid (50%)', 'glyoxylic acid 50%',
    ]) {
      assert.equal(lookup(n)?.id, 'glyoxylic-acid-aq', n);
      // `50%` was a purity of the solid (888 mg of "50 % pure" glyoxylic acid, no volume): now the solution, by volume too.
      const v = row(t.replace('Glyoxylic acid, 50 % aq.', n), 'gly');
      assert.ok(v.volumeMl !== undefined && Math.abs(v.volumeMl - 0.662) < 1e-3, `${n}: ${v.volumeMl}`);
    }
    // The pure solid at its purity stays the solid.
    assert.equal(lookup('glyoxylic acid monohydrate, 98%')?.id, 'glyoxylic-acid-h2o');
    // With NaBH(OAc)3 its water is reported.
    const stab = t.replace('NaBH3CN                      1.5 equiv, 471 mg', 'NaBH(OAc)3                   1.5 equiv').replace('solvent MeOH 25 mL', 'solvent DCE 25 mL');
    assert.ok(rules(stab).includes('stab-water'), rules(stab).join(' '));
    // Other aqueous solutions written the same way.
    assert.equal(lookup('formaldehyde, 37 % aq.')?.id, 'formalin');
    assert.equal(lookup('acetaldehyde, 40 % aq.')?.id, 'acetaldehyde');
  });
});
