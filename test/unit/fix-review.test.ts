/**
 * Protocols from a code review of the quick-fix changes of 2026-11-27 (test/fixtures/review):
 * each is a case where a fix wrote wrong chemistry or a new error before it was mended.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits, fixAll } from '../../server/src/engine';
import { withoutNote } from '../../server/src/kb';

const DIR = path.join(__dirname, '..', 'fixtures', 'review');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
const fixOf = (t: string, rule: string) => analyze(t).diagnostics.find((d) => d.rule === rule)!.fixes[0];
const reagentLines = (t: string) => t.split(/\r?\n/).filter((l) => l.startsWith('reagent '));

describe('quick fixes after review: no wrong chemistry, no new error', () => {
  it('a solution without a molarity is not counted as the neat substance (no 19.7 equiv of benzaldehyde in DCE)', () => {
    const t = read('solution-without-molarity.rxn');
    const ald = analyze(t).model.reagents.find((r) => r.alias === 'ald')!;
    assert.equal(ald.kb?.id, 'benzaldehyde');
    assert.equal(ald.mmol, undefined, '10 mL of a solution of unknown strength is no amount');
    assert.equal(fixAll(t).text, t, 'no safe fix raises the amine or the reductant');
  });
  it('two strong acids renamed to AcOH in one Fix all pass get two aliases, not a duplicate declaration', () => {
    const fixed = fixAll(read('two-strong-acids-cyano.rxn')).text;
    assert.ok(!rules(fixed).includes('duplicate-reagent'), rules(fixed).join(' '));
    assert.match(fixed, /\n {2}add boc, ald, acoh, acoh2\n/);
  });
  it('a switch and a rename in one pass do not both claim `acoh`', () => {
    const fixed = fixAll(read('nabh4-then-tfa-cyano.rxn')).text;
    const aliases = reagentLines(fixed).map((l) => l.split('=')[0].trim());
    assert.equal(new Set(aliases).size, aliases.length, aliases.join(', '));
    assert.ok(!rules(fixed).includes('duplicate-reagent'));
  });
  it('a rename never takes an alias an add line already uses undeclared', () => {
    const t = read('tfa-with-undeclared-acoh.rxn');
    const fixed = applyEdits(t, fixOf(t, 'cyanide-acid').edits);
    assert.match(fixed, /\nreagent acoh2 = AcOH +0\.5 equiv\n/);
    assert.ok(rules(fixed).includes('undeclared-reagent'), 'the undeclared `acoh` is still reported');
  });
  it('H2 and Pd/C declared apart (or twice) become one NaBH(OAc)3, at the hydride amount', () => {
    for (const file of ['h2-and-pdc-apart.rxn', 'two-h2-aliases.rxn']) {
      const t = read(file);
      const fixed = applyEdits(t, fixOf(t, 'h2-reducible-group').edits);
      const stab = reagentLines(fixed).filter((l) => /NaBH\(OAc\)3/.test(l));
      assert.equal(stab.length, 1, `${file}:\n${fixed}`);
      assert.match(stab[0], / 1\.5 equiv/);
      assert.ok(!reagentLines(fixed).some((l) => /Pd\/C|= H2\b/.test(l)), `${file}: the hydrogenation reagents are gone:\n${fixed}`);
      assert.match(fixed, /\n {2}add stab\n/);
      const errors = analyze(fixed).diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => d.rule), [], file);
    }
  });
  it('an alias declared twice is not renamed (the other declaration keeps its substance), and the table keeps its columns', () => {
    const t = read('duplicate-tfa.rxn');
    const fixed = applyEdits(t, fixOf(t, 'cyanide-acid').edits);
    assert.ok(fixed.includes('reagent tfa       = AcOH          2.0 equiv\nreagent tfa       = TFA           1.0 equiv\n'), fixed);
  });
  it('grade words after a name are notes in any letter case', () => {
    assert.equal(withoutNote('2-naphthaldehyde, Anhydrous'), '2-naphthaldehyde');
    assert.equal(withoutNote('MeOH, ACS reagent'), 'MeOH');
  });
});
