/**
 * Notebook spellings, round 5 (2026-11-28): leftovers of round 4 (notebook-r4.test.ts), and
 * lines as ELN entries and paper notebooks write them, each written into the r7-21 fixture
 * (an ELN entry) in place of one of its lines.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { replaced, withLine, problems, stirMinutes, fixed, format } from './notebook-helpers';

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

describe('notebook spellings, round 5: names and aliases typed in full width (an input method in full-width mode)', () => {
  const STAB = 'reagent stab = STAB                          1.6 eq, 678 mg';
  for (const [old, line, shown, want, why] of [
    [STAB, 'reagent stab = ＳＴＡＢ 1.6 eq, 678 mg', 'ＳＴＡＢ', 'STAB', 'it is written in full-width characters (U+FF33…)'],
    [STAB, 'reagent ｓｔａｂ = STAB 1.6 eq, 678 mg', 'ｓｔａｂ', 'stab', 'it is written in full-width characters (U+FF53…)'],
    [STAB, 'reagent ｓtab = STAB 1.6 eq, 678 mg', 'ｓtab', 'stab', "'ｓ' is U+FF53, a full-width 's'"],
    [STAB, 'reagent stab = ＮａＢＨ（ＯＡｃ）３ 1.6 eq, 678 mg', 'ＮａＢＨ（ＯＡｃ）３', 'NaBH(OAc)3', 'it is written in full-width characters (U+FF2E…)'],
    ['add boc, ket, acid', 'add boc, ket, ａｃｉｄ', 'ａｃｉｄ', 'acid', 'it is written in full-width characters (U+FF41…)'],
    ['add boc, ket, acid', 'add ｂｏｃ，ｋｅｔ，ａｃｉｄ', 'ｂｏｃ，ｋｅｔ，ａｃｉｄ', 'boc,ket,acid', 'it is written in full-width characters (U+FF42…)'],
    ['add boc, ket, acid', 'add ｂｏｃ， ｋｅｔ， ａｃｉｄ', 'ｂｏｃ， ｋｅｔ， ａｃｉｄ', 'boc, ket, acid', 'it is written in full-width characters (U+FF42…)'],
    [ACID, 'reagent acid = ＡｃＯＨ\u3000１．５\u3000ｅｑ，\u3000１７２\u3000µＬ', 'ＡｃＯＨ\u3000１．５\u3000ｅｑ，\u3000１７２\u3000µＬ', 'AcOH 1.5 eq, 172 µL', 'it is written in full-width characters (U+FF21…), the space between them too (U+3000)'],
    ['monitor LCMS', 'monitor ＬＣＭＳ', 'ＬＣＭＳ', 'LCMS', 'it is written in full-width characters (U+FF2C…)'],
  ] as const) {
    it(`\`${line}\` is one syntax error naming it, whose safe fix writes \`${want}\`; nothing else is reported`, () => {
      const t = replaced(old, line);
      const f = fixed(t);
      assert.equal(f.rule, 'syntax-error');
      assert.equal(f.message, `'${shown}' is not what it looks like: ${why}. Write \`${want}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced(old, line.replace(shown, want)));
      assert.deepEqual(problems(f.text), []);
    });
  }
  it('a full-width name is looked up as its ASCII (ＳＴＡＢ is NaBH(OAc)3, the reductant), and `ａｃｉｄ` is added', () => {
    const a = analyze(replaced(STAB, 'reagent stab = ＳＴＡＢ 1.6 eq, 678 mg'));
    const stab = a.model.byAlias.get('stab');
    assert.equal(stab?.role, 'reductant');
    const b = analyze(withLine('add ａｃｉｄ').replace(/add boc, ket, acid/, 'add boc, ket'));
    assert.ok(b.model.adds.some((e) => e.reagents.some((r) => r.alias === 'acid')));
  });
  it('quoted text and notes are left alone, and Format Document keeps the alias as written', () => {
    assert.deepEqual(problems(replaced('monitor LCMS', 'note "ＬＣＭＳ ok"')), []);
    const t = replaced(STAB, 'reagent ｓｔａｂ = ＳＴＡＢ 1.6 eq, 678 mg');
    assert.match(format(t), /^reagent ｓｔａｂ = ＳＴＡＢ +1\.6 eq, 678 mg$/m);
  });
});
