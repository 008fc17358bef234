/** Each sample shows exactly the diagnostics it is meant to show (good ones: none). */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';
import { ROOT, samples } from './corpus';

const expected: Record<string, { rule: string; line: number }[]> = JSON.parse(
  readFileSync(join(ROOT, 'test', 'fixtures', 'samples.expected.json'), 'utf8'),
);

describe('samples', () => {
  const all = samples();
  it('there are at least 12 samples, each with an expectation', () => {
    assert.ok(all.length >= 12, `${all.length} samples`);
    for (const s of all) assert.ok(expected[s.name.replace('samples/', '')], `no expectation for ${s.name}`);
  });
  for (const s of all) {
    const want = expected[s.name.replace('samples/', '')] ?? [];
    it(`${s.name} shows ${want.length ? want.map((w) => `${w.rule}@${w.line}`).join(', ') : 'no diagnostic'}`, () => {
      const got = analyze(s.text).diagnostics.map((d) => `${d.rule}@${d.range.start.line + 1}`).sort();
      assert.deepEqual(got, want.map((w) => `${w.rule}@${w.line}`).sort());
    });
  }
});
