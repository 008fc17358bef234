/**
 * Round 5 of protocols as chemists copy them (reductive aminations of 1,4-diazepanes from papers,
 * patents and ELNs: amine–boranes, silanes, deuterium labels, salts, stock solutions, scale-up).
 * Each case is one where rxn misread a natural way of writing, or kept quiet about a real mistake.
 * Fixtures: test/fixtures/real/h*.rxn.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { applyEdits } from '../../server/src/edits';
import { amountsTable } from '../../server/src/model/amounts';
import { lookup } from '../../server/src/kb';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', name), 'utf8');
const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);

describe('protocols as chemists copy them, round 5', () => {
  it('missing-component names the reagents it could not place and offers to give one the missing role', () => {
    // Apodaca's PhSiH3 / Bu2SnCl2 conditions, with a name the checker does not know for the reductant.
    const t = fixture('h04-phsih3-bu2sncl2.rxn').replace(/PhSiH3/g, 'phenyl silane reagent X');
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'missing-component');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /^No reagent with the role reductant is declared: a reductive amination needs a reductant \(e\.g\. NaBH\(OAc\)3\)\. /);
    assert.match(d[0].message, /'Bu2SnCl2' \(line 8\) and 'phenyl silane reagent X' \(line 9\) are not in the knowledge base and have no role: if one of them is the reductant, add `role reductant` to that line/);
    const fix = d[0].fixes!.find((f) => f.title === "Give 'sil' (phenyl silane reagent X) the role reductant")!;
    assert.equal(fix.safe, false);
    const out = applyEdits(t, fix.edits);
    assert.ok(out.includes('reagent sil  = phenyl silane reagent X                       1.1 equiv, 678 µL role reductant\n'), out);
    assert.ok(!rules(out).includes('missing-component'), rules(out).join(' '));
    // With nothing unplaced, the message is as before.
    const plain = analyze('protocol "x"\nreagent a = 1,4-diazepane 3 equiv\nreagent b = benzaldehyde 1 equiv\n').diagnostics.find((x) => x.rule === 'missing-component')!;
    assert.match(plain.message, /Declare it, or give a reagent `role reductant`\.$/);
    assert.deepEqual(plain.fixes ?? [], []);
  });

  it('an amine bought as its oxalate is that amine, weighed as the salt; the salt is the weak acid of the imine step', () => {
    const t = fixture('h17-oxalate-salt.rxn');
    // It was: missing-component (no amine), unknown-reagent, and missing-acid with a safe fix adding AcOH.
    assert.deepEqual(rules(t), []);
    const am = amountsTable(analyze(t).model).rows.find((r) => r.alias === 'am')!;
    assert.equal(am.name, '1-methyl-1,4-diazepane oxalate');
    assert.equal(am.role, 'amine');
    assert.equal(am.mw, 204.22); // 114.19 + 90.03
    assert.ok(Math.abs(am.massG! - 0.40844) < 1e-4, String(am.massG));
    // Hemioxalate (one oxalic acid per two amines) and dioxalate; brackets and a dot as well.
    assert.equal(lookup('homopiperazine hemioxalate')!.mw, 145.18);
    assert.equal(lookup('1-Boc-1,4-diazepane oxalate')!.mw, 290.31);
    assert.equal(lookup('1,4-diazepane dioxalate')!.mw, 280.22);
    assert.equal(lookup('1,4-diazepane bis(oxalate)')!.mw, 280.22);
    assert.equal(lookup('1-methyl-1,4-diazepane (oxalate)')!.mw, 204.22);
    assert.equal(lookup('1-methyl-1,4-diazepane·oxalate')!.mw, 204.22);
    assert.match(lookup('1-methyl-1,4-diazepane oxalate')!.roleDetail!, /one oxalic acid per amine\): 2 equiv of a base such as Et3N or DIPEA frees it/);
    assert.equal(lookup('benzaldehyde oxalate'), undefined);
    // Freed with 2 equiv of Et3N, no acid is left for the imine: missing-acid, as for the free amine.
    const freed = t.replace('reagent stab', 'reagent base = Et3N 2.0 equiv\nreagent stab').replace('add am, ald', 'add am, base, ald');
    assert.deepEqual(rules(freed), ['missing-acid']);
  });
});
