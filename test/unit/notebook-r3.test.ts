/**
 * Notebook spellings, round 3 (2026-11-27): leftovers of round 2 (notebook-r2.test.ts), each
 * written into the r7-21 fixture (an ELN entry) in place of one of its lines.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { format, BASE, replaced, withLine, problems, stirMinutes, fixed } from './notebook-helpers';

describe('notebook spellings, round 3', () => {
  describe('a colon after the keyword (`scale: 2.0 mmol`)', () => {
    for (const [old, line, want, said] of [
      ['scale 2.0 mmol', 'scale: 2.0 mmol', 'scale 2.0 mmol', 'Write `scale` without a colon after it: `scale 2.0 mmol`.'],
      ['scale 2.0 mmol', 'Scale:2.0 mmol', 'Scale 2.0 mmol', 'Write `Scale` without a colon after it: `Scale 2.0 mmol`.'],
      ['target mono', 'target: mono', 'target mono', 'Write `target` without a colon after it: `target mono`.'],
      ['solvent DCE 10 mL', 'solvent: DCE 10 mL', 'solvent DCE 10 mL', 'Write `solvent` without a colon after it: `solvent DCE 10 mL`.'],
      ['stir ~16 h at rt', 'stir: 16 h at rt', 'stir 16 h at rt', 'Write `stir` without a colon after it: `stir 16 h at rt`.'],
      ['workup', 'workup:', 'workup', 'Write `workup` without a colon after it.'],
    ] as const) {
      it(`\`${line}\` is one syntax error whose safe fix removes the colon, and the line still reads`, () => {
        const t = replaced(old, line);
        const f = fixed(t);
        assert.equal(f.message, said);
        assert.ok(f.safe);
        assert.equal(f.text, replaced(old, want));
        assert.deepEqual(problems(f.text), []);
      });
    }
    it('the scale and the target still count (`rxn amounts` gets its masses)', () => {
      const t = replaced('target mono', 'target: mono').replace('scale 2.0 mmol', 'scale: 2.0 mmol');
      const doc = analyze(t).doc;
      const scale = doc.statements.find((s) => s.kind === 'scale');
      assert.ok(scale?.kind === 'scale' && scale.quantity.value === 2);
      assert.ok(doc.statements.some((s) => s.kind === 'target'));
      assert.deepEqual(problems(t).map((p) => p.split(':')[0]), ['syntax-error', 'syntax-error']);
    });
    it('the formatter changes only whitespace: the colon stays against its keyword (the fix removes it)', () => {
      assert.match(format(replaced('scale 2.0 mmol', 'scale:   2.0 mmol')), /^scale: 2\.0 mmol$/m);
      assert.match(format(replaced('stir ~16 h at rt', 'stir:16 h at rt')), /^ {2}stir: 16 h at rt$/m);
    });
    it('a word that is not a keyword keeps its message (`scales: 2 mmol`)', () => {
      assert.match(problems(replaced('scale 2.0 mmol', 'scales: 2.0 mmol'))[0], /Unknown statement 'scales:'/);
    });
  });

  describe('a time range with `to`, a time with a vulgar fraction', () => {
    for (const [line, minutes] of [
      ['stir 2 to 3 h', [120, 120]],
      ['stir 2 to 3 h at rt', [120, 120]],
      ['stir 1½ h', [120, 90]],
      ['stir ½ h at rt', [120, 30]],
      ['stir 2¼h', [120, 135]],
    ] as const) {
      it(`\`${line}\` reads, with no problem`, () => {
        const t = withLine(line);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(stirMinutes(t), minutes);
      });
    }
    it('`stir 2 to 3 h` counts its lower bound, as `2-3 h` does; `stir 3 to 2 h` is reported as a range the wrong way round', () => {
      assert.deepEqual(stirMinutes(withLine('stir 2 to 3 h')), stirMinutes(withLine('stir 2-3 h')));
      assert.deepEqual(problems(withLine('stir 3 to 2 h')), ['invalid-quantity: A time range goes from the shorter to the longer time, e.g. `12-16 h`.']);
    });
    it('`heat to 60 °C for 2 to 3 h` and `wait 1½ h` read too', () => {
      assert.deepEqual(analyze(withLine('heat to 60 °C for 2 to 3 h')).diagnostics.filter((d) => d.rule === 'syntax-error' || d.rule === 'invalid-quantity'), []);
      assert.deepEqual(problems(withLine('wait 1½ h')), []);
    });
    it('the formatter keeps the line as written', () => {
      assert.match(format(withLine('stir 1½ h  at rt')), /^ {2}stir 1½ h at rt$/m);
      assert.match(format(withLine('stir 2  to 3 h')), /^ {2}stir 2 to 3 h$/m);
    });
  });

  describe('`portion wise` in two words, `cool down to rt`, `warm up to rt`', () => {
    for (const [line, kind] of [
      ['add stab portion wise', 'portionwise'],
      ['add stab Portion  Wise at 0 °C', 'portionwise'],
      ['add stab drop wise', 'dropwise'],
    ] as const) {
      it(`\`${line}\` adds the reductant ${kind}`, () => {
        const t = replaced('add stab portionwise', line);
        assert.deepEqual(problems(t), []);
        const add = analyze(t).doc.statements.filter((s) => s.kind === 'add').pop();
        assert.ok(add?.kind === 'add');
        assert.deepEqual(add.aliases.map((a) => a.text), ['stab']);
        assert.equal(add.manner?.kind, kind);
      });
    }
    it('`add stab portion wise dropwise` gives the manner twice', () => {
      assert.deepEqual(problems(replaced('add stab portionwise', 'add stab portion wise dropwise')), ['syntax-error: The manner of addition is given twice.']);
    });
    for (const [line, kind, celsius] of [
      ['cool down to rt', 'cool', 20],
      ['cool down to 0 °C', 'cool', 0],
      ['warm up to rt', 'heat', 20],
      ['heat up to 35 °C for 1 h', 'heat', 35],
    ] as const) {
      it(`\`${line}\` reads as without its \`${line.split(' ')[1]}\``, () => {
        const t = withLine(line);
        assert.deepEqual(problems(t), []);
        const s = analyze(t).doc.statements.filter((x) => x.kind === kind).pop();
        assert.ok(s && (s.kind === 'cool' || s.kind === 'heat'));
        assert.equal(s.temperature?.celsius, celsius);
      });
    }
    it('`cool down` alone still needs a temperature', () => {
      assert.deepEqual(problems(withLine('cool down')), ['syntax-error: `cool` needs a temperature, e.g. `cool to 0 °C`.']);
    });
  });

  describe('a solvent amount in brackets (`solvent DCE 10 mL (0.2 M)`)', () => {
    const solvent = (t: string) => {
      const st = analyze(t).doc.statements.find((x) => x.kind === 'solvent');
      assert.ok(st?.kind === 'solvent');
      return { name: st.name.text, amount: st.amount ? `${st.amount.value} ${st.amount.unit}` : undefined };
    };
    for (const [line, amount] of [
      ['solvent DCE 10 mL (0.2 M)', '10 mL'],
      ['solvent DCE (0.2 M)', '0.2 M'],
      ['solvent DCE 0.2 M (10 mL)', '0.2 M'],
      ['solvent DCE (10 mL)', '10 mL'],
      ['solvent DCE 7 mL (0.3 M)', '7 mL'],
    ] as const) {
      it(`\`${line}\` is DCE, ${amount}, with no problem`, () => {
        const t = replaced('solvent DCE 10 mL', line);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(solvent(t), { name: 'DCE', amount });
      });
    }
    it('a concentration that the volume does not make at the scale is reported, naming both', () => {
      const t = replaced('solvent DCE 10 mL', 'solvent DCE 10 mL (0.5 M)');
      assert.deepEqual(problems(t), ['invalid-quantity: 10 mL at the scale of 2.0 mmol makes 0.2 M, not 0.5 M: correct the volume or the concentration.']);
      assert.equal(analyze(t).diagnostics[0].fixes.length, 0);
    });
    it('the check follows an edit of the scale line when the previous parse is reused', () => {
      const before = replaced('solvent DCE 10 mL', 'solvent DCE 10 mL (0.5 M)');
      const first = analyze(before);
      assert.equal(first.diagnostics.length, 1);
      const after = before.replace('scale 2.0 mmol', 'scale 5.0 mmol').replace(/^reagent .*$/gm, (l) => l.replace(/, \d+ (mg|µL)$/, ''));
      assert.deepEqual(problems(after), []);
      assert.deepEqual(analyze(after, { reuse: first.doc }).diagnostics.map((d) => d.message), []);
    });
    it('two volumes are the amount given twice', () => {
      assert.ok(problems(replaced('solvent DCE 10 mL', 'solvent DCE 10 mL (5 mL)')).includes('syntax-error: The solvent amount is given twice.'));
    });
    it('a bracket that is not an amount stays in the name (`solvent DCE (anhydrous) 10 mL`)', () => {
      assert.equal(solvent(replaced('solvent DCE 10 mL', 'solvent DCE (anhydrous) 10 mL')).amount, '10 mL');
    });
    it('the formatter keeps the bracket', () => {
      assert.match(format(replaced('solvent DCE 10 mL', 'solvent DCE  (0.2 M)')), /^solvent DCE \(0\.2 M\)$/m);
    });
  });

  describe('a times sign between the reagent name and its amount (`AcOH x 1.5 eq`)', () => {
    const ACID = 'reagent acid = AcOH                          1.5 eq, 172 µL';
    for (const [line, message, want] of [
      ['reagent acid = AcOH x 1.5 eq', "Write the amount after the name without 'x': `AcOH 1.5 eq`.", 'reagent acid = AcOH 1.5 eq'],
      ['reagent acid = AcOH × 1.5 eq, 172 µL', "Write the amount after the name without '×': `AcOH 1.5 eq, 172 µL`.", 'reagent acid = AcOH 1.5 eq, 172 µL'],
    ] as const) {
      it(`\`${line}\` is AcOH at 1.5 equiv, with one syntax error whose safe fix removes the sign`, () => {
        const t = replaced(ACID, line);
        const r = analyze(t).doc.statements.find((x) => x.kind === 'reagent' && x.alias.text === 'acid');
        assert.ok(r?.kind === 'reagent');
        assert.equal(r.name.text, 'AcOH');
        assert.equal(r.quantities[0].value, 1.5);
        assert.equal(r.quantities[0].unit, 'equiv');
        const f = fixed(t);
        assert.equal(f.message, message);
        assert.ok(f.safe);
        assert.equal(f.text, replaced(ACID, want));
        assert.deepEqual(problems(f.text), []);
      });
    }
    it('a capital X stays in the name (`phenylsilane reagent X 1.5 eq`, a placeholder)', () => {
      const r = analyze(replaced(ACID, 'reagent acid = phenylsilane reagent X 1.5 eq')).doc.statements.find((x) => x.kind === 'reagent' && x.alias.text === 'acid');
      assert.ok(r?.kind === 'reagent' && r.name.text === 'phenylsilane reagent X');
    });
    for (const name of ['compound x', 'amine x', 'Intermediate x']) {
      it(`a lowercase x after a placeholder word stays in the name, unreported (\`${name} 1.5 eq\`)`, () => {
        const t = replaced(ACID, `reagent acid = ${name} 1.5 eq`);
        const r = analyze(t).doc.statements.find((x) => x.kind === 'reagent' && x.alias.text === 'acid');
        assert.ok(r?.kind === 'reagent' && r.name.text === name);
        assert.ok(!problems(t).some((m) => /without 'x'/.test(m)), problems(t).join('\n'));
      });
    }
    it('an `x` with no amount after it stays in the name (`AcOH x`)', () => {
      const r = analyze(replaced(ACID, 'reagent acid = AcOH x')).doc.statements.find((x) => x.kind === 'reagent' && x.alias.text === 'acid');
      assert.ok(r?.kind === 'reagent' && r.name.text === 'AcOH x');
    });
  });

  describe('`, then` at the end of a line; `0 h 0 min`; a prime for minutes', () => {
    for (const [line, minutes] of [
      ['stir 2 h at rt, then', [120, 120]],
      ['stir 2 h then', [120, 120]],
      ['stir 2 h at rt, then.', [120, 120]],
    ] as const) {
      it(`\`${line}\` reads as the stir, with no problem`, () => {
        const t = withLine(line);
        assert.deepEqual(problems(t), []);
        assert.deepEqual(stirMinutes(t), minutes);
      });
    }
    it('`add stab portionwise, then` adds the reductant', () => {
      assert.deepEqual(problems(replaced('add stab portionwise', 'add stab portionwise, then')), []);
    });
    it('`stir then` still needs a time', () => {
      assert.deepEqual(problems(withLine('stir then')), ["syntax-error: `stir` needs a duration such as `30 min`, `2 h` or `overnight`; found 'then'."]);
    });
    it('`stir 0 h 0 min` is one diagnostic over the whole time', () => {
      const t = withLine('stir 0 h 0 min');
      const ds = analyze(t).diagnostics;
      assert.deepEqual(ds.map((d) => `${d.rule}: ${d.message}`), ['invalid-quantity: A time must be greater than zero.']);
      assert.equal(ds[0].range.end.character - ds[0].range.start.character, '0 h 0 min'.length);
    });
    it('`stir 0 h 30 min` is 30 min, `stir 0 h` is still zero', () => {
      assert.deepEqual(problems(withLine('stir 0 h 30 min')), []);
      assert.deepEqual(stirMinutes(withLine('stir 0 h 30 min')), [120, 30]);
      assert.deepEqual(problems(withLine('stir 0 h')), ['invalid-quantity: A time must be greater than zero.']);
    });
    for (const [line, want] of [
      ["stir 30'", 'stir 30 min'],
      ["stir 30' at rt", 'stir 30 min at rt'],
      ['stir 45\u2019', 'stir 45 min'],
    ] as const) {
      it(`\`${line}\` is read as minutes, with one syntax error whose safe fix writes min`, () => {
        const t = withLine(line);
        assert.equal(stirMinutes(t)[1], Number(/\d+/.exec(line)![0]));
        const f = fixed(t);
        assert.match(f.message, /is read as \d+ min: write `\d+ min`\.$/);
        assert.ok(f.safe);
        assert.equal(f.text, withLine(want));
      });
    }
  });

  describe('a lookalike character in an amount (pasted from a chat or a PDF)', () => {
    const KET = 'reagent ket  = tetrahydro-2H-pyran-4-one     1.2 eq, 222 µL';
    const ket = (t: string) => {
      const r = analyze(t).doc.statements.find((x) => x.kind === 'reagent' && x.alias.text === 'ket');
      assert.ok(r?.kind === 'reagent');
      return { name: r.name.text, amounts: r.quantities.map((q) => `${q.value} ${q.unit}`) };
    };
    for (const [line, message, want] of [
      [
        'reagent ket = pyridine-4-carboxaldehyde \uff11.0 equiv',
        "'\uff11.0' is not what it looks like: '\uff11' is U+FF11, a full-width '1'. Write `1.0`.",
        'reagent ket = pyridine-4-carboxaldehyde 1.0 equiv',
      ],
      [
        'reagent ket = pyridine-4-carboxaldehyde 1\u00b70 equiv',
        "'1\u00b70' is not what it looks like: '\u00b7' is U+00B7, a raised dot, not the decimal point. Write `1.0`.",
        'reagent ket = pyridine-4-carboxaldehyde 1.0 equiv',
      ],
      [
        'reagent ket = pyridine-4-carboxaldehyde 1.0 equ\u0456v',
        "'equ\u0456v' is not what it looks like: '\u0456' is U+0456, not the Latin 'i'. Write `equiv`.",
        'reagent ket = pyridine-4-carboxaldehyde 1.0 equiv',
      ],
    ] as const) {
      it(`\`${line}\`: one syntax error naming the character, a safe fix, and the amount is read`, () => {
        const t = replaced(KET, line);
        assert.deepEqual(ket(t), { name: 'pyridine-4-carboxaldehyde', amounts: ['1 equiv'] });
        const f = fixed(t);
        assert.equal(f.message, message);
        assert.ok(f.safe);
        assert.equal(f.text, replaced(KET, want));
        assert.deepEqual(problems(f.text), []);
      });
    }
    it('`scale 2.0 mmo\u217c` (U+217C): one syntax error naming the character, and the scale counts', () => {
      const t = replaced('scale 2.0 mmol', 'scale 2.0 mmo\u217c');
      const scale = analyze(t).doc.statements.find((s) => s.kind === 'scale');
      assert.ok(scale?.kind === 'scale' && scale.quantity.value === 2 && scale.quantity.unit === 'mmol');
      const f = fixed(t);
      assert.equal(f.message, "'mmo\u217c' is not what it looks like: '\u217c' is U+217C, not the Latin 'l'. Write `mmol`.");
      assert.equal(f.text, replaced('scale 2.0 mmol', 'scale 2.0 mmol'));
    });
    it('a temperature unit with a Cyrillic \u0421 (`40 \u00b0\u0421`) and a time unit with a Cyrillic \u04bb are named too', () => {
      assert.deepEqual(problems(withLine('stir 2 h at 40 \u00b0\u0421')), ["syntax-error: '\u00b0\u0421' is not what it looks like: '\u0421' is U+0421, not the Latin 'C'. Write `\u00b0C`."]);
      assert.deepEqual(problems(withLine('stir 2 \u04bb')), ["syntax-error: '\u04bb' is not what it looks like: '\u04bb' is U+04BB, not the Latin 'h'. Write `h`."]);
    });
    it('a word typed in full width is said so once', () => {
      assert.deepEqual(problems(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 \uff45\uff51\uff55\uff49\uff56')), [
        "syntax-error: '\uff45\uff51\uff55\uff49\uff56' is not what it looks like: it is written in full-width characters (U+FF45…). Write `equiv`.",
      ]);
    });
    it('what is not an amount is left alone: \u00b5L, \u2103, Greek letters in a name, a quoted note', () => {
      assert.deepEqual(problems(withLine('stir 2 h at 40 \u2103')), []);
      assert.deepEqual(problems(BASE), []);
      assert.equal(ket(replaced(KET, 'reagent ket = \u03b1-tetralone 1.2 equiv')).name, '\u03b1-tetralone');
      assert.deepEqual(problems(withLine('note "stir 2 \u04bb"')), []);
    });
  });
});
