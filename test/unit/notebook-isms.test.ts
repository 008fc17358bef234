/**
 * Protocols written the way chemists write notebooks (a review of 2026-11-27): attached
 * compound times (`1h30min`), a sentence-ending period, a time unit rxn does not take
 * (`1 week`), `over night` in two words, and shorthand reagent names.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits } from '../../server/src/engine';
import { print } from '../../server/src/syntax/print';
import { parse } from '../../server/src/syntax/parser';

const format = (t: string) => print(parse(t));

const BASE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'r7-21-notebook-approximate-times.rxn'), 'utf8');
/** The fixture with its `stir ~16 h at rt` line replaced by `line`. */
const withLine = (line: string) => {
  assert.ok(BASE.includes('  stir ~16 h at rt\n'));
  return BASE.replace('  stir ~16 h at rt\n', `  ${line}\n`);
};
const problems = (t: string) => analyze(t).diagnostics.map((d) => `${d.rule}: ${d.message}`);
/** The minutes of the stir statements (in order). */
const stirMinutes = (t: string) =>
  analyze(t)
    .doc.statements.filter((s) => s.kind === 'stir')
    .map((s) => (s.kind === 'stir' ? s.duration.minutes : -1));

describe('notebook-isms', () => {
  describe('attached compound times', () => {
    for (const [written, minutes] of [
      ['stir 1h30min at rt', 90],
      ['stir 1h30 at rt', 90],
      ['stir 1 h 30 at rt', 90],
      ['stir 1h 30 at rt', 90],
      ['stir 1h30 min at rt', 90],
      ['stir 2h05', 125],
      ['stir 1hr30min at rt', 90],
      ['stir 1 h 30', 90],
    ] as const) {
      it(`\`${written}\` is ${minutes} min, with no problem`, () => {
        const t = withLine(written);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(stirMinutes(t), [120, minutes]);
      });
    }
    it('minutes of 60 or more after the hours are not read as minutes', () => {
      const t = withLine('stir 1h75 at rt');
      const ps = problems(t);
      assert.equal(ps.length, 1, ps.join('\n'));
      assert.match(ps[0], /^invalid-quantity: .*1h75.*under 60/);
      const t2 = withLine('stir 1 h 90 at rt');
      assert.ok(problems(t2).length > 0, 'a bare 90 after `1 h` is not 90 minutes');
    });
    it('a bare number after a time that is not in hours is not minutes (`30 min 20`)', () => {
      assert.ok(problems(withLine('stir 30 min 20 at rt')).length > 0);
    });
    it('the formatter keeps the attached time as written', () => {
      const t = withLine('stir   1h30min   at rt');
      assert.ok(format(t).includes('\n  stir 1h30min at rt\n'));
    });
  });

  describe('a sentence-ending period', () => {
    for (const written of ['stir 16 h at rt.', 'stir overnight.', 'add stab at 0 °C.', 'add stab.', 'stir 16 h at rt. # done', 'stir 2 h at r.t.', 'stir 2 h (ice bath).', 'wait 10 min.', 'monitor LCMS.']) {
      it(`\`${written}\` reads as without the period`, () => {
        const t = withLine(written);
        assert.deepEqual(problems(t), []);
      });
    }
    it('the period does not change what is read, and the formatter keeps it', () => {
      const t = withLine('stir 16 h at rt.');
      const stir = analyze(t).doc.statements.filter((s) => s.kind === 'stir')[1];
      assert.ok(stir.kind === 'stir');
      assert.equal(stir.duration.minutes, 960);
      assert.equal(stir.temperature?.celsius, 20);
      assert.ok(format(t.replace('rt.', 'rt.   ')).includes('\n  stir 16 h at rt.\n'));
      const m = analyze(withLine('monitor LCMS.')).doc.statements.find((s) => s.kind === 'monitor');
      assert.ok(m?.kind === 'monitor' && m.method.text === 'LCMS');
    });
    it('a statement that is its keyword alone may end with a period (`concentrate.`, `reflux.`)', () => {
      assert.deepEqual(problems(BASE.replace('\n  concentrate\n', '\n  concentrate.\n')), []);
      assert.deepEqual(problems(withLine('filter.')), []);
      const ps = problems(withLine('reflux.'));
      assert.ok(!ps.some((p) => p.startsWith('syntax-error')), ps.join('\n'));
      assert.ok(problems(withLine('step.')).length > 0, 'a block line is not a sentence');
    });
    it('only one period at the end is read past: `..` or a lone ` .` is still reported', () => {
      assert.ok(problems(withLine('stir 16 h at rt..')).length > 0);
      assert.ok(problems(withLine('stir 16 h at rt .')).length > 0);
    });
  });

  describe('a time unit rxn does not take', () => {
    it('`stir 1 week` says the unit is unknown, not that the number needs one', () => {
      const ps = problems(withLine('stir 1 week'));
      assert.deepEqual(ps, [
        "invalid-quantity: Unknown unit 'week': `stir` takes a time (s, min, h, d) or `overnight`; 1 week is 7 d.",
      ]);
    });
    it('its fix writes the time in days', () => {
      const t = withLine('stir 2 weeks at rt');
      const d = analyze(t).diagnostics[0];
      assert.equal(d.fixes.length, 1);
      assert.ok(applyEdits(t, d.fixes[0].edits).includes('\n  stir 14 d at rt\n'));
    });
    it('`stir 1 month` is reported the same way, without a fix', () => {
      const d = analyze(withLine('stir 1 month')).diagnostics;
      assert.equal(d.length, 1);
      assert.equal(d[0].message, "Unknown unit 'month': `stir` takes a time (s, min, h, d) or `overnight`.");
      assert.equal(d[0].fixes.length, 0);
    });
    it('`stir 30 at rt` still says the number needs a unit', () => {
      assert.deepEqual(problems(withLine('stir 30 at rt')), [
        "invalid-quantity: '30' needs a unit: `stir` takes a time such as `30 min` or `2 h`.",
      ]);
    });
  });

  describe('`over night`', () => {
    it('in two words is overnight (16 h)', () => {
      const t = withLine('stir over night at rt');
      assert.deepEqual(problems(t), []);
      assert.deepEqual(stirMinutes(t), [120, 960]);
    });
    it('`over-night` and `Over night` are overnight too', () => {
      for (const w of ['stir over-night at rt', 'stir Over night at rt', 'wait over night']) {
        assert.deepEqual(problems(withLine(w)), [], w);
      }
      assert.deepEqual(stirMinutes(withLine('stir over-night at rt')), [120, 960]);
    });
    it('`add stab over night` is an addition over 16 h', () => {
      const t = withLine('add stab dropwise over night');
      assert.deepEqual(problems(t), []);
      const add = analyze(t).doc.statements.filter((s) => s.kind === 'add')[2];
      assert.ok(add.kind === 'add' && add.duration?.minutes === 960);
    });
    it('`ON` is not read as overnight', () => {
      assert.ok(problems(withLine('stir ON at rt')).length > 0);
    });
  });

  describe('shorthand reagent names', () => {
    for (const [written, id] of [
      ['2-pic-BH3', 'picoline-borane'],
      ['Na(OAc)3BH', 'stab'],
    ] as const) {
      it(`\`${written}\` is known`, () => {
        const t = BASE.replace('reagent stab = STAB         ', `reagent stab = ${written.padEnd(13)}`);
        const a = analyze(t);
        assert.equal(a.model.reagents.find((r) => r.alias === 'stab')?.kb?.id, id);
        assert.ok(!a.diagnostics.some((d) => d.rule === 'unknown-reagent' || d.rule === 'missing-component'));
      });
    }
  });
});
