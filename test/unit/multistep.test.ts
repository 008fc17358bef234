/**
 * Multi-step routes: several Boc amines deprotected by one acid charge, DAZA's stepwise
 * alkylation rounds, and a 10× volume slip on a liquid reagent.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits } from '../../server/src/engine';
import { fixture, rules, diag } from './review-helpers';

describe('multistep: one acid charge deprotects every Boc amine in the pot', () => {
  const lots = fixture('d08-two-boc-lots-one-tfa.rxn');
  const pair = fixture('d09-boc-piperazine-and-diazepane-one-tfa.rxn');

  it('two Boc amines deprotected together, each freed with DIPEA: clean (was: the second still protected, target di an error)', () => {
    assert.deepEqual(rules(lots), []);
    // The Boc-diazepane came second in the pot: it was left "protected".
    assert.deepEqual(rules(pair), []);
    const model = analyze(pair).model;
    for (const alias of ['pip', 'boc']) {
      const r = model.byAlias.get(alias)!;
      assert.equal(r.protected, false, alias);
      assert.equal(r.deprotection?.acid?.alias, 'tfa', alias);
    }
  });

  it('without the base, acid-too-strong names both amines and frees both salts', () => {
    const t = pair.replace('reagent base = DIPEA 4.0 equiv\n', '').replace('  add base, ald\n', '  add ald\n');
    assert.deepEqual(rules(t), ['acid-too-strong']);
    const d = diag(t, 'acid-too-strong');
    assert.equal(
      d.message,
      'TFA takes the Boc groups off 1-Boc-piperazine and 1-Boc-1,4-diazepane, and concentrating takes off the excess but leaves the freed amines as their TFA salts. 2.0 equiv of TFA per amine pushes the pH below 4: each amine is fully protonated and can no longer attack the carbonyl. Free the salts before the carbonyl goes in: Et3N or DIPEA (4.0 equiv), then AcOH (1–2 equiv) as the catalyst.',
    );
    const fix = d.fixes[0];
    assert.equal(fix.title, 'Free the deprotected amines with DIPEA before the carbonyl');
    const fixed = applyEdits(t, fix.edits);
    assert.match(fixed, /\nreagent dipea = DIPEA 4\.0 equiv\n/);
    assert.match(fixed, /\n {2}add dipea\n {2}add ald\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('in a TFA/DCM solvent: one finding for the two amines, not one each', () => {
    const t = pair
      .replace('reagent tfa = TFA 20 equiv\n', '')
      .replace('reagent base = DIPEA 4.0 equiv\n', '')
      .replace('solvent DCM 0.2 M\n', '')
      .replace('  add pip, boc, tfa\n', '  solvent DCM/TFA 4:1 10 mL\n  add pip, boc\n')
      .replace('  add base, ald\n', '  add ald\n');
    const found = analyze(t).diagnostics.filter((x) => x.rule === 'acid-too-strong');
    assert.equal(found.length, 1, rules(t).join(', '));
    assert.match(found[0].message, /^TFA in the solvent takes the Boc groups off 1-Boc-piperazine and 1-Boc-1,4-diazepane, .* Et3N or DIPEA \(4\.0 equiv\)/);
    assert.deepEqual(rules(applyEdits(t, found[0].fixes[0].edits)), []);
  });

  it('two lots of one amine: the base to free them is counted on both (was 3.6 equiv, for the first lot only)', () => {
    const t = lots.replace('reagent base = DIPEA 6.0 equiv\n', '').replace('  add base, ald\n', '  add ald\n');
    const d = diag(t, 'acid-too-strong');
    // Two lots of one compound: one name, one salt.
    assert.match(d.message, /^TFA takes the Boc group off 1-Boc-1,4-diazepane, and concentrating takes off the excess but leaves the freed amine as its TFA salt\. 2\.0 equiv of TFA per amine/);
    assert.match(d.message, /Et3N or DIPEA \(6\.0 equiv\)/);
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\nreagent dipea = DIPEA 6\.0 equiv\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('the acid is judged against both lots: 3.0 equiv of TFA for 2 × 1.0 equiv is too little (was silent)', () => {
    const t = lots
      .replace('target mono', 'target di')
      .replace('bocA = 1-Boc-1,4-diazepane 1.8 equiv', 'bocA = 1-Boc-1,4-diazepane 1.0 equiv')
      .replace('bocB = 1-Boc-1,4-diazepane 1.2 equiv', 'bocB = 1-Boc-1,4-diazepane 1.0 equiv')
      .replace('TFA 10 equiv', 'TFA 3.0 equiv')
      .replace('DIPEA 6.0 equiv', 'DIPEA 4.0 equiv')
      .replace('benzaldehyde 1.0 equiv', 'benzaldehyde 4.4 equiv')
      .replace('NaBH(OAc)3 1.5 equiv', 'NaBH(OAc)3 6.0 equiv');
    assert.deepEqual(rules(t), ['protected-target']);
    assert.equal(
      diag(t, 'protected-target').message,
      'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected): TFA at 1.5 equiv per amine is too little to take the Boc group off — it takes 2 equiv or more (TFA is usually 10–20 equiv, or 20–50 % by volume in DCM).',
    );
    // 4.0 equiv (2 per amine) is enough.
    assert.deepEqual(rules(t.replace('TFA 3.0 equiv', 'TFA 4.0 equiv')), []);
  });

  it('too little of the two lots for mono-alkylation: the total is named, and the fix raises the base with the total', () => {
    const t = lots
      .replace('bocA = 1-Boc-1,4-diazepane 1.8 equiv', 'bocA = 1-Boc-1,4-diazepane 0.6 equiv')
      .replace('bocB = 1-Boc-1,4-diazepane 1.2 equiv', 'bocB = 1-Boc-1,4-diazepane 0.4 equiv')
      .replace('DIPEA 6.0 equiv', 'DIPEA 2.0 equiv');
    const d = diag(t, 'mono-stoichiometry');
    // Was "but 0.6 equiv is not more than …" (the second lot still protected).
    assert.match(d.message, /^For mono-alkylation the diazepane must be in excess, but 1\.0 equiv in all is not more than the carbonyl and the reductant \(1\.0 \/ 1\.5 equiv\)/);
    const fix = d.fixes[0];
    // Was 'base' to 8.67 equiv (2.0 × 2.6 / 0.6: scaled on the first lot alone).
    assert.equal(fix.title, "Set 'bocA' to 2.6 equiv and 'base' to 6.0 equiv (to free the salt)");
    const fixed = applyEdits(t, fix.edits);
    assert.match(fixed, /reagent bocA = 1-Boc-1,4-diazepane 2\.6 equiv\n/);
    assert.match(fixed, /reagent base = DIPEA 6\.0 equiv\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('one Boc amine alone is read as before', () => {
    const one = fixture('d02-deprotect-then-alkylate.rxn');
    const d = diag(one, 'acid-too-strong');
    assert.match(d.message, /^TFA takes the Boc group off 1-Boc-1,4-diazepane, and concentrating takes off the excess but leaves the freed amine as its TFA salt\. 2\.0 equiv of TFA per amine pushes the pH below 4: the diazepane is fully protonated/);
    assert.equal(d.fixes[0].title, 'Free the deprotected amine with DIPEA before the carbonyl');
  });
});

describe('multistep: DAZA tri-alkylation short of carbonyl gets a further round, not a bigger first charge', () => {
  const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'daza-tri-alkylation-o-vanillin.rxn'), 'utf8');
  const short = sample.replace('o-vanillin           3.3 equiv', 'o-vanillin           2.2 equiv');

  it('the sample at 2.2 equiv of o-vanillin: a second round of o-vanillin, imine time, NaBH4 (was: raise the one charge to 3.5 equiv)', () => {
    assert.notEqual(short, sample);
    const d = diag(short, 'di-stoichiometry');
    assert.deepEqual(
      d.fixes.map((f) => f.title),
      ["Add a second round: 'ovan2' (o-vanillin 1.3 equiv), then 'nabh4b' (NaBH4 1.3 equiv)", "Raise 'ovan' to 3.5 equiv"],
    );
    const fixed = applyEdits(short, d.fixes[0].edits);
    assert.match(fixed, /\nreagent nabh4 = NaBH4 {16}4\.0 equiv\nreagent ovan2 = o-vanillin 1\.3 equiv\nreagent nabh4b = NaBH4 1\.3 equiv\n/);
    // After the last reduction's stir, in the protocol's own words: its imine time, its manner of adding NaBH4.
    assert.match(fixed, /\n {2}add nabh4 portionwise\n {2}stir 16 h at rt\n {2}add ovan2\n {2}stir 3 h at rt\n {2}add nabh4b portionwise\n {2}stir 16 h at rt\n\nworkup\n/);
    // The aldehyde now goes in in two rounds: stepwise-addition's note is answered too.
    assert.deepEqual(rules(short), ['di-stoichiometry', 'stepwise-addition']);
    assert.deepEqual(rules(fixed), []);
    // The raise is still there, second.
    assert.match(applyEdits(short, d.fixes[1].edits), /reagent ovan {2}= o-vanillin {11}3\.5 equiv\n/);
  });

  it('a protocol already written in rounds gets the next one (was: round 1 raised to 2.4 equiv, round 2 left at 1.1)', () => {
    const t = `protocol "DAZA tri-benzylation in two rounds"
target tri
scale 1 mmol

reagent daza = DAZA 1.0 equiv
reagent ald1 = benzaldehyde 1.1 equiv
reagent ald2 = benzaldehyde 1.1 equiv
reagent red1 = NaBH4 1.5 equiv
reagent red2 = NaBH4 1.5 equiv
solvent MeOH 0.1 M

step "Round 1"
  add daza, ald1
  stir 2 h at rt
  add red1 in 3 portions at 0 °C
  stir 1 h at rt
step "Round 2"
  add ald2
  stir 2 h at rt
  add red2 in 3 portions at 0 °C
  stir 16 h at rt
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const d = diag(t, 'di-stoichiometry');
    assert.equal(d.fixes[0].title, "Add a third round: 'ald3' (benzaldehyde 1.3 equiv), then 'red3' (NaBH4 1.3 equiv)");
    assert.equal(d.fixes[1].title, "Raise 'ald1' to 2.4 equiv (3.5 equiv in all)");
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\nreagent red2 = NaBH4 1\.5 equiv\nreagent ald3 = benzaldehyde 1\.3 equiv\nreagent red3 = NaBH4 1\.3 equiv\n/);
    assert.match(fixed, /\n {2}stir 16 h at rt\n {2}add ald3\n {2}stir 2 h at rt\n {2}add red3 in 3 portions at 0 °C\n {2}stir 16 h at rt\nworkup\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('carbonyl and hydride both short: one round answers both findings; hydride alone short: a further portion of it', () => {
    const both = short.replace('NaBH4                4.0 equiv', 'NaBH4                2.0 equiv');
    const found = analyze(both).diagnostics.filter((x) => x.rule === 'di-stoichiometry');
    assert.equal(found.length, 2);
    for (const d of found) assert.equal(d.fixes[0].title, "Add a second round: 'ovan2' (o-vanillin 1.3 equiv), then 'nabh4b' (NaBH4 1.5 equiv)");
    assert.ok(!rules(applyEdits(both, found[0].fixes[0].edits)).includes('di-stoichiometry'));
    const hydride = sample.replace('NaBH4                4.0 equiv', 'NaBH4                2.0 equiv');
    const d = diag(hydride, 'di-stoichiometry');
    assert.equal(d.fixes[0].title, "Add 'nabh4b' (NaBH4 1.5 equiv) as a further portion");
    const fixed = applyEdits(hydride, d.fixes[0].edits);
    assert.match(fixed, /\n {2}stir 16 h at rt\n {2}add nabh4b portionwise\n {2}stir 16 h at rt\n\nworkup\n/);
    assert.ok(!rules(fixed).includes('di-stoichiometry'));
  });

  it('target di keeps the raise alone', () => {
    const t = sample.replace('target tri', 'target di').replace('reagent daza  = 1,4-diazepan-6-amine 1.0 equiv limiting', 'reagent daza  = 1,4-diazepane 1.0 equiv limiting').replace('o-vanillin           3.3 equiv', 'o-vanillin           1.5 equiv');
    const d = diag(t, 'di-stoichiometry');
    assert.deepEqual(d.fixes.map((f) => f.title), ["Raise 'ovan' to 2.5 equiv"]);
  });
});

describe('multistep: a volume 10× off the line’s other amounts is named as a misplaced decimal point', () => {
  const slip = fixture('c43-benzaldehyde-decimal-slip.rxn');
  const withAld = (decl: string) => {
    const t = slip.replace('reagent ald  = benzaldehyde          1.0 equiv, 1.02 mL', `reagent ald  = ${decl}`);
    assert.notEqual(t, slip);
    return t;
  };
  const mismatch = (t: string) => analyze(t).diagnostics.filter((x) => x.rule === 'amount-mismatch');

  it('benzaldehyde 1.0 equiv, 1.02 mL at 1 mmol: "0.102 mL meant?", and the fix moves the point (was "10× more than that" alone)', () => {
    assert.deepEqual(rules(slip), ['amount-mismatch']);
    const d = diag(slip, 'amount-mismatch');
    assert.equal(
      d.message,
      '1.02 mL of benzaldehyde does not match 1.0 equiv at scale 1 mmol: that would be 102 µL (the 1.02 mL written is 10× too much: a misplaced decimal point, 0.102 mL meant?). Measuring out the wrong amount changes the stoichiometry.',
    );
    assert.equal(d.fixes[0].title, 'Change 1.02 mL to 0.102 mL');
    assert.equal(d.fixes[0].preferred, true);
    const fixed = applyEdits(slip, d.fixes[0].edits);
    assert.match(fixed, /\nreagent ald {2}= benzaldehyde {10}1\.0 equiv, 0\.102 mL\n/);
    assert.deepEqual(rules(fixed), []);
    // The other fix is still there, not preferred.
    assert.equal(d.fixes[1].title, "Make the amounts of 'ald' agree with 1.0 equiv");
    assert.equal(d.fixes[1].preferred, false);
  });

  it('also 10× too little, also with a mass that agrees with the equiv, and within 5 % of 10×', () => {
    const little = diag(withAld('benzaldehyde          1.0 equiv, 10 µL'), 'amount-mismatch');
    assert.match(little.message, /\(the 10 µL written is 10× too little: a misplaced decimal point, 100 µL meant\?\)/);
    assert.equal(little.fixes[0].title, 'Change 10 µL to 100 µL');
    const mass = diag(withAld('benzaldehyde          1.0 equiv, 106 mg, 1.02 mL'), 'amount-mismatch');
    assert.match(mass.message, /^1\.02 mL of benzaldehyde .*a misplaced decimal point, 0\.102 mL meant\?/);
    const near = diag(withAld('benzaldehyde          1.0 equiv, 1.06 mL'), 'amount-mismatch');
    assert.match(near.message, /a misplaced decimal point, 0\.106 mL meant\?/);
  });

  it('no decimal claim where the other amounts disagree, off 10× only roughly, or for an acid or a co-solvent ketone (a mass is named too: chem-r20)', () => {
    const cases = [
      // The volume agrees with the mmol: the equiv is the odd one out.
      'benzaldehyde          1.0 equiv, 10 mmol, 1.02 mL',
      // The mass disagrees with the equiv as well.
      'benzaldehyde          1.0 equiv, 212 mg, 1.02 mL',
      // 8×, 12×: a mismatch, not a moved point.
      'benzaldehyde          1.0 equiv, 0.82 mL',
      'benzaldehyde          1.0 equiv, 1.22 mL',
      // Acetone is run at 10 equiv as well.
      'acetone               1.0 equiv, 0.73 mL',
    ];
    for (const decl of cases) {
      const found = mismatch(withAld(decl));
      assert.ok(found.length > 0, decl);
      for (const d of found) {
        assert.doesNotMatch(d.message, /decimal point/, decl);
        assert.ok(!d.fixes.some((f) => f.title.startsWith('Change ')), decl);
      }
    }
    // AcOH at 10 equiv is common: its 10× volume is a plain mismatch.
    const acid = slip.replace('reagent ald  = benzaldehyde          1.0 equiv, 1.02 mL', 'reagent ald  = benzaldehyde          1.0 equiv, 0.102 mL').replace('AcOH                  1.0 equiv, 57 µL', 'AcOH                  1.0 equiv, 0.57 mL');
    const a = mismatch(acid);
    assert.equal(a.length, 1);
    assert.doesNotMatch(a[0].message, /decimal point/);
    // A mass 10× off is a moved point as well (chem-r20).
    assert.match(diag(withAld('benzaldehyde          1.0 equiv, 1.06 g'), 'amount-mismatch').message, /\(the 1\.06 g written is 10\.0× too much: a misplaced decimal point, 0\.106 g meant\?\)/);
    // The 1000× slips keep their unit wording.
    assert.match(diag(withAld('benzaldehyde          1.0 equiv, 102 mL'), 'amount-mismatch').message, /\(the 102 mL written is 1003× too much: mL written for µL\?\)/);
  });
});
