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
});
