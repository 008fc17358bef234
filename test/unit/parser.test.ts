/**
 * The parser and the formatter on every form of docs/language.md, with exact ranges
 * (zero-based lines, UTF-16 columns, end exclusive).
 */
import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/syntax/parser';
import { print } from '../../server/src/syntax/print';
import type { Document, ParseProblem, Quantity, Statement } from '../../server/src/syntax/ast';
import type { Range } from '../../server/src/types';
import { lookupUnit, toBaseUnit } from '../../server/src/syntax/units';
import { keywordsForBlock, canonicalKeyword } from '../../server/src/syntax/keywords';
import { samples } from './corpus';
import { SPEC_EXAMPLE } from '../fixtures/example';

function r(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The range of the n-th occurrence of `sub` on line `line` of `text` (an oracle independent of the parser). */
function find(text: string, line: number, sub: string, nth = 0): Range {
  const t = text.split(/\r\n|\n|\r/)[line];
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = t.indexOf(sub, i + 1);
    assert.ok(i >= 0, `'${sub}' not on line ${line}`);
  }
  return r(line, i, i + sub.length);
}

/** The statement type(s) of a kind (distributes over kinds shared by one interface, e.g. `quench`). */
type StmtOf<K> = Statement extends infer S ? (S extends { kind: infer SK } ? (K extends SK ? S : never) : never) : never;

function stmt<K extends Statement['kind']>(doc: Document, line: number, kind: K): StmtOf<K> {
  const s = doc.lines[line].statement;
  assert.ok(s, `line ${line} has no statement; problems: ${JSON.stringify(doc.problems.map((p) => p.message))}`);
  assert.equal(s.kind, kind);
  return s as StmtOf<K>;
}

/** Parses `body` as the lines of a step (a header line and `step` come first). */
function inStep(body: string): { doc: Document; text: string; first: number } {
  const text = `step\n${body}`;
  return { doc: parse(text), text, first: 1 };
}

function inWorkup(body: string): { doc: Document; text: string; first: number } {
  const text = `workup\n${body}`;
  return { doc: parse(text), text, first: 1 };
}

function only(doc: Document): ParseProblem {
  assert.equal(doc.problems.length, 1, JSON.stringify(doc.problems, null, 1));
  return doc.problems[0];
}

function qty(q: Quantity | undefined): [number, string, string] {
  assert.ok(q);
  return [q.value, q.unit, q.kind];
}

describe('parser: lines, line endings, BOM', () => {
  it('splits LF, CRLF, lone CR and mixed endings and records each one', () => {
    const doc = parse('target mono\r\nscale 5 mmol\nmode one-pot\rstep\r\n');
    assert.deepEqual(
      doc.lines.map((l) => [l.text, l.eol]),
      [
        ['target mono', '\r\n'],
        ['scale 5 mmol', '\n'],
        ['mode one-pot', '\r'],
        ['step', '\r\n'],
        ['', ''],
      ],
    );
    assert.equal(doc.eol, '\n'); // 2 CRLF vs 2 others: not a majority
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(stmt(doc, 1, 'scale').quantity.range, r(1, 6, 12));
    assert.deepEqual(stmt(doc, 2, 'mode').value.range, r(2, 5, 12));
  });

  it('takes CRLF as the file ending when most lines use it', () => {
    assert.equal(parse('a\r\nb\r\nc\nd').eol, '\r\n');
    assert.equal(parse('a\nb\nc\r\nd').eol, '\n');
    assert.equal(parse('one line').eol, '\n');
  });

  it('takes a lone CR as the file ending when most lines use it (old Mac files)', () => {
    assert.equal(parse('a\rb\rc\nd').eol, '\r');
    assert.equal(parse('a\rb\nc\r\nd').eol, '\n');
  });

  it('strips a BOM and keeps positions relative to the text without it', () => {
    const doc = parse('\uFEFFtarget di\n');
    assert.equal(doc.hasBom, true);
    assert.equal(doc.text, 'target di\n');
    assert.equal(doc.lines[0].text, 'target di');
    const t = stmt(doc, 0, 'target');
    assert.equal(t.degree, 'di');
    assert.deepEqual(t.keyword.range, r(0, 0, 6));
    assert.deepEqual(t.value.range, r(0, 7, 9));
    assert.equal(parse('target di').hasBom, false);
  });

  it('records indentation (tabs and spaces) and the block of every line', () => {
    const text = 'protocol "x"\n\nstep\n\t add a\n\n# c\nworkup\n  \tdry Na2SO4\n';
    const doc = parse(text);
    assert.deepEqual(
      doc.lines.map((l) => [l.indent, l.block]),
      [
        [0, 'header'],
        [0, 'header'],
        [0, 'step'],
        [2, 'step'],
        [0, 'step'],
        [0, 'step'],
        [0, 'workup'],
        [3, 'workup'],
        [0, 'workup'],
      ],
    );
    assert.deepEqual(stmt(doc, 3, 'add').aliases[0].range, r(3, 6, 7));
    assert.deepEqual(stmt(doc, 7, 'dry').name.range, r(7, 7, 13));
  });

  it('counts columns in UTF-16 code units: µ, °, Å and emoji do not shift later tokens', () => {
    const text = 'reagent s😀 = x\nreagent sv = 4Å sieves 😀 500 µL role dehydrating';
    const doc = parse(text);
    assert.equal(doc.lines[0].invalid, true);
    assert.deepEqual(only(doc).range, r(0, 8, 11)); // the emoji is two code units
    const s = stmt(doc, 1, 'reagent');
    assert.equal(s.name.text, '4Å sieves 😀');
    assert.deepEqual(s.name.range, r(1, 13, 25));
    assert.deepEqual(s.quantities[0].range, r(1, 26, 32));
    assert.deepEqual(s.quantities[0].unitRange, r(1, 30, 32));
    assert.deepEqual(s.role?.value.range, r(1, 38, 49));
  });
});

describe('parser: comments and suppressions', () => {
  it('keeps own-line and trailing comments with their ranges', () => {
    const text = '# whole line\nscale 5 mmol   # trailing  \n   #indented';
    const doc = parse(text);
    assert.deepEqual(doc.lines[0].comment, { text: ' whole line', range: r(0, 0, 12) });
    assert.deepEqual(doc.lines[1].comment, { text: ' trailing  ', range: r(1, 15, 27) });
    assert.deepEqual(stmt(doc, 1, 'scale').range, r(1, 0, 12));
    assert.deepEqual(doc.lines[2].comment, { text: 'indented', range: r(2, 3, 12) });
    assert.equal(doc.lines[2].statement, undefined);
    assert.equal(doc.lines[2].invalid, undefined);
  });

  it('does not start a comment at a # inside a double-quoted string', () => {
    const text = 'protocol "Compound #7" # the seventh\nstep "a#b"\n  note "pH # 8" #x';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const p = stmt(doc, 0, 'protocol');
    assert.equal(p.title.text, 'Compound #7');
    assert.deepEqual(p.title.range, r(0, 10, 21));
    assert.deepEqual(p.range, r(0, 0, 22));
    assert.deepEqual(doc.lines[0].comment?.range, r(0, 23, 36));
    assert.equal(stmt(doc, 1, 'step').title?.text, 'a#b');
    assert.equal(doc.lines[1].comment, undefined);
    assert.equal(stmt(doc, 2, 'note').text.text, 'pH # 8');
    assert.equal(doc.lines[2].comment?.text, 'x');
  });

  it('reads a lone quote as an ordinary character, so a # after it is a comment', () => {
    const doc = parse('step 5" # comment');
    assert.equal(stmt(doc, 0, 'step').title?.text, '5"');
    assert.equal(doc.lines[0].comment?.text, ' comment');
  });

  it('parses suppression comments with exact rule ranges', () => {
    const text = [
      '# rxn-disable-next-line missing-acid, unknown-reagent',
      '# RXN-DISABLE stab-water,acid-excess  mono-stoichiometry -- reason here',
      'target mono  # rxn-disable-next-line di-stoichiometry',
      '# rxn-disable',
      '# rxn-disabled foo',
      '#rxn-disable-next-line x',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.suppressions, [
      {
        kind: 'next-line',
        line: 0,
        rules: [
          { text: 'missing-acid', range: r(0, 24, 36) },
          { text: 'unknown-reagent', range: r(0, 38, 53) },
        ],
      },
      {
        kind: 'file',
        line: 1,
        rules: [
          { text: 'stab-water', range: r(1, 14, 24) },
          { text: 'acid-excess', range: r(1, 25, 36) },
          { text: 'mono-stoichiometry', range: r(1, 38, 56) },
        ],
      },
      { kind: 'next-line', line: 2, rules: [{ text: 'di-stoichiometry', range: r(2, 37, 53) }] },
      { kind: 'file', line: 3, rules: [] },
      { kind: 'next-line', line: 5, rules: [{ text: 'x', range: r(5, 23, 24) }] },
    ]);
    assert.deepEqual(doc.problems, []);
  });
});

