/**
 * Reliability findings of session 19 (fuzz seeds 101, 202, 303, 404 and the new mutations):
 * each test is the minimised input of a failure, asserting what a user sees.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits } from '../../server/src/engine';
import { parse } from '../../server/src/syntax/parser';
import { print } from '../../server/src/syntax/print';

const HEAD = [
  'reagent amine = 1-Boc-1,4-diazepane 1.0 equiv',
  'reagent ald   = cyclohexanone        1.2 equiv',
  'reagent acid  = AcOH                 1.0 equiv',
  'reagent stab  = NaBH(OAc)3           1.5 equiv',
  'solvent DCE 0.2 M',
  '',
].join('\n');

function syntaxErrors(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => d.rule === 'syntax-error')
    .map((d) => `${d.range.start.line + 1}: ${d.message}`);
}

describe('reliability findings (session 19)', () => {
  describe('formatting keeps a sentence-ending period against the last alias of an `add` line (fuzz seed 202)', () => {
    for (const line of ['add amine, ald, acid.', 'add acid.', 'add amine,acid.']) {
      it(`\`${line}\` stays valid after Format Document`, () => {
        const text = HEAD + 'step\n  ' + line + '\n  stir 2 h\n';
        assert.deepEqual(syntaxErrors(text), []);
        const formatted = print(parse(text));
        const out = formatted.split('\n').find((l) => l.trimStart().startsWith('add'))!;
        assert.ok(!/ \.$/.test(out), `the period moved away from the alias: ${JSON.stringify(out)}`);
        assert.equal(out.trim().replace(/, /g, ','), line.replace(/, /g, ','));
        assert.deepEqual(syntaxErrors(formatted), []);
      });
    }

    it('`concentrate.` and `filter.` keep their period too', () => {
      const formatted = print(parse(HEAD + 'step\n  add amine, ald\nworkup\n  filter.\n  concentrate.\n'));
      assert.match(formatted, /^ {2}filter\.$/m);
      assert.match(formatted, /^ {2}concentrate\.$/m);
    });

    it('a keyword against a quoted string still gets its one space (`note"hi"` → `note "hi"`)', () => {
      assert.equal(print(parse('note"hi"\n')), 'note "hi"\n');
    });
  });
});

describe('a statement keyword with a lookalike or invisible character (hostile-edit fuzzing, session 19)', () => {
  const base = HEAD + 'step\n  add amine, ald, acid\n  stir 30 min at rt\n  add stab\n  stir 16 h\n';
  const cases: [string, string, RegExp][] = [
    ['  st\u0456r 30 min at rt', 'stir', /Unknown statement 'st\u0456r' \('\u0456' is U\+0456, not the Latin 'i'\): did you mean 'stir'\?/],
    ['  st\u200bir 30 min at rt', 'stir', /\(it holds an invisible character, U\+200B\): did you mean 'stir'\?/],
    ['  \uff53\uff54\uff49\uff52 30 min at rt', 'stir', /\(it is written in full-width characters, U\+FF53…\): did you mean 'stir'\?/],
    ['  \u0430dd stab', 'add', /'\u0430' is U\+0430, not the Latin 'a'/],
  ];
  for (const [line, keyword, message] of cases) {
    it(`${JSON.stringify(line)}: the message names the character, and the fix writes \`${keyword}\``, () => {
      const original = line.startsWith('  \u0430dd') ? '  add stab' : '  stir 30 min at rt';
      const text = base.replace(original, line);
      const a = analyze(text);
      const d = a.diagnostics.find((x) => x.rule === 'syntax-error');
      assert.ok(d, 'a syntax error');
      assert.match(d.message, message);
      assert.equal(d.fixes[0]?.title, `Change to '${keyword}'`);
      const fixed = applyEdits(text, d.fixes[0].edits);
      assert.equal(fixed, base);
      assert.deepEqual(syntaxErrors(fixed), []);
    });
  }

  it('a word with a lookalike that is no keyword still lists what is allowed, naming the character', () => {
    const d = analyze('step\n  \u0445\u0443z 3\n').diagnostics.find((x) => x.rule === 'syntax-error')!;
    assert.match(d.message, /^Unknown statement '\u0445\u0443z' \('\u0445' is U\+0445, not the Latin 'x'; '\u0443' is U\+0443, not the Latin 'y'\)\. Allowed in a step: add,/);
  });

  it('a plain misspelling reads as before', () => {
    const d = analyze('step\n  stri 1 h\n').diagnostics.find((x) => x.rule === 'syntax-error')!;
    assert.equal(d.message, "Unknown statement 'stri': did you mean 'stir'?");
  });
});
