/**
 * Every fix on every diagnostic of every sample and rule-page example: applying it gives a
 * file that parses into the same number of lines or more, no longer shows that diagnostic
 * and has no new error; fix-all reaches a fixpoint and is idempotent.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, fixAll } from '../../server/src/engine';
import { rules } from '../../server/src/rules';
import { docExamples, samples } from './corpus';

const corpus = [...samples(), ...docExamples(rules.map((r) => r.id))];

describe('every quick fix', () => {
  const fixedRules = new Set<string>();
  for (const ex of corpus) {
    it(`applies cleanly on ${ex.name}`, () => {
      const before = analyze(ex.text);
      const errorsBefore = new Set(before.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
      for (const d of before.diagnostics) {
        for (const fix of d.fixes) {
          const text = applyEdits(ex.text, fix.edits);
          assert.notEqual(text, ex.text, `${d.rule}: "${fix.title}" changes nothing`);
          const after = analyze(text);
          const count = (ds: { rule: string }[]) => ds.filter((x) => x.rule === d.rule).length;
          assert.ok(count(after.diagnostics) < count(before.diagnostics), `${d.rule}: "${fix.title}" leaves the diagnostic in place`);
          const newErrors = after.diagnostics.filter((x) => x.severity === 'error' && !errorsBefore.has(x.rule));
          assert.deepEqual(newErrors.map((x) => `${x.rule}: ${x.message}`), [], `${d.rule}: "${fix.title}" introduces errors`);
          // Nothing the fix did not mean to touch is lost: every comment survives.
          for (const c of before.doc.lines.filter((l) => l.comment)) {
            assert.ok(text.includes(c.comment!.text), `${d.rule}: "${fix.title}" deleted a comment`);
          }
          fixedRules.add(d.rule);
        }
      }
    });
  }
  it('covers every rule that offers a fix', () => {
    const offering = rules.filter((r) => r.fixes.length > 0).map((r) => r.id);
    const missing = offering.filter((id) => !fixedRules.has(id));
    assert.deepEqual(missing, [], 'rules whose fixes no example exercises');
  });
});

describe('fix all', () => {
  for (const ex of corpus) {
    it(`reaches a fixpoint and is idempotent on ${ex.name}`, () => {
      const once = fixAll(ex.text);
      assert.ok(once.passes <= 10);
      const remaining = once.analysis.diagnostics.filter((d) => d.fixes.some((f) => f.safe));
      assert.deepEqual(remaining.map((d) => d.rule), [], 'safe-fixable problems remain');
      const twice = fixAll(once.text);
      assert.equal(twice.text, once.text, 'a second fix-all changed the text');
      assert.equal(twice.applied.length, 0);
    });
  }
});
