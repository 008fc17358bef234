/**
 * Round 7 of protocols as medicinal chemists write them: gram-scale pages in g and mL only,
 * paraformaldehyde, Ti(OiPr)4 then NaBH4 on ketones, NaBH3CN/ZnCl2, 2-picoline borane, STAB in
 * THF with heteroaryl aldehydes, bis-alkylation, salts freed with DIPEA, Boc → TFA → second
 * reductive amination, µmol library wells, notebook shorthand. Each case asserts what
 * `rxn check` / `rxn amounts` show. Fixtures: test/fixtures/real/r7-*.rxn.
 */
import { strict as assert } from 'node:assert';
import { analyze, fixAll } from '../../server/src/engine';
import { fixture, rules, diag } from './review-helpers';
import { amountsTable } from '../../server/src/model/amounts';
import { amountsJson, amountsText } from '../../server/src/cli/amounts';

const table = (t: string) => amountsTable(analyze(t).model);
const row = (t: string, alias: string) => table(t).rows.find((r) => r.alias === alias)!;
const near = (x: number | undefined, want: number, tol: number, what: string) => assert.ok(x !== undefined && Math.abs(x - want) <= tol, `${what}: ${x} (want ${want})`);

describe('protocols as chemists write them, round 7', () => {
  it('correct protocols pass clean (guards against false positives)', () => {
    for (const f of [
      'r7-01-gram-scale-g-ml.rxn',
      'r7-02-paraformaldehyde-stab.rxn',
      'r7-03-thp-ti-nabh4.rxn',
      'r7-06-picoline-borane-meoh-acoh.rxn',
      'r7-07-stab-thf-nicotinaldehyde.rxn',
      'r7-08-bis-alkylation.rxn',
      'r7-09-2hcl-dipea.rxn',
      'r7-10-boc-tfa-second-ra.rxn',
      'r7-11-library-stocks-umol.rxn',
      'r7-12-library-vials-umol.rxn',
      'r7-13-notebook-shorthand.rxn',
      'r7-18-2hcl-et3n-meoh-nabh4.rxn',
      'r7-20-boc-hcl-ti-nabh4-route.rxn',
    ])
      assert.deepEqual(rules(fixture(f)), [], f);
    // NaBH3CN/ZnCl2 in MeOH: only the toxicity note the spec asks for.
    assert.deepEqual(rules(fixture('r7-05-boc-piperidone-nabh3cn-zncl2.rxn')), ['cyanoborohydride-toxicity']);
  });

  it('amounts of the round-7 protocols: MWs, densities and solutions as a chemist checks them', () => {
    const pfa = fixture('r7-02-paraformaldehyde-stab.rxn');
    near(row(pfa, 'pfa').mmol, 5.994, 0.01, 'paraformaldehyde 180 mg ÷ 30.03'); // per CH2O
    near(row(pfa, 'pfa').equiv, 3.0, 0.01, 'paraformaldehyde equiv');
    const ti = fixture('r7-03-thp-ti-nabh4.rxn');
    near(row(ti, 'ket').mmol, 11.04, 0.05, 'THP-4-one 1.02 mL × 1.084 ÷ 100.12');
    near(row(ti, 'ti').mmol, 12.5, 0.05, 'Ti(OiPr)4 3.7 mL × 0.96 ÷ 284.22');
    near(row(ti, 'bh4').massG, 0.5675, 0.001, 'NaBH4 15.0 mmol × 37.83');
    const cb = fixture('r7-04-cyclobutanone-ti-water-quench.rxn');
    near(row(cb, 'ket').mmol, 6.29, 0.02, 'cyclobutanone 0.47 mL × 0.938 ÷ 70.09');
    near(row(cb, 'bh4').equiv, 1.51, 0.01, 'NaBH4 0.30 g at 5.26 mmol');
    const salt = fixture('r7-09-2hcl-dipea.rxn');
    assert.equal(row(salt, 'am').mw, 187.11); // C6H14N2·2HCl
    near(row(salt, 'base').volumeMl, 0.766, 0.002, 'DIPEA 4.4 mmol × 129.25 ÷ 0.742');
    const lib = fixture('r7-11-library-stocks-umol.rxn');
    near(row(lib, 'ald').mmol, 0.06, 1e-6, '240 µL of a 0.25 M stock');
    near(row(lib, 'stab').massG, 0.0212, 0.0001, 'STAB 0.100 mmol');
  });

  it('a gram-scale page in g and mL only, with no scale line: the reagent in shortage is 1.0 equiv', () => {
    const t = fixture('r7-01-gram-scale-g-ml.rxn');
    const tb = table(t);
    // It was: every equiv "—", and "No `scale N mmol` line: mmol, masses and volumes need it" under a table that had them.
    assert.deepEqual(
      tb.rows.map((r) => [r.alias, Number(r.equiv?.toFixed(2))]),
      [['dz', 3.0], ['ald', 1.0], ['acid', 1.0], ['stab', 1.5]],
    );
    near(tb.scaleMmol, 49.97, 0.01, 'scale: 5.36 mL × 1.157 ÷ 124.11');
    const text = amountsText('p.rxn', 'x', tb, false);
    assert.match(text, /\(scale 50 mmol, from 'ald', the reagent in shortage\)/);
    assert.match(text, /No `scale` line: 1\.0 equiv is taken as 'ald' \(50 mmol\), the amine or carbonyl in shortage, and the other equiv follow from it\. Write `scale 50 mmol` \(or mark another reagent `limiting`\) if that is not what you meant\./);
    assert.doesNotMatch(text, /mmol, masses and volumes need it/);
    assert.deepEqual(amountsJson('p.rxn', 'x', tb).scale, { mmol: 49.9679, limiting: 'ald' });

    // 5.0 g of homopiperazine is 50 mmol: no excess over the aldehyde. It was silent.
    const short = t.replace('15.0 g', '5.0 g');
    const d = diag(short, 'mono-stoichiometry');
    assert.match(d.message, /^For mono-alkylation the diazepane must be in excess, but 1\.0 equiv is not more than the carbonyl and the reductant/);
    // The fix writes the amount the way the page does, in g.
    const fixed = fixAll(short).text;
    assert.match(fixed, /\nreagent dz   = homopiperazine              15\.0 g\n/);
    assert.deepEqual(rules(fixed), []);

    // 10.0 g of STAB is 0.94 equiv. It was silent.
    const little = t.replace('15.9 g', '10.0 g');
    assert.match(diag(little, 'reductant-short').message, /^0\.94 equiv of reductant is less than the 1\.0 equiv of carbonyl\./);
    const fixedStab = fixAll(little).text;
    assert.match(fixedStab, /\nreagent stab = NaBH\(OAc\)3                  15\.9 g\n/);
    assert.deepEqual(rules(fixedStab), []);
  });

  it('without a scale line, a reagent written with its equiv and an amount says what 1.0 equiv is', () => {
    const t = fixture('r7-01-gram-scale-g-ml.rxn').replace('5.36 mL', '1.0 equiv, 5.36 mL').replace('2.86 mL', '1.0 equiv');
    const tb = table(t);
    assert.deepEqual(tb.rows.map((r) => Number(r.equiv?.toFixed(2))), [3.0, 1.0, 1.0, 1.5]);
    near(tb.rows[2].volumeMl, 2.86, 0.01, 'AcOH 1.0 equiv at 50 mmol');
    assert.match(amountsText('p.rxn', 'x', tb, false), /No `scale` line: 1\.0 equiv is 50 mmol, from the amount and the equiv written for 'ald'\. Write `scale 50 mmol` to say so\./);
    // The other lines are checked against it, and the message says where the scale came from.
    const acid = diag(t.replace('reagent acid = AcOH                        1.0 equiv', 'reagent acid = AcOH                        1.0 equiv, 3.50 mL'), 'amount-mismatch');
    assert.equal(acid.message, "3.50 mL of AcOH does not match 1.0 equiv at 50.0 mmol per equiv (from 'ald'): that would be 2.86 mL (off by 22 %). Measuring out the wrong amount changes the stoichiometry.");
    // An amount 1000× off (µL for mL) is not made the measure of every other line.
    const slip = fixture('r7-01-gram-scale-g-ml.rxn').replace('5.36 mL', '5.36 µL');
    assert.equal(table(slip).scaleMmol, undefined);
    assert.deepEqual(rules(slip), []);
  });

  it('Ti(OiPr)4 then NaBH4, quenched with water only: missing-quench, and its fix adds the basic quench', () => {
    const t = fixture('r7-04-cyclobutanone-ti-water-quench.rxn');
    const d = diag(t, 'missing-quench');
    assert.deepEqual(rules(t), ['missing-quench']);
    assert.match(d.message, /^NaBH4 was used, but nothing basic is added before the extraction/);
    const fixed = fixAll(t).text;
    assert.ok(fixed.includes('workup\n  quench sat. NaHCO3\n  quench water\n'), fixed);
    assert.deepEqual(rules(fixed), []);
  });

  it('a Boc-diazepane named in IUPAC form (`tert-butyl 4-…-1,4-diazepane-1-carboxylate`) is the amine of a deprotect-then-alkylate run', () => {
    const t = fixture('r7-14-boc-iupac-hcl-then-formalin.rxn');
    // It was: missing-component (no amine), unknown-reagent, and cyanide-acid with a safe fix that
    // replaced the deprotection's HCl with AcOH (Fix all left the Boc group on).
    assert.deepEqual(rules(t), ['cyanoborohydride-toxicity']);
    assert.equal(row(t, 'boc').role, 'amine');
    near(row(t, 'boc').mmol, 2.0, 0.01, '650 mg ÷ 324.85 (C17H25ClN2O2)');
    // Without the SMILES, the name alone says it.
    const bare = t.replace(/ {2}smiles ".*"/, '');
    const r = rules(bare);
    for (const gone of ['missing-component', 'unknown-reagent', 'cyanide-acid']) assert.ok(!r.includes(gone), r.join(' '));
    assert.ok(fixAll(bare).text.includes('reagent hcl  = 4 M HCl in dioxane'));
    assert.equal(analyze(bare).model.byAlias.get('boc')!.role, 'amine');
    // Not a lactam or an aldehyde on the ring.
    for (const n of ['tert-butyl 5-oxo-1,4-diazepane-1-carboxylate', 'tert-butyl 4-formylpiperazine-1-carboxylate'])
      assert.notEqual(analyze(t.replace(/tert-butyl 4-\(4-chlorobenzyl\)-1,4-diazepane-1-carboxylate {2}650 mg {2}smiles ".*"/, `${n}  1.0 equiv`)).model.byAlias.get('boc')!.role, 'amine', n);
  });

  it('reagents typed from the bottle: catalogue names of pic-BH3, Boc-4-piperidone, THP-4-one and formalin are known', () => {
    const t = fixture('r7-15-catalogue-names-picoline-borane.rxn');
    // It was: missing-component twice (no carbonyl, no reductant) and unknown-reagent twice.
    assert.deepEqual(rules(t), []);
    assert.deepEqual([row(t, 'ket').role, row(t, 'ket').mw, row(t, 'pb').role, row(t, 'pb').mw], ['carbonyl', 199.25, 'reductant', 106.96]);
    near(row(t, 'pb').massG, 0.5067, 0.0005, '4.50 mmol × 106.96 ÷ 0.95');
    for (const n of ['N-Boc-4-piperidinone', '1-Boc-4-piperidinone', '1-(tert-butoxycarbonyl)-4-piperidinone'])
      assert.deepEqual(rules(t.replace('tert-Butyl 4-oxo-1-piperidinecarboxylate', n)), [], n);
    for (const n of ['α-picoline-borane', '2-picoline-borane complex', '2-methylpyridine borane complex'])
      assert.deepEqual(rules(t.replace('Borane-2-methylpyridine complex', n)), [], n);
    // Tetrahydropyran-4-one as CAS and suppliers write it (it was a carbonyl with no MW: no mass to weigh).
    const thp = fixture('r7-03-thp-ti-nabh4.rxn');
    for (const n of ['tetrahydro-2H-pyran-4-one', 'dihydro-2H-pyran-4(3H)-one']) {
      const x = thp.replace('tetrahydro-4H-pyran-4-one', n);
      assert.deepEqual(rules(x), [], n);
      assert.equal(row(x, 'ket').mw, 100.12, n);
    }
    // Formalin written with a comma before the strength, or as "…aqueous solution": it was unknown (no water for stab-water).
    const pfa = fixture('r7-02-paraformaldehyde-stab.rxn');
    for (const n of ['formaldehyde, 37% aq.', 'formaldehyde 37% aqueous solution', 'formalin solution']) {
      const x = pfa.replace('paraformaldehyde                         180 mg', `${n} 3.0 equiv`);
      // 2.0 equiv of STAB is the allowance stab-water accepts for formalin; 1.5 is not.
      assert.deepEqual(rules(x), [], n);
      assert.deepEqual(rules(x.replace('NaBH(OAc)3                               2.0 equiv', 'NaBH(OAc)3 1.5 equiv')), ['stab-water'], n);
      near(row(x, 'pfa').volumeMl, 0.4478, 0.001, `${n}: 6.0 mmol of 13.4 M formalin`);
    }
  });

  it('plural units typed fast (`601 mgs`, `1.2 eqv`, `15 mls`): "did you mean" now comes with a safe fix', () => {
    const t = fixture('r7-16-notebook-unit-typos.rxn');
    const d = analyze(t).diagnostics;
    // It was: the same five errors, each saying "did you mean mg?" but offering no fix.
    assert.deepEqual(d.map((x) => x.rule), Array(5).fill('invalid-quantity'));
    assert.equal(d[0].message, "Unknown unit 'mgs' (did you mean mg?): a reagent quantity takes equivalents, an amount, a mass or a volume (equiv, mmol, mg, g, µL, mL).");
    assert.deepEqual(
      d.map((x) => x.fixes!.map((f) => `${f.title}${f.safe ? ' (safe)' : ''}`)),
      [["Change to 'mg' (safe)"], ["Change to 'equiv' (safe)"], ["Change to 'mL' (safe)"], ["Change to 'mg' (safe)"], ["Change to 'mL' (safe)"]],
    );
    const fixed = fixAll(t).text;
    assert.ok(fixed.includes('reagent boc  = Boc-homopiperazine              601 mg\n') && fixed.includes('1.2 equiv, 269 uL') && fixed.includes('solvent DCE 15 mL\n'), fixed);
    assert.deepEqual(rules(fixed), []);
    // A time unit too; and no fix where two units are one edit away (`mgl`: mg or mL?).
    const hrz = analyze(t.replace('stir 16 hrs', 'stir 16 hrz')).diagnostics.find((x) => x.message.startsWith("Unknown unit 'hrz'"))!;
    assert.deepEqual(hrz.fixes!.map((f) => [f.title, f.safe]), [["Change to 'h'", true]]);
    const mgl = analyze(t.replace('601 mgs', '601 mgl')).diagnostics.find((x) => x.message.startsWith("Unknown unit 'mgl'"))!;
    assert.deepEqual(mgl.fixes ?? [], []);
  });

  it('time ranges typeset with spaces (`12 – 16 h`, `1 - 2 h`) read as `12-16 h` does, like temperature ranges', () => {
    const t = fixture('r7-17-paper-spaced-ranges.rxn');
    // It was: "'12' needs a unit" and "Unexpected '–' in `stir`" on each, though `at 40 – 45 °C` on the same line read.
    assert.deepEqual(rules(t), []);
    const stirs = analyze(t).model.doc.statements.filter((st) => st.kind === 'stir') as { duration: { minutes: number }; temperature?: { celsius?: number; high?: number } }[];
    assert.deepEqual(stirs.map((st) => st.duration.minutes), [60, 720]); // the lower bound counts
    assert.deepEqual([stirs[1].temperature!.celsius, stirs[1].temperature!.high], [40, 45]);
    // A range backwards is still reported, as without spaces.
    assert.match(diag(t.replace('stir 12 – 16 h', 'stir 16 – 12 h'), 'invalid-quantity').message, /^A time range goes from the shorter to the longer time/);
  });

  it('AcOH measured for 2.0 equiv (1.15 mL at 10 mmol, 2.01 equiv) is not acid-excess', () => {
    const t = fixture('r7-19-n-methylation-g-ml-acoh-2equiv.rxn');
    // It was: "2.01 equiv of AcOH is more than the 1–2 equiv that catalyses imine formation".
    assert.deepEqual(rules(t), ['cyanoborohydride-toxicity']);
    near(row(t, 'acid').equiv, 2.013, 0.002, '1.15 mL × 1.049 ÷ 60.05 at 9.98 mmol');
    near(row(t, 'hcho').equiv, 2.95, 0.01, '2.2 mL of 13.4 M formalin');
    // 1.3 mL (2.27 equiv) is still reported, and with a scale line as well.
    assert.match(diag(t.replace('1.15 mL', '1.3 mL'), 'acid-excess').message, /^2\.27 equiv of AcOH is more than the 1–2 equiv/);
    assert.ok(!rules(t.replace('target mono', 'target mono\nscale 10 mmol')).includes('acid-excess'));
  });

  it('times qualified as notebooks do (`~16 h`, `ca. 2 h`, `approx. 30 min`) are the time written', () => {
    const t = fixture('r7-21-notebook-approximate-times.rxn');
    // It was: "`stir` needs a duration such as `30 min`, `2 h` or `overnight`; found 'ca.'" (and '~16').
    assert.deepEqual(rules(t), []);
    const stirs = analyze(t).model.doc.statements.filter((st) => st.kind === 'stir') as { duration: { minutes: number } }[];
    assert.deepEqual(stirs.map((st) => st.duration.minutes), [120, 960]);
    for (const w of ['approx. 30 min', 'about 30 min', '≈ 30 min', 'approximately 30 min'])
      assert.deepEqual(rules(t.replace('stir ca. 2 h at rt', `stir ${w} at rt`)), [], w);
    // Only before a number: `ca. rt` is still no duration.
    assert.match(diag(t.replace('stir ca. 2 h at rt', 'stir ca. rt'), 'syntax-error').message, /needs a duration/);
  });
});