describe('parser: header lines', () => {
  it('reads protocol, target, scale and mode', () => {
    const text = 'protocol "1-(Pyridin-4-ylmethyl)-1,4-diazepane"\ntarget mono\nscale 5 mmol\nmode one-pot';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const p = stmt(doc, 0, 'protocol');
    assert.equal(p.title.text, '1-(Pyridin-4-ylmethyl)-1,4-diazepane');
    assert.deepEqual(p.keyword, { text: 'protocol', range: r(0, 0, 8) });
    assert.deepEqual(p.title.range, r(0, 10, 46));
    assert.deepEqual(p.range, r(0, 0, 47));
    assert.equal(stmt(doc, 1, 'target').degree, 'mono');
    const s = stmt(doc, 2, 'scale');
    assert.deepEqual(s.quantity, {
      value: 5,
      unit: 'mmol',
      kind: 'amount',
      raw: '5 mmol',
      range: r(2, 6, 12),
      valueRange: r(2, 6, 7),
      unitRange: r(2, 8, 12),
      unitText: 'mmol',
    });
    assert.equal(stmt(doc, 3, 'mode').mode, 'one-pot');
  });

  it('accepts an unquoted title and case-insensitive keywords and values', () => {
    const doc = parse('PROTOCOL Reductive amination, run 3\nTarget Di-Alkylation\nScale 250 µmol\nMODE Two Step');
    assert.deepEqual(doc.problems, []);
    assert.equal(stmt(doc, 0, 'protocol').title.text, 'Reductive amination, run 3');
    assert.equal(stmt(doc, 0, 'protocol').keyword.text, 'PROTOCOL');
    assert.equal(stmt(doc, 1, 'target').degree, 'di');
    assert.deepEqual(qty(stmt(doc, 2, 'scale').quantity), [250, 'µmol', 'amount']);
    const m = stmt(doc, 3, 'mode');
    assert.equal(m.mode, 'two-step');
    assert.deepEqual(m.value, { text: 'Two Step', range: r(3, 5, 13) });
  });

  it('knows every spelling of target and mode', () => {
    const degrees: Record<string, string> = { mono: 'mono', 'mono-alkylation': 'mono', monoalkylation: 'mono', di: 'di', 'di-alkylation': 'di', tri: 'tri', 'tri-alkylation': 'tri' };
    for (const [w, d] of Object.entries(degrees)) assert.equal(stmt(parse(`target ${w}`), 0, 'target').degree, d, w);
    const modes: Record<string, string> = { 'one-pot': 'one-pot', onepot: 'one-pot', 'one pot': 'one-pot', direct: 'one-pot', 'two-step': 'two-step', 'two step': 'two-step', indirect: 'two-step' };
    for (const [w, m] of Object.entries(modes)) assert.equal(stmt(parse(`mode ${w}`), 0, 'mode').mode, m, w);
  });

  it('reports a bad target value, a missing title and a scale of the wrong kind', () => {
    let doc = parse('target quad');
    assert.deepEqual(only(doc), { rule: 'syntax-error', range: r(0, 7, 11), message: "Unknown target 'quad': expected mono, di or tri." });
    assert.equal(doc.lines[0].invalid, true);
    assert.equal(doc.lines[0].statement, undefined);

    doc = parse('protocol');
    assert.equal(only(doc).rule, 'syntax-error');
    assert.deepEqual(only(doc).range, r(0, 0, 8));

    doc = parse('scale 5 g');
    const p = only(doc);
    assert.equal(p.rule, 'invalid-quantity');
    assert.deepEqual(p.range, r(0, 6, 9));
    assert.match(p.message, /`scale` takes an amount .*not a mass/);
    const s = stmt(doc, 0, 'scale');
    assert.equal(s.quantity.invalid, true);
    assert.equal(s.quantity.kind, 'mass');
  });

  it('rejects header lines after the first step, without attaching them', () => {
    const doc = parse('step\nscale 5 mmol\ntarget mono');
    assert.equal(doc.problems.length, 2);
    assert.deepEqual(doc.problems[0], {
      rule: 'syntax-error',
      range: r(1, 0, 5),
      message: '`scale` is a header line: it must come before the first step.',
    });
    assert.deepEqual(doc.problems[1].range, r(2, 0, 6));
    assert.equal(doc.lines[1].statement, undefined);
    assert.equal(doc.lines[1].invalid, true);
    assert.deepEqual(doc.statements.map((s) => s.kind), ['step']);
  });
});

