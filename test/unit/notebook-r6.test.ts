/**
 * Notebook spellings, round 6 (2026-11-28): leftovers of round 5 (notebook-r5.test.ts), and
 * lines as ELN entries and paper notebooks write them, each written into the r7-21 fixture
 * (an ELN entry) in place of one of its lines.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, fixAll } from '../../server/src/engine';
import { replaced, withLine, problems, stirMinutes, fixed, format } from './notebook-helpers';

const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);

const KET = 'reagent ket  = tetrahydro-2H-pyran-4-one     1.2 eq, 222 µL';

describe('notebook spellings, round 6: amounts run together with a `/` or `|` (`1.2 eq/222 µL`)', () => {
  for (const [line, n] of [
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq/222 µL', 2],
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2eq/222µL', 2],
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq|222 µL|2.4 mmol', 3],
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq /222 µL', 2],
  ] as const) {
    it(`\`${line}\` reads its ${n} amounts (it was unknown-reagent and missing-component: the amounts were read into the name)`, () => {
      const t = replaced(KET, line);
      assert.deepEqual(problems(t), []);
      const st = analyze(t).doc.statements.find((s) => s.kind === 'reagent' && s.alias.text === 'ket');
      assert.ok(st?.kind === 'reagent');
      assert.equal(st.name.text, 'tetrahydro-2H-pyran-4-one');
      assert.equal(st.quantities.length, n);
    });
  }
  it('the amounts are checked against each other (`1.2 eq/2.22 mL` is amount-mismatch)', () => {
    assert.deepEqual(problems(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq/2.22 mL')).map((p) => p.split(':')[0]), ['amount-mismatch']);
  });
  it('a unit with a slash of its own stays what it was (`240 mg/mL` is no amount)', () => {
    assert.equal(analyze(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 240 mg/mL 1.2 eq')).model.byAlias.get('ket')?.name, 'tetrahydro-2H-pyran-4-one 240 mg/mL');
  });
  it('Format Document keeps the slash as written', () => {
    assert.match(format(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq/222 µL')), /^reagent ket {2}= tetrahydro-2H-pyran-4-one 1\.2 eq\/222 µL$/m);
  });
});

// A NaBH4 run written two-step: the amine and the aldehyde are stirred before NaBH4 goes in.
const G23 = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'g23-monitor-then-nabh4.rxn'), 'utf8');

describe('notebook spellings, round 6: two `then`s on one line (`add amine, ald then stir 30 min then add stab`)', () => {
  // (The line in place of the first step's `add dz, ald` and `monitor`; the later `add nabh4` goes.)
  const g23 = (line: string) => {
    const old = '  add dz, ald\n  monitor NMR for imine\n';
    assert.ok(G23.includes(old) && G23.includes('  add nabh4 portionwise\n'));
    return G23.replace(old, `  ${line}\n`).replace('  add nabh4 portionwise\n', '');
  };
  it('each statement counts in turn: the 30 min pass before NaBH4 goes in (no nabh4-one-pot, no mode-mismatch, no unused-reagent)', () => {
    assert.deepEqual(problems(g23('add dz, ald then stir 30 min then add nabh4 portionwise')), [
      'syntax-error: One statement per line: put `stir 30 min` on a line of its own, after `add dz, ald`.',
      'syntax-error: One statement per line: put `add nabh4 portionwise` on a line of its own, after `stir 30 min`.',
    ]);
  });
  it('it was one error, and NaBH4 was never added (unused-reagent, missing-component)', () => {
    // (Locks the order of the model: the add after the second `then` comes after the stir.)
    const a = analyze(g23('add dz, ald then stir 30 min then add nabh4 portionwise'));
    const kinds = a.model.events.filter((e) => e.type === 'add' || e.type === 'time').map((e) => (e.type === 'time' ? `${e.minutes} min` : e.reagents.map((r) => r.alias).join(',')));
    assert.deepEqual(kinds.slice(0, 3), ['dz,ald', '30 min', 'nabh4']);
  });
  it('with no time between, NaBH4 is still caught as one-pot (`add dz, ald then add nabh4 then stir 2 h`)', () => {
    assert.deepEqual(rules(g23('add dz, ald then add nabh4 then stir 2 h')).sort(), ['mode-mismatch', 'nabh4-one-pot', 'syntax-error', 'syntax-error']);
  });
  it('Fix all splits the line at both `then`s in one pass, and the text is clean', () => {
    const r = fixAll(g23('add dz, ald then stir 30 min then add nabh4 portionwise'));
    assert.equal(r.text, G23.replace('  add nabh4 portionwise\n', '').replace('  monitor NMR for imine\n', '  stir 30 min\n  add nabh4 portionwise\n'));
    assert.equal(r.passes, 1);
    assert.deepEqual(r.analysis.diagnostics, []);
  });
  it('a middle statement that does not read (`stir 30 mni`) still lets a short time pass, and the last one counts', () => {
    assert.deepEqual(rules(g23('add dz, ald then stir 30 mni then add nabh4 portionwise')), ['syntax-error', 'syntax-error']);
  });
});

describe('notebook spellings, round 6: `then` between aliases (`add boc, ket then acid`)', () => {
  for (const [line, first, second] of [
    ['add boc, ket then acid', 'add boc, ket', 'add acid'],
    ['add boc, ket, then acid', 'add boc, ket', 'add acid'],
  ] as const) {
    it(`\`${line}\` adds all three (it was Unexpected 'then', with unused-reagent and a false missing-acid)`, () => {
      const t = replaced('add boc, ket, acid', line);
      const f = fixed(t);
      assert.equal(f.message, `One statement per line: put \`${second}\` on a line of its own, after \`${first}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced('add boc, ket, acid', `${first}\n${second}`));
      assert.deepEqual(problems(f.text), []);
      const adds = analyze(t).model.adds.map((e) => e.reagents.map((r) => r.alias).join(','));
      assert.deepEqual(adds.slice(0, 2), ['boc,ket', 'acid']);
    });
  }
  it('a reductant after `then` with no time between is one-pot, as on two lines', () => {
    const t = G23.replace('  add dz, ald\n  monitor NMR for imine\n', '  add dz, ald then nabh4 portionwise\n').replace('  add nabh4 portionwise\n', '');
    assert.deepEqual(rules(t).sort(), ['mode-mismatch', 'nabh4-one-pot', 'syntax-error']);
  });
  it('`add boc then ket then acid` is three additions, and a manner word after `then` is not an alias', () => {
    const t = replaced('add boc, ket, acid', 'add boc then ket then acid');
    assert.deepEqual(analyze(t).model.adds.slice(0, 3).map((e) => e.reagents.map((r) => r.alias).join(',')), ['boc', 'ket', 'acid']);
    assert.match(problems(replaced('add boc, ket, acid', 'add boc, ket then portionwise')).join('\n'), /Unexpected 'then' in `add`/);
  });
  it('Format Document keeps the line as written', () => {
    assert.match(format(replaced('add boc, ket, acid', 'add boc,  ket then   acid')), /^ {2}add boc, ket then acid$/m);
  });
});

describe('notebook spellings, round 6: the time and the temperature with a slash between (`stir 16 h/rt`)', () => {
  for (const [line, want, minutes, temp] of [
    ['stir 16h/rt', 'stir 16h at rt', 960, 'rt'],
    ['stir 16 h/rt', 'stir 16 h at rt', 960, 'rt'],
    ['stir 16 h / rt', 'stir 16 h at rt', 960, 'rt'],
    ['stir o/n/rt', 'stir o/n at rt', 960, 'rt'],
    ['stir overnight/rt', 'stir overnight at rt', 960, 'rt'],
    ['stir 2 h/0 °C', 'stir 2 h at 0 °C', 120, '0 °C'],
  ] as const) {
    it(`\`${line}\` is ${minutes} min at ${temp}, with one syntax error whose safe fix writes \`at\` (it was Unknown unit or Unexpected, and no time passed)`, () => {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, minutes]);
      const st = analyze(t).doc.statements.filter((s) => s.kind === 'stir')[1];
      assert.ok(st?.kind === 'stir');
      assert.equal(st.temperature?.raw, temp);
      const f = fixed(t);
      assert.equal(f.message, `The temperature needs \`at\` before it: write \`stir … at ${temp}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine(want));
      assert.deepEqual(problems(f.text), []);
    });
  }
  it('a temperature without `at` after the time (`stir 2 h, rt`, `stir 2 h 40 °C`) now reads too: the time passes at it', () => {
    for (const [line, minutes, temp] of [['stir 2 h, rt', 120, 'rt'], ['stir 16 h rt', 960, 'rt'], ['stir 2 h 40 °C', 120, '40 °C']] as const) {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, minutes], line);
      const st = analyze(t).doc.statements.filter((s) => s.kind === 'stir')[1];
      assert.ok(st?.kind === 'stir');
      assert.equal(st.temperature?.raw, temp);
    }
  });
  it('`stir 2 h/40` (no unit) is not read as a temperature', () => {
    assert.match(problems(withLine('stir 2 h/40')).join('\n'), /Unexpected 'h\/40'/);
  });
});

describe('notebook spellings, round 6: a time repeated (`stir 2 x 8 h`)', () => {
  for (const [line, minutes, text] of [
    ['stir 2 x 8 h at rt', 960, '16 h'],
    ['stir 2x8 h at rt', 960, '16 h'],
    ['stir 2 × 8h at rt', 960, '16 h'],
    ['stir 3 x 20 min at rt', 60, '1 h'],
    ['stir 2 x 45 min at rt', 90, '1 h 30 min'],
  ] as const) {
    it(`\`${line}\` counts ${minutes} min, with one syntax error whose safe fix writes \`${text}\` (it was '… needs a unit' and Unexpected 'x', and no time passed)`, () => {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, minutes]);
      const f = fixed(t);
      const written = line.slice(5, line.indexOf(' at rt'));
      assert.equal(f.message, `'${written}' is ${text} in all: write \`${text}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine(`stir ${text} at rt`));
      assert.deepEqual(problems(f.text), []);
    });
  }
  it('the time is counted before a reductant: `add dz, ald` / `stir 2 x 1 h` / NaBH4 is two-step', () => {
    const t = G23.replace('  monitor NMR for imine\n', '  stir 2 x 1 h\n');
    assert.deepEqual(rules(t), ['syntax-error']);
  });
});

describe('notebook spellings, round 6: a procedure written as sentences (`allow to warm to rt`, `stir the mixture 16 h`)', () => {
  for (const [line, lead, rest, minutes] of [
    ['allow to warm to rt', 'allow to', 'warm to rt', 1],
    ['allow the mixture to warm to rt over 1 h', 'allow the mixture to', 'warm to rt over 1 h', 60],
    ['allowed to stir 16 h at rt', 'allowed to', 'stir 16 h at rt', 960],
    ['let it stir overnight', 'let it', 'stir overnight', 960],
    ['allow the reaction mixture to cool to 0 °C', 'allow the reaction mixture to', 'cool to 0 °C', 0],
  ] as const) {
    it(`\`${line}\` reads as \`${rest}\`, with one syntax error whose safe fix removes '${lead}' (it was Unknown statement '${line.split(' ')[0]}')`, () => {
      const t = withLine(line);
      const f = fixed(t);
      assert.equal(f.message, `'${lead}' is how a sentence says it: a statement starts with its keyword. Remove it: \`${rest}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine(rest));
      const times = (x: string) => analyze(x).model.events.filter((e) => e.type === 'time').map((e) => (e.type === 'time' ? e.minutes : 0));
      assert.deepEqual(times(t), times(withLine(rest)));
      assert.equal(times(t).slice(1).reduce((a, b) => a + b, 0), minutes);
    });
  }
  it('the temperature is set: `allow to warm to rt` after a stir at 0 °C ends at rt', () => {
    const t = withLine('stir 1 h at 0 °C\nallow to warm to rt');
    assert.deepEqual(analyze(t).model.temperatures.map((x) => x.celsius).slice(-1), [analyze(withLine('warm to rt')).model.temperatures.slice(-1)[0].celsius]);
  });
  it('Format Document keeps the lead-in (formatting changes only whitespace)', () => {
    assert.match(format(withLine('allow  the mixture to   warm to rt over 1 h')), /^ {2}allow the mixture to warm to rt over 1 h$/m);
  });
  it('a lead-in before anything but a statement that lets time pass is still unknown (`allow to stand 2 h`, `allow to`)', () => {
    assert.match(problems(withLine('allow to stand 2 h'))[0], /^syntax-error: Unknown statement 'allow'/);
    assert.match(problems(withLine('allow to'))[0], /^syntax-error: Unknown statement 'allow'/);
  });
  for (const [line, minutes] of [
    ['stir the mixture 16 h', 960],
    ['stir the reaction mixture at rt for 16 h', 960],
    ['stir the mixture vigorously overnight', 960],
    ['stir the resulting suspension for 2 h at rt', 120],
  ] as const) {
    it(`\`${line}\` reads as ${minutes} min, what is stirred read past (it was "needs a duration … found 'the'")`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      assert.deepEqual(stirMinutes(t), [120, minutes]);
    });
  }
  it('`stir the mixture` with no time still needs one', () => {
    assert.match(problems(withLine('stir the mixture'))[0], /needs a duration/);
  });
});

describe('notebook spellings, round 6: a `cool` line that gives its bath, not a temperature (`cool in an ice bath`)', () => {
  const HOT = 'add boc\nheat to 80 °C for 1 h\n';
  for (const [line, celsius] of [
    ['cool in an ice bath', 0],
    ['cool on ice', 0],
    ['cool with an ice-water bath.', 0],
    ['cool (ice bath)', 0],
    ['cool in an ice bath under N2', 0],
    ['cool in a dry ice/acetone bath', -78],
  ] as const) {
    it(`\`${line}\` cools the pot to ${celsius} °C (it was "\`cool\` needs a temperature")`, () => {
      const t = replaced('add boc, ket, acid', `${HOT}${line}\nadd ket, acid`);
      assert.deepEqual(problems(t), []);
      assert.equal(analyze(t).model.temperatures.find((x) => x.stmt.kind === 'cool')?.celsius, celsius);
    });
  }
  it('so the 80 °C is no longer what the pot holds when the ketone goes in: no temperature-high (it was reported, beside the syntax error)', () => {
    assert.deepEqual(rules(replaced('add boc, ket, acid', `${HOT}cool to 25 °C\nadd ket, acid`)), []);
    assert.deepEqual(rules(replaced('add boc, ket, acid', `${HOT}add ket, acid`)), ['temperature-high']);
  });
  it('an ice/salt bath has no one temperature: still an error, whose message says what to write', () => {
    assert.deepEqual(problems(withLine('cool in an ice/salt bath')), [
      'syntax-error: `cool` needs a temperature: an ice/salt bath may be anywhere from −5 to −20 °C; write the one reached, e.g. `cool to -10 °C`.',
    ]);
  });
  it('a bath beside a temperature keeps the temperature (`cool to -10 °C in an ice bath`), and `stir 2 h in an ice bath` still sets none', () => {
    assert.equal(analyze(withLine('cool to -10 °C in an ice bath')).model.temperatures.find((x) => x.stmt.kind === 'cool')?.celsius, -10);
    const st = analyze(withLine('stir 2 h in an ice bath')).doc.statements.filter((s) => s.kind === 'stir')[1];
    assert.ok(st?.kind === 'stir');
    assert.equal(st.temperature, undefined);
  });
});

describe('notebook spellings, round 6: a whole line typed in full width is clean after one Fix all pass', () => {
  const ACID = 'reagent acid = AcOH                          1.5 eq, 172 µL';
  for (const [old, line, want, why] of [
    ['stir ~16 h at rt', 'ｓｔｉｒ\u3000１６\u3000ｈ\u3000ａｔ\u3000ｒｔ', 'stir 16 h at rt', 'it is written in full-width characters (U+FF53…), the space between them too (U+3000)'],
    ['stir ~16 h at rt', 'ｓｔｉｒ １６ ｈ ａｔ ｒｔ', 'stir 16 h at rt', 'it is written in full-width characters (U+FF53…)'],
    ['add boc, ket, acid', 'ａｄｄ\u3000ｂｏｃ，\u3000ｋｅｔ，\u3000ａｃｉｄ', 'add boc, ket, acid', 'it is written in full-width characters (U+FF41…), the space between them too (U+3000)'],
    [ACID, 'ｒｅａｇｅｎｔ\u3000ａｃｉｄ\u3000＝\u3000ＡｃＯＨ\u3000１．５\u3000ｅｑ，\u3000１７２\u3000µＬ', 'reagent acid = AcOH 1.5 eq, 172 µL', 'it is written in full-width characters (U+FF52…), the space between them too (U+3000)'],
  ] as const) {
    it(`\`${line}\` is one syntax error, whose safe fix writes \`${want}\`, and the line is read as it (it was Unknown statement, with an unsafe fix: Fix all did nothing)`, () => {
      const t = replaced(old, line);
      const f = fixed(t);
      assert.equal(f.message, `'${line}' is not what it looks like: ${why}. Write \`${want}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced(old, want));
      const r = fixAll(t);
      assert.equal(r.passes, 1);
      assert.equal(r.text, replaced(old, want));
      assert.deepEqual(r.analysis.diagnostics, []);
    });
  }
  it('the line counts before the fix: the stir is 16 h, the reagents go in, the acid is declared', () => {
    assert.deepEqual(stirMinutes(withLine('ｓｔｉｒ\u3000１６\u3000ｈ\u3000ａｔ\u3000ｒｔ')), [120, 960]);
    const a = analyze(replaced('add boc, ket, acid', 'ａｄｄ\u3000ｂｏｃ，\u3000ｋｅｔ，\u3000ａｃｉｄ'));
    assert.deepEqual(a.model.adds[0].reagents.map((r) => r.alias), ['boc', 'ket', 'acid']);
    assert.equal(analyze(replaced(ACID, 'ｒｅａｇｅｎｔ\u3000ａｃｉｄ\u3000＝\u3000ＡｃＯＨ\u3000１．５\u3000ｅｑ，\u3000１７２\u3000µＬ')).model.byAlias.get('acid')?.role, 'acid');
  });
  it('Format Document keeps the line in full width (only its spaces change)', () => {
    assert.match(format(withLine('ｓｔｉｒ\u3000１６\u3000ｈ\u3000ａｔ\u3000ｒｔ')), /^ {2}ｓｔｉｒ １６ ｈ ａｔ ｒｔ$/m);
  });
  it('a keyword alone in full width keeps its message (`ｓｔｉｒ 16 h at rt`: did you mean \'stir\'?), and a note\'s text is left alone', () => {
    assert.match(problems(withLine('ｓｔｉｒ 16 h at rt'))[0], /^syntax-error: Unknown statement 'ｓｔｉｒ' \(it is written in full-width characters, U\+FF53…\): did you mean 'stir'\?$/);
    assert.deepEqual(problems(replaced('monitor LCMS', 'note "ＬＣＭＳ ｏｋ"')), []);
  });
});

describe('notebook spellings, round 6: a temperature written as approximate (`at ~25 °C`, `at ca. 0 °C`, `heat to ~60 °C`)', () => {
  for (const [line, celsius] of [
    ['stir 16 h at ~25 °C', 25],
    ['stir 16 h at ca. 25 °C', 25],
    ['stir 16 h at approx. rt', 25], // (rt is 20–25 °C: the timeline keeps the upper bound)
    ['stir 16 h at ≈ 0 °C', 0],
    ['stir 16 h at ~ -10 °C', -10],
    ['cool to ca. 0 °C', 0],
    ['warm to approx. rt over 1 h', 25],
  ] as const) {
    it(`\`${line}\` reads as ${celsius} °C (it was "Expected a temperature …, found '${line.split(' ').find((w) => /^(?:~|≈|ca\.|approx\.)/.test(w))}'")`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      assert.equal(analyze(t).model.temperatures.slice(-1)[0].celsius, celsius);
    });
  }
  it('the temperature counts downstream: `heat to ~60 °C for 2 h` after the reductant is temperature-high', () => {
    assert.deepEqual(problems(withLine('heat to ~60 °C for 2 h')).map((p) => p.split(':')[0]), ['temperature-high']);
  });
  it('`stir 16 h at about` still needs a temperature', () => {
    assert.match(problems(withLine('stir 16 h at about'))[0], /Expected a temperature/);
  });
});

describe('notebook spellings, round 6: the temperature before the time (`stir rt, 2 h`), and a comma between them', () => {
  for (const [line, want, minutes, temp] of [
    ['stir rt, 2 h', 'stir at rt, 2 h', 120, 'rt'],
    ['stir rt 2 h', 'stir at rt 2 h', 120, 'rt'],
    ['stir RT, o/n', 'stir at RT, o/n', 960, 'RT'],
    ['stir 0 °C, 30 min', 'stir at 0 °C, 30 min', 30, '0 °C'],
  ] as const) {
    it(`\`${line}\` is ${minutes} min at ${temp}, with one syntax error whose safe fix writes \`at\` (it was "needs a duration … found '${line.split(' ')[1]}'")`, () => {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, minutes]);
      const st = analyze(t).doc.statements.filter((s) => s.kind === 'stir')[1];
      assert.ok(st?.kind === 'stir');
      assert.equal(st.temperature?.raw, temp);
      const f = fixed(t);
      assert.equal(f.message, `The temperature needs \`at\` before it: write \`stir at ${temp} …\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine(want));
      assert.deepEqual(problems(f.text), []);
    });
  }
  for (const [line, minutes] of [
    ['stir at rt, 16 h', 960],
    ['stir at 0 °C, for 30 min', 30],
  ] as const) {
    it(`\`${line}\` reads with no problem (it was "found 'rt,'" or ',')`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      assert.deepEqual(stirMinutes(t), [120, minutes]);
    });
  }
  it('`stir overnight, rt` is `stir 2 h, rt` again: the missing `at`, with its fix; the night passes (it was "found \'overnight,\'")', () => {
    const t = withLine('stir overnight, rt');
    assert.deepEqual(stirMinutes(t), [120, 960]);
    const f = fixed(t);
    assert.equal(f.message, 'The temperature needs `at` before it: write `stir … at rt`.');
    assert.equal(f.text, withLine('stir overnight at rt'));
  });
  it('a temperature alone is still no time (`stir rt`)', () => {
    assert.match(problems(withLine('stir rt'))[0], /needs a duration/);
  });
});

describe('notebook spellings, round 6: an inert atmosphere in mid-line (`stir 16 h under N2 at rt`) and `atm.`', () => {
  for (const [old, line] of [
    ['stir ~16 h at rt', 'stir 16 h under N2 at rt'],
    ['stir ~16 h at rt', 'stir 16 h at rt under N₂ atm.'],
    ['add stab portionwise', 'add stab under argon at 0 °C'],
    ['add stab portionwise', 'add stab portionwise under N2 over 10 min'],
  ] as const) {
    it(`\`${line}\` reads with no problem (it was "Unexpected 'under'")`, () => {
      assert.deepEqual(problems(replaced(old, line)), []);
    });
  }
  it('what follows the atmosphere is read: the stir is 16 h at rt, the addition at 0 °C over 10 min', () => {
    const st = analyze(withLine('stir 16 h under N2 at rt')).doc.statements.filter((s) => s.kind === 'stir')[1];
    assert.ok(st?.kind === 'stir');
    assert.equal(st.duration.minutes, 960);
    assert.equal(st.temperature?.raw, 'rt');
    const add = analyze(replaced('add stab portionwise', 'add stab under argon over 10 min at 0 °C')).doc.statements.filter((s) => s.kind === 'add')[1];
    assert.ok(add?.kind === 'add');
    assert.equal(add.duration?.minutes, 10);
    assert.equal(add.temperature?.raw, '0 °C');
  });
  it('`under H2` is still no aside: hydrogen is a reagent', () => {
    assert.match(problems(withLine('stir 16 h under H2 at rt'))[0], /Unexpected 'under'/);
  });
});

describe('notebook spellings, round 6: an arrow between statements (`add dz, ald → stir 30 min → add nabh4`)', () => {
  // (The line in place of the first step's `add dz, ald` and `monitor`; the later `add nabh4` goes.)
  const g23 = (line: string) => G23.replace('  add dz, ald\n  monitor NMR for imine\n', `  ${line}\n`).replace('  add nabh4 portionwise\n', '');
  it('each statement counts in turn, as with `then`: NaBH4 goes in after 30 min (no nabh4-one-pot), one syntax error per arrow', () => {
    assert.deepEqual(problems(g23('add dz, ald → stir 30 min → add nabh4 portionwise')), [
      'syntax-error: One statement per line: put `stir 30 min` on a line of its own, after `add dz, ald`.',
      'syntax-error: One statement per line: put `add nabh4 portionwise` on a line of its own, after `stir 30 min`.',
    ]);
    assert.deepEqual(rules(g23('add dz, ald -> add nabh4 portionwise')).sort(), ['mode-mismatch', 'nabh4-one-pot', 'syntax-error']);
  });
  it('Fix all splits the line at the arrows', () => {
    const r = fixAll(g23('add dz, ald->stir 30 min → add nabh4 portionwise'));
    assert.equal(r.text, G23.replace('  add nabh4 portionwise\n', '').replace('  monitor NMR for imine\n', '  stir 30 min\n  add nabh4 portionwise\n'));
    assert.deepEqual(r.analysis.diagnostics, []);
  });
  it('an arrow in a warm-up (`stir 16 h at 0 °C → rt`) is still the warm-up', () => {
    assert.deepEqual(problems(withLine('stir 16 h at 0 °C → rt')), []);
    assert.deepEqual(stirMinutes(withLine('stir 16 h at 0 °C → rt')), [120, 960]);
  });
});

describe('notebook spellings, round 6: `@` against the time (`stir 16h@rt`)', () => {
  for (const [line, want, minutes] of [
    ['stir 16h@rt', 'stir 16h at rt', 960],
    ['stir 16 h@rt', 'stir 16 h at rt', 960],
    ['stir 2 h@0 °C', 'stir 2 h at 0 °C', 120],
  ] as const) {
    it(`\`${line}\` is ${minutes} min, with the \`@\` error and its safe fix, as \`16 h @ rt\` (it was Unknown unit 'h@rt', and no time passed)`, () => {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, minutes]);
      const f = fixed(t);
      assert.equal(f.message, 'Write `at` for `@` before the temperature.');
      assert.ok(f.safe);
      assert.equal(f.text, withLine(want));
    });
  }
});

describe('notebook spellings, round 6: a reagent row as an ELN writes it (`AcOH ~1.5 eq`, `AcOH: 1.5 eq`, `1.5 eq = 172 µL`, `AcOH - 1.5 eq`)', () => {
  const ACID = 'reagent acid = AcOH                          1.5 eq, 172 µL';
  for (const line of [
    'reagent acid = AcOH ~1.5 eq, 172 µL',
    'reagent acid = AcOH ~ 1.5 eq, 172 µL',
    'reagent acid = AcOH 1.5 eq, ca. 172 µL',
    'reagent acid = AcOH approx. 1.5 eq, 172 µL',
    'reagent acid = AcOH 1.5 eq ≈ 172 µL',
    'reagent acid = AcOH 1.5 eq = 172 µL',
    'reagent acid = AcOH: 1.5 eq, 172 µL',
  ]) {
    it(`\`${line}\` is AcOH with its two amounts, no problem (it was unknown-reagent and a false missing-acid, or Unexpected)`, () => {
      const t = replaced(ACID, line);
      assert.deepEqual(problems(t), []);
      const st = analyze(t).doc.statements.find((s) => s.kind === 'reagent' && s.alias.text === 'acid');
      assert.ok(st?.kind === 'reagent');
      assert.equal(st.name.text, 'AcOH');
      assert.deepEqual(st.quantities.map((q) => `${q.value} ${q.unit}`), ['1.5 equiv', '172 µL']);
    });
  }
  it('the amounts are still checked (`AcOH ~1.5 eq, 1.72 mL` is amount-mismatch)', () => {
    assert.deepEqual(problems(replaced(ACID, 'reagent acid = AcOH ~1.5 eq, 1.72 mL')).map((p) => p.split(':')[0]), ['amount-mismatch']);
  });
  for (const dash of ['-', '–']) {
    it(`\`AcOH ${dash} 1.5 eq\` is AcOH with its amounts, with one syntax error whose safe fix removes the '${dash}', as for \`AcOH x 1.5 eq\``, () => {
      const t = replaced(ACID, `reagent acid = AcOH ${dash} 1.5 eq, 172 µL`);
      const f = fixed(t);
      assert.equal(f.message, `Write the amount after the name without '${dash}': \`AcOH 1.5 eq, 172 µL\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, replaced(ACID, 'reagent acid = AcOH 1.5 eq, 172 µL'));
      assert.equal(analyze(t).model.byAlias.get('acid')?.role, 'acid');
    });
  }
  it('a colon with nothing after it stays in the name, and a dash inside a name stays (`2-Me-THF - AcOH`)', () => {
    assert.equal(analyze(replaced(ACID, 'reagent acid = AcOH:')).model.byAlias.get('acid')?.name, 'AcOH:');
    assert.equal(analyze(replaced(ACID, 'reagent acid = 2-Me-THF - AcOH 1.5 eq')).model.byAlias.get('acid')?.name, '2-Me-THF - AcOH');
  });
});

describe('notebook spellings, round 6: two methods on a `monitor` line (`monitor TLC, LCMS`)', () => {
  for (const line of ['monitor TLC, LCMS', 'monitor TLC and LCMS', 'monitor by TLC & LCMS', 'monitor TLC, LCMS, NMR']) {
    it(`\`${line}\` reads, the first being the method (it was "Unexpected 'LCMS' after the method: write \`monitor TLC, for imine\`")`, () => {
      const t = replaced('monitor LCMS', line);
      assert.deepEqual(problems(t), []);
      const st = analyze(t).doc.statements.find((s) => s.kind === 'monitor');
      assert.ok(st?.kind === 'monitor');
      assert.equal(st.method.text, 'TLC');
    });
  }
  it('`monitor NMR and LCMS for imine` still lets the imine time pass: NaBH4 added next is two-step', () => {
    assert.deepEqual(problems(G23.replace('monitor NMR for imine', 'monitor NMR and LCMS for imine')), []);
  });
  it('the message for a word after the method no longer keeps its comma (`monitor TLC, for imine`)', () => {
    assert.deepEqual(problems(replaced('monitor LCMS', 'monitor TLC, for imine')), ["syntax-error: Unexpected ',' after the method: write `monitor TLC for imine`."]);
  });
});

describe('notebook spellings, round 6: two statements joined by `and` or a comma (`warm to rt and stir 16 h`)', () => {
  for (const [line, first, second] of [
    ['warm to rt and stir 16 h', 'warm to rt', 'stir 16 h'],
    ['warm to rt, stir 16 h', 'warm to rt', 'stir 16 h'],
    ['heat to 40 °C and stir 2 h', 'heat to 40 °C', 'stir 2 h'],
    ['add stab portionwise, and stir 16 h', 'add stab portionwise', 'stir 16 h'],
  ] as const) {
    it(`\`${line}\` reads as both, with one syntax error whose safe fix splits the line (it was a syntax error and the line was lost)`, () => {
      const t = withLine(line);
      const f = fixed(t);
      assert.equal(f.message, `One statement per line: put \`${second}\` on a line of its own, after \`${first}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine(`${first}\n${second}`));
      const times = (x: string) => analyze(x).model.events.filter((e) => e.type === 'time').map((e) => (e.type === 'time' ? e.minutes : 0));
      assert.deepEqual(times(t), times(f.text));
    });
  }
  it('the time of the second statement counts before a reductant: `add dz, ald, and stir 30 min` / NaBH4 is two-step', () => {
    assert.deepEqual(rules(G23.replace('  add dz, ald\n  monitor NMR for imine\n', '  add dz, ald, and stir 30 min\n')), ['syntax-error']);
  });
  it('`and` between aliases is still the list (`add boc, ket and acid`)', () => {
    assert.deepEqual(problems(replaced('add boc, ket, acid', 'add boc, ket and acid')), ["syntax-error: Separate the reagents of `add` with commas, not 'and'."]);
  });
});

describe('notebook spellings, round 6: a comma between the temperature and the time of `heat` (`heat to 60 °C, 2 h`, `warm to rt, over 1 h`)', () => {
  for (const [line, minutes] of [
    ['heat to 40 °C, 2 h', 120],
    ['warm to rt, over 1 h', 60],
    ['warm to rt, 1 h', 60],
  ] as const) {
    it(`\`${line}\` reads, ${minutes} min passing (it was "needs a duration … found ','" or "found 'rt,'")`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      const times = analyze(t).model.events.filter((e) => e.type === 'time').map((e) => (e.type === 'time' ? e.minutes : 0));
      assert.deepEqual(times, [120, minutes]);
    });
  }
});

describe('notebook spellings, round 6: how long a cooling took (`cool to 0 °C over 10 min`)', () => {
  for (const [line, minutes] of [
    ['cool to 0 °C over 10 min', 10],
    ['cool to 0°C for 15 min', 15],
    ['cool to 0 °C, over 10 min', 10],
  ] as const) {
    it(`\`${line}\` cools to 0 °C and lets ${minutes} min pass (it was "Unexpected 'over' after the temperature")`, () => {
      const t = withLine(line);
      assert.deepEqual(problems(t), []);
      const a = analyze(t);
      assert.equal(a.model.temperatures.slice(-1)[0].celsius, 0);
      assert.deepEqual(a.model.events.filter((e) => e.type === 'time').map((e) => (e.type === 'time' ? e.minutes : 0)), [120, minutes]);
    });
  }
  it('the time counts before a reductant: amine and aldehyde, `cool to 0 °C over 10 min`, then NaBH4 is two-step; without it, one-pot as before', () => {
    const t = (line: string) => G23.replace('  monitor NMR for imine\n', `  ${line}\n`);
    assert.deepEqual(rules(t('cool to 0 °C over 10 min')), []);
    assert.deepEqual(rules(t('cool to 0 °C')).sort(), ['mode-mismatch', 'nabh4-one-pot']);
  });
});

describe('notebook spellings, round 6: two statements as two clauses or sentences (`stir 16 h at rt; monitor LCMS`, `… at rt. Monitor LCMS`)', () => {
  for (const [line, first, second] of [
    ['stir 16 h at rt; monitor LCMS', 'stir 16 h at rt', 'monitor LCMS'],
    ['stir 16 h at rt. Monitor LCMS', 'stir 16 h at rt.', 'Monitor LCMS'],
    ['stir 16 h at r.t. monitor LCMS', 'stir 16 h at r.t.', 'monitor LCMS'],
  ] as const) {
    it(`\`${line}\` reads as both, with one syntax error whose safe fix splits the line (it was "found 'rt;'" or 'rt.', and the line was lost)`, () => {
      const t = withLine(line);
      assert.deepEqual(stirMinutes(t), [120, 960]);
      const f = fixed(t);
      assert.equal(f.message, `One statement per line: put \`${second}\` on a line of its own, after \`${first}\`.`);
      assert.ok(f.safe);
      assert.equal(f.text, withLine(`${first}\n${second}`));
      assert.deepEqual(problems(f.text), []);
    });
  }
  it('`;` between aliases is still the list (`add boc; ket; acid`)', () => {
    assert.deepEqual(problems(replaced('add boc, ket, acid', 'add boc; ket; acid')).map((p) => p.split(':')[0]), ['syntax-error', 'syntax-error']);
    assert.equal(analyze(replaced('add boc, ket, acid', 'add boc; ket; acid')).model.adds[0].reagents.length, 3);
  });
});

describe('notebook spellings, round 6: a colon for `=` on a reagent line (`reagent acid: AcOH 1.5 eq`)', () => {
  const ACID = 'reagent acid = AcOH                          1.5 eq, 172 µL';
  for (const [line, want] of [
    ['reagent acid: AcOH 1.5 eq, 172 µL', 'reagent acid = AcOH 1.5 eq, 172 µL'],
    ['reagent acid : AcOH 1.5 eq, 172 µL', 'reagent acid = AcOH 1.5 eq, 172 µL'],
    ['reagent acid:AcOH 1.5 eq, 172 µL', 'reagent acid = AcOH 1.5 eq, 172 µL'],
  ] as const) {
    it(`\`${line}\` declares AcOH with one syntax error whose safe fix writes \`=\` (it was not a valid alias, with undeclared-reagent and a false missing-acid)`, () => {
      const t = replaced(ACID, line);
      const f = fixed(t);
      assert.equal(f.message, 'Write `=` for the colon between the alias and the name: `reagent acid = AcOH 1.5 eq, 172 µL`.');
      assert.ok(f.safe);
      assert.equal(f.text, replaced(ACID, want));
      assert.deepEqual(problems(f.text), []);
      assert.equal(analyze(t).model.byAlias.get('acid')?.role, 'acid');
    });
  }
  it('Format Document keeps the colon; a colon in an alias before an `=` is still no alias (`reagent a:b = AcOH`)', () => {
    assert.match(format(replaced(ACID, 'reagent acid: AcOH 1.5 eq, 172 µL')), /^reagent acid : AcOH +1\.5 eq, 172 µL$/m);
    assert.match(problems(replaced(ACID, 'reagent a:b = AcOH')).join('\n'), /'a:b' is not a valid alias/);
  });
});
