/**
 * Multi-step routes, continued: one hydrogenolysis takes the Cbz group off every Cbz amine in
 * the pot; too little acid for a Boc deprotection under `target mono`.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { fixture, rules, diag } from './review-helpers';
import { lookup } from '../../server/src/kb';

describe('multistep2: one hydrogenolysis deprotects every Cbz amine in the pot', () => {
  const pair = fixture('d10-two-cbz-amines-one-hydrogenolysis.rxn');

  it('1-Cbz-piperazine is a known amine: one N–H, protected, its Cbz group read', () => {
    const e = lookup('1-Cbz-piperazine');
    assert.ok(e, '1-Cbz-piperazine not found');
    assert.equal(e.id, 'cbz-piperazine');
    for (const n of ['benzyl piperazine-1-carboxylate', 'N-Cbz-piperazine', 'Cbz-piperazine', '1-Z-piperazine']) assert.equal(lookup(n)?.id, 'cbz-piperazine', n);
    assert.equal(e.role, 'amine');
    assert.equal(e.protected, true);
    assert.equal(e.freeNH, 1);
    assert.equal(e.groups?.cbz, true);
    assert.equal(e.mw, 220.27);
  });

  it('a Cbz-piperazine and a Cbz-diazepane hydrogenated together, then dibenzylated: clean (was: the diazepane still protected, target di an error)', () => {
    assert.deepEqual(rules(pair), []);
    const model = analyze(pair).model;
    for (const alias of ['pip', 'cbz']) {
      const r = model.byAlias.get(alias)!;
      assert.equal(r.protected, false, alias);
      assert.equal(r.freeNH, 2, alias);
      assert.equal(r.deprotection?.group, 'Cbz', alias);
      assert.equal(r.deprotection?.acid?.alias, 'h2', alias);
      assert.deepEqual(r.deprotection?.amines.map((a) => a.alias), ['pip', 'cbz'], alias);
    }
    // Either order in the add line.
    assert.deepEqual(rules(pair.replace('add pip, cbz, h2', 'add cbz, pip, h2')), []);
  });

  it('the protocol as first written (no acid, no work-up): no protected-target', () => {
    const t = `target di
reagent pip = 1-Cbz-piperazine 1.0 equiv
reagent boc = 1-Cbz-1,4-diazepane 1.0 equiv
reagent h2 = H2 (balloon), 10% Pd/C
reagent ald = benzaldehyde 4.4 equiv
reagent stab = NaBH(OAc)3 6.0 equiv
step
  solvent MeOH 0.1 M
  add pip, boc, h2
  stir 2 h at rt
  concentrate
step
  solvent DCE 0.2 M
  add ald
  stir 1 h
  add stab
  stir 16 h
`;
    assert.deepEqual(rules(t), ['missing-workup', 'missing-acid']);
  });

  it('both alkylated, isolated, then hydrogenated: h2-reducible-group names both amines (was: the first only)', () => {
    const t = `protocol "Two Cbz amines benzylated, Cbz off, then cyclopropylmethyl"
target di
scale 2 mmol

reagent pip = 1-Cbz-piperazine 1.0 equiv
reagent cbz = 1-Cbz-1,4-diazepane 1.0 equiv
reagent ald1 = benzaldehyde 2.2 equiv
reagent acoh = AcOH 2.0 equiv
reagent stab1 = NaBH(OAc)3 3.0 equiv
reagent h2 = H2 (1 atm), 10% Pd/C 0.1 equiv
reagent ald2 = cyclopropanecarboxaldehyde 2.4 equiv
reagent stab2 = NaBH(OAc)3 3.0 equiv
solvent DCE 0.2 M

step "Benzyl"
  add pip, cbz, ald1, acoh
  stir 1 h
  add stab1
  stir 16 h
  isolate product
step "Cbz removal"
  solvent MeOH 20 mL
  add h2
  stir 6 h at rt
  filter through celite
  concentrate
step "Cyclopropylmethyl"
  solvent DCE 0.2 M
  add ald2
  stir 1 h
  add stab2
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    assert.deepEqual(rules(t), ['h2-reducible-group']);
    assert.equal(
      diag(t, 'h2-reducible-group').message,
      'H2 over Pd/C, there to take the Cbz groups off the Cbz-protected products isolated from the earlier reaction (1-Cbz-piperazine and 1-Cbz-1,4-diazepane with benzaldehyde), also reaches the rest of those products: the benzyl-type groups that benzaldehyde put on the other nitrogens come off again (hydrogenolysis). Use the Boc-protected amines (TFA or HCl takes the Boc groups off and leaves these groups), or put this group on after the Cbz removal.',
    );
    // One Cbz amine: read as before.
    const one = t.replace('reagent pip = 1-Cbz-piperazine 1.0 equiv\n', '').replace('add pip, cbz, ald1, acoh', 'add cbz, ald1, acoh');
    assert.match(diag(one, 'h2-reducible-group').message, /^H2 over Pd\/C, there to take the Cbz group off the Cbz-protected product isolated from the earlier reaction \(1-Cbz-1,4-diazepane with benzaldehyde\), also reaches the rest of that product: the benzyl-type group that benzaldehyde put on the other nitrogen comes off again \(hydrogenolysis\)\. Use the Boc-protected diazepane \(TFA or HCl takes the Boc group off/);
  });
});

describe('multistep2: too little acid for a Boc deprotection under target mono', () => {
  const mono = fixture('d11-mono-boc-tfa-too-little.rxn');
  const TOO_LITTLE =
    'The acid step is set out to take the Boc group off 1-Boc-1,4-diazepane before the carbonyl goes in, but TFA at 1.0 equiv per amine is too little to take the Boc group off — it takes 2 equiv or more (TFA is usually 10–20 equiv, or 20–50 % by volume in DCM).';
  const KEPT = 'the Boc group stays on: the carbonyl alkylates the free N–H of 1-Boc-1,4-diazepane, and the product keeps the Boc group. Use 2 equiv or more to deprotect first; or, to alkylate the Boc amine as it is (the usual route to a mono product), leave out the acid step.';

  it('TFA 1.0 equiv, stirred and concentrated off before the carbonyl, DIPEA with the carbonyl: protected-target on the TFA equiv (was silent)', () => {
    assert.deepEqual(rules(mono), ['protected-target']);
    const d = diag(mono, 'protected-target');
    assert.equal(d.message, `${TOO_LITTLE} That much only makes a TFA salt of the amine, and ${KEPT}`);
    // The squiggle is on the acid's equiv, not on the target (which is reachable).
    const line = mono.split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), '1.0 equiv');
    assert.match(line, /^reagent tfa = TFA/);
  });

  it('no base: the salt is named as needing one; under 1.0 equiv (was silent) and at 1.0 equiv (was acid-too-strong alone)', () => {
    const noBase = mono.replace('reagent base = DIPEA 2.0 equiv\n', '').replace('  add base, ald\n', '  add ald\n');
    // (acid-too-strong leaves the mono-TFA salt of a too-little deprotection to protected-target: multistep3.)
    assert.deepEqual(rules(noBase), ['protected-target']);
    assert.equal(diag(noBase, 'protected-target').message, `${TOO_LITTLE} That much only makes a TFA salt of the amine, which a base (Et3N or DIPEA) must free before the carbonyl, and ${KEPT}`);
    const half = noBase.replace('TFA 1.0 equiv', 'TFA 0.5 equiv');
    assert.deepEqual(rules(half), ['protected-target']);
    assert.match(diag(half, 'protected-target').message, /but TFA at 0\.5 equiv per amine is too little to take the Boc group off — it takes 2 equiv or more/);
  });

  it('a unit slip is named; 4 M HCl in dioxane makes an HCl salt; 2 equiv or more is a deprotection and no protected-target', () => {
    const slip = mono.replace('TFA 1.0 equiv', 'TFA 3 µL');
    assert.notEqual(slip, mono);
    assert.match(diag(slip, 'protected-target').message, /but TFA at 0\.02 equiv per amine is too little to take the Boc group off — it takes 2 equiv or more \(TFA is usually 10–20 equiv, or 20–50 % by volume in DCM\); 3 µL is 1000× short of that: µL written for mL\? That much only makes a TFA salt/);
    const hcl = mono.replace('TFA 1.0 equiv', '4 M HCl in dioxane 1.0 equiv');
    assert.match(diag(hcl, 'protected-target').message, /but HCl at 1\.0 equiv per amine \(as 4 M HCl in dioxane\) is too little .* That much only makes an HCl salt of the amine, and the Boc group stays on/);
    for (const enough of ['TFA 2.0 equiv', 'TFA 10 equiv']) assert.ok(!rules(mono.replace('TFA 1.0 equiv', enough)).includes('protected-target'), enough);
    // No acid step: the usual mono route, clean.
    const plain = mono
      .replace('reagent tfa = TFA 1.0 equiv\n', 'reagent acoh = AcOH 1.0 equiv\n')
      .replace('reagent base = DIPEA 2.0 equiv\n', '')
      .replace('  add boc, tfa\n', '  add boc\n')
      .replace('  add base, ald\n', '  add ald, acoh\n');
    assert.deepEqual(rules(plain), []);
  });

  it('a little strong acid stirred a few minutes with the Boc amine before the carbonyl, nothing taken off: not read as a failed deprotection', () => {
    const premix = mono.replace('TFA 1.0 equiv', 'TFA 0.1 equiv').replace('  stir 2 h at rt\n  concentrate\n', '  stir 10 min at rt\n');
    assert.notEqual(premix, mono);
    assert.ok(!rules(premix).includes('protected-target'), rules(premix).join(', '));
    // An hour with it, or the acid concentrated off, is a deprotection set out.
    assert.ok(rules(premix.replace('stir 10 min at rt', 'stir 1 h at rt')).includes('protected-target'));
    assert.ok(rules(premix.replace('stir 10 min at rt', 'stir 10 min at rt\n  concentrate')).includes('protected-target'));
  });

  it('target di keeps its message, on the target', () => {
    const di = mono.replace('target mono', 'target di').replace('benzaldehyde 1.0 equiv', 'benzaldehyde 2.5 equiv').replace('NaBH(OAc)3 1.5 equiv', 'NaBH(OAc)3 3.0 equiv');
    const d = diag(di, 'protected-target');
    assert.equal(d.message, 'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected): TFA at 1.0 equiv per amine is too little to take the Boc group off — it takes 2 equiv or more (TFA is usually 10–20 equiv, or 20–50 % by volume in DCM).');
    assert.equal(di.split('\n')[d.range.start.line], 'target di');
  });
});
