/**
 * Work the editor does not need on every keystroke (docs/performance.md, change 17 on):
 * results must be the same as before, only computed later or not twice.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { parse } from '../../server/src/syntax/parser';
import type { Rule } from '../../server/src/rules/types';

// An unused reagent (its fix removes the line and the alias from every `add` line) and two
// AcOH lines of one reaction over 2.0 equiv in all, the second at 0.05 equiv after the
// first's 3.0 (acid-excess: its fix removes the line, reading every `add` line too).
const PROTOCOL = `protocol "Benzylation"
target mono
scale 5 mmol

reagent amine = 1,4-diazepane 3.0 equiv
reagent ald   = benzaldehyde 1.0 equiv
reagent acid  = AcOH 2.0 equiv
reagent acid2 = AcOH 0.05 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
reagent tea   = triethylamine 1.0 equiv
solvent DCE

step "One pot"
  add amine, ald, acid
  add acid2
  stir 1 h at rt
  add stab
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
  concentrate
`;

describe('keystroke work: fixes that read the whole document are worked out when first read', () => {
  it('the unused reagent and the AcOH over 2.0 equiv carry their fixes unread until asked, then the same removals', () => {
    const a = analyze(PROTOCOL);
    const unused = a.diagnostics.find((d) => d.rule === 'unused-reagent')!;
    const excess = a.diagnostics.find((d) => d.rule === 'acid-excess')!;
    assert.match(unused.message, /'tea'/);
    assert.match(excess.message, /AcOH comes to 2\.05 equiv in all/);
    // Not yet computed: an accessor, which the old engine (plain arrays) did not have.
    assert.equal(typeof Object.getOwnPropertyDescriptor(unused, 'fixes')?.get, 'function');
    assert.equal(typeof Object.getOwnPropertyDescriptor(excess, 'fixes')?.get, 'function');
    // What a user gets from the light bulb: the same titles and edits as always.
    assert.deepEqual(unused.fixes.map((f) => [f.title, f.safe, f.preferred]), [["Remove the declaration of 'tea'", false, false]]);
    assert.deepEqual(unused.fixes[0].edits.map((e) => [e.range.start.line, e.range.end.line, e.newText]), [[9, 10, '']]);
    assert.deepEqual(excess.fixes.map((f) => f.title), ["Remove 'acid2' (the other AcOH comes to 2.0 equiv already)"]);
    // The line `reagent acid2 …` and the `add acid2` line both go.
    assert.deepEqual(excess.fixes[0].edits.map((e) => [e.range.start.line, e.range.end.line, e.newText]), [
      [7, 8, ''],
      [14, 15, ''],
    ]);
    // Read once: then a plain value, the same array every time, and a copy carries it.
    assert.equal(Object.getOwnPropertyDescriptor(unused, 'fixes')?.value, unused.fixes);
    assert.equal({ ...excess }.fixes, excess.fixes);
    assert.equal(JSON.parse(JSON.stringify(excess)).fixes[0].title, excess.fixes[0].title);
  });

  it('a fix that fails when read is reported like a failing rule, and the diagnostic stays, without fixes', () => {
    const failing: Rule = {
      id: 'test-lazy-fix',
      severity: 'info',
      category: 'structure',
      summary: 'test',
      docs: 'docs/rules/test-lazy-fix.md',
      fixes: [],
      check: () => [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          message: 'shown',
          fixes: () => {
            throw new Error('no fix');
          },
        },
      ],
    };
    const errors: string[] = [];
    const a = analyze(PROTOCOL, { extraRules: [failing], onRuleError: (id) => errors.push(id) });
    const d = a.diagnostics.find((x) => x.rule === 'test-lazy-fix')!;
    assert.equal(d.message, 'shown');
    assert.deepEqual(errors, []);
    assert.deepEqual(d.fixes, []);
    assert.deepEqual(errors, ['test-lazy-fix']);
  });
});

describe('keystroke work: the undeclared aliases come from the model, which looks every alias up anyway', () => {
  // Undeclared aliases in a step (`ald2` twice on one line, `Stab` in another case); an `add`
  // before the first step or in the work-up is a syntax error, not an `add` statement.
  const text = `protocol "Benzylation"
target mono
scale 5 mmol

reagent amine = 1,4-diazepane 3.0 equiv
reagent ald   = benzaldehyde 1.0 equiv
reagent acid  = AcOH 1.0 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
add tea
solvent DCE

step "One pot"
  add amine, ald2, acid, ald2
  stir 1 h at rt
  add Stab
  stir 16 h at rt

workup
  add brine2
  extract DCM x3
`;

  it('model.undeclared lists them in order, repeats included', () => {
    const a = analyze(text);
    assert.deepEqual(
      a.model.undeclared.map((u) => [u.stmt.line, u.alias.text]),
      [
        [12, 'ald2'],
        [12, 'ald2'],
        [14, 'Stab'],
      ],
    );
  });

  it('undeclared-reagent reports each once per line, with its suggestions, as before', () => {
    const a = analyze(text);
    const found = a.diagnostics.filter((d) => d.rule === 'undeclared-reagent');
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.range.start.character]),
      [
        [12, 13],
        [14, 6],
      ],
    );
    assert.match(found[0].message, /'ald2' is added here but never declared; did you mean 'ald'\?/);
    assert.match(found[1].message, /'Stab' is added here but never declared; did you mean 'stab'\?/);
    assert.deepEqual(
      found[1].fixes.map((f) => f.title),
      ["Change to 'stab'", "Declare 'Stab' as a reagent"],
    );
  });
});

describe('keystroke work: lines in the common start or end of two versions are taken without comparing their text', () => {
  const base = `protocol "P"
target mono
scale 5 mmol
reagent amine = 1,4-diazepane 3.0 equiv
reagent ald = benzaldehyde 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE
step "A"
  add amine, ald
  stir 30 min
  add stab
  stir 30 min
  note "ab"
workup
  quench sat. NaHCO3
`;
  // Each edit: [offset, characters removed, text inserted]. Same-length replacements at the
  // first and the last character of a line (the text around them is the same, only that
  // character differs), at the start and end of the text, line breaks added and removed, and
  // repeated lines (where the common start and end overlap).
  const at = (needle: string, shift = 0) => base.indexOf(needle) + shift;
  const edits: [number, number, string][] = [
    [at('30 min\n  add stab', 5), 1, 'x'], // the last character of a line: `30 mix`
    [at('30 min\n  add stab', 6), 0, 'x'], // appended at the end of a line
    [at('  add stab'), 1, '\t'], // the first character of a line
    [at('add stab'), 0, '\n'], // a line break inserted
    [at('\n  add stab'), 1, ''], // a line break removed (two lines joined)
    [at('\n  add stab'), 1, '\r\n'], // LF → CRLF
    [0, 1, 'P'], // the first character
    [0, 0, '\n'], // a line before all the others
    [base.length - 1, 1, ''], // the last line break
    [base.length, 0, 'x'], // after the last line break
    [at('stir 30 min\n  add stab'), 14, ''], // `stir 30 min\n  ` removed: the next `stir 30 min` moves up
    [at('30 min\n  note', 3), 3, 'min'], // a replacement by the same text
    [at('"ab"', 1), 2, 'ba'],
  ];
  for (const [offset, removed, inserted] of edits) {
    it(`${JSON.stringify(base.slice(offset, offset + removed))} → ${JSON.stringify(inserted)} at ${offset}: the same tree as a fresh parse, there and back`, () => {
      const edited = base.slice(0, offset) + inserted + base.slice(offset + removed);
      const first = parse(base);
      const second = parse(edited, { reuse: first });
      assert.deepEqual(second, parse(edited));
      assert.deepEqual(parse(base, { reuse: second }), parse(base));
    });
  }
});