describe('parser: reagent declarations', () => {
  it('reads names with commas and digits up to the first quantity', () => {
    const text = [
      'reagent diazepane = 1,4-diazepane             3.0 equiv',
      'reagent ald2 = 2,6-dimethylbenzaldehyde 1.0 eq',
      'reagent ald  = pyridine-4-carboxaldehyde 1.0 equiv, 0.54 g, 0.47 mL',
      'reagent boc = tert-butyl 1,4-diazepane-1-carboxylate 2 mmol',
      'reagent hcl = 4 M HCl in dioxane 2.0 equiv',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const a = stmt(doc, 0, 'reagent');
    assert.deepEqual(a.keyword.range, r(0, 0, 7));
    assert.deepEqual(a.alias, { text: 'diazepane', range: r(0, 8, 17) });
    assert.deepEqual(a.name, { text: '1,4-diazepane', range: r(0, 20, 33) });
    assert.equal(a.quoted, false);
    assert.deepEqual(a.quantities[0].range, r(0, 46, 55));
    assert.deepEqual(a.range, r(0, 0, 55));
    assert.equal(stmt(doc, 1, 'reagent').name.text, '2,6-dimethylbenzaldehyde');
    assert.deepEqual(qty(stmt(doc, 1, 'reagent').quantities[0]), [1, 'equiv', 'equiv']);
    const c = stmt(doc, 2, 'reagent');
    assert.equal(c.name.text, 'pyridine-4-carboxaldehyde');
    assert.deepEqual(c.quantities.map(qty), [
      [1, 'equiv', 'equiv'],
      [0.54, 'g', 'mass'],
      [0.47, 'mL', 'volume'],
    ]);
    assert.deepEqual(c.quantities[1].range, find(text, 2, '0.54 g'));
    assert.deepEqual(c.quantities[2].range, find(text, 2, '0.47 mL'));
    assert.equal(stmt(doc, 3, 'reagent').name.text, 'tert-butyl 1,4-diazepane-1-carboxylate');
    assert.equal(stmt(doc, 4, 'reagent').name.text, '4 M HCl in dioxane');
  });

  it('ends a name at a comma written without a space before an amount (`benzaldehyde,1 equiv`)', () => {
    const text = [
      'reagent ald = benzaldehyde,1 equiv',
      'reagent dz = 1,4-diazepane,3.0 equiv',
      'reagent base = N,N-diisopropylethylamine,2 equiv',
      'reagent cat = Pd/C 10%,50 mg',
      'reagent ald2 = 2,6-dichlorobenzaldehyde,1.0equiv,106mg',
      'reagent stab = STAB 1,5 equiv',
      'reagent nabh4 = NaBH4,1.5 equiv',
      'reagent ti = Ti(OiPr)4,1.2 equiv',
      'reagent py = pyrido[2,3-d]pyrimidine-6-carbaldehyde,1 equiv',
    ].join('\n');
    const doc = parse(text);
    const names = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => stmt(doc, i, 'reagent').name.text);
    assert.deepEqual(names, ['benzaldehyde', '1,4-diazepane', 'N,N-diisopropylethylamine', 'Pd/C 10%', '2,6-dichlorobenzaldehyde', 'STAB', 'NaBH4', 'Ti(OiPr)4', 'pyrido[2,3-d]pyrimidine-6-carbaldehyde']);
    assert.deepEqual(stmt(doc, 6, 'reagent').quantities.map(qty), [[1.5, 'equiv', 'equiv']]);
    assert.deepEqual(stmt(doc, 0, 'reagent').name.range, r(0, 14, 26));
    assert.deepEqual(stmt(doc, 0, 'reagent').quantities.map(qty), [[1, 'equiv', 'equiv']]);
    assert.deepEqual(stmt(doc, 0, 'reagent').quantities[0].range, find(text, 0, '1 equiv'));
    assert.deepEqual(stmt(doc, 3, 'reagent').quantities.map(qty), [[50, 'mg', 'mass']]);
    assert.deepEqual(stmt(doc, 4, 'reagent').quantities.map(qty), [[1, 'equiv', 'equiv'], [106, 'mg', 'mass']]);
    // A comma after a digit is a locant or a decimal comma, never the name's end.
    assert.deepEqual(doc.problems.map((p) => p.range.start.line), [5]);
    assert.match(doc.problems[0].message, /Decimal comma in '1,5'/);
  });

  it('keeps digits that are not followed by a unit in the name (4Å, 4 Å)', () => {
    const doc = parse('reagent ms = 4Å molecular sieves 500 mg\nreagent ms2 = 4 Å sieves 1 g');
    assert.deepEqual(doc.problems, []);
    assert.equal(stmt(doc, 0, 'reagent').name.text, '4Å molecular sieves');
    assert.equal(stmt(doc, 1, 'reagent').name.text, '4 Å sieves');
  });

  it('reads a quoted name without its quotes', () => {
    const text = 'reagent w = "4-(dimethylamino)benzaldehyde 2.0" 1.0 equiv';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const s = stmt(doc, 0, 'reagent');
    assert.equal(s.quoted, true);
    assert.deepEqual(s.name, { text: '4-(dimethylamino)benzaldehyde 2.0', range: r(0, 13, 46) });
    assert.deepEqual(s.quantities[0].range, find(text, 0, '1.0 equiv'));
  });

  it('reads every attribute', () => {
    const text = 'reagent y = mystery aldehyde 150 mg, 1.2 mmol role carbonyl smiles "O=Cc1ccco1" mw 96.08 density 1.16 limiting';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const s = stmt(doc, 0, 'reagent');
    assert.equal(s.name.text, 'mystery aldehyde');
    assert.deepEqual(s.quantities.map(qty), [
      [150, 'mg', 'mass'],
      [1.2, 'mmol', 'amount'],
    ]);
    assert.deepEqual(s.role, { value: { text: 'carbonyl', range: find(text, 0, 'carbonyl') }, role: 'carbonyl' });
    assert.deepEqual(s.smiles, { text: 'O=Cc1ccco1', range: find(text, 0, 'O=Cc1ccco1') });
    assert.deepEqual(s.mw, { value: 96.08, token: { text: '96.08', range: find(text, 0, '96.08') } });
    assert.deepEqual(s.density, { value: 1.16, token: { text: '1.16', range: find(text, 0, '1.16') } });
    assert.deepEqual(s.limiting, { text: 'limiting', range: find(text, 0, 'limiting') });
  });

  it('accepts every role (case-insensitive), an unquoted SMILES and units after mw/density', () => {
    for (const role of ['amine', 'carbonyl', 'reductant', 'acid', 'base', 'dehydrating', 'catalyst', 'additive']) {
      const s = stmt(parse(`reagent x = foo role ${role.toUpperCase()}`), 0, 'reagent');
      assert.equal(s.role?.role, role);
    }
    const s = stmt(parse('reagent x = foo smiles CCO mw 46.07 g/mol density 0.789 g/mL'), 0, 'reagent');
    assert.equal(s.smiles?.text, 'CCO');
    assert.equal(s.mw?.value, 46.07);
    assert.equal(s.density?.value, 0.789);
  });

  it('reads µ, μ and u, attached units and other unit spellings', () => {
    const text = 'reagent z = benzaldehyde 20 µL, 20 μL, 20 uL, 5 µmol, 5 umol, 0.2 kg, 1 L, 3.0equiv, 2 eq., 5mmol, 1e-3 mol, .5 mg, 2 equivalents';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const s = stmt(doc, 0, 'reagent');
    assert.deepEqual(s.quantities.map(qty), [
      [20, 'µL', 'volume'],
      [20, 'µL', 'volume'],
      [20, 'µL', 'volume'],
      [5, 'µmol', 'amount'],
      [5, 'µmol', 'amount'],
      [0.2, 'kg', 'mass'],
      [1, 'L', 'volume'],
      [3, 'equiv', 'equiv'],
      [2, 'equiv', 'equiv'],
      [5, 'mmol', 'amount'],
      [0.001, 'mol', 'amount'],
      [0.5, 'mg', 'mass'],
      [2, 'equiv', 'equiv'],
    ]);
    const attached = s.quantities[7];
    assert.equal(attached.unitText, 'equiv');
    assert.deepEqual(attached.valueRange, find(text, 0, '3.0'));
    assert.deepEqual(attached.unitRange, r(0, find(text, 0, '3.0equiv').start.character + 3, find(text, 0, '3.0equiv').end.character));
    assert.equal(s.quantities[1].unitText, 'μL');
    assert.equal(s.quantities[8].unitText, 'eq.');
  });

  it('reports a decimal comma with a replacement and still reads the value', () => {
    const text = 'REAGENT Acid = AcOH 1,5 equiv';
    const doc = parse(text);
    assert.deepEqual(only(doc), {
      rule: 'invalid-quantity',
      range: r(0, 20, 23),
      message: "Decimal comma in '1,5': numbers use a decimal point (1.5).",
      replacement: { title: 'Use a decimal point: 1.5', text: '1.5' },
    });
    const q = stmt(doc, 0, 'reagent').quantities[0];
    assert.equal(q.value, 1.5);
    assert.equal(q.decimalComma, true);
    assert.equal(q.invalid, undefined);
    assert.equal(doc.lines[0].invalid, undefined);
  });

  it('does not guess at 1,500: a decimal comma or a thousands separator', () => {
    const doc = parse('reagent a = AcOH 1,500 mg');
    const p = only(doc);
    assert.equal(p.rule, 'invalid-quantity');
    assert.equal(p.replacement, undefined);
    assert.equal(stmt(doc, 0, 'reagent').quantities[0].invalid, true);
  });

  it('reports unknown units, missing units, zero and negative amounts, and the wrong kind', () => {
    let doc = parse('reagent c = foo 5 mgs');
    let p = only(doc);
    assert.equal(p.rule, 'invalid-quantity');
    assert.deepEqual(p.range, r(0, 18, 21));
    assert.match(p.message, /^Unknown unit 'mgs' \(did you mean mg\?\)/);
    let q = stmt(doc, 0, 'reagent').quantities[0];
    assert.equal(q.invalid, true);
    assert.equal(q.unitText, 'mgs');
    assert.equal(q.kind, 'mass');

    doc = parse('reagent d = bar 1.0');
    p = only(doc);
    assert.deepEqual(p.range, r(0, 16, 19));
    assert.match(p.message, /'1.0' needs a unit/);
    assert.equal(stmt(doc, 0, 'reagent').name.text, 'bar');

    for (const [amount, range] of [['0 equiv', r(0, 16, 23)], ['-2 mmol', r(0, 16, 23)]] as const) {
      doc = parse(`reagent e = baz ${amount}`);
      p = only(doc);
      assert.equal(p.rule, 'invalid-quantity');
      assert.deepEqual(p.range, range);
      assert.match(p.message, /must be greater than zero/);
      assert.equal(stmt(doc, 0, 'reagent').quantities[0].invalid, true);
    }

    doc = parse('reagent x = y 5 min');
    p = only(doc);
    assert.deepEqual(p.range, r(0, 14, 19));
    assert.equal(p.message, 'A reagent quantity takes equivalents, an amount, a mass or a volume (equiv, mmol, mg, g, µL, mL), not a time (min).');
    q = stmt(doc, 0, 'reagent').quantities[0];
    assert.equal(q.invalid, true);
    assert.equal(q.kind, 'time');
  });

  it('reports a bad alias, a missing =, a missing name and an unknown role on the offending token', () => {
    let doc = parse('reagent 2x = foo');
    assert.deepEqual(only(doc).range, r(0, 8, 10));
    assert.equal(doc.lines[0].statement, undefined);

    doc = parse('reagent ald benzaldehyde 1.0 equiv');
    assert.deepEqual(only(doc).range, r(0, 12, 24));
    assert.match(only(doc).message, /Expected `=`/);

    doc = parse('reagent a = 1.0 equiv');
    assert.deepEqual(only(doc).range, r(0, 10, 11));
    assert.match(only(doc).message, /name is missing/);

    doc = parse('reagent v = cyclohexanone 1.0 equiv role solvent');
    assert.deepEqual(only(doc), {
      rule: 'syntax-error',
      range: r(0, 41, 48),
      message: "Unknown role 'solvent': expected one of amine, carbonyl, reductant, acid, base, dehydrating, catalyst, additive.",
    });
    // The declaration itself is kept (so `add v` is not also undeclared), but the line is invalid.
    assert.equal(doc.lines[0].invalid, true);
    assert.equal(stmt(doc, 0, 'reagent').alias.text, 'v');
    assert.equal(stmt(doc, 0, 'reagent').role, undefined);
  });

  it('separates quantities at commas even without spaces', () => {
    let doc = parse('reagent q = benzaldehyde 1.0equiv,106mg');
    assert.deepEqual(doc.problems, []);
    let s = stmt(doc, 0, 'reagent');
    assert.equal(s.name.text, 'benzaldehyde');
    assert.deepEqual(s.quantities.map((q) => [q.raw, q.range]), [
      ['1.0equiv', r(0, 25, 33)],
      ['106mg', r(0, 34, 39)],
    ]);
    doc = parse('reagent r = b 1.0,2 mmol');
    s = stmt(doc, 0, 'reagent');
    assert.equal(s.name.text, 'b');
    assert.deepEqual(only(doc).range, r(0, 14, 17)); // '1.0' has no unit
    assert.deepEqual(qty(s.quantities[1]), [2, 'mmol', 'amount']);
    assert.equal(stmt(parse('reagent t = 1,2,4-triazole 1 equiv'), 0, 'reagent').name.text, '1,2,4-triazole');
  });

  it('explains mol% instead of guessing a unit', () => {
    const doc = parse('reagent pd = Pd/C 10 mol%');
    assert.deepEqual(only(doc), {
      rule: 'invalid-quantity',
      range: r(0, 21, 25),
      message: "Unknown unit 'mol%': give a catalyst loading in equivalents (10 mol% = 0.1 equiv).",
    });
    assert.equal(stmt(doc, 0, 'reagent').quantities[0].invalid, true);
    // With a space before the sign (ACS style) it is the same loading, not 10 mol.
    const spaced = parse('reagent pd = Pd/C 10 mol %');
    assert.deepEqual(only(spaced), {
      rule: 'invalid-quantity',
      range: r(0, 21, 26),
      message: "Unknown unit 'mol %': give a catalyst loading in equivalents (10 mol % = 0.1 equiv).",
    });
    assert.equal(stmt(spaced, 0, 'reagent').quantities.length, 1);
    assert.equal(stmt(spaced, 0, 'reagent').quantities[0].invalid, true);
  });

  it('does not swallow a mistyped amount into the name', () => {
    // A stray dot between the number and its unit: reported, with a safe fix; the name stays clean.
    const dot = parse('reagent d = 1,4-diazepane 3.0. equiv');
    assert.equal(stmt(dot, 0, 'reagent').name.text, '1,4-diazepane');
    assert.deepEqual(stmt(dot, 0, 'reagent').quantities.map((q) => [q.value, q.unit, !!q.invalid]), [[3, 'equiv', false]]);
    assert.deepEqual(only(dot), {
      rule: 'invalid-quantity',
      range: r(0, 29, 30),
      message: "A stray '.' follows the number 3.0: remove it.",
      replacement: { title: "Remove the '.'", text: '' },
    });
    // A comma between the name and the amount separates them.
    const comma = parse('reagent d = 1,4-diazepane, 3 equiv');
    assert.deepEqual(comma.problems, []);
    assert.equal(stmt(comma, 0, 'reagent').name.text, '1,4-diazepane');
    // A one-letter unit in the wrong case is reported as that unit, not read as part of the name.
    const m = parse('solvent MeOH 0.2 m');
    assert.equal(stmt(m, 0, 'solvent').name.text, 'MeOH');
    assert.match(only(m).message, /^Unknown unit 'm' \(did you mean M\?\)/);
  });

  it('reads `40 ° C` as 40 °C, refuses a lower-case `k` (not −233 °C) and reports a stray dot in a time once', () => {
    const spaced = parse('step\n  heat to 40 ° C for 1 h\n  cool to 0 º C\n');
    assert.deepEqual(spaced.problems, []);
    assert.equal(stmt(spaced, 1, 'heat').temperature.celsius, 40);
    assert.equal(stmt(spaced, 1, 'heat').duration?.minutes, 60);
    const k = parse('step\n  stir 1 h at 40 k\n');
    assert.match(only(k).message, /^Unknown unit 'k' \(did you mean K\?\)/);
    assert.equal(parse('step\n  stir 1 h at 313 K\n').problems.length, 0);
    const dot = parse('step\n  stir 2. h\n');
    assert.deepEqual(only(dot), { rule: 'invalid-quantity', range: r(1, 8, 9), message: "A stray '.' follows the number 2: remove it.", replacement: { title: "Remove the '.'", text: '' } });
    assert.equal(stmt(dot, 1, 'stir').duration.minutes, 120);
  });

  it('accepts a = without spaces and reagents declared inside a step, not in the work-up', () => {
    let doc = parse('reagent a=AcOH 1 equiv');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(stmt(doc, 0, 'reagent').alias.range, r(0, 8, 9));
    assert.deepEqual(stmt(doc, 0, 'reagent').name.range, r(0, 10, 14));
    doc = parse('step\n  reagent late = AcOH 1 equiv\nworkup\n  reagent b = x');
    assert.equal(stmt(doc, 1, 'reagent').alias.text, 'late');
    assert.deepEqual(only(doc).range, r(3, 2, 9));
  });
});

