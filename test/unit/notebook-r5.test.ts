/**
 * Notebook spellings, round 5 (2026-11-28): leftovers of round 4 (notebook-r4.test.ts), and
 * lines as ELN entries and paper notebooks write them, each written into the r7-21 fixture
 * (an ELN entry) in place of one of its lines.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { replaced, withLine, problems, stirMinutes, fixed } from './notebook-helpers';

const ACID = 'reagent acid = AcOH                          1.5 eq, 172 µL';

describe('notebook spellings, round 5: a full-width space (U+3000) inside a full-width amount', () => {
  for (const [line, shown, want] of [
    ['reagent acid = AcOH １．５\u3000ｅｑｕｉｖ, 172 µL', '１．５\u3000ｅｑｕｉｖ', '1.5 equiv'],
    ['reagent acid = AcOH １．５\u3000ｅｑ, 172 µL', '１．５\u3000ｅｑ', '1.5 eq'],
  ] as const) {
    it(`\`${shown}\` is one syntax error naming the space too, with one safe fix, and the line reads as fixed`, () => {
      const t = replaced(ACID, line);
      const f = fixed(t);
      assert.equal(f.message, `'${shown}' is not what it looks like: it is written in full-width characters (U+FF11…), the space between them too (U+3000). Write \`${want}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced(ACID, line.replace(shown, want)));
      assert.deepEqual(problems(f.text), []);
    });
  }
  it('`stir １６　ｈ at rt` is one syntax error, and the stir counts 16 h', () => {
    const t = withLine('stir １６\u3000ｈ at rt');
    assert.deepEqual(stirMinutes(t), [120, 960]);
    const f = fixed(t);
    assert.equal(f.message, "'１６\u3000ｈ' is not what it looks like: it is written in full-width characters (U+FF11…), the space between them too (U+3000). Write `16 h`.");
    assert.equal(f.text, withLine('stir 16 h at rt'));
  });
  it('an ideographic space between ASCII words is a space, as before (`1.5　equiv`)', () => {
    assert.deepEqual(problems(replaced(ACID, 'reagent acid = AcOH 1.5\u3000equiv, 172 µL')), []);
  });
});
