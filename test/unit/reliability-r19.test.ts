/**
 * Reliability findings of session 19 (fuzz seeds 101, 202, 303, 404 and the new mutations):
 * each test is the minimised input of a failure, asserting what a user sees.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
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
