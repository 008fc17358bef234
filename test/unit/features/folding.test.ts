import { strict as assert } from 'node:assert';
import { parse } from '../../../server/src/syntax/parser';
import { foldingRanges } from '../../../server/src/features/folding';
import { samples } from '../corpus';
import { EXAMPLE } from './helpers';

function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return i;
}

describe('features/folding', () => {
  it('folds the reagent table, every step and the work-up of the example', () => {
    const got = foldingRanges(parse(EXAMPLE)).map((r) => [r.startLine, r.endLine, r.kind ?? '']);
    const L = (s: string) => lineOf(EXAMPLE, s);
    assert.deepEqual(got, [
      [L('reagent diazepane'), L('reagent stab'), ''],
      [L('step "Imine'), L('stir 30 min'), ''],
      [L('step "Reduction'), L('stir 16 h'), ''],
      [L('workup'), L('purify'), ''],
    ]);
  });

  it('folds runs of two or more comment lines, not single ones, and keeps them out of the previous step', () => {
    const text = [
      '# one',
      '# two',
      '# three',
      'protocol "x"',
      '# lone comment',
      'step',
      '  add a',
      '  stir 1 h',
      '# about the next step',
      '# more about it',
      'step',
      '  add b',
      '',
    ].join('\n');
    const got = foldingRanges(parse(text)).map((r) => [r.startLine, r.endLine, r.kind ?? '']);
    assert.deepEqual(got, [
      [0, 2, 'comment'],
      [5, 7, ''],
      [8, 9, 'comment'],
      [10, 11, ''],
    ]);
  });

  it('allows comment lines inside the reagent table and does not fold a single reagent line', () => {
    const text = 'reagent a = benzaldehyde 1 equiv\n# reagent b = acetone 1 equiv\nreagent c = NaBH4 1 equiv\n\nreagent d = AcOH 1 equiv\n';
    const got = foldingRanges(parse(text)).map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(got, [[0, 2]]);
  });

  it('gives valid ranges for every sample', () => {
    for (const s of samples()) {
      const n = s.text.split(/\r?\n|\r/).length;
      for (const r of foldingRanges(parse(s.text))) {
        assert.ok(r.startLine < r.endLine && r.endLine < n, `${s.name}: ${JSON.stringify(r)}`);
      }
    }
  });
});
