/**
 * Round 20 chemistry decisions: tenfold mmol and mass slips named as a misplaced decimal point,
 * a Boc product taken through an anhydrous strong acid in the work-up, an aryl ketone one-pot
 * with NaBH(OAc)3 and AcOH, HCl that only makes the amine's salt beside NaBH3CN, and two pieces
 * of noise (di-stoichiometry beside protected-target; a microwave imine formation before the hydride).
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits } from '../../server/src/engine';
import { rules, diag } from './review-helpers';

const BOC_DI = `protocol "Dibenzyl on Boc"
target di
scale 1 mmol

reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald   = benzaldehyde 1.1 equiv
reagent acid  = AcOH 1.0 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M

step
  add amine, ald, acid
  stir 30 min at rt
  add stab
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
`;

describe('chem-r20: di-stoichiometry is not reported beside protected-target', () => {
  it('target di on 1-Boc-1,4-diazepane: only protected-target (was two di-stoichiometry warnings asking for 2.5 equiv as well)', () => {
    assert.deepEqual(rules(BOC_DI), ['protected-target']);
    assert.equal(
      diag(BOC_DI, 'protected-target').message,
      'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected). Deprotect first, or change the target.',
    );
  });

  it('on the free diazepane the shortfall is still reported', () => {
    const t = BOC_DI.replace('1-Boc-1,4-diazepane', '1,4-diazepane');
    assert.deepEqual(rules(t), ['di-stoichiometry', 'di-stoichiometry']);
    assert.match(diag(t, 'di-stoichiometry').message, /^For di-alkylation both nitrogens must react, so benzaldehyde should be at least 2\.0 equiv/);
  });
});
