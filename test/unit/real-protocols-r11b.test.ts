/**
 * Leftovers of the round-11 review of real protocols: spellings chemists write that rxn did not
 * read (process solvent ratios in L/kg, comma asides on temperature, `separate layers`, neat
 * reagents, reagents dosed from a stock, substituted diazepanes without a weight).
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { rules } from './review-helpers';
import { amountsTable } from '../../server/src/model/amounts';

const row = (t: string, alias: string) => amountsTable(analyze(t).model).rows.find((r) => r.alias === alias)!;
const near = (got: number | undefined, want: number, tol: number, what: string) =>
  assert.ok(got !== undefined && Math.abs(got - want) <= tol, `${what}: got ${got}, want ${want} ± ${tol}`);

const BASE = `protocol "t"
target mono
scale 1 mmol

reagent boc  = 1-Boc-1,4-diazepane  1.00 equiv, 200 mg
reagent ald  = benzaldehyde         1.10 equiv, 112 µL
reagent acid = AcOH 1.0 equiv, 57 µL
reagent stab = NaBH(OAc)3           1.50 equiv, 318 mg
solvent DCE 5 mL

step
  add boc, ald, acid
  stir 1 h at rt
  add stab in 4 portions over 1 h
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM 3 x 10 mL
  wash brine
  dry Na2SO4
  concentrate
`;

describe('real protocols r11b: the base protocol is clean', () => {
  it('has no findings', () => assert.deepEqual(rules(BASE), []));
});

describe('real protocols r11b: solvent volumes in L/kg and mL/g', () => {
  it('`10 L/kg` and `10 mL/g` read as `10 vol`', () => {
    // It was: unknown-reagent "Solvent 'DCM 10 L' is not in the knowledge base" and a second one on 'kg'.
    for (const amount of ['10 L/kg', '10 mL/g', '10 vol']) {
      const t = BASE.replace('solvent DCE 5 mL', `solvent DCM ${amount}`);
      assert.deepEqual(rules(t), [], amount);
      const { solvents } = amountsTable(analyze(t).model);
      assert.equal(solvents.length, 1, amount);
      assert.equal(solvents[0].relVolume, 10, amount);
      assert.equal(solvents[0].relTo, 'boc', amount);
      near(solvents[0].volumeMl, 2.0, 0.01, amount); // 10 mL per g × 0.200 g of 1-Boc-1,4-diazepane
    }
  });
});

describe('real protocols r11b: C- and N-substituted diazepanes have their weights', () => {
  it('each reads as the amine with its MW, a stereodescriptor in the name too', () => {
    // It was: the role amine from the name, but "boc: no molecular weight: add `mw N` or a `smiles` …", no mass in `rxn amounts`.
    const cases: [string, string, number][] = [
      ['(R)-2-methyl-1,4-diazepane', '2-methyl-1,4-diazepane', 114.19],
      ['rac-2-methyl-1,4-diazepane', '2-methyl-1,4-diazepane', 114.19],
      ['6,6-dimethyl-1,4-diazepane', '6,6-dimethyl-1,4-diazepane', 128.22],
      ['tert-butyl (S)-3-methyl-1,4-diazepane-1-carboxylate', 'tert-butyl 3-methyl-1,4-diazepane-1-carboxylate', 214.31],
      ['1-(pyridin-3-ylmethyl)-1,4-diazepane', '1-(pyridin-3-ylmethyl)-1,4-diazepane', 191.28],
      ['1-cyclopropyl-1,4-diazepane', '1-cyclopropyl-1,4-diazepane', 140.23],
    ];
    for (const [written, name, mw] of cases) {
      const t = BASE.replace('1-Boc-1,4-diazepane  1.00 equiv, 200 mg', `${written} 1.00 equiv`);
      const r = row(t, 'boc');
      assert.equal(r.name, name, written);
      assert.equal(r.role, 'amine', written);
      near(r.mw, mw, 0.01, written);
      near(r.massG, mw / 1000, 0.001, written); // 1 mmol
    }
  });
});

describe('real protocols r11b: separating the layers in the work-up', () => {
  it('`separate layers`, `separate the layers`, `phase separation` read as part of the extraction', () => {
    // It was: syntax-error "Unknown statement 'separate'. Allowed in the work-up: quench, basify, …".
    for (const line of ['separate layers', 'separate the layers', 'Separate the phases', 'phase separation', 'separate layers, keep the DCM']) {
      const t = BASE.replace('  wash brine', `  ${line}\n  wash brine`);
      assert.deepEqual(rules(t), [], line);
      const w = analyze(t).model.workup.map((s) => s.kind);
      assert.deepEqual(w, ['quench', 'extract', 'note', 'wash', 'dry', 'concentrate'], line);
    }
    // Still a step-block mistake or an unknown word elsewhere.
    assert.match(analyze(BASE.replace('  wash brine', '  phase\n  wash brine')).diagnostics[0].message, /Unknown statement 'phase'/);
  });
});

describe('real protocols r11b: a temperature limit in a comma clause', () => {
  const addStab = (t: string) => analyze(t).doc.lines.map((l) => l.statement).find((s) => s?.kind === 'add' && s.aliases[0].text === 'stab') as any;
  it('`, keeping T < 25 °C` reads as the bracketed `(T < 25 °C)`: an aside', () => {
    // It was: syntax-error "Unexpected ',' in `add`: separate aliases with commas; …".
    for (const clause of [', keeping T < 25 °C', ', keeping the temperature below 25 °C', ', maintaining T < 30 °C', ', while keeping the internal temperature ≤ 25 °C']) {
      const t = BASE.replace('add stab in 4 portions over 1 h', `add stab in 4 portions over 1 h at 0 °C${clause}`);
      assert.deepEqual(rules(t), [], clause);
      const st = addStab(t);
      assert.equal(st.manner.count, 4, clause);
      assert.equal(st.duration.minutes, 60, clause);
      assert.equal(st.temperature.celsius, 0, clause); // the limit is not the temperature of the addition
    }
    // Without the limit it is no aside: still reported.
    assert.ok(rules(BASE.replace('add stab in 4 portions over 1 h', 'add stab in 4 portions over 1 h, keeping it cold')).includes('syntax-error'));
  });
});

describe('real protocols r11b: a neat reagent', () => {
  const withTi = (amounts: string) =>
    BASE.replace('reagent acid', `reagent ti = Ti(OiPr)4 ${amounts}\nreagent acid`).replace('add boc, ald, acid', 'add boc, ald, acid, ti');
  it('`(2.0 equiv, neat)` reads the equiv and passes over `neat`', () => {
    // It was: syntax-error "Unexpected 'neat' after the reagent name: expected a quantity such as `1.0 equiv` …".
    for (const amounts of ['(2.0 equiv, neat)', '2.0 equiv, neat', '(2.0 equiv, neat, 592 µL)', '2.0 equiv (neat)']) {
      const t = withTi(amounts);
      assert.deepEqual(rules(t), [], amounts);
      const r = row(t, 'ti');
      assert.equal(r.equiv, 2, amounts);
      near(r.volumeMl, 0.592, 0.002, amounts); // 2.0 mmol × 284.22 g/mol ÷ 0.96 g/mL
    }
    // The amounts after it are still checked.
    assert.ok(rules(withTi('(2.0 equiv, neat, 59 µL)')).includes('amount-mismatch'));
  });
});

describe('real protocols r11b: a reagent dosed from a stock solution', () => {
  const WELL = `protocol "well"
target mono
scale 0.10 mmol

reagent am   = 1-methyl-1,4-diazepane (0.5 M in DCE)        1.0 equiv, 200 µL
reagent ald  = benzaldehyde 1.2 equiv (0.5 M in DCE, 240 µL)
reagent acid = AcOH                                         2.0 equiv, 11.4 µL
reagent stab = NaBH(OAc)3                                   2.0 equiv, 42.4 mg
solvent DCE 0.5 mL

step
  add am, ald, acid
  stir 1 h at rt
  add stab
  stir 18 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  concentrate
`;
  it('`1.2 equiv (0.5 M in DCE, 240 µL)`, `stock (0.5 M, DCE)`, `(0.5M/DCE)`: mmol = M × V, checked against the equiv', () => {
    // It was: syntax-error "Unexpected '(0.5' after the reagent name …" for the first; unknown-reagent
    // "'benzaldehyde stock (0.5 M, DCE)' is not in the knowledge base …" with missing-component for the others.
    const spellings = [
      'benzaldehyde 1.2 equiv (0.5 M in DCE, 240 µL)',
      'benzaldehyde 1.2 equiv, 240 µL (0.5 M in DCE)',
      'benzaldehyde stock (0.5 M, DCE) 1.2 equiv, 240 µL',
      'benzaldehyde (0.5M/DCE) 1.2 equiv, 240 µL',
      'benzaldehyde stock solution (0.5 M in DCE) 1.2 equiv, 240 µL',
    ];
    for (const s of spellings) {
      const t = WELL.replace('benzaldehyde 1.2 equiv (0.5 M in DCE, 240 µL)', s);
      assert.deepEqual(rules(t), [], s);
      const r = row(t, 'ald');
      assert.equal(r.role, 'carbonyl', s);
      near(r.mmol, 0.12, 1e-6, s);
      near(r.volumeMl, 0.24, 1e-6, s); // 0.12 mmol ÷ 0.5 M
      assert.equal(r.massG, undefined, s); // a solution is measured by volume, not weighed
      // A volume ten times too small is caught as for the other stock spellings.
      const wrong = t.replace('240 µL', '24 µL');
      const d = analyze(wrong).diagnostics.find((x) => x.rule === 'amount-mismatch');
      assert.ok(d, `${s}: ${rules(wrong).join(', ')}`);
      assert.match(d.message, /24 µL of .* does not match 1\.2 equiv .* that would be 240 µL/, s);
    }
  });
});