describe('parser: solvent', () => {
  it('reads a name with a concentration or a volume', () => {
    const text = 'solvent DCE 0.2 M\nsolvent 1,4-dioxane 10 mL\nsolvent MeOH 50 mM';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const a = stmt(doc, 0, 'solvent');
    assert.deepEqual(a.name, { text: 'DCE', range: r(0, 8, 11) });
    assert.deepEqual(a.parts, [{ text: 'DCE', range: r(0, 8, 11) }]);
    assert.deepEqual(qty(a.amount), [0.2, 'M', 'concentration']);
    assert.deepEqual(a.amount?.range, r(0, 12, 17));
    assert.equal(stmt(doc, 1, 'solvent').name.text, '1,4-dioxane');
    assert.deepEqual(qty(stmt(doc, 1, 'solvent').amount), [10, 'mL', 'volume']);
    assert.deepEqual(qty(stmt(doc, 2, 'solvent').amount), [50, 'mM', 'concentration']);
  });

  it('splits mixtures into parts with exact ranges and reads the ratio', () => {
    const text = 'solvent DCE/AcOH 9:1\nsolvent 1,2-dichloroethane / MeOH / THF 4:1:1 0.1 M';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const a = stmt(doc, 0, 'solvent');
    assert.deepEqual(a.name.range, r(0, 8, 16));
    assert.deepEqual(a.parts, [
      { text: 'DCE', range: r(0, 8, 11) },
      { text: 'AcOH', range: r(0, 12, 16) },
    ]);
    assert.deepEqual(a.ratio, { text: '9:1', range: r(0, 17, 20) });
    const b = stmt(doc, 1, 'solvent');
    assert.deepEqual(
      b.parts.map((p) => [p.text, p.range]),
      [
        ['1,2-dichloroethane', find(text, 1, '1,2-dichloroethane')],
        ['MeOH', find(text, 1, 'MeOH')],
        ['THF', find(text, 1, 'THF')],
      ],
    );
    assert.equal(b.ratio?.text, '4:1:1');
    assert.deepEqual(qty(b.amount), [0.1, 'M', 'concentration']);
  });

  it('reports a ratio that does not match the mixture and an amount of the wrong kind', () => {
    let doc = parse('solvent DCE/AcOH 4:1:1');
    assert.deepEqual(only(doc).range, r(0, 17, 22));
    assert.match(only(doc).message, /3 numbers but the mixture has 2/);
    doc = parse('solvent DCE 5 g');
    assert.equal(only(doc).rule, 'invalid-quantity');
    assert.deepEqual(only(doc).range, r(0, 12, 15));
    assert.equal(stmt(doc, 0, 'solvent').amount?.invalid, true);
    doc = parse('workup\nsolvent DCM');
    assert.deepEqual(only(doc).range, r(1, 0, 7));
  });
});

