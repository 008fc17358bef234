/**
 * Notebook spellings, round 4 (2026-11-28): leftovers of round 3 (notebook-r3.test.ts), each
 * written into the r7-21 fixture (an ELN entry) in place of its `stir ~16 h at rt` line.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { replaced, withLine, problems, stirMinutes, fixed } from './notebook-helpers';

describe('notebook spellings, round 4', () => {
  describe('a second statement after `, then` on the same line', () => {
    for (const [line, first, second] of [
      ['add acid, then stir 5 min', 'add acid', 'stir 5 min'],
      ['stir 2 h at rt, then add stab', 'stir 2 h at rt', 'add stab'],
      ['stir 2 h at rt then add stab', 'stir 2 h at rt', 'add stab'],
      ['stir 2 h at rt, Then monitor LCMS', 'stir 2 h at rt', 'monitor LCMS'],
    ] as const) {
      it(`\`${line}\` is one syntax error whose safe fix splits the line (keeping its indent), and both lines read`, () => {
        const f = fixed(withLine(line));
        assert.equal(f.rule, 'syntax-error');
        assert.equal(f.message, `One statement per line: put \`${second}\` on a line of its own, after \`${first}\`.`);
        assert.ok(f.safe);
        assert.equal(f.text, withLine(`${first}\n${second}`));
        assert.deepEqual(problems(f.text), []);
      });
    }
    it('the line reads as its first statement (the stir counts its time)', () => {
      assert.deepEqual(stirMinutes(withLine('stir 2 h at rt, then add stab')), [120, 120]);
    });
    it('the new line takes the file\'s line ending (CRLF)', () => {
      const t = withLine('add acid, then stir 5 min').replace(/\n/g, '\r\n');
      const f = fixed(t);
      assert.equal(f.text, withLine('add acid\nstir 5 min').replace(/\n/g, '\r\n'));
    });
    it('the fix is not safe when a half would not read (`, then add stab portionwse`)', () => {
      const ds = analyze(withLine('stir 2 h at rt, then add stab portionwse')).diagnostics;
      const split = ds.find((d) => d.message.startsWith('One statement per line'));
      assert.ok(split, ds.map((d) => d.message).join('\n'));
      assert.equal(split.fixes[0].safe, false);
    });
    it('a `then` ending the line still reads, and `then` before a non-keyword is not split', () => {
      assert.deepEqual(problems(withLine('stir 2 h at rt, then')), []);
      // (After an `add`, `then stab` is another addition since round 6: notebook-r6.test.ts.)
      assert.ok(!problems(withLine('stir 5 min, then stab')).some((p) => p.includes('One statement per line')));
    });
  });
});

describe('notebook spellings, round 4: a time range with units on both bounds joined by `to`', () => {
  for (const [line, minutes] of [
    ['stir 30 min to 1 h', [120, 30]],
    ['stir 30 min to 1 h at rt', [120, 30]],
    ['stir 30 min to 1h', [120, 30]],
    ['stir 1 h 30 min to 2 h', [120, 90]],
    ['stir 1 h 30 min to 1 h 45 min at rt', [120, 90]],
  ] as const) {
    it(`\`${line}\` reads, counting its lower bound`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      assert.deepEqual(stirMinutes(t), minutes);
    });
  }
  it('the time is the whole range (formatting keeps it)', () => {
    const d = analyze(withLine('stir 30 min to 1 h at rt')).doc.statements.filter((s) => s.kind === 'stir')[1];
    assert.ok(d.kind === 'stir');
    assert.equal(d.duration.raw, '30 min to 1 h');
  });
  it('an upper bound shorter than the lower is one error (`stir 2 h to 30 min`)', () => {
    assert.deepEqual(problems(withLine('stir 2 h to 30 min')), ['invalid-quantity: A time range goes from the shorter to the longer time, e.g. `30 min to 1 h`.']);
  });
  it('`to` before a temperature is not a range (`stir 30 min to rt` keeps its message)', () => {
    assert.match(problems(withLine('stir 30 min to rt'))[0], /Unexpected 'to'/);
  });
});

describe('notebook spellings, round 4: a prime for minutes with a space before it', () => {
  for (const [line, shown, want] of [
    ['stir 30 ′', '30 ′', 'stir 30 min'],
    ['stir 30 ′ at rt', '30 ′', 'stir 30 min at rt'],
    ["stir 30 '", "30 '", 'stir 30 min'],
    ['stir 30 ’ at rt', '30 ’', 'stir 30 min at rt'],
  ] as const) {
    it(`\`${line}\` is 30 min, with one syntax error whose safe fix writes \`30 min\` (as for \`30'\`)`, () => {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, 30]);
      const f = fixed(t);
      assert.equal(f.message, `\`${shown}\` is read as 30 min: write \`30 min\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine(want));
      assert.deepEqual(problems(f.text), []);
    });
  }
});

describe('notebook spellings, round 4: a whole amount in full-width characters', () => {
  const ACID = 'reagent acid = AcOH                          1.5 eq, 172 µL';
  for (const [line, shown, want] of [
    ['reagent acid = AcOH １．５ ｅｑｕｉｖ, 172 µL', '１．５ ｅｑｕｉｖ', '1.5 equiv'],
    ['reagent acid = AcOH １．５ ｅｑ, 172 µL', '１．５ ｅｑ', '1.5 eq'],
  ] as const) {
    it(`\`${shown}\` is one syntax error with one safe fix for the whole amount, and the line reads as fixed`, () => {
      const t = replaced(ACID, line);
      const f = fixed(t);
      assert.equal(f.message, `'${shown}' is not what it looks like: it is written in full-width characters (U+FF11…). Write \`${want}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced(ACID, line.replace(shown, want)));
      assert.deepEqual(problems(f.text), []);
      const acid = analyze(t).doc.statements.find((s) => s.kind === 'reagent' && s.alias.text === 'acid');
      assert.ok(acid?.kind === 'reagent');
      assert.equal(acid.name.text, 'AcOH');
    });
  }
  it('`stir １６ ｈ at rt` is one syntax error, and the stir counts 16 h', () => {
    const t = withLine('stir １６ ｈ at rt');
    assert.deepEqual(stirMinutes(t), [120, 960]);
    const f = fixed(t);
    assert.equal(f.message, "'１６ ｈ' is not what it looks like: it is written in full-width characters (U+FF11…). Write `16 h`.");
    assert.equal(f.text, withLine('stir 16 h at rt'));
  });
  it('only the number, or only the unit, in full width keeps its one diagnostic on that word', () => {
    assert.deepEqual(problems(withLine('stir １６ h at rt')), ["syntax-error: '１６' is not what it looks like: it is written in full-width characters (U+FF11…). Write `16`."]);
    assert.deepEqual(problems(withLine('stir 16 ｈ at rt')), ["syntax-error: 'ｈ' is not what it looks like: 'ｈ' is U+FF48, a full-width 'h'. Write `h`."]);
  });
});
