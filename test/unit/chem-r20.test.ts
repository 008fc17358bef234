/**
 * Round 20 chemistry decisions: tenfold mmol and mass slips named as a misplaced decimal point,
 * a Boc product taken through an anhydrous strong acid in the work-up, an aryl ketone one-pot
 * with NaBH(OAc)3 and AcOH, HCl that only makes the amine's salt beside NaBH3CN, and two pieces
 * of noise (di-stoichiometry beside protected-target; a microwave imine formation before the hydride).
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits } from '../../server/src/engine';
import { fixture, rules, diag } from './review-helpers';

const BOC_DI = `protocol "Dibenzyl on Boc"
target di
scale 1 mmol

reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = benzaldehyde 1.1 equiv
reagent acid  = AcOH 1.0 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M

step
  add amine, ald, acid
  stir 30 min at rt
  add stab
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
`;

describe('chem-r20: di-stoichiometry is not reported beside protected-target', () => {
  it('target di on 1-Boc-1,4-diazepane: only protected-target (was two di-stoichiometry warnings asking for 2.5 equiv as well)', () => {
    assert.deepEqual(rules(BOC_DI), ['protected-target']);
    assert.equal(
      diag(BOC_DI, 'protected-target').message,
      'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected). Deprotect first, or change the target.',
    );
  });

  it('on the free diazepane the shortfall is still reported', () => {
    const t = BOC_DI.replace('1-Boc-1,4-diazepane', '1,4-diazepane');
    assert.deepEqual(rules(t), ['di-stoichiometry', 'di-stoichiometry']);
    assert.match(diag(t, 'di-stoichiometry').message, /^For di-alkylation both nitrogens must react, so benzaldehyde should be at least 2\.0 equiv/);
  });
});

const MICROWAVE = `protocol "Microwave imine"
target mono
scale 1 mmol

reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ket   = acetophenone 1.2 equiv
reagent ti    = Ti(OiPr)4 1.5 equiv
reagent bh4   = NaBH4 1.5 equiv
solvent EtOH 0.5 M

step "Imine (microwave)"
  add amine, ket, ti
  heat to 120 °C for 20 min
  cool to 0 °C
step "Reduction"
  add bh4 portionwise
  stir 2 h at rt

workup
  quench 1 M NaOH
  extract DCM x3
  dry Na2SO4
`;

describe('chem-r20: a microwave imine formation before the hydride is not temperature-high', () => {
  it('a step titled microwave, 120 °C for 20 min, cooled before NaBH4: clean (was "120 °C is hotter than the 40–50 °C …")', () => {
    assert.deepEqual(rules(MICROWAVE), []);
    // A note in the step marks it as well.
    const noted = MICROWAVE.replace('step "Imine (microwave)"', 'step "Imine"').replace('  add amine, ket, ti\n', '  add amine, ket, ti\n  note "sealed vial, Biotage microwave"\n');
    assert.notEqual(noted, MICROWAVE);
    assert.deepEqual(rules(noted), []);
  });

  it('still reported: an unmarked step, a hydride added to the hot vial, heat after the hydride', () => {
    const plain = MICROWAVE.replace('step "Imine (microwave)"', 'step "Imine"');
    assert.deepEqual(rules(plain), ['temperature-high']);
    assert.equal(diag(plain, 'temperature-high').message, '120 °C is hotter than the 40–50 °C that a sluggish imine formation may need; above that, side reactions (aldol condensation, decomposition of a sensitive carbonyl) become more likely. Start at room temperature and warm gently only if needed.');
    const hot = MICROWAVE.replace('  cool to 0 °C\n', '');
    assert.deepEqual(rules(hot), ['temperature-high']);
    const after = MICROWAVE.replace('  stir 2 h at rt\n', '  stir 2 h at 80 °C\n');
    assert.deepEqual(rules(after), ['temperature-high']);
    assert.match(diag(after, 'temperature-high').message, /^80 °C with the reductant already in the pot/);
  });
});

const BORCH = `protocol "Borch on Boc-homopiperazine"
target mono
scale 1 mmol

reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = benzaldehyde 1.1 equiv
reagent acid  = HCl 1.0 equiv
reagent cbh   = NaBH3CN 1.5 equiv
solvent MeOH 0.2 M

step
  add amine, acid
  add ald
  stir 1 h at rt
  add cbh
  stir 16 h at rt

workup
  quench 1 M NaOH
  extract DCM x3
  dry Na2SO4
`;

describe('chem-r20: strong acid added as such beside NaBH3CN stays an error, even when the amine could take it up as its salt (decided against the helper\'s exception; cyanide-acid page)', () => {
  it('1.0 equiv HCl on 1-Boc-1,4-diazepane before NaBH3CN: cyanide-acid, with the safe AcOH swap; the hydrochloride bought as such: not reported', () => {
    const d = diag(BORCH, 'cyanide-acid');
    assert.equal(d.message, "HCl with NaBH3CN: 1.0 equiv per amine is within what 1-Boc-1,4-diazepane takes up as its salt (one acid per basic nitrogen: 1.0 equiv), so once mixed it is held as the amine's hydrochloride, as in Borch's buffered set-up, not as free acid. But a strong acid charged on its own has no margin: before it has met the amine, or if the amount is off, it protonates the cyanoborohydride and can release hydrogen cyanide gas. Use AcOH to keep the pH between 4 and 7, or weigh the amine in as its hydrochloride, a solid that brings no free acid.");
    assert.equal(d.fixes[0].safe, true);
    const salt = BORCH.replace('1-Boc-1,4-diazepane 1.0 equiv', '1-Boc-1,4-diazepane hydrochloride 1.0 equiv').replace('reagent acid  = HCl 1.0 equiv\n', '').replace('add amine, acid', 'add amine');
    assert.deepEqual(rules(salt), ['cyanoborohydride-toxicity']);
  });
});

const ARYL = `protocol "Acetophenone one-pot"
target mono
scale 1 mmol

reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ket   = acetophenone 1.2 equiv
reagent acid  = AcOH 1.0 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M

step
  add amine, ket, acid
  add stab
  stir 24 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
`;

describe('chem-r20: an aryl ketone one-pot with NaBH(OAc)3 and AcOH at rt gets the ketone-one-pot note', () => {
  it('acetophenone, STAB, AcOH, all at rt in one pot: the note with the remedy (was silent)', () => {
    assert.deepEqual(rules(ARYL), ['ketone-one-pot']);
    const d = diag(ARYL, 'ketone-one-pot');
    assert.equal(d.severity, 'info');
    assert.equal(
      d.message,
      "acetophenone is an aryl ketone: the ring's conjugation makes its carbonyl a poor electrophile, and even with the acid its iminium forms so slowly that NaBH(OAc)3 in one pot at room temperature gives a slow reaction that often stops part-way. Form the iminium first with a dehydrating agent (Ti(OiPr)4, or molecular sieves) before the reductant goes in, or warm the reaction to 40–50 °C.",
    );
    assert.equal(d.range.start.line, 12); // `add stab`
    assert.deepEqual(d.fixes, []);
    // NaBH3CN the same.
    const cbh = ARYL.replace('NaBH(OAc)3 1.5 equiv', 'NaBH3CN 1.5 equiv').replace('solvent DCE', 'solvent MeOH').replace('sat. NaHCO3', '1 M NaOH');
    assert.match(diag(cbh, 'ketone-one-pot').message, /that NaBH3CN in one pot at room temperature/);
  });

  it('not with Ti(OiPr)4 or sieves, warmed to 45 °C, the iminium pre-formed, or a dialkyl ketone', () => {
    const ti = ARYL.replace('reagent stab ', 'reagent ti    = Ti(OiPr)4 1.5 equiv\nreagent stab ').replace('add amine, ket, acid', 'add amine, ket, acid, ti');
    assert.ok(!rules(ti).includes('ketone-one-pot'), rules(ti).join(', '));
    const warm = ARYL.replace('stir 24 h at rt', 'stir 24 h at 45 °C');
    assert.ok(!rules(warm).includes('ketone-one-pot'), rules(warm).join(', '));
    const preformed = ARYL.replace('  add stab\n', '  stir 2 h at rt\n  add stab\n');
    assert.ok(!rules(preformed).includes('ketone-one-pot'));
    assert.deepEqual(rules(ARYL.replace('acetophenone', 'cyclohexanone')), []);
  });
});

const SLIP = `protocol "0.2 mmol scale"
target mono
scale 0.20 mmol

reagent amine = 1-Boc-1,4-diazepane 1.0 equiv, 2.0 mmol, 40.1 mg
reagent ald   = benzaldehyde 1.0 equiv, 0.20 mmol, 21.2 mg
reagent acid  = AcOH 1.0 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv, 0.30 mmol, 63.6 mg
solvent DCE 1 mL

step
  add amine, ald, acid
  stir 30 min at rt
  add stab
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
`;

describe('chem-r20: a tenfold mmol or mass slip is named as a misplaced decimal point, with the corrected amount as the fix', () => {
  const mismatch = (t: string) => analyze(t).diagnostics.filter((d) => d.rule === 'amount-mismatch');

  it('amine 2.0 mmol with its mass and the rest at 0.20 mmol: "0.20 mmol meant?", fix writes 0.20 mmol (was only "10× too much")', () => {
    assert.deepEqual(rules(SLIP), ['amount-mismatch']);
    const d = diag(SLIP, 'amount-mismatch');
    assert.equal(
      d.message,
      '2.0 mmol of 1-Boc-1,4-diazepane does not match 1.0 equiv at scale 0.2 mmol: that would be 0.200 mmol (the 2.0 mmol written is 10× too much: a misplaced decimal point, 0.20 mmol meant?). Measuring out the wrong amount changes the stoichiometry.',
    );
    assert.equal(d.fixes[0].title, 'Change 2.0 mmol to 0.20 mmol');
    assert.equal(d.fixes[0].preferred, true);
    assert.equal(d.fixes[0].safe, false);
    const fixed = applyEdits(SLIP, d.fixes[0].edits);
    assert.match(fixed, /\nreagent amine = 1-Boc-1,4-diazepane 1\.0 equiv, 0\.20 mmol, 40\.1 mg\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('NaBH(OAc)3 4.24 g for 424 mg at 2 mmol (the other lines agree with the scale): "0.424 g meant?"', () => {
    const t = SLIP.replace('scale 0.20 mmol', 'scale 2.0 mmol')
      .replace('1.0 equiv, 2.0 mmol, 40.1 mg', '1.0 equiv, 2.0 mmol')
      .replace('1.0 equiv, 0.20 mmol, 21.2 mg', '1.0 equiv, 2.0 mmol')
      .replace('1.5 equiv, 0.30 mmol, 63.6 mg', '1.0 equiv, 4.24 g');
    const d = diag(t, 'amount-mismatch');
    assert.match(d.message, /^4\.24 g of NaBH\(OAc\)3 does not match 1\.0 equiv at scale 2 mmol: that would be 424 mg \(the 4\.24 g written is 10× too much: a misplaced decimal point, 0\.424 g meant\?\)/);
    assert.equal(d.fixes[0].title, 'Change 4.24 g to 0.424 g');
    assert.deepEqual(rules(applyEdits(t, d.fixes[0].edits)), []);
    // Too little by ten: 6.36 mg of STAB at 0.2 mmol, beside its agreeing mmol.
    const little = SLIP.replace('1.0 equiv, 2.0 mmol, 40.1 mg', '1.0 equiv, 0.20 mmol, 40.1 mg').replace('63.6 mg', '6.36 mg');
    assert.equal(diag(little, 'amount-mismatch').fixes[0].title, 'Change 6.36 mg to 63.6 mg');
  });

  it('no decimal claim when nothing backs the scale, for the amount of 1.0 equiv beside 10 equiv, or for an acid', () => {
    // Every line 10× the scale: the scale line is the likelier slip.
    const scaleSlip = SLIP.replace('1.0 equiv, 2.0 mmol, 40.1 mg', '1.0 equiv, 2.0 mmol').replace('1.0 equiv, 0.20 mmol, 21.2 mg', '1.0 equiv, 2.0 mmol').replace('1.5 equiv, 0.30 mmol, 63.6 mg', '1.5 equiv, 3.0 mmol');
    const all = mismatch(scaleSlip);
    assert.equal(all.length, 3);
    for (const d of all) {
      assert.doesNotMatch(d.message, /decimal point/);
      assert.ok(!d.fixes.some((f) => f.title.startsWith('Change ')));
    }
    // 10 equiv of the diazepane with the mass of 1.0 equiv: never multiplied, not a moved point.
    const tenEquiv = SLIP.replace('reagent amine = 1-Boc-1,4-diazepane 1.0 equiv, 2.0 mmol, 40.1 mg', 'reagent amine = 1,4-diazepane 10 equiv, 20.0 mg');
    const d = mismatch(tenEquiv).find((x) => x.range.start.line === 4)!;
    assert.match(d.message, /\(the 20\.0 mg written is 10× too little\)\./);
    // AcOH is run at 1 or at 10 equiv.
    const acid = SLIP.replace('reagent amine = 1-Boc-1,4-diazepane 1.0 equiv, 2.0 mmol, 40.1 mg', 'reagent amine = 1-Boc-1,4-diazepane 1.0 equiv, 0.20 mmol').replace('reagent acid  = AcOH 1.0 equiv', 'reagent acid  = AcOH 1.0 equiv, 2.0 mmol');
    const a = mismatch(acid);
    assert.equal(a.length, 1);
    assert.doesNotMatch(a[0].message, /decimal point/);
  });
});

const BOC_SALT = `protocol "tert-Butyl 4-benzyl-1,4-diazepane-1-carboxylate"
target mono
scale 1 mmol

reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = benzaldehyde 1.1 equiv
reagent acid  = AcOH 1.0 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M

step
  add amine, ald, acid
  add stab
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
  concentrate
  acidify 4 M HCl in dioxane
  concentrate
`;

describe('chem-r20: a Boc product through HCl in dioxane or TFA in the work-up loses its Boc group (acid-wash-loses-product)', () => {
  it('title names the Boc compound, acidify 4 M HCl in dioxane: reported on the acid (was silent)', () => {
    assert.deepEqual(rules(BOC_SALT), ['acid-wash-loses-product']);
    const d = diag(BOC_SALT, 'acid-wash-loses-product');
    assert.equal(d.severity, 'warning');
    assert.equal(
      d.message,
      '4 M HCl in dioxane takes the Boc group off: this is how Boc groups are removed. The title names the Boc compound ("tert-Butyl 4-benzyl-1,4-diazepane-1-carboxylate"), but after this step the flask holds the deprotected amine as its HCl salt, without the Boc group that 1-Boc-1,4-diazepane brought. To keep the Boc group, keep the product as the free base, or make its salt with a weak acid (tartaric or fumaric acid, one equivalent); if the deprotection is intended, let the title name the deprotected product.',
    );
    assert.equal(d.range.start.line, 20);
    assert.equal(d.range.start.character, 10);
    assert.deepEqual(d.fixes, []);
    // TFA, and `salt` with HCl in ether, the same; TFA names its own salt.
    const tfa = BOC_SALT.replace('acidify 4 M HCl in dioxane', 'acidify TFA/DCM 1:1');
    assert.match(diag(tfa, 'acid-wash-loses-product').message, /^TFA\/DCM 1:1 takes the Boc group off: .* as its TFA salt,/);
    assert.ok(!/thrown away/.test(diag(tfa, 'acid-wash-loses-product').message));
    const salt = BOC_SALT.replace('acidify 4 M HCl in dioxane', 'salt 2 M HCl in Et2O');
    assert.deepEqual(rules(salt), ['acid-wash-loses-product']);
  });

  it('the round-9 fixture r9-13 (title "1-Boc-… hydrochloride", acidify 4 M HCl in dioxane, salt HCl): reported once, on the dioxane line', () => {
    const t = fixture('r9-13-boc-product-hcl-dioxane-salt.rxn');
    const found = analyze(t).diagnostics;
    assert.deepEqual(found.map((d) => d.rule), ['acid-wash-loses-product']);
    assert.equal(found[0].range.start.line, 22); // `acidify 4 M HCl in dioxane`
    assert.match(found[0].message, /^4 M HCl in dioxane takes the Boc group off: .*\("1-Boc-4-\(3-methoxybenzyl\)-1,4-diazepane hydrochloride"\)/);
  });

  it('a deliberate deprotection to the salt, no title, a bare `salt HCl`, and a Boc group taken off in the steps: not reported', () => {
    assert.deepEqual(rules(BOC_SALT.replace('protocol "tert-Butyl 4-benzyl-1,4-diazepane-1-carboxylate"', 'protocol "1-Benzyl-1,4-diazepane dihydrochloride"')), []);
    assert.deepEqual(rules(BOC_SALT.replace('protocol "tert-Butyl 4-benzyl-1,4-diazepane-1-carboxylate"\n', '')), []);
    assert.deepEqual(rules(BOC_SALT.replace('protocol "tert-Butyl 4-benzyl-1,4-diazepane-1-carboxylate"', 'protocol "tert-Butyl 4-benzyl-1,4-diazepane-1-carboxylate, then Boc removal"')), []);
    assert.deepEqual(rules(BOC_SALT.replace('acidify 4 M HCl in dioxane', 'salt HCl')), []);
    const stepsOff = BOC_SALT.replace('reagent acid  = AcOH 1.0 equiv', 'reagent tfa   = TFA 10 equiv\nreagent base  = Et3N 12 equiv\nreagent acid  = AcOH 1.0 equiv').replace('  add amine, ald, acid\n', '  add amine, tfa\n  stir 2 h at rt\n  concentrate\n  add base, ald, acid\n');
    assert.notEqual(stepsOff, BOC_SALT);
    assert.equal(analyze(stepsOff).model.amine!.deprotection?.group, 'Boc');
    assert.ok(!rules(stepsOff).includes('acid-wash-loses-product'), rules(stepsOff).join(', '));
    // Without a Boc group anywhere, TFA in the work-up is no acid wash either (was "thrown away with the acid").
    const free = BOC_SALT.replace('1-Boc-1,4-diazepane 1.0 equiv', '1-benzylpiperazine 1.0 equiv').replace('protocol "tert-Butyl 4-benzyl-1,4-diazepane-1-carboxylate"', 'protocol "1-Benzyl-4-benzylpiperazine"').replace('acidify 4 M HCl in dioxane', 'acidify TFA');
    assert.deepEqual(rules(free), []);
    // An aqueous acid wash is still the plain case.
    const aq = BOC_SALT.replace('acidify 4 M HCl in dioxane', 'wash 1 M HCl');
    assert.match(diag(aq, 'acid-wash-loses-product').message, /^The amine product is protonated by this acid and moves into the aqueous layer/);
  });
});
