/**
 * What the random-input tests found in session 21 (each failed once in a full run, with the
 * seed named): Fix all on a line with more fixable problems than a line reports (20) — a
 * reagent row with a lookalike decimal point (`1。5`) pasted 230 times on one line; the split
 * fix of two statements on a line when neither half reads; the formatter and `reagent:`.
 */
import { strict as assert } from 'node:assert';
import { analyze, fixAll } from '../../server/src/engine';
import { formattedText } from '../../server/src/features/format';

const row = 'reagent stab      = NaBH(OAc)3                1。5 equiv ';
const protocol = (copies: number) =>
  `protocol "x"\nscale 5 mmol\nreagent d = 1,4-diazepane 3 equiv\n${row.repeat(copies).trimEnd()}\nsolvent DCE 0.2 M\n`;

describe('Fix all on a line with hundreds of fixable problems', () => {
  it('fixes every lookalike of a line past the 20 a line reports, and a second run changes nothing', () => {
    const text = protocol(230);
    assert.equal(analyze(text).diagnostics.filter((d) => d.range.start.line === 3).length, 20);
    const once = fixAll(text);
    assert.equal((once.text.match(/。/g) ?? []).length, 0, 'every 1。5 became 1.5');
    assert.ok(once.passes > 10, `took ${once.passes} passes`);
    assert.equal(fixAll(once.text).text, once.text);
  });

  it('still stops at 10 passes when no line is full', () => {
    const text = protocol(3);
    const once = fixAll(text);
    assert.equal((once.text.match(/。/g) ?? []).length, 0);
    assert.ok(once.passes <= 10);
  });
});

describe('the split fix of two statements on a line, when neither half reads (short fuzz run, seeds 40394199 and -901720806)', () => {
  const syntax = (text: string) => analyze(text).diagnostics.filter((d) => d.rule === 'syntax-error');
  const splitOf = (text: string) => syntax(text).find((d) => d.message.startsWith('One statement per line'));

  it('is reported without a fix that would turn one broken line into two', () => {
    for (const line of ['Stir equiv, add', 'cool 5-ethyl-2-methylpyridine borane, age']) {
      const d = splitOf(`step\n  ${line}\n`);
      assert.ok(d, line);
      assert.deepEqual(d.fixes, [], line);
    }
  });

  it('keeps its fix when one half reads: safe when both do, offered but not safe when only one does', () => {
    const both = splitOf('reagent stab = NaBH(OAc)3 1.5 equiv\nstep\n  add stab, then stir 2 h\n')!;
    assert.deepEqual(both.fixes.map((f) => [f.title, f.safe]), [['Put `stir 2 h` on a line of its own', true]]);
    const one = splitOf('reagent stab = NaBH(OAc)3 1.5 equiv\nstep\n  add stab, then stir at rt\n')!;
    assert.deepEqual(one.fixes.map((f) => [f.title, f.safe]), [['Put `stir at rt` on a line of its own', false]]);
  });
});

describe('Format Document on `reagent:` (a colon after the keyword; parser.property.test.ts, seed 1171002420)', () => {
  it('keeps the colon, which is reported and which its own fix removes: formatting changes only whitespace', () => {
    const text = 'protocol "t"\nreagent:   diazepane = 1,4-diazepane 3.0 equiv\n';
    const out = formattedText(analyze(text).doc);
    assert.equal(out, 'protocol "t"\nreagent: diazepane = 1,4-diazepane 3.0 equiv\n');
    assert.equal(formattedText(analyze(out).doc), out);
    const d = analyze(out).diagnostics.find((x) => x.rule === 'syntax-error')!;
    assert.match(d.message, /without a colon/);
  });
});
