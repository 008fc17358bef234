/**
 * Knowledge-base follow-ups from the tenth round of real protocols: reagents the notebooks named
 * that the knowledge base did not know (tetramethylammonium triacetoxyborohydride, the amine–boranes
 * PEMB and dimethylamine borane, propiophenone, 3'-chloroacetophenone, `PhCOMe`). Each test asserts
 * what a user sees: the reagent known with its role, and its mass or volume in `rxn amounts`.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { amountsTable } from '../../server/src/model/amounts';

const protocol = (carbonyl: string, reductant: string, solvent = 'DCE') => `protocol "t"
scale 1 mmol
reagent am = 1-Boc-1,4-diazepane 1.0 equiv
reagent k = ${carbonyl} 1.2 equiv
reagent acid = AcOH 1.0 equiv
reagent red = ${reductant} 1.5 equiv
solvent ${solvent} 5 mL
step
  add am, k, acid
  stir 1 h
  add red
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
const ids = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
const row = (t: string, alias: string) => amountsTable(analyze(t).model).rows.find((r) => r.alias === alias)!;

describe('knowledge base, round 10 follow-ups', () => {
  it('tetramethylammonium triacetoxyborohydride is a known mild reductant, weighed by its own MW, and destroyed by MeOH', () => {
    for (const name of ['Me4NBH(OAc)3', 'Me4N·BH(OAc)3', 'tetramethylammonium triacetoxyborohydride']) {
      const t = protocol('benzaldehyde', name);
      // It was: unknown-reagent, and missing-component "No reagent with the role reductant".
      assert.deepEqual(ids(t).filter((c) => c === 'unknown-reagent' || c === 'missing-component'), [], name);
      const r = row(t, 'red');
      assert.equal(r.name, 'Me4NBH(OAc)3');
      assert.equal(r.role, 'reductant');
      assert.equal(Math.round(r.massG! * 1000), 395, name); // 1.5 mmol × 263.10 g/mol
    }
    const d = analyze(protocol('benzaldehyde', 'Me4NBH(OAc)3', 'MeOH')).diagnostics.find((x) => x.rule === 'stab-protic-solvent');
    assert.ok(d, 'stab-protic-solvent reports it in MeOH');
    assert.match(d.message, /^Me4NBH\(OAc\)3 reacts with MeOH: the hydride is consumed/);
  });
  it('PEMB and dimethylamine borane are known amine–borane reductants, like 2-picoline borane, and run clean in MeOH/AcOH', () => {
    for (const [name, canonical, mg] of [
      ['PEMB', '5-ethyl-2-methylpyridine borane', 203], // 1.5 mmol × 135.02 g/mol
      ['borane-5-ethyl-2-methylpyridine complex', '5-ethyl-2-methylpyridine borane', 203],
      ['borane dimethylamine complex', 'dimethylamine borane', 88], // 1.5 mmol × 58.92 g/mol
      ['dimethylamine borane', 'dimethylamine borane', 88],
      ['Me2NH·BH3', 'dimethylamine borane', 88],
    ] as const) {
      const t = protocol('benzaldehyde', name, 'MeOH');
      // It was: unknown-reagent, and missing-component "No reagent with the role reductant".
      assert.deepEqual(ids(t), [], name);
      const r = row(t, 'red');
      assert.equal(r.name, canonical, name);
      assert.equal(r.role, 'reductant', name);
      assert.equal(Math.round(r.massG! * 1000), mg, name);
    }
    // `DMAB` alone is not taken for the borane: it is as often 4-(dimethylamino)benzaldehyde.
    assert.notEqual(analyze(protocol('benzaldehyde', 'DMAB', 'MeOH')).model.reagents.find((r) => r.alias === 'red')?.kb?.id, 'dmab');
    const pic = analyze(protocol('benzaldehyde', 'PEMB', 'MeOH')).model.reagents.find((r) => r.alias === 'red')!;
    assert.equal(pic.kb?.roleDetail, 'reductant (amine–borane, mild)');
  });
  it("propiophenone and 3'-chloroacetophenone are known aryl ketones: mass and volume in the amounts, the aryl-ketone note one-pot", () => {
    for (const [name, canonical, mg, ul] of [
      ['propiophenone', 'propiophenone', 161, 160], // 1.2 mmol × 134.18 g/mol ÷ 1.009 g/mL
      ['1-phenylpropan-1-one', 'propiophenone', 161, 160],
      ["3'-chloroacetophenone", "3'-chloroacetophenone", 186, 156], // 1.2 mmol × 154.60 g/mol ÷ 1.191 g/mL
      ['3′-chloroacetophenone', "3'-chloroacetophenone", 186, 156],
      ['1-(3-chlorophenyl)ethanone', "3'-chloroacetophenone", 186, 156],
    ] as const) {
      const t = protocol(name, 'NaBH(OAc)3');
      const r = row(t, 'k');
      // It was: a carbonyl by its name's ending, with no MW: "no molecular weight: add `mw N` or a `smiles`".
      assert.equal(r.name, canonical, name);
      assert.equal(r.role, 'carbonyl', name);
      assert.equal(Math.round(r.massG! * 1000), mg, name);
      assert.equal(Math.round(r.volumeMl! * 1000), ul, name);
    }
    const onePot = (k: string) => protocol(k, 'NaBH(OAc)3').replace('  add am, k, acid\n  stir 1 h\n  add red\n', '  add am, k, acid, red\n');
    for (const k of ['propiophenone', "3'-chloroacetophenone"]) {
      const d = analyze(onePot(k)).diagnostics.find((x) => x.rule === 'ketone-one-pot');
      assert.ok(d, k);
      assert.match(d.message, new RegExp(`^${k} is an aryl ketone`));
    }
  });
  it('PhCOMe, as notebooks write acetophenone, is acetophenone; a ketone written …COMe is a carbonyl, an acetamide …NHCOMe is not', () => {
    for (const name of ['PhCOMe', 'PhC(O)Me', 'MeCOPh']) {
      const t = protocol(name, 'NaBH(OAc)3');
      // It was: unknown-reagent "Did you mean 'PhMe', 'PhCHO', …", and missing-component "No reagent with the role carbonyl".
      assert.deepEqual(ids(t).filter((c) => c === 'unknown-reagent' || c === 'missing-component'), [], name);
      const r = row(t, 'k');
      assert.equal(r.name, 'acetophenone', name);
      assert.equal(r.role, 'carbonyl', name);
      assert.equal(Math.round(r.massG! * 1000), 144, name); // 1.2 mmol × 120.15 g/mol
      assert.equal(Math.round(r.volumeMl! * 1000), 140, name); // ÷ 1.028 g/mL
    }
    for (const name of ['4-FC6H4COMe', '3-PyCOMe', '4-ClC6H4C(O)Et']) {
      const t = protocol(name, 'NaBH(OAc)3');
      assert.deepEqual(ids(t).filter((c) => c === 'missing-component'), [], name);
      assert.equal(row(t, 'k').role, 'carbonyl', name);
    }
    assert.ok(ids(protocol('4-BrC6H4NHCOMe', 'NaBH(OAc)3')).includes('missing-component'), 'an acetamide is no carbonyl');
  });
});
