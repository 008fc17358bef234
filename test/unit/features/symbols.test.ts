import { strict as assert } from 'node:assert';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { parse } from '../../../server/src/syntax/parser';
import { analyze } from '../../../server/src/engine';
import { documentSymbols } from '../../../server/src/features/symbols';
import { foldingRanges } from '../../../server/src/features/folding';
import { comparePositions, type Range } from '../../../server/src/types';
import { samples } from '../corpus';
import { EXAMPLE, textAt } from './helpers';

function inside(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function checkTree(syms: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of syms) {
    assert.ok(s.name.trim().length > 0, 'every symbol has a name');
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} inside ${parent.name}`);
    if (s.children) checkTree(s.children, s);
  }
}

describe('features/symbols', () => {
  const [root] = documentSymbols(parse(EXAMPLE));

  it('has the protocol as the root with reagents, solvent, steps and work-up as children', () => {
    assert.equal(root.name, '1-(Pyridin-4-ylmethyl)-1,4-diazepane');
    assert.equal(root.detail, 'target mono · scale 5 mmol');
    assert.deepEqual(
      root.children!.map((c) => c.name),
      ['diazepane', 'ald', 'acid', 'stab', 'DCE', 'Imine formation', 'Reduction', 'Work-up'],
    );
    const stab = root.children!.find((c) => c.name === 'stab')!;
    assert.equal(stab.detail, 'NaBH(OAc)3 · reductant · 1.5 equiv');
    assert.equal(textAt(EXAMPLE, stab.selectionRange), 'stab');
    assert.equal(root.children!.find((c) => c.name === 'diazepane')!.detail, '1,4-diazepane · amine · 3.0 equiv');
    assert.equal(root.children!.find((c) => c.name === 'DCE')!.detail, 'solvent · 0.2 M');
  });

  it('lists the statements of each step and of the work-up; a step spans to its last statement line', () => {
    const imine = root.children!.find((c) => c.name === 'Imine formation')!;
    assert.deepEqual(imine.children!.map((c) => c.name), ['add diazepane, ald, acid', 'stir 30 min at rt']);
    const lines = EXAMPLE.split('\n');
    const lastLine = lines.indexOf('  stir 30 min at rt');
    assert.deepEqual(imine.range.end, { line: lastLine, character: lines[lastLine].length });
    assert.equal(imine.range.start.line, lines.indexOf('step "Imine formation"'));
    const workup = root.children!.find((c) => c.name === 'Work-up')!;
    assert.equal(workup.children!.length, 5);
    assert.equal(workup.children![4].name, 'purify silica DCM/MeOH 95:5 + 1% Et3N');
    checkTree([root]);
  });

  it('names untitled steps by number and copes without a protocol line', () => {
    const text = 'reagent a = benzaldehyde 1 equiv\nstep\n  add a\nstep "Two"\n  stir 1 h\nstep\n  wait 5 min\n';
    const [r] = documentSymbols(parse(text));
    assert.equal(r.name, 'Untitled protocol');
    assert.deepEqual(r.children!.map((c) => c.name), ['a', 'Step 1', 'Two', 'Step 3']);
    assert.equal(r.children![1].children![0].name, 'add a');
    checkTree([r]);
  });

  it('gives a well-formed tree for every sample and for broken text', () => {
    for (const s of samples()) checkTree(documentSymbols(parse(s.text)));
    checkTree(documentSymbols(parse('step\n  add\nworkup\n  purify\nreagent = \n"')));
    checkTree(documentSymbols(parse('')));
  });

  it('shows the role the analysis worked out from a name or a SMILES', () => {
    const a = analyze('protocol "x"\nreagent x = 3-nitrothiophene-2-carbaldehyde 1.0 equiv\nreagent y = mystery 1.0 equiv smiles "CCN"\n');
    const details = documentSymbols(a.doc, a.model)[0].children!.map((c) => c.detail);
    assert.deepEqual(details, ['3-nitrothiophene-2-carbaldehyde · carbonyl · 1.0 equiv', 'mystery · amine · 1.0 equiv']);
  });

  it('follows the blocks a misspelled step or workup opens, and stretches a step over an unreadable last line', () => {
    const t = 'protocol "x"\nreagent a = 1,4-diazepane 3 equiv\nstep "one"\n  add a\n  stri 2 h\nstpe "two"\n  stir 1 h\nwrokup\n  quench water\n';
    const a = analyze(t);
    const kids = documentSymbols(a.doc, a.model)[0].children!;
    assert.deepEqual(kids.map((k) => [k.name, k.range.start.line, k.range.end.line, (k.children ?? []).length]), [
      ['a', 1, 1, 0],
      ['one', 2, 4, 1],
      ['two', 5, 6, 1],
      ['Work-up', 7, 8, 1],
    ]);
    const folds = foldingRanges(a.doc).map((f) => [f.startLine, f.endLine]);
    assert.deepEqual(folds, [[2, 4], [5, 6], [7, 8]]);
  });

  it('a step the parser rejects in the work-up opens nothing in the outline or folding', () => {
    const t = 'protocol "x"\nreagent a = 1,4-diazepane 3 equiv\nstep "one"\n  add a\nworkup\n  quench water\nstep "late"\n  extract DCM x3\n';
    const a = analyze(t);
    assert.deepEqual(documentSymbols(a.doc, a.model)[0].children!.map((k) => k.name), ['a', 'one', 'Work-up']);
    assert.deepEqual(foldingRanges(a.doc).map((f) => [f.startLine, f.endLine]), [[2, 3], [4, 7]]);
  });
});

