/**
 * Round 9 of protocols as medicinal chemists write them: acetophenone with Ti(OiPr)4 then NaBH4
 * or NaBH3CN, an α-branched aldehyde with STAB in THF, a hydroxy diazepane in MeCN, a 96-well
 * plate in µmol and µL, an NH4Cl quench, the hydrochloride made with HCl in dioxane, 2-MeTHF,
 * equiv and mmol copied from a paper that disagree tenfold, a diazepane with an ester side chain,
 * pivaldehyde without acid. Fixtures: test/fixtures/real/r9-*.rxn.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { fixture, rules, diag } from './review-helpers';
import { amountsTable } from '../../server/src/model/amounts';

const table = (t: string) => amountsTable(analyze(t).model);
const row = (t: string, alias: string) => table(t).rows.find((r) => r.alias === alias)!;

describe('protocols as chemists write them, round 9', () => {
  it('HCl in dioxane on the concentrated free base makes the salt: no product is lost to an aqueous layer', () => {
    const t = fixture('r9-06-hcl-dioxane-salt.rxn');
    // It was: acid-wash-loses-product "moves into the aqueous layer … thrown away with the acid",
    // with a fix that basified and extracted the salt the chemist meant to filter off.
    assert.deepEqual(rules(t), []);
    for (const acid of ['2 M HCl in Et2O', 'HCl in diethyl ether', '1.25 M HCl in MeOH', '5 M HCl in iPrOH', 'HCl/dioxane']) {
      assert.deepEqual(rules(t.replace('4 M HCl in dioxane', acid)), [], acid);
    }
    // An aqueous acid still loses the product.
    const aq = t.replace('acidify 4 M HCl in dioxane', 'acidify 1 M HCl');
    assert.match(diag(aq, 'acid-wash-loses-product').message, /moves into the aqueous layer/);
  });
});
