/**
 * Multi-step routes, fourth round: acid-too-strong names a deprotection's acid one way; one
 * strong acid per basic nitrogen is the amine's salt, concentrated or not; cyanide-acid offers no
 * AcOH swap for an acid protected-target reports. Fixtures: test/fixtures/real/d3*.rxn.
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

describe('multistep4: acid-too-strong names a deprotection\'s acid one way', () => {
  const hcl = fixture('d30-mono-boc-hcl-dioxane-deprotect-no-base.rxn');

  it('10 equiv of 4 M HCl in dioxane, concentrated, no base: "HCl (as 4 M HCl in dioxane) takes the Boc group off … its HCl salt" (was "4 M HCl takes the Boc group off … its HCl salt")', () => {
    assert.equal(
      diag(hcl, 'acid-too-strong').message,
      'HCl (as 4 M HCl in dioxane) takes the Boc group off 1-Boc-1,4-diazepane, and concentrating takes off the excess but leaves the freed amine as its HCl salt. 2.0 equiv of HCl per amine pushes the pH below 4: the diazepane is fully protonated and can no longer attack the carbonyl. Free the salt before the carbonyl goes in: Et3N or DIPEA (2.0 equiv), then AcOH (1–2 equiv) as the catalyst.',
    );
    // Written the other way round, and not concentrated.
    const bracket = hcl.replace('4 M HCl in dioxane 10 equiv', 'HCl (4 M in dioxane) 10 equiv').replace('  concentrate\n', '');
    assert.notEqual(bracket, hcl);
    assert.match(diag(bracket, 'acid-too-strong').message, /^HCl \(as HCl, 4 M in dioxane\) takes the Boc group off 1-Boc-1,4-diazepane, and the excess is still in the pot when the carbonyl goes in\. 10\.0 equiv of HCl per amine/);
    // One name already: HCl, TFA.
    assert.match(diag(hcl.replace('4 M HCl in dioxane 10 equiv', 'HCl 10 equiv'), 'acid-too-strong').message, /^HCl takes the Boc group off 1-Boc-1,4-diazepane, and concentrating .* its HCl salt\./);
    assert.match(diag(hcl.replace('4 M HCl in dioxane 10 equiv', 'TFA 10 equiv'), 'acid-too-strong').message, /^TFA takes the Boc group off 1-Boc-1,4-diazepane, and concentrating .* its TFA salt\./);
  });
});
