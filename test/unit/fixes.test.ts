/**
 * Every fix on every diagnostic of every sample and rule-page example: applying it gives a
 * file that parses into the same number of lines or more, no longer shows that diagnostic
 * and has no new error; fix-all reaches a fixpoint and is idempotent.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, fixAll } from '../../server/src/engine';
import { rules } from '../../server/src/rules';
import { docExamples, samples } from './corpus';
import { commentUnder } from '../fuzz/lib';

const corpus = [...samples(), ...docExamples(rules.map((r) => r.id))];

describe('every quick fix', () => {
  const fixedRules = new Set<string>();
  for (const ex of corpus) {
    it(`applies cleanly on ${ex.name}`, () => {
      const before = analyze(ex.text);
      const errorsBefore = new Set(before.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
      for (const d of before.diagnostics) {
        for (const fix of d.fixes) {
          const text = applyEdits(ex.text, fix.edits);
          assert.notEqual(text, ex.text, `${d.rule}: "${fix.title}" changes nothing`);
          const after = analyze(text);
          const count = (ds: { rule: string }[]) => ds.filter((x) => x.rule === d.rule).length;
          assert.ok(count(after.diagnostics) < count(before.diagnostics), `${d.rule}: "${fix.title}" leaves the diagnostic in place`);
          const newErrors = after.diagnostics.filter((x) => x.severity === 'error' && !errorsBefore.has(x.rule));
          assert.deepEqual(newErrors.map((x) => `${x.rule}: ${x.message}`), [], `${d.rule}: "${fix.title}" introduces errors`);
          // Nothing the fix did not mean to touch is lost: every comment survives (but the one
          // the diagnostic is on, which its fix may rewrite: a misspelt id in `# rxn-disable …`).
          for (const c of before.doc.lines.filter((l) => l.comment && l.index !== (commentUnder(before, d.range) !== undefined ? d.range.start.line : -1))) {
            assert.ok(text.includes(c.comment!.text), `${d.rule}: "${fix.title}" deleted a comment`);
          }
          fixedRules.add(d.rule);
        }
      }
    });
  }
  it('covers every rule that offers a fix', () => {
    const offering = rules.filter((r) => r.fixes.length > 0).map((r) => r.id);
    const missing = offering.filter((id) => !fixedRules.has(id));
    assert.deepEqual(missing, [], 'rules whose fixes no example exercises');
  });
});

describe('fix all', () => {
  for (const ex of corpus) {
    it(`reaches a fixpoint and is idempotent on ${ex.name}`, () => {
      const once = fixAll(ex.text);
      assert.ok(once.passes <= 10);
      const remaining = once.analysis.diagnostics.filter((d) => d.fixes.some((f) => f.safe));
      assert.deepEqual(remaining.map((d) => d.rule), [], 'safe-fixable problems remain');
      const twice = fixAll(once.text);
      assert.equal(twice.text, once.text, 'a second fix-all changed the text');
      assert.equal(twice.applied.length, 0);
    });
  }
});

describe('a fix that puts another substance in a reagent’s place', () => {
  const header = `protocol "x"
target mono
scale 10 mmol
reagent dz  = 1,4-diazepane 3.0 equiv
reagent ald = benzaldehyde  1.0 equiv
`;
  const body = (solvent: string) => `solvent ${solvent}
step
  add dz, ald
  add red portionwise
  stir 2 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
  const fixOf = (text: string, rule: string) => {
    const d = analyze(text).diagnostics.find((x) => x.rule === rule);
    assert.ok(d, `${rule} fires`);
    return applyEdits(text, d.fixes[0].edits);
  };
  const lineOf = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start));

  it('recomputes a weighed mass for the new substance and drops the old one’s attributes', () => {
    const text = header + 'reagent red = NaBH4   1.5 equiv, 567 mg mw 37.83 smiles "[BH4-].[Na+]"   # shelf 3\n' + body('MeOH');
    const fixed = fixOf(text, 'nabh4-one-pot');
    // 15 mmol of NaBH(OAc)3 (211.94 g/mol) is 3.18 g; the comment stays.
    // The gap after the name shrinks by what the longer name takes (the amounts keep their column where they can).
    assert.equal(lineOf(fixed, 'reagent red'), 'reagent red = NaBH(OAc)3 1.5 equiv, 3.18 g   # shelf 3');
    assert.deepEqual(analyze(fixed).diagnostics.filter((d) => d.rule === 'amount-mismatch'), []);
  });

  it('writes the equivalents a mass stood for when no equivalents were written', () => {
    const text = header + 'reagent red = NaBH4 567 mg\n' + body('MeOH');
    // 567 mg / 37.83 g/mol = 14.99 mmol = 1.5 equiv at 10 mmol.
    assert.equal(lineOf(fixOf(text, 'nabh4-one-pot'), 'reagent red'), 'reagent red = NaBH(OAc)3 1.5 equiv, 3.18 g');
  });

  it('keeps role and limiting, and a quoted name stays quoted', () => {
    const text = header + 'reagent red = "NaBH4" 1.5 equiv role reductant\n' + body('MeOH');
    assert.equal(lineOf(fixOf(text, 'nabh4-one-pot'), 'reagent red'), 'reagent red = "NaBH(OAc)3" 1.5 equiv role reductant');
  });

  it('replaces a strong acid’s volume with the AcOH volume for the same amount', () => {
    const text = `protocol "x"
target mono
scale 5 mmol
reagent dz  = 1,4-diazepane 3.0 equiv
reagent ald = benzaldehyde  1.0 equiv
reagent tfa = TFA 1.0 equiv, 0.38 mL
reagent red = NaBH3CN 1.5 equiv
solvent MeOH
step
  add dz, ald, tfa
  stir 1 h
  add red
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    // 5 mmol of AcOH: 300 mg at 1.049 g/mL is 0.286 mL.
    // The alias `tfa` named the old acid: it becomes `acoh`, on the add line too.
    const fixed = fixOf(text, 'cyanide-acid');
    assert.equal(lineOf(fixed, 'reagent acoh'), 'reagent acoh = AcOH 1.0 equiv, 0.286 mL');
    assert.equal(lineOf(fixed, '  add dz'), '  add dz, ald, acoh');
  });
});

describe('quick fixes as a chemist reads them (fix review, 2026-11-27)', () => {
  const BASE = `protocol "x"
target mono
scale 2 mmol
reagent amine = 1,4-diazepane 3.0 equiv
reagent ald   = benzaldehyde 1.0 equiv
reagent acid  = AcOH 1.5 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M
step
  add amine, ald
  stir 30 min
  add stab
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
  it('missing-acid adds the acid the table declares but no step adds, instead of a second AcOH', () => {
    const d = analyze(BASE).diagnostics.find((x) => x.rule === 'missing-acid')!;
    assert.equal(d.fixes[0].title, "Add 'acid' (AcOH, declared but never added) right after the carbonyl");
    assert.equal(d.fixes[0].safe, true);
    const fixed = fixAll(BASE).text;
    assert.equal(fixed, BASE.replace('  add amine, ald\n', '  add amine, ald\n  add acid\n'));
    assert.deepEqual(analyze(fixed).diagnostics.map((x) => x.rule), []);
  });
  it('missing-acid is not applied by Fix all while an undeclared alias is in the pot (it may be the acid)', () => {
    const t = BASE.replace('reagent acid  = AcOH 1.5 equiv\n', '').replace('  add amine, ald\n', '  add amine, ald, AcOH\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'missing-acid')!;
    assert.equal(d.fixes[0].safe, false);
    assert.ok(!fixAll(t).text.includes('reagent acoh'), 'no second acid declared by Fix all');
  });
  it('switching H2 over Pd/C to NaBH(OAc)3 sets a hydride amount, not the catalyst loading, and renames the alias `h2`', () => {
    const t = `protocol "x"
target mono
scale 2 mmol
reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = cinnamaldehyde 1.2 equiv
reagent acid  = AcOH 1.0 equiv
reagent h2    = H2, Pd/C 0.1 equiv, 21 mg
solvent MeOH 0.2 M
step
  add amine, ald, acid
  stir 1 h
  add h2
  stir 16 h
workup
  filter
  concentrate
`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    // 1.5 × the 1.0 equiv of iminium the Boc-diazepane can form; 3.0 mmol × 211.94 g/mol.
    assert.match(fixed, /\nreagent stab  = NaBH\(OAc\)3 1\.5 equiv, 636 mg\n/);
    assert.match(fixed, /\n {2}add stab\n/);
    assert.ok(!analyze(fixed).diagnostics.some((x) => x.rule === 'reductant-short'));
    // For `target di` the hydride follows the di-alkylation: 2.5 × the amine.
    const di = t.replace('target mono', 'target di').replace('1-Boc-1,4-diazepane 1.0 equiv', '1,4-diazepane 1.0 equiv').replace('cinnamaldehyde 1.2', 'cinnamaldehyde 2.5');
    const dd = analyze(di).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    const fixedDi = applyEdits(di, dd.fixes[0].edits);
    assert.match(fixedDi, /reagent stab  = NaBH\(OAc\)3 2\.5 equiv, 1\.06 g\n/);
    assert.ok(!analyze(fixedDi).diagnostics.some((x) => x.rule === 'di-stoichiometry'));
  });
  it('an alias that does not name the old substance (`acid`, `red`) is kept by a switch', () => {
    const t = `protocol "x"
target mono
scale 5 mmol
reagent dz   = 1,4-diazepane 3.0 equiv
reagent ald  = benzaldehyde 1.0 equiv
reagent acid = TFA 1.0 equiv
reagent red  = NaBH3CN 1.5 equiv
solvent MeOH
step
  add dz, ald, acid
  stir 1 h
  add red
workup
  quench 1 M NaOH
  extract DCM x3
`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'cyanide-acid')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\nreagent acid = AcOH 1\.0 equiv\n/);
    assert.match(fixed, /\n {2}add dz, ald, acid\n/);
  });
  it('"Pre-form the imine" stirs before the ice bath, above a suppression comment, and makes a one-pot header two-step', () => {
    const t = `protocol "x"
target mono
mode one-pot
scale 2 mmol
reagent boc   = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = benzaldehyde 1.0 equiv
reagent nabh4 = NaBH4 1.5 equiv
solvent MeOH 0.2 M
step
  add boc, ald
  cool to 0 °C   # ice bath
  # rxn-disable-next-line reductant-short
  add nabh4 portionwise
  stir 1 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    const fix = d.fixes.find((f) => f.title.startsWith('Pre-form'))!;
    const fixed = applyEdits(t, fix.edits);
    assert.ok(
      fixed.includes('  add boc, ald\n  stir 1 h at rt\n  cool to 0 °C   # ice bath\n  # rxn-disable-next-line reductant-short\n  add nabh4 portionwise\n'),
      fixed,
    );
    assert.match(fixed, /\nmode two-step\n/);
    const after = analyze(fixed).diagnostics.map((x) => x.rule);
    assert.ok(!after.includes('nabh4-one-pot') && !after.includes('mode-mismatch'), after.join(' '));
  });
  it('setting an equiv without a scale line scales the mass weighed for it (mono-stoichiometry, safe)', () => {
    const t = `protocol "x"
target mono
reagent diazepane = 1,4-diazepane 1.0 equiv, 501 mg
reagent ald       = benzaldehyde 1.0 equiv, 531 mg
reagent stab      = NaBH(OAc)3 1.5 equiv, 1.59 g
reagent acid      = AcOH 1.0 equiv
solvent DCE
step
  add diazepane, ald, acid
  add stab
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const fixed = fixAll(t).text;
    assert.match(fixed, /\nreagent diazepane = 1,4-diazepane 3\.0 equiv, 1\.50 g\n/);
    assert.deepEqual(analyze(fixed).diagnostics.map((x) => x.rule), []);
  });
  it('switching one-pot NaBH4 to NaBH(OAc)3 brings the acid it needs, and is not safe with formalin (water)', () => {
    const t = (ald: string) => `protocol "x"
target mono
scale 2 mmol
reagent boc   = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = ${ald}
reagent nabh4 = NaBH4 1.5 equiv
solvent MeOH 0.2 M
step
  add boc, ald, nabh4
  stir 2 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const plain = t('benzaldehyde 1.0 equiv');
    const d = analyze(plain).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    assert.equal(d.fixes[0].title, "Switch 'nabh4' to NaBH(OAc)3 in DCE, with 1.0 equiv AcOH");
    assert.equal(d.fixes[0].safe, true);
    const fixed = applyEdits(plain, d.fixes[0].edits);
    assert.match(fixed, /\n {2}add boc, ald, acoh, stab\n/);
    assert.deepEqual(analyze(fixed).diagnostics.map((x) => x.rule), []);
    const formalin = analyze(t('formalin 3.0 equiv')).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    assert.equal(formalin.fixes[0].safe, false, 'NaBH(OAc)3 and the water of formalin do not go together');
  });
  const WORK = (workup: string, red = 'NaBH(OAc)3 1.5 equiv', indent = '  ') => `protocol "x"
target mono
scale 2 mmol
reagent boc  = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald  = benzaldehyde 1.0 equiv
reagent acid = AcOH 1.0 equiv
reagent red  = ${red}
solvent ${red.startsWith('NaBH(OAc)3') ? 'DCE' : 'MeOH'}
step
${indent}add boc, ald, acid
${indent}stir 1 h
${indent}add red
${indent}stir 16 h
${workup}`;
  it('silica-amine-modifier replaces an acidic modifier instead of appending a second one', () => {
    const t = WORK('workup\n  quench sat. NaHCO3\n  extract DCM x3\n  purify silica DCM/MeOH 9:1 + 1% AcOH\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'silica-amine-modifier')!;
    assert.equal(d.fixes[0].title, "Replace 'AcOH' with 1% Et3N");
    assert.equal(d.fixes[0].safe, false);
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\n {2}purify silica DCM\/MeOH 9:1 \+ 1% Et3N\n/);
    assert.deepEqual(analyze(fixed).diagnostics.map((x) => x.rule), []);
  });
  it('acid-wash-loses-product extracts after a basify that is already there, without a second basify', () => {
    const t = WORK('workup\n  quench sat. NaHCO3\n  extract DCM x3\n  wash 1 M HCl   # keep the aqueous layer!\n  basify 2 M NaOH\n  dry Na2SO4\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'acid-wash-loses-product')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\n {2}basify 2 M NaOH\n {2}extract DCM x3\n {2}dry Na2SO4\n/);
    assert.equal(fixed.match(/basify/g)!.length, 1);
    assert.ok(!analyze(fixed).diagnostics.some((x) => x.rule === 'acid-wash-loses-product'));
  });
  it('missing-workup follows the steps\' indentation and the reductant (NaOH after NaBH3CN, a filtration after H2)', () => {
    const tabs = WORK('', 'NaBH(OAc)3 1.5 equiv', '\t');
    const fixed = applyEdits(tabs, analyze(tabs).diagnostics.find((x) => x.rule === 'missing-workup')!.fixes[0].edits);
    assert.match(fixed, /\nworkup\n\tquench sat\. NaHCO3\n\textract DCM x3\n/);
    const cn = WORK('', 'NaBH3CN 1.5 equiv');
    assert.match(applyEdits(cn, analyze(cn).diagnostics.find((x) => x.rule === 'missing-workup')!.fixes[0].edits), /\nworkup\n {2}quench 1 M NaOH\n/);
    const h2 = WORK('', 'H2, Pd/C 0.1 equiv');
    const d = analyze(h2).diagnostics.find((x) => x.rule === 'missing-workup')!;
    assert.equal(d.fixes[0].title, 'Append a work-up (filter off the catalyst, concentrate)');
    assert.match(applyEdits(h2, d.fixes[0].edits), /\nworkup\n {2}filter\n {2}concentrate\n/);
  });
  it('switching H2 over Pd/C to NaBH(OAc)3 also brings the acid and the basic quench NaBH(OAc)3 needs, aligned with the table', () => {
    const t = `protocol "x"
target mono
scale 2 mmol
reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = cinnamaldehyde 1.2 equiv
reagent h2    = H2, Pd/C 0.1 equiv, 21 mg
solvent MeOH 0.2 M
step
  add amine, ald, h2
  stir 16 h
workup
  filter
  extract DCM x3
`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.ok(fixed.includes('reagent stab  = NaBH(OAc)3 1.5 equiv, 636 mg\nreagent acoh  = AcOH 1.0 equiv\n'), fixed);
    assert.ok(fixed.includes('  add amine, ald, acoh, stab\n'), fixed);
    assert.ok(fixed.includes('workup\n  quench sat. NaHCO3\n  filter\n'), fixed);
    assert.deepEqual(analyze(fixed).diagnostics.map((x) => x.rule), []);
  });
  it('a header that says two-step is the intent: with NaBH4 added one-pot, Fix all neither rewrites the header nor swaps the reductant', () => {
    const t = `protocol "x"
target mono
mode two-step
scale 2 mmol
reagent boc   = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = benzaldehyde 1.0 equiv
reagent nabh4 = NaBH4 1.5 equiv
solvent MeOH 0.2 M
step "Imine formation"
  add boc, ald
step "Reduction"
  add nabh4 portionwise
  stir 1 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const a = analyze(t);
    const mm = a.diagnostics.find((x) => x.rule === 'mode-mismatch')!;
    assert.equal(mm.fixes[0].title, 'Pre-form the imine: stir 1 h at rt before the reductant');
    assert.ok(mm.fixes.every((f) => !f.safe));
    const nb = a.diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    assert.ok(nb.fixes[0].title.startsWith('Pre-form') && nb.fixes[0].preferred);
    assert.ok(nb.fixes.every((f) => !f.safe));
    assert.equal(fixAll(t).text, t, 'nothing applied without the chemist');
    const preformed = applyEdits(t, nb.fixes[0].edits);
    assert.deepEqual(analyze(preformed).diagnostics.map((x) => x.rule), []);
  });
  it('reductant-short raises reductant portions in proportion, keeping the split between rounds', () => {
    const t = `protocol "x"
target tri
scale 1 mmol
reagent daza  = DAZA 1.0 equiv
reagent ald   = benzaldehyde 3.6 equiv
reagent acid  = AcOH 2.0 equiv
reagent stab1 = NaBH(OAc)3 1.0 equiv
reagent stab2 = NaBH(OAc)3 1.0 equiv
solvent DCE 0.1 M
step "Round 1"
  add daza, ald, acid
  add stab1 portionwise
  stir 4 h
step "Round 2"
  add stab2 portionwise
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'reductant-short')!;
    assert.equal(d.fixes[0].title, "Raise the reductant to 4.5 equiv in total ('stab1' to 2.25, 'stab2' to 2.25)");
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /reagent stab1 = NaBH\(OAc\)3 2\.25 equiv\nreagent stab2 = NaBH\(OAc\)3 2\.25 equiv\n/);
    assert.ok(!analyze(fixed).diagnostics.some((x) => x.rule === 'reductant-short'));
  });
  it('amount-mismatch: when the mass and the volume agree and only the equiv differs, setting the equiv comes first', () => {
    const t = (ald: string) => `protocol "x"
target mono
scale 10 mmol
reagent dz   = 1,4-diazepane 3.0 equiv
reagent ald  = benzaldehyde ${ald}
reagent acid = AcOH 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE
step
  add dz, ald, acid
  add stab
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const both = t('1.0 equiv, 1.27 g, 1.22 mL');
    const d = analyze(both).diagnostics.find((x) => x.rule === 'amount-mismatch')!;
    assert.equal(d.fixes[0].title, "Set 'ald' to 1.2 equiv (what 1.27 g is)");
    assert.equal(d.fixes[0].preferred, true);
    assert.equal(applyEdits(both, d.fixes[0].edits).split('\n')[4], 'reagent ald  = benzaldehyde 1.2 equiv, 1.27 g, 1.22 mL', 'only the equiv changes');
    // One weighed amount against the equiv: no telling which is wrong, the equiv stays the reference.
    const one = analyze(t('1.0 equiv, 1.27 g')).diagnostics.find((x) => x.rule === 'amount-mismatch')!;
    assert.deepEqual(one.fixes.map((f) => f.title), ["Make the amounts of 'ald' agree with 1.0 equiv"]);
  });
});
