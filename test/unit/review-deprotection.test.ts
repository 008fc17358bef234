/**
 * Protocols from a code review of the day's Boc-deprotection, hydrogenation and stoichiometry
 * changes: each is a case a bench chemist would write that rxn got wrong.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, fixAll } from '../../server/src/engine';
import { fixture, rules } from './review-helpers';

describe('review: Boc deprotection, Cbz under H2, raising a freed amine', () => {
  it('a TFA salt isolated after the deprotection holds no excess TFA: with DIPEA to free it, the route is clean', () => {
    const route = fixture('d01-boc-alkylate-deprotect-alkylate.rxn');
    const isolated = route.replace('  stir 2 h\n  concentrate\n', '  stir 2 h\n  isolate TFA salt\n');
    assert.notEqual(isolated, route);
    assert.deepEqual(rules(isolated), []);
    // Without the DIPEA: the salt, not "the excess is still in the pot".
    const d = analyze(isolated.replace('add base, a2', 'add a2')).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    assert.match(d.message, /^TFA takes the Boc group off the Boc-protected product isolated from the earlier reaction \(1-Boc-1,4-diazepane with benzaldehyde\), and what is isolated after it is the freed amine as its TFA salt\. 2\.0 equiv of TFA per amine/);
    assert.doesNotMatch(d.message, /excess is still in the pot|Concentrate first/);
  });

  it('raising a Boc amine that is deprotected in the pot raises the base that frees its salt (the fix made an acid-too-strong)', () => {
    const freed = fixture('d02-deprotect-then-alkylate.rxn')
      .replace('reagent stab = NaBH(OAc)3 1.5 equiv\n', 'reagent stab = NaBH(OAc)3 1.5 equiv\nreagent base = DIPEA 2.0 equiv\n')
      .replace('  add ald\n', '  add base, ald\n');
    assert.deepEqual(rules(freed), ['mono-stoichiometry']);
    const fix = analyze(freed).diagnostics[0].fixes[0];
    assert.equal(fix.title, "Set 'boc' to 3.0 equiv and 'base' to 6.0 equiv (to free the salt)");
    const fixed = applyEdits(freed, fix.edits);
    assert.match(fixed, /reagent boc = 1-Boc-1,4-diazepane 3\.0 equiv\n/);
    assert.match(fixed, /reagent base = DIPEA 6\.0 equiv\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('a Cbz group on the carbonyl comes off under H2 over Pd/C as well: the N–H is freed, not an OH', () => {
    const base = fixture('c28-h2-benzyl-ether.rxn');
    const line = /^reagent ald .*$/m.exec(base)![0];
    // By name: was silent.
    const named = base.replace(line, 'reagent ald = 1-Cbz-4-piperidone 1.0 equiv');
    const a = analyze(named).diagnostics.find((d) => d.rule === 'h2-reducible-group');
    assert.ok(a, rules(named).join(' '));
    assert.match(a.message, /^The Cbz group of 1-Cbz-4-piperidone comes off under H2 over Pd\/C \(hydrogenolysis\), and the N–H it frees can react with the carbonyl as well\./);
    // By its systematic name or its SMILES: was "leaving the free OH (a phenol, alcohol or acid)".
    for (const decl of ['benzyl 4-oxopiperidine-1-carboxylate 1.0 equiv role carbonyl', 'benzyl 4-oxopiperidine-1-carboxylate 1.0 equiv role carbonyl smiles "O=C1CCN(CC1)C(=O)OCc1ccccc1"']) {
      const t = base.replace(line, `reagent ald = ${decl}`);
      const d = analyze(t).diagnostics.find((x) => x.rule === 'h2-reducible-group');
      assert.ok(d, decl);
      assert.match(d.message, /^The Cbz group of benzyl 4-oxopiperidine-1-carboxylate comes off/, decl);
      assert.doesNotMatch(d.message, /free OH/, decl);
    }
    // A benzyl ester is still an O-benzyl (the acid is freed).
    const ester = analyze(base.replace(line, 'reagent ald = benzyl 4-formylbenzoate 1.0 equiv role carbonyl smiles "O=Cc1ccc(cc1)C(=O)OCc1ccccc1"')).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    assert.match(ester.message, /O-benzyl group .* leaving the free OH/);
  });

  it('more TFA added to a slow deprotection is part of it, not a catalyst to swap for AcOH', () => {
    const t = fixture('d04-deprotect-tfa-top-up.rxn');
    assert.deepEqual(rules(t), []);
    // Not concentrated: both lines are the deprotection's excess, neither offered "Replace with AcOH".
    const wet = t.replace('  concentrate\n', '');
    const d = analyze(wet).diagnostics.filter((x) => x.rule === 'acid-too-strong');
    assert.equal(d.length, 2);
    for (const x of d) {
      assert.match(x.message, /^TFA takes the Boc group off 1-Boc-1,4-diazepane, and the excess is still in the pot/);
      assert.deepEqual(x.fixes.map((f) => f.title), ['Free the deprotected amine with DIPEA before the carbonyl']);
    }
  });

  it('a strong acid added after the NaBH3CN reduction (a Boc removal in the same pot) is reported without an AcOH swap that would undo it', () => {
    const t = fixture('d06-borch-then-hcl-same-pot.rxn');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'cyanide-acid')!;
    assert.match(d.message, /^4 M HCl in dioxane goes in after the NaBH3CN reduction, into a pot that still holds the leftover cyanoborohydride: .* Work the reaction up first/);
    assert.deepEqual(d.fixes, []);
    assert.equal(fixAll(t).text, t, 'Fix all keeps the HCl');
    // With the acid as the catalyst (in the pot before the reduction) the AcOH swap stands.
    const cat = t.replace('  add boc, ald, acoh\n', '  add boc, ald, acoh, hcl\n').replace('  add hcl\n', '');
    assert.deepEqual(analyze(cat).diagnostics.find((x) => x.rule === 'cyanide-acid')!.fixes.map((f) => f.title.startsWith('Replace')), [true]);
  });

  it('TFA in the solvent of the reductive amination itself is bulk strong acid (it was "No problems")', () => {
    const t = fixture('d07-reductive-amination-in-tfa-solvent.rxn');
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'acid-too-strong');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /^TFA is part of the solvent \(DCM\/TFA\) when NaBH\(OAc\)3 goes in: a strong acid in bulk fully protonates the diazepane/);
    const fixed = applyEdits(t, d[0].fixes[0].edits);
    assert.match(fixed, /\nsolvent DCM 10 mL\n/);
    assert.deepEqual(rules(fixed), ['missing-acid'], 'what is left is the catalyst to add, which missing-acid offers');
    // A deprotection in that solvent, taken off before the carbonyl, is not this.
    assert.ok(!rules(fixture('d03-deprotect-in-tfa-solvent.rxn')).includes('acid-too-strong'));
  });
});
