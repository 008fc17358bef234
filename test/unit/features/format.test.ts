import { strict as assert } from 'node:assert';
import { parse } from '../../../server/src/syntax/parser';
import { formatDocument } from '../../../server/src/features/format';
import { print } from '../../../server/src/syntax/print';
import { samples } from '../corpus';
import { apply, EXAMPLE } from './helpers';

const MESSY = [
  '# my protocol   ',
  'protocol   "Messy one"',
  '   target mono',
  'scale 5   mmol',
  '',
  '',
  'reagent d=1,4-diazepane 3.0 equiv   # the amine',
  'reagent   stab =   NaBH(OAc)3 1.5 equiv',
  'reagent ald = benzaldehyde 1.0 equiv',
  'solvent DCE 0.2 M',
  'step   "One"',
  'add d,ald',
  '      # keep stirring',
  'stir 30 min at rt',
  '      add stab',
  'workup',
  'quench sat. NaHCO3',
  '',
].join('\n');

function format(text: string): string {
  return apply(text, formatDocument(parse(text)));
}

describe('features/format', () => {
  it('lays out a messy protocol and keeps every comment', () => {
    const out = format(MESSY);
    assert.equal(
      out,
      [
        '# my protocol',
        'protocol "Messy one"',
        'target mono',
        'scale 5 mmol',
        '',
        'reagent d    = 1,4-diazepane 3.0 equiv  # the amine',
        'reagent stab = NaBH(OAc)3    1.5 equiv',
        'reagent ald  = benzaldehyde  1.0 equiv',
        'solvent DCE 0.2 M',
        'step "One"',
        '  add d, ald',
        '  # keep stirring',
        '  stir 30 min at rt',
        '  add stab',
        'workup',
        '  quench sat. NaHCO3',
        '',
      ].join('\n'),
    );
    for (const c of ['# my protocol', '# the amine', '# keep stirring']) assert.ok(out.includes(c), c);
  });

  it('edits only the lines that change (one edit each), and nothing for formatted text', () => {
    // Two blank lines become one: the lines move, so one edit covers what changes.
    assert.equal(apply(MESSY, formatDocument(parse(MESSY))), print(parse(MESSY)));
    const keeps = MESSY.replace('\n\n\n', '\n\n');
    const edits = formatDocument(parse(keeps));
    assert.ok(edits.length > 1);
    for (const e of edits) assert.equal(e.range.start.line, e.range.end.line, 'one line each');
    assert.equal(apply(keeps, edits), print(parse(keeps)));
    // A line already in place gets no edit: the cursor and marks on it stay.
    const one = EXAMPLE.replace('  stir 30 min at rt', '  stir   30 min at rt');
    const only = formatDocument(parse(one));
    assert.equal(only.length, 1);
    assert.equal(only[0].newText, '  stir 30 min at rt');
    assert.deepEqual(formatDocument(parse(EXAMPLE)), []);
  });

  it("indents with the editor's tabSize or a tab (FormattingOptions), two spaces by default", () => {
    const four = apply(EXAMPLE, formatDocument(parse(EXAMPLE), { tabSize: 4, insertSpaces: true }));
    assert.match(four, /\n {4}add diazepane, ald, acid\n/);
    assert.deepEqual(formatDocument(parse(four), { tabSize: 4, insertSpaces: true }), [], 'idempotent at 4');
    const tabs = apply(EXAMPLE, formatDocument(parse(EXAMPLE), { tabSize: 4, insertSpaces: false }));
    assert.match(tabs, /\n\tadd diazepane, ald, acid\n/);
    assert.deepEqual(formatDocument(parse(EXAMPLE), { tabSize: 99, insertSpaces: true }), [], 'an unusable size is two spaces');
  });

  it('is idempotent on the messy text and on every sample', () => {
    for (const text of [MESSY, ...samples().map((s) => s.text)]) {
      const once = format(text);
      assert.deepEqual(formatDocument(parse(once)), [], 'formatting twice changes nothing');
    }
  });

  it('keeps a separating comma on the name, and a comment line inside the table does not split it', () => {
    const t = 'reagent diazepane = 1,4-diazepane 3.0 equiv\n# rxn-disable-next-line unknown-reagent\nreagent x = mystery-thing, 1.0 equiv\nreagent stab = "NaBH(OAc)3" , 1.5 equiv\n';
    assert.equal(
      format(t),
      'reagent diazepane = 1,4-diazepane  3.0 equiv\n# rxn-disable-next-line unknown-reagent\nreagent x         = mystery-thing, 1.0 equiv\nreagent stab      = "NaBH(OAc)3",  1.5 equiv\n',
    );
    // The names read the same before and after.
    const names = (s: string) => parse(s).statements.map((st) => (st.kind === 'reagent' ? st.name.text : ''));
    assert.deepEqual(names(format(t)), names(t));
  });

  it('aligns by the columns characters take on screen (wide CJK, combining marks)', () => {
    const t = 'reagent a = 塩酸 1.0 equiv\nreagent b = NaBH4 1.0 equiv\nreagent c = 4A\u030a sieves 10 mg\n';
    // 塩酸 takes 4 columns, NaBH4 5, `4Å sieves` (A + combining ring) 9: the amounts line up.
    assert.equal(format(t), 'reagent a = 塩酸      1.0 equiv\nreagent b = NaBH4     1.0 equiv\nreagent c = 4A\u030a sieves 10 mg\n');
  });

  it('keeps CRLF line endings', () => {
    const crlf = MESSY.replace(/\n/g, '\r\n');
    const out = format(crlf);
    assert.ok(out.includes('\r\n'));
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
    assert.equal(out, format(MESSY).replace(/\n/g, '\r\n'));
  });
});
