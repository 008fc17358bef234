/**
 * Notebook spellings, round 5 (2026-11-28): leftovers of round 4 (notebook-r4.test.ts), and
 * lines as ELN entries and paper notebooks write them, each written into the r7-21 fixture
 * (an ELN entry) in place of one of its lines.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits } from '../../server/src/engine';
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

describe('notebook spellings, round 5: the statement after `then` counts when it reads on its own', () => {
  // A NaBH4 run written two-step: the amine and the aldehyde are stirred before NaBH4 goes in.
  const G23 = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'g23-monitor-then-nabh4.rxn'), 'utf8');
  const g23 = (line: string) => {
    const old = '  add dz, ald\n  monitor NMR for imine\n';
    assert.ok(G23.includes(old));
    return G23.replace(old, `  ${line}\n`);
  };
  const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
  it('`add dz, ald, then stir 2 h at rt` lets the 2 h pass: NaBH4 added next is two-step (no nabh4-one-pot, no mode-mismatch)', () => {
    assert.deepEqual(problems(g23('add dz, ald, then stir 2 h at rt')), ['syntax-error: One statement per line: put `stir 2 h at rt` on a line of its own, after `add dz, ald`.']);
  });
  it('so does the same line whose `add` does not read (`add dz, ald dropwse, then stir 2 h at rt`): only its two syntax errors', () => {
    assert.deepEqual(rules(g23('add dz, ald dropwse, then stir 2 h at rt')), ['syntax-error', 'syntax-error']);
  });
  it('a `then stir` that does not read (`stir 2 hrz`) lets a short time pass, as an unreadable `stir` line does', () => {
    assert.deepEqual(rules(g23('add dz, ald, then stir 2 hrz at rt')), ['syntax-error']);
  });
  it('without the stir, NaBH4 is still one-pot (the check is not switched off)', () => {
    assert.deepEqual(rules(g23('add dz, ald')).sort(), ['mode-mismatch', 'nabh4-one-pot']);
  });
  it('`stir 2 h at rt, then add stab portionwise` adds the reductant there (no unused-reagent, no missing-component)', () => {
    const t = replaced('add stab portionwise', 'stir 30 min at rt, then add stab portionwise');
    assert.deepEqual(problems(t), ['syntax-error: One statement per line: put `add stab portionwise` on a line of its own, after `stir 30 min at rt`.']);
    const stab = analyze(t).model.byAlias.get('stab');
    assert.equal(stab?.added.length, 1);
  });
  it('the time after `then` is counted once, after the first statement (the stirs are 2 h and 16 h)', () => {
    const t = replaced('add stab portionwise\n  stir ~16 h at rt'.split('\n')[0], 'add stab portionwise, then stir ~16 h at rt').replace(/\n  stir ~16 h at rt\n/, '\n');
    assert.deepEqual(stirMinutes(t), [120, 960]);
    const events = analyze(t).model.events.filter((e) => e.type === 'time');
    assert.deepEqual(events.map((e) => (e.type === 'time' ? e.minutes : 0)), [120, 960]);
  });
});

describe('notebook spellings, round 5: a numbered or bulleted procedure (`1)`, `2.`, `(a)`, `-`, `•`)', () => {
  for (const [line, marker] of [
    ['1) stir 16 h at rt', '1)'],
    ['1. stir 16 h at rt', '1.'],
    ['12. stir 16 h at rt', '12.'],
    ['(3) stir 16 h at rt', '(3)'],
    ['(a) stir 16 h at rt', '(a)'],
    ['b) stir 16 h at rt', 'b)'],
    ['(iv) stir 16 h at rt', '(iv)'],
    ['- stir 16 h at rt', '-'],
    ['• stir 16 h at rt', '•'],
    ['* stir 16 h at rt', '*'],
    ['1)\tstir 16 h at rt', '1)'],
  ] as const) {
    it(`\`${line}\` is one syntax error naming \`${marker}\`, whose safe fix removes it; the stir counts 16 h`, () => {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, 960]);
      const f = fixed(t);
      assert.equal(f.message, `\`${marker}\` numbers or bullets the line, as a list does: a statement starts with its keyword. Remove \`${marker}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine('stir 16 h at rt'));
    });
  }
  it('on an `add` line the reductant still goes in, on a work-up line the extraction still counts', () => {
    assert.deepEqual(problems(replaced('add stab portionwise', '2. add stab portionwise')).map((p) => p.split(':')[0]), ['syntax-error']);
    assert.deepEqual(problems(replaced('extract DCM x3', '- extract DCM x3')).map((p) => p.split(':')[0]), ['syntax-error']);
  });
  it('Format Document keeps the marker (formatting changes only whitespace)', () => {
    assert.match(format(withLine('1)   stir 16 h   at rt')), /^ {2}1\) stir 16 h at rt$/m);
  });
  it('a marker before a word that is no keyword keeps the unknown-statement message', () => {
    assert.match(problems(withLine('1) The mixture was stirred'))[0], /^syntax-error: Unknown statement '1\)'/);
    assert.match(problems(withLine('-stir 16 h at rt'))[0], /^syntax-error: Unknown statement '-stir'/);
  });
});

describe('notebook spellings, round 5: a time written as a minimum (`>2 h`, `≥ 2 h`, `at least 2 h`)', () => {
  for (const [line, minutes] of [
    ['stir >2 h', 120],
    ['stir > 2 h at rt', 120],
    ['stir >= 16 h at rt', 960],
    ['stir ≥2 h', 120],
    ['stir at least 2 h', 120],
    ['stir for at least 2 h at rt', 120],
    ['wait >30 min', 30],
  ] as const) {
    it(`\`${line}\` reads, the figure being the time (it was "needs a duration")`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      const last = analyze(t).doc.statements.filter((s) => s.kind === 'stir' || s.kind === 'wait').pop();
      assert.ok(last && (last.kind === 'stir' || last.kind === 'wait'));
      assert.equal(last.duration.minutes, minutes);
    });
  }
  it('`stir > rt` and `stir at least` still need a time', () => {
    assert.match(problems(withLine('stir > rt'))[0], /needs a duration/);
    assert.equal(problems(withLine('stir at least')).length, 1);
  });
});

describe('notebook spellings, round 5: a `;` or `,` that ends a step or solvent line', () => {
  for (const [old, line, want] of [
    ['stir ~16 h at rt', 'stir 16 h at rt;', 'stir 16 h at rt'],
    ['stir ~16 h at rt', 'stir 16 h at rt ;', 'stir 16 h at rt '],
    ['stir ~16 h at rt', 'stir 16 h at rt,', 'stir 16 h at rt'],
    ['add stab portionwise', 'add stab portionwise;', 'add stab portionwise'],
    ['add stab portionwise', 'add stab,', 'add stab'],
    ['solvent DCE 10 mL', 'solvent DCE 10 mL;', 'solvent DCE 10 mL'],
  ] as const) {
    it(`\`${line}\` is one syntax error whose safe fix removes the mark, and the line reads as without it`, () => {
      const t = replaced(old, line);
      const f = fixed(t);
      assert.equal(f.message, `The line ends with '${line.trimEnd().slice(-1)}': a statement ends with its line. Remove it.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced(old, want));
      assert.equal(format(f.text), format(replaced(old, want.trimEnd())));
    });
  }
  it('the stir counts its time, and the solvent is in force (no missing-solvent)', () => {
    assert.deepEqual(stirMinutes(withLine('stir 16 h at rt;')), [120, 960]);
    assert.deepEqual(problems(replaced('solvent DCE 10 mL', 'solvent DCE 10 mL;')).map((p) => p.split(':')[0]), ['syntax-error']);
  });
  it('Format Document keeps the mark; `, then` at the end is still read past without a word', () => {
    assert.match(format(withLine('stir  16 h at rt;')), /^ {2}stir 16 h at rt;$/m);
    assert.deepEqual(problems(withLine('stir 16 h at rt, then')), []);
  });
});

describe('notebook spellings, round 5: a degree sign with no scale (`0°`)', () => {
  for (const [old, line, sign, want] of [
    ['stir ~16 h at rt', 'stir 2 h at 0°', '°', 'stir 2 h at 0°C'],
    ['stir ~16 h at rt', 'stir 2 h at 40º', 'º', 'stir 2 h at 40°C'],
    ['add stab portionwise', 'add stab portionwise at 0°', '°', 'add stab portionwise at 0°C'],
    ['stir ~16 h at rt', 'heat to 35° for 2 h', '°', 'heat to 35°C for 2 h'],
  ] as const) {
    it(`\`${line}\` says the scale is missing, as \`25 deg\` does, with a fix to °C that Fix all leaves`, () => {
      const t = replaced(old, line);
      const ds = analyze(t).diagnostics;
      assert.deepEqual(ds.map((d) => `${d.rule}: ${d.message}`), [`invalid-quantity: '${sign}' does not say which scale: write °C (or K).`]);
      assert.equal(ds[0].fixes[0].safe, false);
      assert.equal(applyEdits(t, ds[0].fixes[0].edits), replaced(old, want));
      assert.deepEqual(problems(replaced(old, want)), []);
    });
  }
});

describe('notebook spellings, round 5: an amount said in words after the name (`AcOH cat.`, `a few drops`)', () => {
  for (const line of [
    'reagent acid = AcOH cat.',
    'reagent acid = AcOH, cat.',
    'reagent acid = AcOH catalytic',
    'reagent acid = AcOH a few drops',
    'reagent acid = AcOH, a couple of drops',
    'reagent acid = AcOH 1 drop',
    'reagent acid = AcOH 3 drops',
  ]) {
    it(`\`${line}\` is AcOH, the acid (it was unknown-reagent plus missing-acid)`, () => {
      const t = replaced(ACID, line);
      assert.deepEqual(problems(t), []);
      const acid = analyze(t).model.byAlias.get('acid');
      assert.equal(acid?.role, 'acid');
      assert.equal(acid?.kb?.name, 'AcOH');
    });
  }
});

describe('notebook spellings, round 5: reagents of `add` joined by `+` or `;`', () => {
  for (const [line, mark, want] of [
    ['add boc, ket + acid', '+', 'add boc, ket, acid'],
    ['add boc, ket+acid', '+', 'add boc, ket,acid'],
    ['add boc, ket; acid', ';', 'add boc, ket, acid'],
    ['add boc, ket;acid', ';', 'add boc, ket,acid'],
  ] as const) {
    it(`\`${line}\` adds all three, with one syntax error whose safe fix writes the comma`, () => {
      const t = replaced('add boc, ket, acid', line);
      const f = fixed(t);
      assert.equal(f.message, `Separate the reagents of \`add\` with commas, not '${mark}'.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced('add boc, ket, acid', want));
      assert.deepEqual(problems(f.text), []);
      const add = analyze(t).doc.statements.find((s) => s.kind === 'add');
      assert.ok(add?.kind === 'add');
      assert.deepEqual(add.aliases.map((a) => a.text), ['boc', 'ket', 'acid']);
    });
  }
  it('`add boc + ket + acid` is one error for each `+`, and nothing else', () => {
    assert.deepEqual(problems(replaced('add boc, ket, acid', 'add boc + ket + acid')).map((p) => p.split(':')[0]), ['syntax-error', 'syntax-error']);
  });
  it('a `+` before a keyword is not a list (`add boc, ket + stir` keeps its message)', () => {
    assert.ok(problems(replaced('add boc, ket, acid', 'add boc, ket + stir')).some((p) => /Unexpected '\+'/.test(p)));
  });
});

describe('notebook spellings, round 5: all at once (`add stab in one go`, `in a single portion`)', () => {
  for (const line of ['add stab in one go', 'add stab in a single portion', 'add stab in one go at 0 °C']) {
    it(`\`${line}\` reads, as one portion (it was "Expected \`in N portions\`")`, () => {
      const t = replaced('add stab portionwise', line);
      assert.deepEqual(problems(t), []);
      const add = analyze(t).doc.statements.filter((s) => s.kind === 'add')[1];
      assert.ok(add?.kind === 'add');
      assert.deepEqual(add.manner && { kind: add.manner.kind, count: add.manner.kind === 'portions' ? add.manner.count : undefined }, { kind: 'portions', count: 1 });
    });
  }
  it('`add stab in a single` still asks for `in N portions`', () => {
    assert.match(problems(replaced('add stab portionwise', 'add stab in a single'))[0], /Expected `in N portions`/);
  });
});

describe('notebook spellings, round 5: a cooling bath in words (`in an ice bath`, `on ice`)', () => {
  for (const [old, line] of [
    ['stir ~16 h at rt', 'stir 2 h in an ice bath'],
    ['stir ~16 h at rt', 'stir 2 h at 0 °C in an ice/water bath'],
    ['stir ~16 h at rt', 'stir 2 h in a dry ice/acetone bath'],
    ['add stab portionwise', 'add stab portionwise on ice'],
    ['add stab portionwise', 'add stab portionwise in an ice bath under N2'],
  ] as const) {
    it(`\`${line}\` reads, the bath read past as \`(ice bath)\` is (it was "Unexpected 'in'" or 'on')`, () => {
      assert.deepEqual(problems(replaced(old, line)), []);
    });
  }
  it('the stir counts its time and keeps a temperature written beside the bath', () => {
    const t = withLine('stir 2 h at 0 °C in an ice bath');
    assert.deepEqual(stirMinutes(t), [120, 120]);
    const st = analyze(t).doc.statements.filter((s) => s.kind === 'stir')[1];
    assert.ok(st.kind === 'stir');
    assert.equal(st.temperature?.raw, '0 °C');
  });
  it('`stir 2 h in ice` is still unexpected', () => {
    assert.match(problems(withLine('stir 2 h in ice'))[0], /Unexpected 'in'/);
  });
});

describe('notebook spellings, round 5: a further time, and how it is stirred (`a further 2 h`, `stir vigorously`)', () => {
  for (const [line, minutes] of [
    ['stir for a further 16 h at rt', 960],
    ['stir for another 16 h', 960],
    ['stir an additional 2 h', 120],
    ['stir a further ca. 2 h', 120],
    ['wait another 30 min', 30],
    ['stir vigorously 16 h at rt', 960],
    ['stir vigorously for 16 h at rt', 960],
    ['stir gently for 30 min', 30],
  ] as const) {
    it(`\`${line}\` reads as ${minutes} min (it was "needs a duration")`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      const last = analyze(t).doc.statements.filter((s) => s.kind === 'stir' || s.kind === 'wait').pop();
      assert.ok(last && (last.kind === 'stir' || last.kind === 'wait'));
      assert.equal(last.duration.minutes, minutes);
    });
  }
  it('without a time they still need one (`stir vigorously`, `stir another`)', () => {
    assert.match(problems(withLine('stir vigorously'))[0], /needs a duration/);
    assert.match(problems(withLine('stir another'))[0], /needs a duration/);
  });
});

describe('notebook spellings, round 5: what room temperature was, in a bracket (`at rt (20 °C)`)', () => {
  for (const [old, line] of [
    ['stir ~16 h at rt', 'stir 16 h at rt (20 °C)'],
    ['stir ~16 h at rt', 'stir 16 h at RT (~22 °C)'],
    ['stir ~16 h at rt', 'stir 16 h at room temperature (20-25 °C)'],
    ['add stab portionwise', 'add stab portionwise at rt (20 °C)'],
  ] as const) {
    it(`\`${line}\` reads as at rt (it was "Unexpected '(20'")`, () => {
      const t = replaced(old, line);
      assert.deepEqual(problems(t), []);
    });
  }
  it('the stir counts its time at rt', () => {
    const t = withLine('stir 16 h at rt (20 °C)');
    assert.deepEqual(stirMinutes(t), [120, 960]);
    const st = analyze(t).doc.statements.filter((s) => s.kind === 'stir')[1];
    assert.ok(st.kind === 'stir');
    assert.equal(st.temperature?.raw, 'rt');
  });
  it('a bracket that is not room temperature is still not read past (`at rt (80 °C)`, `16 h (80 °C)`)', () => {
    assert.match(problems(withLine('stir 16 h at rt (80 °C)'))[0], /Unexpected '\(80'/);
    assert.match(problems(withLine('stir 16 h (80 °C)'))[0], /Unexpected '\(80'/);
  });
});

describe('notebook spellings, round 5: an inert atmosphere after a comma (`stir 16 h at rt, under N2`)', () => {
  for (const [old, line] of [
    ['stir ~16 h at rt', 'stir 16 h at rt, under N2'],
    ['stir ~16 h at rt', 'stir 16 h at rt , under argon'],
    ['add stab portionwise', 'add stab portionwise, under N2'],
  ] as const) {
    it(`\`${line}\` reads, as without the comma (it was "found 'rt,'")`, () => {
      assert.deepEqual(problems(replaced(old, line)), []);
    });
  }
  it('the stir counts its time at rt', () => {
    assert.deepEqual(stirMinutes(withLine('stir 16 h at rt, under N2')), [120, 960]);
  });
});

describe('notebook spellings, round 5: how an `add` is done, in a word or a bracket in mid-line', () => {
  for (const line of [
    'add stab (1.6 eq) portionwise',
    'add stab (678 mg) portionwise at 0 °C',
    'add stab (solid) over 10 min',
    'add stab slowly',
    'add stab slowly at 0 °C',
    'add stab portionwise carefully',
  ]) {
    it(`\`${line}\` reads (it was "Unexpected … in \`add\`")`, () => {
      const t = replaced('add stab portionwise', line);
      assert.deepEqual(problems(t), []);
      const add = analyze(t).doc.statements.filter((s) => s.kind === 'add')[1];
      assert.ok(add?.kind === 'add');
      assert.deepEqual(add.aliases.map((a) => a.text), ['stab']);
    });
  }
  it('the manner, the time and the temperature after a bracket are read', () => {
    const add = analyze(replaced('add stab portionwise', 'add stab (1.6 eq) portionwise over 10 min at 0 °C')).doc.statements.filter((s) => s.kind === 'add')[1];
    assert.ok(add?.kind === 'add');
    assert.equal(add.manner?.kind, 'portionwise');
    assert.equal(add.duration?.minutes, 10);
    assert.equal(add.temperature?.raw, '0 °C');
  });
  it('a bracket giving a temperature is still unexpected there (`add stab (0 °C) portionwise`)', () => {
    assert.match(problems(replaced('add stab portionwise', 'add stab (0 °C) portionwise'))[0], /Unexpected '\(0'/);
  });
});

describe('notebook spellings, round 5: a solution with its amounts in one bracket (`AcOH (1 M in DCE, 3.0 mL)`)', () => {
  for (const [line, name] of [
    ['reagent acid = AcOH (1 M in DCE, 3.0 mL)', 'AcOH (1 M in DCE)'],
    ['reagent acid = AcOH (1.0 M, 3.0 mL)', 'AcOH (1.0 M)'],
    ['reagent acid = AcOH (1 M in DCE; 3.0 mL, 1.5 eq)', 'AcOH (1 M in DCE)'],
  ] as const) {
    it(`\`${line}\` is AcOH, the volume of its solution: 3.0 mmol, 1.5 equiv (it was unknown-reagent plus missing-acid)`, () => {
      const t = replaced(ACID, line);
      assert.deepEqual(problems(t), []);
      const a = analyze(t);
      const acid = a.model.byAlias.get('acid');
      assert.equal(acid?.role, 'acid');
      assert.equal(acid?.name, name);
      const st = a.doc.statements.find((s) => s.kind === 'reagent' && s.alias.text === 'acid');
      assert.ok(st?.kind === 'reagent');
      assert.deepEqual(st.quantities.map((q) => `${q.value} ${q.unit}`).slice(0, 1), ['3 mL']);
    });
  }
  it('`rxn amounts` reads the volume as the solution\'s (3.00 mmol)', () => {
    const rows = analyze(replaced(ACID, 'reagent acid = AcOH (1 M in DCE, 3.0 mL)')).model.byAlias.get('acid');
    assert.ok(rows);
    assert.equal(Math.round((rows.mmol ?? 0) * 100) / 100, 3);
  });
  it('Format Document keeps the bracket whole', () => {
    assert.match(format(replaced(ACID, 'reagent acid = AcOH (1 M in DCE,  3.0 mL)')), /^reagent acid = AcOH \(1 M in DCE, 3\.0 mL\)$/m);
  });
  it('a concentration alone in the bracket stays in the name (`AcOH (1 M in DCE) 1.5 eq`)', () => {
    assert.deepEqual(problems(replaced(ACID, 'reagent acid = AcOH (1 M in DCE) 1.5 eq')), []);
    assert.equal(analyze(replaced(ACID, 'reagent acid = AcOH (1 M in DCE) 1.5 eq')).model.byAlias.get('acid')?.name, 'AcOH (1 M in DCE)');
  });
});

describe('notebook spellings, round 5: lines from notebooks and ELNs that already read (locked)', () => {
  const STIR: [string, number][] = [
    ['stir 16 hrs at rt', 960],
    ['stir 1.5hrs at rt', 90],
    ['stir 16hrs at rt', 960],
    ['stir o.n. at rt', 960],
    ['stir o/n at RT', 960],
    ['stir 16 h at r.t', 960],
    ['stir 16 h at R.T.', 960],
    ['stir 16 h at Rt', 960],
    ['stir 16 h at room temp', 960],
    ['stir 16 h at ambient temperature', 960],
    ['stir 2 h at -78C', 120],
    ['stir 2 h at -78 C', 120],
    ['stir 2 h at −78 °C', 120],
    ['stir 2 h at 0 °C (ice bath)', 120],
    ['stir 16 h at rt under N₂', 960],
    ['stir 16 h at rt under nitrogen', 960],
    ['stir 16 h at rt under Ar', 960],
    ['stir 16 h at rt under N2 (balloon)', 960],
    ['stir ≈ 2 h at rt', 120],
    ['stir approx 2 h', 120],
    ['stir ca 2 h', 120],
    ['stir c. 2 h', 120],
    ['stir\t16 h\tat rt', 960],
    ['stir for 16 hours at rt', 960],
    ['stir 30 secs', 0.5],
    ['stir 1 hr at rt', 60],
    ['stir 45 minutes', 45],
    ['stir 1 day', 1440],
    ['stir 2 days at rt', 2880],
    ['stir 120 min at RT', 120],
    ['stir 2-3 hrs at rt', 120],
    ['stir 2 h at 20-25 °C', 120],
    ['stir 2 h at 23 ºC', 120],
    ['stir 16 h (overnight)', 960],
    ['stir 16 h at rt (vigorous stirring)', 960],
  ];
  for (const [line, minutes] of STIR) {
    it(`\`${line}\` is ${minutes} min with no problem`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      assert.deepEqual(stirMinutes(t), [120, minutes]);
    });
  }
  const OTHER: [string, string][] = [
    [ACID, 'reagent acid = AcOH 1.5 eq., 172 µL'],
    [ACID, 'reagent acid = AcOH 1.5 equivs, 172 µL'],
    [ACID, 'reagent acid = AcOH 1.5 Eq, 172 µL'],
    [ACID, 'reagent acid = AcOH 1.5 equiv, 172 ul'],
    [ACID, 'reagent acid = AcOH 1.5 equiv, 172 μl'],
    [ACID, 'reagent acid = AcOH 1.5 equiv, 0.172 ml'],
    [ACID, 'reagent acid = AcOH 1.5 equiv; 172 µL'],
    [ACID, 'reagent acid = AcOH\t1.5 equiv\t172 µL'],
    [ACID, 'reagent acid = AcOH (1.5 equiv; 172 µL)'],
    [ACID, 'reagent acid = AcOH (cat.)'],
    [ACID, 'reagent acid = HOAc 1.5 eq, 172 µL'],
    [ACID, 'reagent acid = glacial AcOH 1.5 eq, 172 µL'],
    [ACID, 'reagent acid = AcOH 1 M in DCE 3.0 mL'],
    ['reagent stab = STAB                          1.6 eq, 678 mg', 'reagent stab = STAB 1.6eq, 678mg'],
    ['reagent stab = STAB                          1.6 eq, 678 mg', 'reagent stab = NaBH(OAc)₃ 1.6 eq'],
    ['solvent DCE 10 mL', 'solvent DCE 10 ml'],
    ['solvent DCE 10 mL', 'solvent DCE, 10 mL'],
    ['solvent DCE 10 mL', 'solvent dry DCE 10 mL'],
    ['solvent DCE 10 mL', 'solvent DCE (anhydrous, 10 mL)'],
    ['add stab portionwise', 'add stab in 3 portions over 10 min'],
    ['add stab portionwise', 'add stab portionwise over 10 mins'],
    ['add stab portionwise', 'add stab portionwise at -10C'],
    ['add stab portionwise', 'add stab portion-wise over ~10 min'],
    ['add boc, ket, acid', 'add boc, ket, acid (3 drops)'],
    ['add boc, ket, acid', 'add boc,ket,acid'],
    ['extract DCM x3', 'extract DCM (3 x 10 mL)'],
    ['extract DCM x3', 'extract DCM (2 × 20 mL)'],
    ['extract DCM x3', 'extract 3x DCM'],
    ['extract DCM x3', 'extract DCM x 3'],
    ['extract DCM x3', 'extract with DCM x3'],
    ['dry MgSO4', 'wash brine (2 x 5 mL)'],
    ['dry MgSO4', 'dry over MgSO4'],
    ['concentrate', 'concentrate under reduced pressure'],
    ['quench sat. NaHCO3', 'quench sat. aq. NaHCO3 (10 mL)'],
    ['quench sat. NaHCO3', "quench sat'd NaHCO3"],
    ['purify silica DCM/MeOH 95:5 + 1% Et3N', 'purify silica 0-10% MeOH/DCM + 1% Et3N'],
    ['monitor LCMS', 'monitor by LC/MS'],
    ['monitor LCMS', 'monitor TLC/LCMS'],
  ];
  for (const [old, line] of OTHER) {
    it(`\`${line}\` reads with no problem`, () => {
      assert.deepEqual(problems(replaced(old, line)), []);
    });
  }
});

describe('notebook spellings, round 5: the ideographic full stop and comma (`。`, `、`) of a Japanese input method', () => {
  it('`stir 16 h at rt。` is one syntax error naming it, whose safe fix writes `rt.`, and the stir counts 16 h', () => {
    const t = withLine('stir 16 h at rt。');
    assert.deepEqual(stirMinutes(t), [120, 960]);
    const f = fixed(t);
    assert.equal(f.message, "'rt。' is not what it looks like: '。' is U+3002, an ideographic full stop, not '.'. Write `rt.`.");
    assert.ok(f.safe);
    assert.equal(f.text, withLine('stir 16 h at rt.'));
    assert.deepEqual(problems(f.text), []);
  });
  it('`add boc、ket、acid` adds all three, with one syntax error whose safe fix writes the commas', () => {
    const t = replaced('add boc, ket, acid', 'add boc、ket、acid');
    const f = fixed(t);
    assert.equal(f.text, replaced('add boc, ket, acid', 'add boc,ket,acid'));
    const add = analyze(t).doc.statements.find((s) => s.kind === 'add');
    assert.ok(add?.kind === 'add');
    assert.deepEqual(add.aliases.map((a) => a.text), ['boc', 'ket', 'acid']);
  });
});

describe('notebook spellings, round 5: a note in brackets after a reagent\'s amounts (`678 mg (solid)`)', () => {
  for (const [old, line] of [
    ['reagent stab = STAB                          1.6 eq, 678 mg', 'reagent stab = STAB 1.6 eq, 678 mg (solid)'],
    [ACID, 'reagent acid = AcOH 1.5 eq, 172 µL (neat)'],
    [ACID, 'reagent acid = AcOH 1.5 eq (glacial), 172 µL'],
    [ACID, 'reagent acid = AcOH 1.5 eq, 172 µL (glacial) role acid'],
  ] as const) {
    it(`\`${line}\` reads, with its amounts (it was "Unexpected '(…' after the reagent name")`, () => {
      const t = replaced(old, line);
      assert.deepEqual(problems(t), []);
      const st = analyze(t).doc.statements.find((s) => s.kind === 'reagent' && line.includes(`= ${s.name.text} `));
      assert.ok(st?.kind === 'reagent');
      assert.equal(st.quantities.length, 2);
    });
  }
  it('a bracket that says the amount is of a solution is not read past (`172 µL (1 M in DCE)`, `(99%)`)', () => {
    // A solution's strength after the amounts is the name's (`AcOH (1 M in DCE)`): the 172 µL is of
    // the 1 M solution, and checked as such.
    assert.match(problems(replaced(ACID, 'reagent acid = AcOH 1.5 eq, 172 µL (1 M in DCE)'))[0], /^amount-mismatch: 172 µL of AcOH \(1 M in DCE\) does not match 1\.5 eq .* that would be 3\.00 mL/);
    assert.match(problems(replaced(ACID, 'reagent acid = AcOH 1.5 eq, 172 µL (99%)'))[0], /Unexpected '\(99%\)'/);
  });
});

describe('notebook spellings, round 5: amounts separated by a lone `/` or `|` (ELN columns pasted)', () => {
  const KET = 'reagent ket  = tetrahydro-2H-pyran-4-one     1.2 eq, 222 µL';
  for (const [line, n] of [
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq / 222 µL', 2],
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq | 222 µL | 2.4 mmol', 3],
  ] as const) {
    it(`\`${line}\` reads its ${n} amounts (it was "Unexpected '/'" or '|')`, () => {
      const t = replaced(KET, line);
      assert.deepEqual(problems(t), []);
      const st = analyze(t).doc.statements.find((s) => s.kind === 'reagent' && s.alias.text === 'ket');
      assert.ok(st?.kind === 'reagent');
      assert.equal(st.quantities.length, n);
    });
  }
  it('the amounts are checked against each other (`1.2 eq / 2.22 mL` is amount-mismatch)', () => {
    assert.deepEqual(problems(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq / 2.22 mL')).map((p) => p.split(':')[0]), ['amount-mismatch']);
  });
  it('a `/` with no amount after it is still reported', () => {
    assert.match(problems(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq /'))[0], /Unexpected '\/'/);
  });
});

describe('notebook spellings, round 5: plural amount units stay typos with a safe fix (as `mgs`, `eqv`, `mls` in round 7)', () => {
  for (const [line, unit, want] of [
    ['reagent acid = AcOH 1.5 eqs, 172 µL', 'eqs', 'equiv'],
    ['reagent acid = AcOH 1.5 eq, 3.0 mmols', 'mmols', 'mmol'],
  ] as const) {
    it(`\`${unit}\`: "did you mean ${want}?" with a safe fix`, () => {
      const f = fixed(replaced(ACID, line));
      assert.match(f.message, new RegExp(`^Unknown unit '${unit}' \\(did you mean ${want}\\?\\)`));
      assert.ok(f.safe);
      assert.deepEqual(problems(f.text), []);
    });
  }
});

describe('notebook spellings, round 5: Format Document keeps a full-width `＝` on a reagent line', () => {
  it('`reagent stab ＝ STAB …` is formatted with its `＝` (formatting changes only whitespace)', () => {
    const t = replaced('reagent stab = STAB                          1.6 eq, 678 mg', 'reagent stab ＝ STAB 1.6 eq, 678 mg');
    assert.match(format(t), /^reagent stab ＝ STAB +1\.6 eq, 678 mg$/m);
    assert.equal(format(format(t)), format(t));
  });
});
