/**
 * Round 11 of protocols as medicinal chemists write them: process-style write-ups at 250–500 mmol
 * (2-MeTHF, iPrOAc, kg and L), library wells at 0.1–0.2 mmol dosed from stocks in M, Ti(OiPr)4 with
 * a hindered or fluorinated ketone, Borch NaBH3CN in MeOH with AcOH to pH 6, EtOAc, N-methylation
 * with paraformaldehyde, heteroaryl aldehydes (thiazole, pyrimidine, quinoline, methoxypyridine,
 * imidazole), diazepane salts freed with N-methylmorpholine, work-ups with SCX, acid–base extraction
 * and Boc removal to the salt. Half are good and must stay clean; half are flawed the way the guide
 * warns and must get its rule, with a fix that rewrites them right. Fixtures: test/fixtures/real/r11-*.rxn.
 */
import { strict as assert } from 'node:assert';
import { analyze, fixAll } from '../../server/src/engine';
import { fixture, rules, diag } from './review-helpers';
import { amountsTable } from '../../server/src/model/amounts';

const table = (t: string) => amountsTable(analyze(t).model);
const row = (t: string, alias: string) => table(t).rows.find((r) => r.alias === alias)!;
const near = (got: number | undefined, want: number, tol: number, what: string) =>
  assert.ok(got !== undefined && Math.abs(got - want) <= tol, `${what}: got ${got}, want ${want} ± ${tol}`);

describe('protocols as chemists write them, round 11: N-methylmorpholine frees a diazepane salt', () => {
  it('NMM is a known base: the ·2HCl it frees is no acid-too-strong, and its volume is given', () => {
    const t = fixture('r11-10-homopiperazine-2hcl-nmm-stab.rxn');
    // It was: unknown-reagent on 'N-methylmorpholine' and acid-too-strong "1,4-diazepane·2HCl
    // carries two HCl per molecule, and no base frees it", with 6.6 equiv of NMM in the pot.
    assert.ok(!rules(t).includes('acid-too-strong'), rules(t).join(', '));
    assert.ok(!rules(t).includes('unknown-reagent'), rules(t).join(', '));
    const nmm = row(t, 'nmm');
    assert.equal(nmm.name, 'N-methylmorpholine');
    assert.equal(nmm.role, 'base');
    near(nmm.volumeMl, 1.451, 0.003, 'NMM mL'); // 13.2 mmol × 101.15 g/mol ÷ 0.92 g/mL
    for (const name of ['NMM', '4-methylmorpholine']) assert.equal(row(t.replace('= N-methylmorpholine', `= ${name}`), 'nmm').role, 'base', name);
    // Without it, the salt is still reported.
    const noBase = t.replace('  add dz, nmm\n', '  add dz\n').replace(/reagent nmm .*\n/, '');
    assert.match(diag(noBase, 'acid-too-strong').message, /no base frees it/);
  });
});

describe('protocols as chemists write them, round 11: isopropyl acetate as the process solvent', () => {
  it('iPrOAc (IPAc, isopropyl acetate) is a known aprotic solvent: the kilo-lab STAB run is clean', () => {
    const t = fixture('r11-11-process-ipac-stab.rxn');
    // It was: unknown-reagent "Solvent 'iPrOAc' is not in the knowledge base … Did you mean 'iPrOH', 'EtOAc' or 'HOAc'?"
    assert.deepEqual(rules(t), []);
    for (const name of ['IPAc', 'isopropyl acetate', 'i-PrOAc']) assert.deepEqual(rules(t.replace('solvent iPrOAc', `solvent ${name}`)), [], name);
    // Aprotic to the rules: NaBH(OAc)3 in it is fine, NaBH3CN in it is out of its usual solvent.
    const cn = t.replace('NaBH(OAc)3                      1.50 equiv, 127 g', 'NaBH3CN                         1.50 equiv, 37.7 g');
    assert.match(diag(cn, 'reductant-solvent').message, /iPrOAc is unusual for it/);
    near(row(t, 'ald').volumeMl, 50.9, 0.1, 'cyclohexanecarboxaldehyde mL'); // 420 mmol × 112.17 ÷ 0.926
    near(row(t, 'stab').massG, 127.2, 0.1, 'STAB g'); // 600 mmol × 211.94
  });
});
