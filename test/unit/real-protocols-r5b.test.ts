/**
 * Round 5b of protocols as chemists copy them: what the round-5 review found and left (salts of
 * sulfonic and dicarboxylic acids, bisulfite adducts, glyoxylic acid, resin-bound reductants,
 * stock solutions of MeOH, NaBH4 in TFE). Each case asserts what `rxn check` / `rxn amounts` show.
 * Fixtures: test/fixtures/real/i*.rxn.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { fixture, rules } from './review-helpers';
import { amountsTable } from '../../server/src/model/amounts';
import { lookup } from '../../server/src/kb';

const row = (t: string, alias: string) => amountsTable(analyze(t).model).rows.find((r) => r.alias === alias)!;

describe('protocols as chemists copy them, round 5b', () => {
  it('an amine as its tosylate or mesylate is that amine weighed as the salt, and its acid is strong like a hydrochloride', () => {
    const t = fixture('i01-ditosylate-salt.rxn');
    // It was: missing-component (no amine), unknown-reagent, and missing-acid.
    const d = analyze(t).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['acid-too-strong']);
    assert.equal(
      d[0].message,
      '1-methyl-1,4-diazepane ditosylate carries two TsOH per molecule, and no base frees it. 2.0 equiv of TsOH per amine pushes the pH below 4: the diazepane is fully protonated and can no longer attack the carbonyl. Add Et3N or DIPEA (1 equiv per TsOH) with it, or NaOAc to buffer it with AcOH.',
    );
    const dz = row(t, 'dz');
    assert.deepEqual([dz.name, dz.role, dz.mw], ['1-methyl-1,4-diazepane ditosylate', 'amine', 458.6]); // C20H30N2O6S2, openchemlib 458.598
    assert.ok(Math.abs(dz.massG! - 0.9172) < 1e-4, String(dz.massG));
    // Freed with 2 equiv of DIPEA: no strong acid left, and none for the imine either.
    const freed = t.replace('reagent stab', 'reagent base = DIPEA 2.0 equiv\nreagent stab').replace('add dz, ald', 'add dz, base, ald');
    assert.deepEqual(rules(freed), ['missing-acid']);
    // Other ways of writing it, and the mesylate and besylate (MWs as openchemlib gives the salts).
    for (const n of ['1-methyl-1,4-diazepane ditosylate', '1-methyl-1,4-diazepane·2TsOH', '1-methyl-1,4-diazepane di-p-toluenesulfonate'])
      assert.equal(lookup(n)!.mw, 458.6, n);
    assert.equal(lookup('homopiperazine bis(4-methylbenzenesulfonate)')!.mw, 444.57);
    assert.equal(lookup('1-Boc-1,4-diazepane p-toluenesulfonate salt')!.mw, 372.48);
    assert.equal(lookup('1-Boc-1,4-diazepane mesylate')!.mw, 296.39);
    assert.equal(lookup('1,4-diazepane dimesylate')!.mw, 292.37);
    assert.match(lookup('1-Boc-1,4-diazepane (methanesulfonate)')!.roleDetail!, /as its mesylate \(one MsOH per amine\): 1 equiv of a base such as Et3N or DIPEA frees it$/);
    assert.equal(lookup('1,4-diazepane dibesylate')!.mw, 416.51);
    assert.equal(lookup('homopiperazine hemitosylate'), undefined);
    assert.equal(lookup('benzaldehyde tosylate'), undefined);
    // The 1,4-diazepane dimesylate used as it is: fully protonated, as the ·2HCl would be.
    const dims = t.replace('1-methyl-1,4-diazepane bis(4-methylbenzenesulfonate)  1.0 equiv, 917 mg', '1,4-diazepane dimesylate 3.0 equiv');
    assert.ok(rules(dims).includes('acid-too-strong'), rules(dims).join(' '));
  });

  it('fumarate and maleate salts are the amine weighed as the salt, and a weak acid like the oxalate', () => {
    const t = fixture('i01-ditosylate-salt.rxn').replace('1-methyl-1,4-diazepane bis(4-methylbenzenesulfonate)  1.0 equiv, 917 mg', '1-methyl-1,4-diazepane fumarate 1.0 equiv, 461 mg');
    // Used as it is, the fumarate is the weak acid of the imine step: nothing to report.
    assert.deepEqual(rules(t), []);
    const dz = row(t, 'dz');
    assert.deepEqual([dz.name, dz.mw], ['1-methyl-1,4-diazepane fumarate', 230.26]); // C10H18N2O4
    assert.match(lookup('1-methyl-1,4-diazepane fumarate')!.roleDetail!, /one fumaric acid per amine\): 2 equiv of a base/);
    assert.equal(lookup('1,4-diazepane hemifumarate')!.mw, 158.2);
    assert.equal(lookup('1-methyl-1,4-diazepane maleate')!.mw, 230.26);
    assert.ok(Math.abs(lookup('1,4-diazepane dimaleate')!.mw! - 332.308) <= 0.01); // C13H20N2O8 (the sum of the rounded MWs)
    assert.match(lookup('1,4-diazepane dimaleate')!.roleDetail!, /two maleic acids per amine\): 4 equiv/);
    const maleate = t.replace('fumarate 1.0 equiv, 461 mg', 'maleate 1.0 equiv');
    assert.deepEqual(rules(maleate), []);
  });

  it('resin-bound reductants are their hydride to the rules and are weighed by the loading their name gives', () => {
    const t = fixture('i02-resin-stab-plate.rxn');
    // It was: missing-component (no reductant) and unknown-reagent, with no mass for the resin.
    assert.deepEqual(rules(t), []);
    const res = row(t, 'res');
    assert.deepEqual([res.name, res.role, res.mw], ['MP-triacetoxyborohydride', 'reductant', 454.55]); // 1000 / 2.2 mmol/g
    assert.ok(Math.abs(res.massG! - 0.13636) < 1e-4, String(res.massG));
    assert.equal(res.note, 'a resin at 2.2 mmol/g: the MW is the mass of resin per mol of hydride (1000 ÷ loading)');
    // 150 mg of a 2.2 mmol/g resin is 0.33 mmol, not the 3.0 equiv (0.30 mmol) written.
    assert.ok(rules(t.replace('3.0 equiv, 136 mg', '3.0 equiv, 150 mg')).includes('amount-mismatch'));
    // Without a loading: no mass, and the note says what to write.
    const bare = t.replace(' (2.2 mmol/g) 3.0 equiv, 136 mg', ' 3.0 equiv');
    assert.deepEqual(rules(bare), []);
    assert.equal(row(bare, 'res').massG, undefined);
    assert.match(row(bare, 'res').note!, /^a resin: write its loading in the name \(`MP-triacetoxyborohydride \(2\.0 mmol\/g\)`, from the label\)/);
    // Resin STAB in MeOH is still STAB in MeOH.
    const meoh = analyze(t.replace('solvent DCE 1 mL', 'solvent MeOH 1 mL')).diagnostics;
    assert.deepEqual(meoh.map((d) => d.rule), ['stab-protic-solvent']);
    assert.match(meoh[0].message, /^MP-triacetoxyborohydride \(NaBH\(OAc\)3 on a resin\) reacts with MeOH: /);
    // MP-cyanoborohydride: at home in DCM (no reductant-solvent), toxic without a switch to NaBH(OAc)3, and never with a strong acid.
    const cbh = t.replace('MP-triacetoxyborohydride (2.2 mmol/g) 3.0 equiv, 136 mg', 'PS-BH3CN (2.4 mmol/g) 3.0 equiv').replace('solvent DCE 1 mL', 'solvent DCM 1 mL');
    const dc = analyze(cbh).diagnostics;
    assert.deepEqual(dc.map((d) => d.rule), ['cyanoborohydride-toxicity']);
    assert.match(dc[0].message, /^PS-BH3CN carries cyanoborohydride on a resin: .*spent resin is cyanide waste\. MP-triacetoxyborohydride does the same job on a resin without cyanide\.$/);
    assert.deepEqual(dc[0].fixes ?? [], []);
    assert.ok(rules(cbh.replace('reagent acid = AcOH ', 'reagent acid = TFA  ')).includes('cyanide-acid'));
    // MP-borohydride added with the aldehyde: NaBH4's one-pot error, with pre-forming the imine as the fix.
    const bh4 = analyze(t.replace('MP-triacetoxyborohydride (2.2 mmol/g)', 'MP-borohydride (2.5 mmol/g)').replace('solvent DCE 1 mL', 'solvent MeOH 1 mL')).diagnostics;
    const one = bh4.find((d) => d.rule === 'nabh4-one-pot')!;
    assert.match(one.message, /^MP-borohydride \(NaBH4 on a resin\) is added while the carbonyl has had no time/);
    assert.deepEqual(one.fixes!.map((f) => f.title), ['Pre-form the imine: stir 1 h at rt before the reductant']);
  });

  it('NaBH4 in TFE: reductant-solvent still notes it (the spec fixes the trigger) but no longer says the reduction is slower', () => {
    const t = fixture('i03-nabh4-tfe.rxn');
    const d = analyze(t).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['reductant-solvent']);
    // It was: "TFE is a less usual choice for a reductive amination (the reduction is slower). Consider MeOH."
    assert.equal(
      d[0].message,
      'NaBH4 is normally used in MeOH or EtOH; in TFE it works too, without acid or other catalyst (a published method): TFE, a strong hydrogen-bond donor, activates the carbonyl and speeds up imine formation. If that is the method you follow, keep TFE and suppress this note; otherwise use MeOH.',
    );
    assert.deepEqual(d[0].fixes!.map((f) => f.title), ['Replace the solvent with MeOH']);
    // iPrOH keeps its reason.
    assert.match(analyze(t.replace('solvent TFE 5 mL', 'solvent iPrOH 5 mL')).diagnostics[0].message, /\(the reduction is slower\)\. Consider MeOH\.$/);
  });

  it('stab-protic-solvent on several MeOH stocks: each names its own share and the total once, not the same total on every line', () => {
    const t = fixture('h14-stock-solutions-stab.rxn');
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'stab-protic-solvent');
    // It was "(56 % of the liquid)" on both lines, as if each stock brought it all.
    const tail = ' when NaBH(OAc)3 goes in, and the protic solvent consumes the hydride. Make the stock in the reaction solvent (DCE, DCM or THF), or concentrate after the imine has formed and take the residue up in DCE.';
    assert.deepEqual(
      d.map((x) => x.message),
      [
        "'boc' is a solution in MeOH (10.0 mL, 44 % of the liquid): with 'ald', 56 % of the liquid is MeOH" + tail,
        "'ald' is a solution in MeOH (2.75 mL, 12 % of the liquid): with 'boc', 56 % of the liquid is MeOH" + tail,
      ],
    );
    // Without the solvent's volume, no percentages: each says the other stock brings MeOH too.
    const nv = analyze(t.replace('solvent DCE 10 mL', 'solvent DCE')).diagnostics.filter((x) => x.rule === 'stab-protic-solvent');
    assert.equal(nv[1].message, "'ald' is a solution in MeOH (2.75 mL): it brings MeOH into the pot when NaBH(OAc)3 goes in, as 'boc' does, and the protic solvent consumes the hydride. Make the stock in the reaction solvent (DCE, DCM or THF), or concentrate after the imine has formed and take the residue up in DCE.");
    // One stock alone: the message as before.
    const one = analyze(t.replace('(2.0 M solution in MeOH)', '(2.0 M solution in DCE)')).diagnostics.filter((x) => x.rule === 'stab-protic-solvent');
    assert.equal(one.length, 1);
    assert.match(one[0].message, /^'boc' is a solution in MeOH \(10\.0 mL\): it brings MeOH into the pot \(50 % of the liquid\) when NaBH\(OAc\)3 goes in, /);
  });

  it('glyoxylic acid is the carbonyl and its own acid; its 50 % solution in water brings water to NaBH(OAc)3', () => {
    const t = fixture('i04-glyoxylic-acid.rxn');
    // It was: missing-component (no carbonyl), unknown-reagent, and missing-acid.
    assert.deepEqual(rules(t), ['cyanoborohydride-toxicity']);
    const gly = row(t, 'gly');
    assert.deepEqual([gly.name, gly.role, gly.mw], ['glyoxylic acid monohydrate', 'carbonyl', 92.05]); // C2H4O4
    assert.ok(Math.abs(gly.massG! - 0.5523) < 1e-4, String(gly.massG));
    // The 50 wt% solution in water with NaBH(OAc)3 in DCE: stab-water, and still no missing-acid; dosed by volume (about 9.1 M).
    const aq = t.replace('glyoxylic acid monohydrate   1.2 equiv, 552 mg', 'glyoxylic acid (50 wt% in water) 1.2 equiv, 662 µL').replace('NaBH3CN                      1.5 equiv, 471 mg', 'NaBH(OAc)3 1.5 equiv, 1.59 g').replace('solvent MeOH 25 mL', 'solvent DCE 25 mL');
    const d = analyze(aq).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['stab-water']);
    assert.match(d[0].message, /^Water comes into the pot with glyoxylic acid \(50 wt% in water\), and NaBH\(OAc\)3 is decomposed by it/);
    const a = row(aq, 'gly');
    assert.deepEqual([a.role, a.mw], ['carbonyl', 74.04]);
    assert.ok(Math.abs(a.massG! - 0.8885) < 1e-3, String(a.massG)); // 6.00 mmol × 74.04 ÷ 0.50
    for (const n of ['glyoxylic acid solution, 50 wt. % in H2O', '50% aq. glyoxylic acid', 'glyoxylic acid (50% in water)']) assert.equal(lookup(n)!.name, 'glyoxylic acid solution', n);
    assert.equal(lookup('glyoxylic acid·H2O')!.name, 'glyoxylic acid monohydrate');
    assert.equal(lookup('glyoxylic acid')!.mw, 74.04); // C2H2O3
  });

  it('an aldehyde as its sodium bisulfite adduct is that carbonyl, weighed as the adduct', () => {
    const t = fixture('i05-bisulfite-adduct.rxn');
    // It was: missing-component (no carbonyl) and unknown-reagent; missing-acid stays (DIPEA, no acid).
    assert.deepEqual(rules(t), ['missing-acid']);
    const bis = row(t, 'bis');
    assert.deepEqual([bis.name, bis.role, bis.mw], ['phenylacetaldehyde sodium bisulfite adduct', 'carbonyl', 224.21]); // C8H9NaO4S
    assert.ok(Math.abs(bis.massG! - 0.89684) < 1e-4, String(bis.massG));
    assert.equal(lookup('benzaldehyde sodium bisulfite addition compound')!.mw, 210.18); // C7H7NaO4S
    assert.equal(lookup('isobutyraldehyde bisulfite adduct')!.name, 'isobutyraldehyde sodium bisulfite adduct');
    assert.equal(lookup('1,4-diazepane bisulfite adduct'), undefined);
    // 0.90 g as written agrees with 4.00 mmol of the adduct (no amount-mismatch); at the aldehyde's MW it would not.
    assert.ok(!rules(t).includes('amount-mismatch'));
  });
});
