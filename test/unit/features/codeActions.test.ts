import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { analyze, fixAll } from '../../../server/src/engine';
import { codeActions, minimalEdit } from '../../../server/src/features/codeActions';
import { toLspDiagnostic } from '../../../server/src/features/diagnostics';
import type { RxnDiagnostic } from '../../../server/src/types';
import { apply, BAD, EXAMPLE, posOf } from './helpers';

const URI = 'file:///work/bad.rxn';
const docsUri = (id: string) => `https://docs.test/rules/${id}.md`;

function at(text: string, needle: string, offset = 0, only?: string[]): CodeAction[] {
  const p = posOf(text, needle, offset);
  return codeActions(analyze(text), URI, { start: p, end: p }, only, { docsUri });
}

function editsOf(action: CodeAction): TextEdit[] {
  const edits = action.edit?.changes?.[URI];
  assert.ok(edits, `${action.title} has edits for the document`);
  return edits;
}

function rulesOf(text: string): string[] {
  return analyze(text).diagnostics.map((d) => d.rule);
}

describe('features/codeActions', () => {
  it('offers the fixes of the diagnostic under the cursor, the preferred one marked', () => {
    const actions = at(BAD, 'MeOH 0.2', 1);
    assert.deepEqual(actions.map((a) => a.title), [
      'Replace the solvent with DCE',
      'Replace the solvent with DCM',
      'Replace the solvent with THF',
      'Fix all rxn problems',
      'Disable stab-protic-solvent for this line',
      'Disable stab-protic-solvent for this file',
      'Show documentation for stab-protic-solvent',
    ]);
    // Among the quick fixes (VS Code's light bulb shows no source actions), and only there: a
    // client that lists every kind must not show it twice. Asked for by kind, the source action.
    assert.equal(actions[3].kind, 'quickfix');
    assert.equal(actions[3].isPreferred, false);
    const source = at(BAD, 'MeOH 0.2', 1, ['source']);
    assert.deepEqual(source.map((x) => [x.title, x.kind]), [['Fix all rxn problems', 'source.fixAll.rxn']]);
    assert.deepEqual(actions[3].edit, source[0].edit, 'the same edit');
    // Away from a fixable problem, the source action is what a kind-less request gets.
    const elsewhere = at(BAD, 'protocol "Test"', 2);
    assert.deepEqual(elsewhere.filter((x) => x.title === 'Fix all rxn problems').map((x) => x.kind), ['source.fixAll.rxn']);
    const dce = actions[0];
    assert.equal(dce.kind, 'quickfix');
    assert.equal(dce.isPreferred, true);
    assert.equal(actions[1].isPreferred, false);
    assert.equal(dce.diagnostics![0].code, 'stab-protic-solvent');
    const fixed = apply(BAD, editsOf(dce));
    assert.ok(fixed.includes('solvent DCE 0.2 M'));
    assert.ok(!rulesOf(fixed).includes('stab-protic-solvent'));
    const docs = actions[6];
    assert.deepEqual(docs.command, { title: 'Show documentation for stab-protic-solvent', command: 'rxn.showRuleDocs', arguments: ['stab-protic-solvent'] });
  });

  it('offers "Fix all" in the light bulb (only: quickfix) under a problem it fixes, and not under one it leaves', () => {
    const text = BAD.replace('  add stab\n', '  add stab, ghost\n');
    const under = at(text, 'MeOH 0.2', 1, ['quickfix']).map((a) => a.title);
    assert.ok(under.includes('Fix all rxn problems'), under.join(' | '));
    // undeclared-reagent has no safe fix: "Fix all" would not touch it.
    const ghost = at(text, 'ghost', 1, ['quickfix']);
    assert.ok(ghost.some((a) => a.diagnostics?.[0]?.code === 'undeclared-reagent'));
    assert.ok(!ghost.some((a) => a.title === 'Fix all rxn problems'), ghost.map((a) => a.title).join(' | '));
  });

  it('lists a fix two rules offer alike once, for both diagnostics', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'nabh3cn-with-tfa.rxn'), 'utf8');
    const lines = text.split('\n');
    const tfa = lines.findIndex((l) => l.startsWith('reagent tfa'));
    const actions = codeActions(analyze(text), URI, { start: { line: tfa, character: 0 }, end: { line: tfa + 1, character: 40 } }, undefined, { docsUri });
    const replace = actions.filter((a) => a.title === 'Replace TFA with AcOH');
    assert.equal(replace.length, 1, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(replace[0].diagnostics!.map((d) => d.code).sort(), ['acid-too-strong', 'cyanide-acid']);
  });

  it('disables a rule for one line with a comment above it, indented like the line', () => {
    const disable = at(BAD, 'add stab', 5).find((a) => a.title === 'Disable missing-acid for this line')!;
    const out = apply(BAD, editsOf(disable));
    assert.ok(out.includes('  add diazepane, ald\n  # rxn-disable-next-line missing-acid\n  add stab\n'));
    assert.ok(!rulesOf(out).includes('missing-acid'));
    assert.ok(rulesOf(out).includes('stab-protic-solvent'), 'other rules still report');
  });

  it('extends a next-line comment that is already there', () => {
    const text = BAD.replace('  add stab\n', '  # rxn-disable-next-line acid-excess\n  add stab\n');
    const disable = at(text, 'add stab', 5).find((a) => a.title === 'Disable missing-acid for this line')!;
    const out = apply(text, editsOf(disable));
    assert.ok(out.includes('  # rxn-disable-next-line acid-excess, missing-acid\n  add stab\n'));
    assert.ok(!rulesOf(out).includes('missing-acid'));
  });

  it('disables a rule for the file after the leading comments, or extends the existing line', () => {
    const disable = at(BAD, 'silica', 2).find((a) => a.title === 'Disable silica-amine-modifier for this file')!;
    const out = apply(BAD, editsOf(disable));
    assert.ok(out.startsWith('# Mono-alkylation, first attempt\n# (second comment line)\n# rxn-disable silica-amine-modifier\nprotocol "Test"\n'));
    assert.ok(!rulesOf(out).includes('silica-amine-modifier'));

    const again = at(out, 'add stab', 5).find((a) => a.title === 'Disable missing-acid for this file')!;
    const out2 = apply(out, editsOf(again));
    assert.ok(out2.includes('# rxn-disable silica-amine-modifier, missing-acid\n'));
    assert.equal(out2.match(/rxn-disable/g)!.length, 1);
    assert.ok(!rulesOf(out2).includes('missing-acid'));
  });

  it('offers "Fix all rxn problems", which clears every safe-fixable problem', () => {
    const a = analyze(BAD);
    assert.ok(a.diagnostics.filter((d) => d.fixes.some((f) => f.safe)).length >= 3);
    const actions = codeActions(a, URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    assert.equal(actions.length, 1);
    const all = actions[0];
    assert.equal(all.kind, 'source.fixAll.rxn');
    const out = apply(BAD, editsOf(all));
    assert.equal(out, fixAll(BAD).text);
    const after = analyze(out);
    assert.deepEqual(after.diagnostics.filter((d) => d.fixes.some((f) => f.safe)).map((d) => d.rule), []);
    assert.ok(out.includes('solvent DCE 0.2 M') && out.includes('+ 1% Et3N') && /reagent acoh = AcOH/.test(out));
  });

  it('respects the requested kinds', () => {
    const p = posOf(BAD, 'MeOH 0.2', 1);
    const a = analyze(BAD);
    const r = { start: p, end: p };
    const kinds = (only?: string[]) => [...new Set(codeActions(a, URI, r, only).map((x) => x.kind))];
    assert.deepEqual(kinds(['quickfix']), ['quickfix']);
    assert.deepEqual(kinds(['source']), ['source.fixAll.rxn']);
    assert.deepEqual(kinds(['source.fixAll.rxn']), ['source.fixAll.rxn']);
    assert.deepEqual(kinds(['source.organizeImports']), []);
    assert.deepEqual(kinds(['refactor']), []);
    // Asked for nothing in particular, under a fixable problem: "Fix all" comes as a quick fix, once.
    assert.deepEqual(kinds(undefined), ['quickfix']);
  });

  it('offers nothing on a clean protocol', () => {
    assert.deepEqual(at(EXAMPLE, 'add stab'), []);
  });

  it('keeps CRLF line endings in inserted comments and in fix-all', () => {
    const crlf = BAD.replace(/\n/g, '\r\n');
    const disable = at(crlf, 'add stab', 5).find((a) => a.title === 'Disable missing-acid for this line')!;
    const out = apply(crlf, editsOf(disable));
    assert.ok(out.includes('  # rxn-disable-next-line missing-acid\r\n  add stab\r\n'));
    const all = at(crlf, 'add stab', 5, ['source.fixAll'])[0];
    const fixed = apply(crlf, editsOf(all));
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF after fix-all');
  });

  it('minimalEdit turns one text into another and touches only the changed part', () => {
    const cases: [string, string][] = [
      ['abc\ndef\n', 'abc\nxyz\n'],
      ['a\r\nb\r\n', 'a\r\nc\r\nb\r\n'],
      ['same', 'same'],
      ['', 'new'],
      ['old', ''],
    ];
    for (const [x, y] of cases) assert.equal(apply(x, [minimalEdit(x, y)]), y, JSON.stringify([x, y]));
    assert.deepEqual(minimalEdit('abc\ndef\n', 'abc\nxyz\n').range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
  });
});

