/**
 * Notebook spellings, round 2 (a review of 2026-11-27): lines pasted from electronic lab
 * notebooks that the first round (notebook-isms.test.ts) left misbehaving, and more found by
 * writing such lines and checking them.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits } from '../../server/src/engine';
import { format, replaced, withLine, problems, stirMinutes, fixedText as fixed } from './notebook-helpers';

describe('notebook spellings, round 2', () => {
  describe('a sentence-ending period on a `solvent` line', () => {
    for (const [where, old] of [
      ['in a step', 'stir ~16 h at rt'],
      ['at the top', 'solvent DCE 10 mL'],
    ] as const) {
      it(`${where}: \`solvent DCE 10 mL.\` reads as without the period`, () => {
        const t = replaced(old, 'solvent DCE 10 mL.');
        assert.deepEqual(problems(t), []);
        const s = analyze(t).doc.statements.filter((x) => x.kind === 'solvent').pop();
        assert.ok(s?.kind === 'solvent');
        assert.equal(s.name.text, 'DCE');
        assert.equal(s.amount?.value, 10);
        assert.equal(s.amount?.unit, 'mL');
      });
    }
    it('`solvent DCE.` is DCE, `solvent DCE/AcOH 9:1.` keeps its ratio, and the formatter keeps the period', () => {
      let t = replaced('solvent DCE 10 mL', 'solvent DCE.');
      assert.deepEqual(problems(t), []);
      const s = analyze(t).doc.statements.find((x) => x.kind === 'solvent');
      assert.ok(s?.kind === 'solvent' && s.name.text === 'DCE');
      t = replaced('solvent DCE 10 mL', 'solvent DCE/AcOH 9:1.');
      const m = analyze(t).doc.statements.find((x) => x.kind === 'solvent');
      assert.ok(m?.kind === 'solvent' && m.ratio?.text === '9:1' && m.parts.length === 2);
      assert.ok(format(replaced('solvent DCE 10 mL', 'solvent   DCE  10 mL.')).includes('\nsolvent DCE 10 mL.\n'));
    });
    it('a lone ` .` after the volume is still reported', () => {
      assert.ok(problems(replaced('solvent DCE 10 mL', 'solvent DCE 10 mL .')).some((p) => p.startsWith('syntax-error')));
    });
  });

  describe('two periods at the end of a line (`wait 30 mins..`)', () => {
    it('is one diagnostic, on the extra period, and the line still reads', () => {
      const t = withLine('wait 30 mins..');
      assert.deepEqual(problems(t), ['syntax-error: The line ends with 2 periods: one may end it as a sentence; remove the other.']);
      const d = analyze(t).diagnostics[0];
      assert.equal(d.range.start.character, 15);
      assert.equal(d.range.end.character, 16);
      const w = analyze(t).doc.statements.find((s) => s.kind === 'wait');
      assert.ok(w?.kind === 'wait' && w.duration.minutes === 30);
    });
    it('its fix leaves one period, which then reads as a sentence\'s', () => {
      for (const [written, after] of [
        ['wait 30 mins..', 'wait 30 mins.'],
        ['stir 16 h at rt...', 'stir 16 h at rt.'],
        ['stir 16 h at r.t..', 'stir 16 h at r.t.'],
        ['stir overnight.. # done', 'stir overnight. # done'],
        ['solvent DCE 10 mL..', 'solvent DCE 10 mL.'],
      ] as const) {
        const out = fixed(withLine(written));
        assert.ok(out.includes(`\n  ${after}\n`), out);
        assert.deepEqual(problems(out), [], written);
      }
    });
    it('`solvent DCE 10 mL..` is no longer read into the solvent\'s name', () => {
      const t = replaced('solvent DCE 10 mL', 'solvent DCE 10 mL..');
      const s = analyze(t).doc.statements.find((x) => x.kind === 'solvent');
      assert.ok(s?.kind === 'solvent' && s.name.text === 'DCE' && s.amount?.value === 10);
      assert.equal(problems(t).length, 1);
    });
  });

  describe('a time range whose upper bound has its minutes attached (`12-16h30`)', () => {
    for (const [written, minutes] of [
      ['stir 12-16h30', 720],
      ['stir 12-16h30 at rt', 720],
      ['stir 12 - 16h30min at rt', 720],
      ['stir 1.5-2h30', 90],
    ] as const) {
      it(`\`${written}\` is the range's lower bound, ${minutes} min, with no problem`, () => {
        const t = withLine(written);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(stirMinutes(t), [120, minutes]);
      });
    }
    it('the minutes must still be under 60, and the range must go upwards', () => {
      assert.deepEqual(problems(withLine('stir 12-16h75')), [
        "invalid-quantity: '16h75' is not hours and minutes: the minutes after the hours must be under 60 (write e.g. `12-16 h`).",
      ]);
      assert.deepEqual(problems(withLine('stir 16-12h30')), [
        'invalid-quantity: A time range goes from the shorter to the longer time, e.g. `12-16 h`.',
      ]);
    });
  });

  describe('hours with minutes attached, then seconds (`1h30s`)', () => {
    it('says what is ambiguous, instead of an unknown unit', () => {
      assert.deepEqual(problems(withLine('stir 1h30s at rt')), [
        "invalid-quantity: '1h30s' is ambiguous: `1h30` is 1 h 30 min, but 's' makes the 30 seconds. Write `1 h 30 min` or `1 h 30 s`.",
      ]);
      assert.equal(problems(withLine('stir 1hr30sec')).length, 1);
    });
    it('offers `1 h 30 min`, but Fix all does not take it (it may be 30 s)', () => {
      const t = withLine('stir 1h30s at rt');
      const d = analyze(t).diagnostics[0];
      assert.equal(d.fixes.length, 1);
      assert.equal(d.fixes[0].safe, false);
      assert.ok(applyEdits(t, d.fixes[0].edits).includes('\n  stir 1 h 30 min at rt\n'));
    });
    it('`1 h 30 s`, written apart, is still an hour and 30 seconds', () => {
      const t = withLine('stir 1 h 30 s');
      assert.deepEqual(problems(t), []);
      assert.deepEqual(stirMinutes(t), [120, 60.5]);
    });
  });

  describe('a number of 60 or more after the hours (`stir 1 h 90`)', () => {
    it('says why it is not the minutes, and what 1 h and 90 min would be', () => {
      for (const line of ['stir 1 h 90', 'stir 1 h 90 at rt']) {
        assert.deepEqual(problems(withLine(line)), [
          "invalid-quantity: In '1 h 90', 90 cannot be the minutes after the hours: they must be under 60. Write `2 h 30 min` if 1 h and 90 min was meant, or remove the stray number.",
        ]);
      }
      assert.deepEqual(problems(withLine('stir 2h 120')), [
        "invalid-quantity: In '2h 120', 120 cannot be the minutes after the hours: they must be under 60. Write `4 h` if 2h and 120 min was meant, or remove the stray number.",
      ]);
    });
    it('offers no fix: a slip for `1 h 30` and a stray number are as likely', () => {
      assert.equal(analyze(withLine('stir 1 h 90')).diagnostics[0].fixes.length, 0);
    });
    it('the time is still counted as having passed (one diagnostic, no one-pot error below)', () => {
      const t = replaced('stir ca. 2 h at rt', 'stir 1 h 90 at rt');
      assert.equal(problems(t).length, 1, problems(t).join('\n'));
    });
  });

  describe('a temperature after the time without `at` (`stir 2 h 80 °C`, `stir 2 h, rt`)', () => {
    for (const [written, after, message] of [
      ['stir 2 h 40 °C', 'stir 2 h at 40 °C', 'The temperature needs `at` before it: write `stir … at 40 °C`.'],
      ['stir 2 h, rt', 'stir 2 h at rt', 'The temperature needs `at` before it: write `stir … at rt`.'],
      ['stir 2 h rt', 'stir 2 h at rt', 'The temperature needs `at` before it: write `stir … at rt`.'],
      ['stir 2 h, 0 °C under N2', 'stir 2 h at 0 °C under N2', 'The temperature needs `at` before it: write `stir … at 0 °C`.'],
      ['stir 2 h, room temperature.', 'stir 2 h at room temperature.', 'The temperature needs `at` before it: write `stir … at room temperature`.'],
    ] as const) {
      it(`\`${written}\` is one syntax error whose safe fix writes \`at\``, () => {
        const t = withLine(written);
        assert.deepEqual(problems(t), [`syntax-error: ${message}`]);
        assert.equal(analyze(t).diagnostics[0].fixes[0].safe, true);
        const out = fixed(t);
        assert.ok(out.includes(`\n  ${after}\n`), out);
        assert.deepEqual(problems(out), []);
      });
    }
    it('a number with no temperature unit is not given an `at`', () => {
      assert.ok(!problems(withLine('stir 2 h 80')).some((p) => p.includes('`at`')));
    });
  });

  describe('a compound time with a zero part (`2 h 0 min`)', () => {
    it('is the time written, not "greater than zero"', () => {
      for (const [line, minutes] of [
        ['stir 2 h 0 min', 120],
        ['stir 2 h 00 min at rt', 120],
      ] as const) {
        const t = withLine(line);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(stirMinutes(t), [120, minutes]);
      }
    });
    it('a time that is zero in all is still reported', () => {
      assert.deepEqual(problems(withLine('stir 0 min')), ['invalid-quantity: A time must be greater than zero.']);
    });
  });

  describe('°C written in ASCII (`oC`, `degC`, `deg C`, `degrees C`)', () => {
    const celsius = (t: string) => {
      const st = analyze(t).doc.statements.filter((x) => x.kind === 'stir')[1];
      return st?.kind === 'stir' ? st.temperature?.celsius : undefined;
    };
    for (const line of ['stir 2 h at 40 oC', 'stir 2 h at 40oC', 'stir 2 h at 40 degC', 'stir 2 h at 40 deg C', 'stir 2 h at 40 deg. C', 'stir 2 h at 40 degrees C', 'stir 2 h at 40 OC']) {
      it(`\`${line}\` is 40 °C`, () => {
        const t = withLine(line);
        assert.deepEqual(problems(t).filter((p) => !p.startsWith('temperature-high')), []);
        assert.equal(celsius(t), 40);
      });
    }
    it('`0 oC` in a warm-up and on an add line', () => {
      assert.deepEqual(problems(withLine('stir 2 h at 0 oC to rt')), []);
      assert.deepEqual(problems(replaced('add stab portionwise', 'add stab portionwise at 0 oC')), []);
    });
    it('`25 deg` without a scale is one diagnostic, with a fix to °C that Fix all leaves', () => {
      const t = withLine('stir 2 h at 25 deg');
      assert.deepEqual(problems(t), ["invalid-quantity: 'deg' does not say which scale: write °C (or K)."]);
      const d = analyze(t).diagnostics[0];
      assert.equal(d.fixes[0].safe, false);
      assert.ok(applyEdits(t, d.fixes[0].edits).includes('\n  stir 2 h at 25 °C\n'));
    });
  });

  describe('a sentence-ending period on a `reagent` or `scale` line', () => {
    const KET = 'reagent ket  = tetrahydro-2H-pyran-4-one     1.2 eq, 222 µL';
    const reagent = (t: string, alias: string) => {
      const r = analyze(t).doc.statements.find((x) => x.kind === 'reagent' && x.alias.text === alias);
      assert.ok(r?.kind === 'reagent');
      return `${r.name.text}: ${r.quantities.map((q) => `${q.value} ${q.unit}`).join(', ')}`;
    };
    for (const line of [
      'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq, 222 µL.',
      'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq, 0.240 g.',
      'reagent ket = tetrahydro-2H-pyran-4-one (1.2 eq, 222 µL).',
      'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq, 222 µL. # from the ELN',
    ]) {
      it(`\`${line}\` reads as without the period`, () => {
        const t = replaced(KET, line);
        assert.deepEqual(problems(t), []);
        assert.match(reagent(t, 'ket'), /^tetrahydro-2H-pyran-4-one: 1\.2 equiv, (222 µL|0\.24 g)$/);
      });
    }
    it('a name alone keeps no period, and the formatter keeps it on the name', () => {
      const t = replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one.');
      assert.equal(reagent(t, 'ket'), 'tetrahydro-2H-pyran-4-one: ');
      const out = format(t);
      assert.ok(out.includes('\nreagent ket  = tetrahydro-2H-pyran-4-one.\n'), out);
      assert.deepEqual(problems(out), problems(t));
      assert.ok(format(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq, 222 µL.')).includes('1.2 eq, 222 µL.\n'));
    });
    it('`1.2 equiv.` keeps its own period; `scale 2.0 mmol.` is 2 mmol', () => {
      assert.deepEqual(problems(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 equiv.')), []);
      const t = replaced('scale 2.0 mmol', 'scale 2.0 mmol.');
      assert.deepEqual(problems(t), []);
      const sc = analyze(t).doc.statements.find((x) => x.kind === 'scale');
      assert.ok(sc?.kind === 'scale' && sc.quantity.value === 2 && sc.quantity.unit === 'mmol');
    });
  });

  describe('time units abbreviated with a period in mid-line (`2 hr. at rt`)', () => {
    for (const [line, minutes] of [
      ['stir for 2 hrs. at r.t.', 120],
      ['stir 2 hr. at rt', 120],
      ['stir 30 min. at rt', 30],
      ['stir 30 mins. at 0 °C', 30],
      ['stir 30 sec. at rt', 0.5],
      ['stir 1 hr. 30 min.', 90],
    ] as const) {
      it(`\`${line}\` is ${minutes} min`, () => {
        const t = withLine(line);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(stirMinutes(t), [120, minutes]);
      });
    }
    it('on an `add … over` line too', () => {
      const t = replaced('add stab portionwise', 'add stab portionwise over 5 min. at 0 °C');
      assert.deepEqual(problems(t), []);
    });
  });

  describe('`mcL`, microlitres as US labels write them', () => {
    it('`172 mcL` is 172 µL (it was "did you mean mol?")', () => {
      for (const unit of ['mcL', 'mcl']) {
        const t = replaced('reagent acid = AcOH                          1.5 eq, 172 µL', `reagent acid = AcOH 1.5 eq, 172 ${unit}`);
        assert.deepEqual(problems(t), []);
        const r = analyze(t).doc.statements.find((x) => x.kind === 'reagent' && x.alias.text === 'acid');
        assert.ok(r?.kind === 'reagent');
        assert.deepEqual(r.quantities.map((q) => `${q.value} ${q.unit}`), ['1.5 equiv', '172 µL']);
      }
    });
  });

  describe('`add boc, ket and acid`: reagents listed as a sentence lists them', () => {
    const ADD = 'add boc, ket, acid';
    for (const [written, after, message] of [
      ['add boc, ket and acid', 'add boc, ket, acid', "Separate the reagents of `add` with commas, not 'and'."],
      ['add boc, ket, and acid', 'add boc, ket, acid', "A comma already separates these reagents of `add`: remove the 'and'."],
      ['add boc and ket, acid at rt', 'add boc, ket, acid at rt', "Separate the reagents of `add` with commas, not 'and'."],
    ] as const) {
      it(`\`${written}\` is one diagnostic; the line still adds all three, and the safe fix writes the comma`, () => {
        const t = replaced(ADD, written);
        assert.deepEqual(problems(t), [`syntax-error: ${message}`]);
        const add = analyze(t).doc.statements.find((x) => x.kind === 'add');
        assert.ok(add?.kind === 'add');
        assert.deepEqual(add.aliases.map((a) => a.text), ['boc', 'ket', 'acid']);
        assert.equal(analyze(t).diagnostics[0].fixes[0].safe, true);
        const out = fixed(t);
        assert.ok(out.includes(`\n  ${after}\n`), out);
        assert.deepEqual(problems(out), []);
      });
    }
    it('`&` too, once for each', () => {
      assert.deepEqual(problems(replaced(ADD, 'add boc & ket & acid')), [
        "syntax-error: Separate the reagents of `add` with commas, not '&'.",
        "syntax-error: Separate the reagents of `add` with commas, not '&'.",
      ]);
    });
    it('not before a statement keyword (`add acid and stir`), and the formatter keeps the `and`', () => {
      // (A second statement since round 6, as after `then`: notebook-r6.test.ts.)
      assert.ok(problems(replaced(ADD, 'add boc, ket, acid and stir')).some((p) => p.includes('One statement per line: put `stir` on a line of its own')));
      assert.ok(format(replaced(ADD, 'add boc,  ket and   acid')).includes('\n  add boc, ket and acid\n'));
      assert.ok(format(replaced(ADD, 'add boc ,ket,acid')).includes('\n  add boc, ket, acid\n'));
    });
  });

  describe('`@` for `at` (`stir 1h30 @ RT`, `add stab @ 0 °C`)', () => {
    for (const [written, after] of [
      ['stir 2 h @ rt', 'stir 2 h at rt'],
      ['stir 1h30 @ RT under N2.', 'stir 1h30 at RT under N2.'],
      ['stir 2 h @rt', 'stir 2 h at rt'],
      ['add stab @ 0 °C', 'add stab at 0 °C'],
      ['add stab @0°C', 'add stab at 0°C'],
    ] as const) {
      it(`\`${written}\` is one diagnostic, reads as \`at\`, and the safe fix writes it`, () => {
        const t = withLine(written);
        assert.deepEqual(problems(t), ['syntax-error: Write `at` for `@` before the temperature.']);
        const st = analyze(t).doc.statements.filter((x) => x.kind === 'stir' || x.kind === 'add').pop();
        assert.ok(st && (st.kind === 'stir' || st.kind === 'add') && st.temperature !== undefined, 'the temperature is read');
        assert.equal(analyze(t).diagnostics[0].fixes[0].safe, true);
        const out = fixed(t);
        assert.ok(out.includes(`\n  ${after}\n`), out);
        assert.deepEqual(problems(out), []);
      });
    }
    it('a `@` with nothing after it is still unexpected', () => {
      assert.deepEqual(problems(withLine('stir 2 h @')), ["syntax-error: Unexpected '@' in `stir`: write `stir TIME [at TEMP]`."]);
    });
  });

  describe('an aside between the time and the temperature (`stir overnight (16 h) at rt`)', () => {
    for (const [line, minutes, celsius] of [
      ['stir overnight (16 h) at rt', 960, 20],
      ['stir overnight (approx. 16 hrs) at room temp.', 960, 20],
      ['stir 2 h (TLC) at 40 °C', 120, 40],
      ['stir 16 h (overnight) at rt', 960, 20],
    ] as const) {
      it(`\`${line}\` is ${minutes} min at ${celsius} °C, with no problem`, () => {
        const t = withLine(line);
        assert.deepEqual(problems(t), []);
        const st = analyze(t).doc.statements.filter((x) => x.kind === 'stir')[1];
        assert.ok(st?.kind === 'stir');
        assert.equal(st.duration.minutes, minutes);
        assert.equal(st.temperature?.celsius, celsius);
      });
    }
    it('a bracket that gives the temperature is not an aside there either, and the formatter keeps the aside', () => {
      assert.ok(problems(withLine('stir 2 h (80 °C) at rt')).some((p) => p.startsWith('syntax-error')));
      assert.ok(format(withLine('stir overnight  (16 h)  at rt')).includes('\n  stir overnight (16 h) at rt\n'));
    });
  });

  describe('heating lines as notebooks write them (`warm to rt over 1 h`, `heat to 60 °C (oil bath) for 1 h`)', () => {
    const heat = (t: string) => {
      const h = analyze(t).doc.statements.find((x) => x.kind === 'heat');
      assert.ok(h?.kind === 'heat');
      return `${h.temperature.celsius ?? h.temperature.word} °C, ${h.duration?.minutes} min`;
    };
    for (const [line, read] of [
      ['warm to rt over 1 h', '20 °C, 60 min'],
      ['heat to 40 °C over 30 min', '40 °C, 30 min'],
      ['warm to rt over night', '20 °C, 960 min'],
      ['heat to 40 degC (oil bath) for 1 h', '40 °C, 60 min'],
    ] as const) {
      it(`\`${line}\` is ${read}`, () => {
        const t = withLine(line);
        assert.deepEqual(problems(t), []);
        assert.equal(heat(t), read);
      });
    }
    it('a message about a `warm` line names `warm`, not `heat`', () => {
      assert.deepEqual(problems(withLine('warm to rt xyz')), [
        "syntax-error: `warm` needs a duration such as `30 min`, `2 h` or `overnight`; found 'xyz'.",
      ]);
    });
  });

  describe('a time range with the unit on both bounds (`2h-3h`), and what follows a range', () => {
    for (const [written, minutes] of [
      ['stir 2h-3h', 120],
      ['stir 2h–3h at rt', 120],
      ['stir 30min-1h', 30],
      ['stir 2h-3h 30 min', 120],
      ['stir 12-16 h 30 min', 720],
    ] as const) {
      it(`\`${written}\` counts the lower bound, ${minutes} min`, () => {
        const t = withLine(written);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(stirMinutes(t), [120, minutes]);
      });
    }
    it('a range that goes down is reported, and a bare number after `2h-3h` is not its minutes', () => {
      assert.deepEqual(problems(withLine('stir 3h-2h')), ['invalid-quantity: A time range goes from the shorter to the longer time, e.g. `12-16 h`.']);
      assert.ok(problems(withLine('stir 2h-3h 30')).length > 0);
    });
  });
});