describe('parser: steps and step statements', () => {
  it('reads step titles (quoted, unquoted, none) and workup', () => {
    const doc = parse('step "Imine formation"\nstep\nStep Reduction at 0 C\nWORK-UP');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(stmt(doc, 0, 'step').title, { text: 'Imine formation', range: r(0, 6, 21) });
    assert.equal(stmt(doc, 1, 'step').title, undefined);
    assert.equal(stmt(doc, 2, 'step').title?.text, 'Reduction at 0 C');
    assert.deepEqual(stmt(doc, 3, 'workup').keyword, { text: 'WORK-UP', range: r(3, 0, 7) });
  });

  it('reads add with aliases, manners and a temperature', () => {
    const { doc, text } = inStep(
      ['  add diazepane, ald,acid', '  add stab portionwise', '  ADD Acid_2 dropwise at 0 °C', '  add stab in 3 portions at rt', '  add x at -10 °C portion-wise'].join('\n'),
    );
    assert.deepEqual(doc.problems, []);
    const a = stmt(doc, 1, 'add');
    assert.deepEqual(a.aliases, [
      { text: 'diazepane', range: r(1, 6, 15) },
      { text: 'ald', range: r(1, 17, 20) },
      { text: 'acid', range: r(1, 21, 25) },
    ]);
    assert.deepEqual(a.range, r(1, 2, 25));
    assert.deepEqual(stmt(doc, 2, 'add').manner, { kind: 'portionwise', token: { text: 'portionwise', range: r(2, 11, 22) } });
    const c = stmt(doc, 3, 'add');
    assert.equal(c.manner?.kind, 'dropwise');
    assert.deepEqual(c.temperature, { celsius: 0, raw: '0 °C', range: find(text, 3, '0 °C') });
    const d = stmt(doc, 4, 'add');
    assert.deepEqual(d.manner, { kind: 'portions', count: 3, token: { text: 'in 3 portions', range: find(text, 4, 'in 3 portions') } });
    assert.equal(d.temperature?.word, 'rt');
    const e = stmt(doc, 5, 'add');
    assert.equal(e.manner?.kind, 'portionwise');
    assert.equal(e.temperature?.celsius, -10);
  });

  it('reports add problems on the offending token', () => {
    let { doc } = inStep('add a b');
    assert.deepEqual(only(doc).range, r(1, 6, 7));
    assert.match(only(doc).message, /separate aliases with commas/);
    ({ doc } = inStep('add a,'));
    assert.deepEqual(only(doc).range, r(1, 5, 6));
    ({ doc } = inStep('add'));
    assert.deepEqual(only(doc).range, r(1, 0, 3));
    ({ doc } = inStep('add a in 2.5 portions'));
    assert.deepEqual(only(doc).range, r(1, 9, 12));
    ({ doc } = inStep('add a dropwise over 10 min over 5 min'));
    assert.deepEqual(only(doc).range, r(1, 27, 31));
    assert.match(only(doc).message, /duration of the addition is given twice/);
    ({ doc } = inStep('add a dropwise over 10 mL'));
    assert.deepEqual(only(doc).range, r(1, 20, 25));
    assert.equal(only(doc).rule, 'invalid-quantity');
    const kept = doc.lines[1].statement;
    assert.ok(kept?.kind === 'add' && kept.duration === undefined && kept.aliases.length === 1, 'the add is kept without the faulty duration');
  });

  it('reads stir, wait, heat, cool, reflux with every time and temperature form', () => {
    const lines = [
      'stir 30 min at rt', // 1
      'stir 16 h at room temperature', // 2
      'stir overnight at 25 C', // 3
      'wait 2 hr', // 4
      'wait 1.5 hours', // 5
      'heat to 40-50 °C for 2 h', // 6
      'cool to -78 °C', // 7
      'heat to 313 K', // 8
      'reflux 3 h', // 9
      'stir 2 d at reflux', // 10
      'stir 90 s', // 11
      'reflux', // 12
      'reflux for 1 h', // 13
      'stir at 0 °C for 1 h 30 min', // 14
      'heat to reflux', // 15
      'stir 12-16 h at 40–45°C', // 16
      'wait 45 mins', // 17
      'Stir 1 d', // 18
    ];
    const { doc, text } = inStep(lines.join('\n'));
    assert.deepEqual(doc.problems, []);
    const s1 = stmt(doc, 1, 'stir');
    assert.deepEqual(s1.duration, { minutes: 30, raw: '30 min', range: r(1, 5, 11) });
    assert.deepEqual(s1.temperature, { celsius: 20, high: 25, word: 'rt', raw: 'rt', range: r(1, 15, 17) });
    assert.deepEqual(stmt(doc, 2, 'stir').temperature, {
      celsius: 20,
      high: 25,
      word: 'rt',
      raw: 'room temperature',
      range: find(text, 2, 'room temperature'),
    });
    assert.deepEqual(stmt(doc, 3, 'stir').duration, { minutes: 960, word: 'overnight', raw: 'overnight', range: r(3, 5, 14) });
    assert.equal(stmt(doc, 3, 'stir').temperature?.celsius, 25);
    assert.equal(stmt(doc, 4, 'wait').duration.minutes, 120);
    assert.equal(stmt(doc, 5, 'wait').duration.minutes, 90);
    const h = stmt(doc, 6, 'heat');
    assert.deepEqual(h.temperature, { celsius: 40, high: 50, raw: '40-50 °C', range: find(text, 6, '40-50 °C') });
    assert.deepEqual(h.duration?.range, find(text, 6, '2 h'));
    assert.equal(h.duration?.minutes, 120);
    assert.equal(stmt(doc, 7, 'cool').temperature.celsius, -78);
    assert.equal(stmt(doc, 8, 'heat').temperature.celsius, 39.85);
    assert.equal(stmt(doc, 9, 'reflux').duration?.minutes, 180);
    assert.deepEqual(stmt(doc, 10, 'stir').temperature, { word: 'reflux', raw: 'reflux', range: find(text, 10, 'reflux') });
    assert.equal(stmt(doc, 10, 'stir').duration.minutes, 2880);
    assert.equal(stmt(doc, 11, 'stir').duration.minutes, 1.5);
    assert.equal(stmt(doc, 12, 'reflux').duration, undefined);
    assert.equal(stmt(doc, 13, 'reflux').duration?.minutes, 60);
    const s14 = stmt(doc, 14, 'stir');
    assert.equal(s14.duration.minutes, 90);
    assert.equal(s14.duration.raw, '1 h 30 min');
    assert.equal(s14.temperature?.celsius, 0);
    assert.equal(stmt(doc, 15, 'heat').temperature.word, 'reflux');
    const s16 = stmt(doc, 16, 'stir');
    assert.equal(s16.duration.minutes, 720);
    assert.deepEqual([s16.temperature?.celsius, s16.temperature?.high, s16.temperature?.raw], [40, 45, '40–45°C']);
    assert.equal(stmt(doc, 17, 'wait').duration.minutes, 45);
    assert.equal(stmt(doc, 18, 'stir').duration.minutes, 1440);
  });

  it('reports missing and wrong durations and temperatures; such lines carry no statement', () => {
    const cases: [string, 'syntax-error' | 'invalid-quantity', Range, RegExp][] = [
      ['stir', 'syntax-error', r(1, 0, 4), /`stir` needs a duration such as `30 min`/],
      ['stir 5 mL', 'invalid-quantity', r(1, 5, 9), /^`stir` takes a time, not a volume \(mL\)\.$/],
      ['stir 0 min', 'invalid-quantity', r(1, 5, 10), /greater than zero/],
      ['stir 5 minuts', 'invalid-quantity', r(1, 7, 13), /^Unknown unit 'minuts' \(did you mean min/],
      ['stir 30 at rt', 'invalid-quantity', r(1, 5, 7), /'30' needs a unit/],
      ['stir at rt', 'syntax-error', r(1, 0, 4), /needs a duration/],
      ['cool to -300 C', 'invalid-quantity', r(1, 8, 14), /below absolute zero/],
      ['heat to 40', 'invalid-quantity', r(1, 8, 10), /needs a unit/],
      ['heat to 30 min', 'invalid-quantity', r(1, 8, 14), /takes a temperature, not a time/],
      ['heat to 50-40 °C', 'invalid-quantity', r(1, 8, 16), /from the lower to the higher/],
      ['heat', 'syntax-error', r(1, 0, 4), /needs a temperature/],
      ['cool to banana', 'syntax-error', r(1, 8, 14), /needs a temperature/],
      ['wait 2 h at rt', 'syntax-error', r(1, 9, 11), /Unexpected 'at'/],
      ['stir 1 h stirring', 'syntax-error', r(1, 9, 17), /Unexpected 'stirring'/],
      ['monitor', 'syntax-error', r(1, 0, 7), /needs a method/],
    ];
    for (const [line, rule, range, message] of cases) {
      const { doc } = inStep(line);
      const p = only(doc);
      assert.equal(p.rule, rule, line);
      assert.deepEqual(p.range, range, line);
      assert.match(p.message, message, line);
      assert.equal(doc.lines[1].statement, undefined, line);
      assert.equal(doc.lines[1].invalid, true, line);
    }
  });

  it('keeps a statement whose optional temperature or duration is invalid, without that part', () => {
    const { doc } = inStep(['stir 30 min at 40', 'add a at 40 mL', 'heat to 60 °C for 0 h', 'reflux 5 mL'].join('\n'));
    assert.deepEqual(
      doc.problems.map((p) => [p.rule, p.range]),
      [
        ['invalid-quantity', r(1, 15, 17)],
        ['invalid-quantity', r(2, 9, 14)],
        ['invalid-quantity', r(3, 18, 21)],
        ['invalid-quantity', r(4, 7, 11)],
      ],
    );
    const s = stmt(doc, 1, 'stir');
    assert.equal(s.duration.minutes, 30);
    assert.equal(s.temperature, undefined);
    assert.equal(doc.lines[1].invalid, undefined);
    assert.equal(stmt(doc, 2, 'add').temperature, undefined);
    assert.equal(stmt(doc, 3, 'heat').temperature.celsius, 60);
    assert.equal(stmt(doc, 3, 'heat').duration, undefined);
    assert.equal(stmt(doc, 4, 'reflux').duration, undefined);
  });

  it('reads monitor, concentrate, filter, isolate and note', () => {
    const { doc, text } = inStep(
      ['monitor TLC', 'monitor LCMS for imine formation', 'concentrate', 'filter through celite', 'isolate crude imine', 'note "imine forms slowly"', 'note unquoted text, too', 'monitor by NMR'].join('\n'),
    );
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(stmt(doc, 1, 'monitor').method, { text: 'TLC', range: r(1, 8, 11) });
    const m = stmt(doc, 2, 'monitor');
    assert.equal(m.method.text, 'LCMS');
    assert.deepEqual(m.forWhat, { text: 'imine formation', range: find(text, 2, 'imine formation') });
    assert.deepEqual(stmt(doc, 3, 'concentrate').range, r(3, 0, 11));
    assert.deepEqual(stmt(doc, 4, 'filter').range, r(4, 0, 21));
    assert.deepEqual(stmt(doc, 5, 'isolate').name, { text: 'crude imine', range: r(5, 8, 19) });
    assert.deepEqual(stmt(doc, 6, 'note').text, { text: 'imine forms slowly', range: r(6, 6, 24) });
    assert.equal(stmt(doc, 7, 'note').text.text, 'unquoted text, too');
    assert.equal(stmt(doc, 8, 'monitor').method.text, 'NMR');
  });

  it('accepts solvent inside a step', () => {
    const { doc } = inStep('  solvent MeOH 5 mL');
    assert.equal(stmt(doc, 1, 'solvent').name.text, 'MeOH');
    assert.equal(doc.lines[1].block, 'step');
  });
});

describe('parser: work-up statements', () => {
  it('reads every work-up statement with a free-text name', () => {
    const lines = ['quench sat. NaHCO3', 'basify 2 M NaOH', 'acidify 1 M HCl', 'wash brine', 'dry Na2SO4', 'crystallize EtOH/water', 'salt HCl', 'filter', 'concentrate in vacuo', 'note "yellow oil"', 'crystallise iPrOH'];
    const { doc, text } = inWorkup(lines.join('\n'));
    assert.deepEqual(doc.problems, []);
    const kinds = ['quench', 'basify', 'acidify', 'wash', 'dry', 'crystallize', 'salt'] as const;
    kinds.forEach((k, i) => {
      const s = stmt(doc, i + 1, k);
      const name = lines[i].slice(lines[i].indexOf(' ') + 1);
      assert.deepEqual(s.name, { text: name, range: find(text, i + 1, name) });
    });
    assert.equal(stmt(doc, 8, 'filter').kind, 'filter');
    assert.equal(stmt(doc, 9, 'concentrate').kind, 'concentrate');
    assert.equal(stmt(doc, 10, 'note').text.text, 'yellow oil');
    assert.equal(stmt(doc, 11, 'crystallize').name.text, 'iPrOH');
  });

  it('reads extract with every way of writing the count', () => {
    const forms: [string, string, number | undefined, string | undefined][] = [
      ['extract DCM x3', 'DCM', 3, 'x3'],
      ['extract EtOAc ×3', 'EtOAc', 3, '×3'],
      ['extract EtOAc 3x', 'EtOAc', 3, '3x'],
      ['extract DCM x 3', 'DCM', 3, 'x 3'],
      ['extract 10% MeOH in DCM × 4', '10% MeOH in DCM', 4, '× 4'],
      ['extract DCM', 'DCM', undefined, undefined],
    ];
    for (const [line, name, times, tok] of forms) {
      const { doc, text } = inWorkup(line);
      assert.deepEqual(doc.problems, [], line);
      const s = stmt(doc, 1, 'extract');
      assert.deepEqual(s.name, { text: name, range: find(text, 1, name) }, line);
      if (times === undefined) assert.equal(s.times, undefined);
      else assert.deepEqual(s.times, { value: times, token: { text: tok!, range: find(text, 1, tok!, 0) } }, line);
    }
    assert.deepEqual(only(inWorkup('extract x3').doc).range, r(1, 0, 10));
  });

  it('reads purify with method, eluent and modifier', () => {
    const text = 'workup\n  purify silica DCM/MeOH 95:5 + 1% Et3N\n  purify column\n  purify alumina +Et3N\n  purify C18 water/MeCN + 0.1 % TFA';
    const doc = parse(text);
    assert.deepEqual(doc.problems, []);
    const p = stmt(doc, 1, 'purify');
    assert.deepEqual(p.method, { text: 'silica', range: r(1, 9, 15) });
    assert.deepEqual(p.eluent, { text: 'DCM/MeOH 95:5', range: r(1, 16, 29) });
    assert.deepEqual(p.modifier?.range, r(1, 30, 39));
    assert.deepEqual(p.modifier?.name, { text: 'Et3N', range: r(1, 35, 39) });
    assert.deepEqual(qty(p.modifier?.percent), [1, '%', 'percent']);
    assert.deepEqual(p.modifier?.percent?.range, r(1, 32, 34));
    const c = stmt(doc, 2, 'purify');
    assert.equal(c.method.text, 'column');
    assert.equal(c.eluent, undefined);
    assert.equal(c.modifier, undefined);
    const a = stmt(doc, 3, 'purify');
    assert.equal(a.modifier?.name.text, 'Et3N');
    assert.equal(a.modifier?.percent, undefined);
    const d = stmt(doc, 4, 'purify');
    assert.equal(d.eluent?.text, 'water/MeCN');
    assert.equal(d.modifier?.percent?.value, 0.1);
    assert.equal(d.modifier?.name.text, 'TFA');
  });
});

describe('parser: blocks and unknown statements', () => {
  it('puts statements in the wrong block on error, with a clear message', () => {
    const doc = parse('stir 5 min\nquench water\nfilter\nstep\nquench water\nworkup\nstir 5 min\nadd x\nworkup\nstep');
    assert.deepEqual(
      doc.problems.map((p) => [p.range.start.line, p.range.start.character, p.range.end.character, p.message]),
      [
        [0, 0, 4, '`stir` belongs inside a step: start one with a `step` line above it.'],
        [1, 0, 6, '`quench` is a work-up statement: write it after a `workup` line.'],
        [2, 0, 6, '`filter` belongs inside a step or the work-up.'],
        [4, 0, 6, '`quench` is a work-up statement: write it after a `workup` line.'],
        [6, 0, 4, '`stir` is a reaction statement and cannot appear in the work-up: if it belongs to the reaction, move it into a step above `workup`; if it is part of the work-up (stirring the quenched mixture), write it as a note, e.g. `note "stir 30 min"`.'],
        [7, 0, 3, '`add` is a reaction statement and cannot appear in the work-up: move it into a step above `workup`.'],
        [8, 0, 6, 'There is already a `workup` block: a protocol has only one.'],
        [9, 0, 4, 'A `step` cannot follow the work-up: the work-up comes after all steps.'],
      ],
    );
    assert.deepEqual(doc.statements.map((s) => s.kind), ['step', 'workup']);
    assert.deepEqual(
      doc.lines.map((l) => l.block),
      ['header', 'header', 'header', 'step', 'step', 'workup', 'workup', 'workup', 'workup', 'workup'],
    );
  });

  it('suggests the closest keyword of the block for a misspelled one', () => {
    let { doc } = inStep('  stri 30 min');
    assert.deepEqual(only(doc), {
      rule: 'syntax-error',
      range: r(1, 2, 6),
      message: "Unknown statement 'stri': did you mean 'stir'?",
      replacement: { title: "Change to 'stir'", text: 'stir' },
    });
    assert.equal(doc.lines[1].invalid, true);
    ({ doc } = inWorkup('extarct DCM x3'));
    assert.deepEqual(only(doc).replacement, { title: "Change to 'extract'", text: 'extract' });
    doc = parse('reagnet a = b');
    assert.deepEqual(only(doc).replacement, { title: "Change to 'reagent'", text: 'reagent' });
    doc = parse('Protocols "x"');
    assert.deepEqual(only(doc).replacement, { title: "Change to 'protocol'", text: 'protocol' });
    // Nothing close: the message lists what is allowed, and no replacement is offered.
    ({ doc } = inStep('  banana split'));
    assert.equal(only(doc).replacement, undefined);
    assert.deepEqual(only(doc).range, r(1, 2, 8));
    assert.match(only(doc).message, /^Unknown statement 'banana'\. Allowed in a step: add, solvent, stir, wait, heat, cool, reflux, monitor/);
    // Two keywords at the same distance: no automatic choice.
    ({ doc } = inStep('  noot'));
    assert.equal(only(doc).replacement, undefined);
    assert.equal(only(doc).message, "Unknown statement 'noot': did you mean 'cool' or 'note'?");
  });

  it('needs a keyword to be followed by a space, a quote or the end (and offers no fix that drops text)', () => {
    const { doc } = inStep('stir30 min');
    assert.deepEqual(only(doc).range, r(1, 0, 6));
    assert.equal(only(doc).replacement, undefined);
  });

  it('suggests the closest role, target, mode, manner and attribute', () => {
    const cases: [string, Range, string][] = [
      ['reagent a = AcOH role acdi', r(0, 22, 26), 'acid'],
      ['target dii', r(0, 7, 10), 'di'],
      ['mode one-pt', r(0, 5, 11), 'one-pot'],
      ['step\nadd stab portionwsie', r(1, 9, 20), 'portionwise'],
      ['reagent a = AcOH 1 equiv limting', r(0, 25, 32), 'limiting'],
    ];
    for (const [text, range, word] of cases) {
      const p = only(parse(text));
      assert.equal(p.rule, 'syntax-error', text);
      assert.deepEqual(p.range, range, text);
      assert.deepEqual(p.replacement, { title: `Change to '${word}'`, text: word }, text);
      assert.match(p.message, new RegExp(`Did you mean '${word}'\\?$`), text);
    }
  });
});

describe('parser: robustness', () => {
  it('never throws on odd input', () => {
    for (const text of ['', '\n', '\r', '\u0000', 'reagent', '"', '#', 'step "', 'reagent a = "', 'add ,,,', '\uFEFF', '\uFEFF\uFEFF', '\ud800', 'stir 1e999 h', 'scale 1e999 mmol', 'stir -- h', 'heat to - °C']) {
      const doc = parse(text);
      assert.ok(doc.lines.length >= 1);
    }
    assert.equal(stmt(parse('scale 1e999 mmol'), 0, 'scale').quantity.invalid, true);
  });

  // No stopwatch here (timings live in `npm run bench`): the mocha timeout is the hang guard, and
  // the results are checked.
  it('parses a 1 MB line and 100,000 lines (no hang, the right result)', function () {
    this.timeout(20000);
    const long = 'reagent a = ' + 'x'.repeat(500_000) + ' ' + '1,'.repeat(250_000);
    let doc = parse(long);
    assert.equal(doc.lines.length, 1);
    const soup = ('stir "a # b" 5 min ' + '"'.repeat(3)).repeat(40_000);
    doc = parse(soup);
    print(doc);
    const bad = 'reagent a = b ' + '1 mgs, 1,5 g, '.repeat(70_000);
    doc = parse(bad);
    print(doc);
    assert.equal(doc.problems.length, 20); // at most 20 problems per line
    assert.equal(stmt(doc, 0, 'reagent').quantities.length, 140_000);
    const many = 'step\n' + '  add a, b at 0 °C\n  stir 30 min at rt # c\n'.repeat(50_000);
    doc = parse(many);
    assert.equal(doc.statements.length, 100_001);
    assert.deepEqual(doc.problems, []);
  });
});

describe('units and keywords tables', () => {
  it('converts to base units', () => {
    assert.equal(toBaseUnit(2, 'mol'), 2000);
    assert.equal(toBaseUnit(500, 'µmol'), 0.5);
    assert.equal(toBaseUnit(250, 'mg'), 0.25);
    assert.equal(toBaseUnit(2, 'L'), 2000);
    assert.equal(toBaseUnit(2, 'h'), 120);
    assert.equal(toBaseUnit(1, 'd'), 1440);
    assert.equal(toBaseUnit(300, 'K'), 300 - 273.15);
    assert.equal(toBaseUnit(50, 'mM'), 0.05);
    assert.equal(lookupUnit('ML')?.unit, 'mL');
    assert.equal(lookupUnit('M')?.unit, 'M');
    assert.equal(lookupUnit('mM')?.unit, 'mM');
    assert.equal(lookupUnit('mm'), undefined);
    assert.equal(lookupUnit('m'), undefined);
  });

  it('lists the keywords of each block', () => {
    assert.ok(keywordsForBlock('header').includes('protocol'));
    assert.ok(!keywordsForBlock('header').includes('stir'));
    assert.ok(keywordsForBlock('step').includes('stir'));
    assert.ok(keywordsForBlock('workup').includes('purify'));
    assert.ok(!keywordsForBlock('workup').includes('add'));
    assert.equal(canonicalKeyword('Work-Up'), 'workup');
    assert.equal(canonicalKeyword('STIR'), 'stir');
    assert.equal(canonicalKeyword('stirr'), undefined);
  });
});

// ---------------------------------------------------------------------------------------

const EXAMPLE = SPEC_EXAMPLE;

describe('printer', () => {
  it('parses the example of language.md without problems and prints it unchanged', () => {
    const doc = parse(EXAMPLE);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.statements.length, 20);
    assert.equal(print(doc), EXAMPLE);
  });

  it('formats a messy file canonically', () => {
    const messy = [
      '',
      '',
      '# header   ',
      'protocol   "Two   spaces"   #  note  ',
      '   target mono',
      'reagent diazepane=1,4-diazepane 3.0 equiv,0.30 g',
      '  reagent   ald = "pyridine-4-carboxaldehyde"  1.0  equiv  role carbonyl',
      'reagent x = 4Å  sieves',
      '',
      '',
      '',
      'step   "Imine"',
      'add diazepane ,ald,x   dropwise   at  0 °C',
      '# before the step',
      '        step',
      '\tstir   30 min at  room   temperature',
      '  stri 5 min   ',
      'workup',
      '        # indented comment',
      'extract  DCM   x3',
      '',
      '',
    ].join('\n');
    const expected = [
      '# header',
      'protocol "Two   spaces"  #  note',
      'target mono',
      'reagent diazepane = 1,4-diazepane               3.0 equiv, 0.30 g',
      'reagent ald       = "pyridine-4-carboxaldehyde" 1.0 equiv role carbonyl',
      'reagent x         = 4Å sieves',
      '',
      'step "Imine"',
      '  add diazepane, ald, x dropwise at 0 °C',
      '# before the step',
      'step',
      '  stir 30 min at room temperature',
      '  stri 5 min',
      'workup',
      '  # indented comment',
      '  extract DCM x3',
      '',
    ].join('\n');
    assert.equal(print(parse(messy)), expected);
  });

  it('uses the file line ending and keeps invalid lines verbatim', () => {
    const text = 'step\r\n  stir 5 min\r\n   bogus   line   \r\n';
    assert.equal(print(parse(text)), 'step\r\n  stir 5 min\r\n   bogus   line\r\n');
    assert.equal(print(parse('')), '');
    assert.equal(print(parse('\n\n')), '');
  });

  it('formats every sample idempotently, changing only whitespace', () => {
    const list = samples();
    assert.ok(list.length > 0);
    for (const { name, text } of list) {
      const once = print(parse(text));
      assert.equal(print(parse(once)), once, name);
      assert.equal(once.replace(/\s+/g, ''), text.replace(/^\uFEFF/, '').replace(/\s+/g, ''), name);
      assert.deepEqual(
        parse(once).statements.map((st) => st.kind),
        parse(text).statements.map((st) => st.kind),
        name,
      );
    }
  });

  it('aligns each run of reagent lines on its own', () => {
    const text = 'reagent a = AcOH 1 equiv\nreagent long_alias = x 2 equiv\n\nreagent b = NaBH4 1 equiv\n';
    assert.equal(
      print(parse(text)),
      'reagent a          = AcOH 1 equiv\nreagent long_alias = x    2 equiv\n\nreagent b = NaBH4 1 equiv\n',
    );
  });
});

describe('parser: misspelled keywords', () => {
  it('offers the fix as safe only when the line then reads; `warm to` is `heat to`', () => {
    const doc = parse('step\n  stri 2 h\n  wiat to rt\n  warm to rt\n');
    const [stri, wiat] = doc.problems;
    assert.deepEqual(stri.replacement, { title: "Change to 'stir'", text: 'stir' });
    assert.deepEqual(wiat.replacement, { title: "Change to 'wait'", text: 'wait', unsafe: true });
    assert.equal(doc.problems.length, 2);
    assert.equal(doc.lines[3].statement?.kind, 'heat');
  });
});

describe('parser: a lower-case m in a reagent name', () => {
  it('`4 m HCl in dioxane` stays a name (M is a concentration), as before', () => {
    const doc = parse('reagent acid = 4 m HCl in dioxane 1.0 equiv');
    assert.deepEqual(doc.problems, []);
    assert.equal(stmt(doc, 0, 'reagent').name.text, '4 m HCl in dioxane');
  });
});

