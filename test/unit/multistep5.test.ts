/**
 * Multi-step routes, fifth round: mono-stoichiometry names a deprotection's acid as the other
 * rules do (acidAt). Fixtures: test/fixtures/real/d3*.rxn, d4*.rxn.
 */
import { strict as assert } from 'node:assert';
import { fixture, rules, diag } from './review-helpers';

describe('multistep5: mono-stoichiometry names a deprotection\'s acid as acid-too-strong does', () => {
  const hcl = fixture('d30-mono-boc-hcl-dioxane-deprotect-no-base.rxn');

  it('4 M HCl in dioxane: "HCl (as 4 M HCl in dioxane) takes the Boc group off" in both rules (was "4 M HCl takes the Boc group off" in mono-stoichiometry)', () => {
    assert.equal(
      diag(hcl, 'mono-stoichiometry').message,
      'For mono-alkylation the diazepane must be in excess, but 1.0 equiv is not more than the carbonyl and the reductant (1.0 / 1.5 equiv): both nitrogens react and you get mono/di mixtures. HCl (as 4 M HCl in dioxane) takes the Boc group off 1-Boc-1,4-diazepane before the carbonyl goes in: alkylate the Boc-protected amine first and deprotect afterwards, or use about 3.0 equiv of 1-Boc-1,4-diazepane.',
    );
    assert.match(diag(hcl, 'acid-too-strong').message, /^HCl \(as 4 M HCl in dioxane\) takes the Boc group off/);
    // One name already: TFA, HCl.
    assert.match(diag(hcl.replace('4 M HCl in dioxane 10 equiv', 'TFA 10 equiv'), 'mono-stoichiometry').message, / TFA takes the Boc group off 1-Boc-1,4-diazepane before/);
    assert.match(diag(hcl.replace('4 M HCl in dioxane 10 equiv', 'HCl 10 equiv'), 'mono-stoichiometry').message, / HCl takes the Boc group off 1-Boc-1,4-diazepane before/);
  });
});

describe('multistep5: an amine supplied as its salt counts toward the acid in the pot', () => {
  const pot = fixture('d40-mono-boc-hcl-salt-tfa-1equiv-no-concentrate.rxn');

  it('1-Boc-1,4-diazepane hydrochloride with TFA 1.0 equiv, not concentrated: the TFA is free strong acid (was silent)', () => {
    assert.equal(
      diag(pot, 'acid-too-strong').message,
      'TFA at 1.0 equiv per amine, on top of the HCl 1-Boc-1,4-diazepane hydrochloride brings (1.0 equiv), is more than 1-Boc-1,4-diazepane hydrochloride takes up as its salt (one acid per basic nitrogen: 1.0 equiv), and none of this acid is taken off before the carbonyl goes in: the 1.0 equiv left over is free strong acid, which pushes the pH below 4: the diazepane is fully protonated and can no longer attack the carbonyl. Concentrate before the carbonyl goes in (co-evaporate with toluene or DCM): what stays is the salt.',
    );
    // Concentrated after the acid step: only the salt stays, nothing to report.
    const conc = pot.replace('  stir 2 h at rt\n', '  stir 2 h at rt\n  concentrate\n');
    assert.notEqual(conc, pot);
    assert.ok(!rules(conc).includes('acid-too-strong'), rules(conc).join(', '));
    // The free base with the same 1.0 equiv TFA is its mono-TFA salt: still not reported.
    assert.ok(!rules(pot.replace('1-Boc-1,4-diazepane hydrochloride', '1-Boc-1,4-diazepane')).includes('acid-too-strong'));
  });
});
