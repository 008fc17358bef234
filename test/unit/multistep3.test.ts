/**
 * Multi-step routes, third round: a catalyst pre-stir is no failed deprotection under any target;
 * acid-too-strong leaves a too-little deprotection to protected-target; the Cbz-removal advice
 * names the Boc analogue of the amine used; one name for the acid in the too-little message.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', name), 'utf8');
const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
const diag = (t: string, rule: string) => {
  const d = analyze(t).diagnostics.find((x) => x.rule === rule);
  assert.ok(d, `${rule} expected, got: ${rules(t).join(', ')}`);
  return d;
};

describe('multistep3: a catalyst pre-stir is not a failed deprotection, under target di as under mono', () => {
  const premix = fixture('d20-di-boc-tfa-catalyst-premix.rxn');
  const TOO_LITTLE = /too little to take the Boc group off/;

  it('TFA 0.1 equiv stirred 10 min with the Boc amine, then the carbonyl: "Deprotect first", not "too little" (was: too little to take the Boc group off)', () => {
    assert.deepEqual(rules(premix), ['protected-target']);
    assert.equal(
      diag(premix, 'protected-target').message,
      'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected). Deprotect first, or change the target.',
    );
  });

  it('an hour with the acid, or the acid concentrated off, is a deprotection set out: too little, under di and mono alike', () => {
    const hour = premix.replace('stir 10 min at rt', 'stir 1 h at rt');
    const off = premix.replace('stir 10 min at rt', 'stir 10 min at rt\n  concentrate');
    for (const t of [hour, off]) {
      assert.notEqual(t, premix);
      assert.match(diag(t, 'protected-target').message, /^di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 \(one nitrogen is protected\): TFA at 0\.1 equiv per amine is too little to take the Boc group off/);
      const mono = t.replace('target di', 'target mono').replace('benzaldehyde 2.5 equiv', 'benzaldehyde 1.0 equiv').replace('NaBH(OAc)3 3.0 equiv', 'NaBH(OAc)3 1.5 equiv');
      assert.match(diag(mono, 'protected-target').message, /^The acid step is set out to take the Boc group off 1-Boc-1,4-diazepane before the carbonyl goes in, but TFA at 0\.1 equiv per amine is too little/);
    }
    // 59 minutes in two stirs is still short; 30 + 30 is an hour.
    assert.doesNotMatch(diag(premix.replace('stir 10 min at rt', 'stir 30 min at rt\n  stir 29 min'), 'protected-target').message, TOO_LITTLE);
    assert.match(diag(premix.replace('stir 10 min at rt', 'stir 30 min at rt\n  stir 30 min'), 'protected-target').message, TOO_LITTLE);
  });
});