describe('features/diagnostics toLspDiagnostic', () => {
  const base: RxnDiagnostic = {
    rule: 'unused-reagent',
    severity: 'warning',
    range: { start: { line: 3, character: 8 }, end: { line: 3, character: 12 } },
    message: 'declared but never added',
    fixes: [],
    tags: ['unnecessary'],
  };

  it('maps rule, severity, link, tags and data', () => {
    const d = toLspDiagnostic(base, docsUri);
    assert.equal(d.code, 'unused-reagent');
    assert.equal(d.source, 'rxn');
    assert.equal(d.severity, 2);
    assert.deepEqual(d.codeDescription, { href: 'https://docs.test/rules/unused-reagent.md' });
    assert.deepEqual(d.tags, [1]);
    assert.deepEqual(d.data, { rule: 'unused-reagent' });
    assert.deepEqual(d.range, base.range);
    assert.equal(d.message, base.message);
    assert.equal(toLspDiagnostic({ ...base, severity: 'error' }).severity, 1);
    const info = toLspDiagnostic({ ...base, severity: 'info', tags: undefined });
    assert.equal(info.severity, 3);
    assert.equal(info.tags, undefined);
    assert.equal(info.codeDescription, undefined);
  });

  it('does not offer "Fix all" when every safe fix would be withheld (a line that no fix can make readable)', () => {
    const t = EXAMPLE.replace('solvent DCE 0.2 M', 'solvent MeOH 0.2 M').replace('  stir 16 h at rt', '  stir 16');
    const a = analyze(t);
    assert.ok(a.diagnostics.some((d) => d.rule === 'stab-protic-solvent' && d.fixes.some((f) => f.safe)), 'a safe fix exists');
    const everything = { start: { line: 0, character: 0 }, end: { line: t.split('\n').length, character: 0 } };
    for (const deferFixAll of [true, false]) {
      const actions = codeActions(a, 'file:///x.rxn', everything, undefined, { deferFixAll });
      assert.ok(!actions.some((x) => x.kind === 'source.fixAll.rxn'), `deferFixAll ${deferFixAll}`);
    }
  });
});

