/**
 * Chemistry leftovers a bench chemist would notice (round 21): what a deprotection after an
 * `isolate` is said to act on, NaBH3CN beside a diamine and its salts, knowledge-base gaps, a
 * resin reductant filtered off, and later-stage routes. Each case asserts what `rxn check` or
 * `rxn amounts` shows. Fixtures: test/fixtures/real/c21-*.rxn.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { diag, fixture, rules } from './review-helpers';

describe('chem-r21: a deprotection after an `isolate` names the isolated product, not the starting amine', () => {
  it('acid-too-strong: HCl in dioxane on the isolated Boc product is named by the `isolate` line, else as the earlier reaction\'s Boc-protected product', () => {
    const t = fixture('c21-boc-isolate-hcl-second-aldehyde.rxn');
    assert.deepEqual(rules(t), ['acid-too-strong']);
    // It was: "HCl (as 4 M HCl in dioxane) takes the Boc group off 1-Boc-1,4-diazepane, and the amine isolated after it is its HCl salt."
    assert.match(
      diag(t, 'acid-too-strong').message,
      /^HCl \(as 4 M HCl in dioxane\) takes the Boc group off the isolated tert-butyl 4-benzyl-1,4-diazepane-1-carboxylate, and what is isolated after it is the freed amine as its HCl salt\. 2\.0 equiv of HCl per amine pushes the pH below 4/,
    );
    // An `isolate` that does not name the Boc compound: the product described.
    const plain = t.replace('isolate tert-butyl 4-benzyl-1,4-diazepane-1-carboxylate', 'isolate crude product');
    assert.match(diag(plain, 'acid-too-strong').message, /^HCl \(as 4 M HCl in dioxane\) takes the Boc group off the Boc-protected product isolated from the earlier reaction \(1-Boc-1,4-diazepane with benzaldehyde\), and what is isolated after it/);
    // No `isolate` before the acid: the amine itself loses its Boc group, and is named (as before).
    const first = t.replace(/step "First benzyl"[\s\S]*?step "Boc removal"/, 'step "Boc removal"').replace('add hcl', 'add boc, hcl').replace(/reagent (a1|stab|acoh) .*\n/g, '');
    assert.match(diag(first, 'acid-too-strong').message, /^HCl \(as 4 M HCl in dioxane\) takes the Boc group off 1-Boc-1,4-diazepane, and the amine isolated after it is its HCl salt\./);
    // With a base to free the salt the route is clean.
    const freed = t.replace('reagent stab2', 'reagent base = DIPEA 2.0 equiv\nreagent stab2').replace('  add a2\n', '  add base, a2\n');
    assert.deepEqual(rules(freed), []);
  });

  it('protected-target (too little acid after the `isolate`) and h2-reducible-group (Cbz off the isolated product) name the product too', () => {
    const t = fixture('c21-boc-isolate-hcl-second-aldehyde.rxn').replace('4 M HCl in dioxane 10 equiv', '4 M HCl in dioxane 1.0 equiv');
    // It was: "… but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected): HCl at 1.0 equiv per amine …", as if the acid met the starting amine.
    assert.equal(
      diag(t, 'protected-target').message,
      'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected), and the acid step after the `isolate` is there to free it on the isolated tert-butyl 4-benzyl-1,4-diazepane-1-carboxylate: HCl at 1.0 equiv per amine (as 4 M HCl in dioxane) is too little to take the Boc group off — it takes 2 equiv or more.',
    );
    const cbz = fixture('d22-cbz-piperazine-benzyl-then-h2.rxn');
    // It was: "H2 over Pd/C, there to take the Cbz group off 1-Cbz-piperazine, also reaches the product of the first reaction: …".
    assert.match(
      diag(cbz, 'h2-reducible-group').message,
      /^H2 over Pd\/C, there to take the Cbz group off the Cbz-protected product isolated from the earlier reaction \(1-Cbz-piperazine with benzaldehyde\), also reaches the rest of that product: the benzyl-type group that benzaldehyde put on the other nitrogen comes off again/,
    );
    const named = cbz.replace('isolate product', 'isolate "benzyl 4-benzylpiperazine-1-carboxylate"');
    assert.match(diag(named, 'h2-reducible-group').message, /^H2 over Pd\/C, there to take the Cbz group off the isolated benzyl 4-benzylpiperazine-1-carboxylate, also reaches the rest of that product:/);
    assert.ok(analyze(named).diagnostics.length === 1);
  });
});
