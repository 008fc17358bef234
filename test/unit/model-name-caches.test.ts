/**
 * What the model keeps from one keystroke to the next (docs/performance.md, change 23): what a
 * reagent's or solvent's name alone says is memoised by the name. Nothing that depends on the
 * rest of the line or of the protocol may leak from one document, or one version, to another.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { memoised } from '../../server/src/kb';
import type { Reagent } from '../../server/src/model/types';

const doc = (reagents: string, steps = '  add x, ald\n  stir 1 h\n  add stab\n  stir 16 h') => `protocol "Cache check"
target mono
scale 5 mmol

${reagents}
reagent ald  = benzaldehyde 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE

step "One"
${steps}
`;
const reagent = (text: string, alias = 'x'): Reagent => analyze(text).model.byAlias.get(alias)!;

describe('model caches: the same reagent name in different documents', () => {
  const NAME = '1-(thiophen-3-yl)-1,4-diazepane';

  it('the role, its source and the free N–H follow each line, not the first document that named the reagent', () => {
    const byName = reagent(doc(`reagent x = ${NAME} 3.0 equiv`));
    assert.equal(byName.kb, undefined);
    assert.equal(byName.role, 'amine');
    assert.equal(byName.roleSource, 'name');
    assert.equal(byName.freeNH, 1);

    const asAcid = reagent(doc(`reagent x = ${NAME} 3.0 equiv role acid`));
    assert.equal(asAcid.role, 'acid');
    assert.equal(asAcid.roleSource, 'attribute');
    assert.equal(asAcid.freeNH, undefined, 'a diazepane counted only as an amine');

    // A SMILES says what the molecule is: the groups and N–H come from it, not from the name.
    const drawn = reagent(doc(`reagent x = ${NAME} 3.0 equiv smiles "O=Cc1ccccc1"`));
    assert.deepEqual([drawn.role, drawn.roleSource], ['carbonyl', 'smiles']);
    assert.equal(drawn.groups.aldehyde, true);
    assert.equal(drawn.freeNH, 0);

    // And back: the first document's answers again.
    const again = reagent(doc(`reagent x = ${NAME} 3.0 equiv`));
    assert.deepEqual([again.role, again.roleSource, again.freeNH, again.groups], [byName.role, byName.roleSource, byName.freeNH, byName.groups]);
  });

  it("a model's changes to one reagent (its groups, a deprotection) are not seen by the next document with that name", () => {
    const first = reagent(doc(`reagent x = ${NAME} 3.0 equiv`));
    assert.equal(first.groups.nitro, false);
    first.groups.nitro = true; // a reader that writes to what it was given
    assert.equal(reagent(doc(`reagent x = ${NAME} 3.0 equiv`)).groups.nitro, false);

    // TFA before the aldehyde takes the Boc group off (one more N–H, no longer protected) …
    const BOC = 'reagent x = 1-Boc-1,4-diazepane 1.0 equiv\nreagent tfa = TFA 10 equiv';
    const deprotected = reagent(doc(BOC, '  add x, tfa\n  stir 2 h\n  concentrate\n  add ald\n  stir 1 h\n  add stab\n  stir 16 h'));
    assert.equal(deprotected.deprotection?.group, 'Boc');
    assert.deepEqual([deprotected.protected, deprotected.freeNH], [false, 2]);
    // … in that document only.
    const still = reagent(doc(BOC, '  add x, ald\n  stir 1 h\n  add stab\n  stir 16 h'));
    assert.equal(still.deprotection, undefined);
    assert.deepEqual([still.protected, still.freeNH], [true, 1]);
  });

  it('a note after the name is read from each name (purity, strength, water)', () => {
    assert.equal(reagent(doc('reagent x = NaBH(OAc)3, 95% 1.5 equiv')).purity, 0.95);
    assert.equal(reagent(doc('reagent x = NaBH(OAc)3 1.5 equiv')).purity, undefined);
    const formalin = reagent(doc('reagent x = formaldehyde (37% in water) 1.2 equiv'));
    assert.deepEqual([formalin.aqueous, formalin.purity], [true, 0.37]);
    assert.equal(reagent(doc('reagent x = paraformaldehyde 1.2 equiv')).aqueous, false);
  });

  it('the solvents of two documents: the same name, its own line each time', () => {
    const a = analyze(doc('reagent x = 1,4-diazepane 3.0 equiv').replace('solvent DCE', 'solvent MeOH 10 mL')).model;
    const b = analyze(doc('reagent x = 1,4-diazepane 3.0 equiv').replace('solvent DCE', 'solvent DCE/MeOH 4:1')).model;
    assert.deepEqual([a.solvents[0].protic, a.solvents[0].components.map((c) => c.token.text)], [true, ['MeOH']]);
    assert.deepEqual([b.solvents[0].protic, b.solvents[0].components.map((c) => c.token.text)], [true, ['DCE', 'MeOH']]);
    assert.equal(b.solvents[0].boilingPointC, 65);
    assert.notEqual(a.solvents[0].components[0], b.solvents[0].components[1], 'each component keeps its own token');
    assert.equal(b.solvents[0].components[1].token.range.start.line, b.solvents[0].stmt.range.start.line);
  });
});

describe('model caches: bounded', () => {
  it('memoised() answers a repeated name from its cache, and empties the cache when it is full', () => {
    let calls = 0;
    const f = memoised((name) => {
      calls++;
      return name.length;
    });
    assert.equal(f('AcOH'), 4);
    assert.equal(f('AcOH'), 4);
    assert.equal(calls, 1);
    // Many distinct names (a long session of typing): the cache is emptied, not grown without end.
    for (let i = 0; i < 5000; i++) f(`name ${i}`);
    assert.equal(calls, 5001);
    f('AcOH');
    assert.equal(calls, 5002, 'asked again after the cache was emptied');
  });
});
