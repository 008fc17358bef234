/**
 * Lead's review items of the eighteenth stop: what a user sees for a misspelt rule id in a
 * suppression comment (the message names the rule meant, and a quick fix — never Fix all —
 * puts it right).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, fixAll } from '../../server/src/engine';
import { applyEdits } from '../../server/src/edits';

const page = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules', 'unknown-rule.md'), 'utf8');
const firesOn = /## Fires on\n\n```rxn\n([\s\S]*?)```/.exec(page)![1];
const fixedExample = /## Fixed\n\n```rxn\n([\s\S]*?)```/.exec(page)![1];

describe('unknown-rule: a misspelt rule id in a suppression comment', () => {
  const unknown = (t: string) => analyze(t).diagnostics.filter((d) => d.rule === 'unknown-rule');

  it("names the rule meant ('missing-acids' → 'missing-acid') and its quick fix gives the page's Fixed text", () => {
    const [d] = unknown(firesOn);
    assert.ok(d, 'unknown-rule expected');
    assert.match(d.message, /'missing-acids' is not an rxn rule.*Did you mean 'missing-acid'\?/);
    assert.equal(d.fixes.length, 1);
    assert.equal(d.fixes[0].title, "Change to 'missing-acid'");
    assert.equal(d.fixes[0].safe, false);
    const fixed = applyEdits(firesOn, d.fixes[0].edits);
    assert.equal(fixed, fixedExample);
    assert.deepEqual(unknown(fixed), []);
    assert.ok(!analyze(fixed).diagnostics.some((x) => x.rule === 'missing-acid'), 'the corrected comment silences missing-acid');
  });

  it('is not applied by Fix all / rxn check --fix (silencing a rule is the author\'s decision)', () => {
    const after = fixAll(firesOn).text;
    assert.ok(after.includes('# rxn-disable missing-acids\n'), after);
    assert.equal(unknown(after).length, 1);
  });

  it("upper case is read as the id it spells ('NABH4-ONE-POT' → 'nabh4-one-pot')", () => {
    const t = firesOn.replace('# rxn-disable missing-acids', '# rxn-disable NABH4-ONE-POT');
    const [d] = unknown(t);
    assert.match(d.message, /Did you mean 'nabh4-one-pot'\?/);
    assert.ok(applyEdits(t, d.fixes[0].edits).includes('# rxn-disable nabh4-one-pot\n'));
  });

  it('offers nothing when no rule id is close, and says where the ids are listed', () => {
    const t = firesOn.replace('# rxn-disable missing-acids', '# rxn-disable everything-please');
    const [d] = unknown(t);
    assert.match(d.message, /`rxn rules` lists the rule ids/);
    assert.doesNotMatch(d.message, /Did you mean/);
    assert.deepEqual(d.fixes, []);
  });
});
