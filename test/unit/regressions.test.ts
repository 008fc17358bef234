/**
 * Regressions: each test is a bug the fuzz run (test/fuzz) or the reliability work found in
 * the engine, with the smallest input that showed it. The test names say what went wrong.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, fixAll } from '../../server/src/engine';
import { makeEditHelpers } from '../../server/src/edits';
import { parse } from '../../server/src/syntax/parser';
import type { RxnDiagnostic } from '../../server/src/types';
import { SPEC_EXAMPLE } from '../fixtures/example';

const lines = (t: string) => t.split(/\r\n|\r|\n/);
const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
const errors = (t: string) =>
  analyze(t)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.rule}@${d.range.start.line}`);
function only(t: string, rule: string): RxnDiagnostic {
  const ds = analyze(t).diagnostics.filter((d) => d.rule === rule);
  assert.equal(ds.length, 1, `expected one ${rule}, got ${ds.length}: ${JSON.stringify(analyze(t).diagnostics.map((d) => d.rule))}`);
  return ds[0];
}
function applyFix(t: string, d: RxnDiagnostic, title?: RegExp): string {
  const f = title ? d.fixes.find((x) => title.test(x.title)) : d.fixes[0];
  assert.ok(f, `no fix ${title} on ${d.rule}; fixes: ${d.fixes.map((x) => x.title).join(' | ')}`);
  return applyEdits(t, f.edits);
}

/** The language reference's example protocol (clean). */
const MONO = SPEC_EXAMPLE;

describe('regressions found by fuzzing', () => {
  it('mono-stoichiometry with no reductant declared showed "(1.2 / 0.0 equiv)"', () => {
    const text = 'target mono\nscale 1 mmol\nreagent d = 1,4-diazepane 1.0 equiv\nreagent b = benzaldehyde 1.2 equiv\nstep\n  add d, b\n';
    const d = only(text, 'mono-stoichiometry');
    assert.match(d.message, /is not more than the carbonyl \(1\.2 equiv\)/);
    assert.doesNotMatch(d.message, /0\.0 equiv/);
  });

  it('fix all compared every edit with every other: 100,000 fixable lines took minutes (now about a second)', function () {
    this.timeout(20_000); // the old pairwise check needed far longer: the timeout catches it
    const text = 'step\n' + '  stir 1,5 h\n'.repeat(100_000);
    const r = fixAll(text);
    assert.equal(r.text, 'step\n' + '  stir 1.5 h\n'.repeat(100_000));
    assert.equal(r.applied.length, 100_000);
  });

  it('many one-pot NaBH4 additions with solvent switches: the shared switch fix is built once, not once per addition', function () {
    this.timeout(20_000); // one copy per diagnostic made this quadratic in memory (out of memory at 20,000)
    const head = 'target mono\nscale 1 mmol\nreagent diazepane = 1,4-diazepane 3 equiv\nreagent ald = benzaldehyde 1 equiv\nreagent nabh4 = NaBH4 1 equiv\nsolvent MeOH\nstep\n  add diazepane, ald\n';
    const text = head + '  add nabh4\n  solvent MeOH\n'.repeat(20_000);
    const ds = analyze(text).diagnostics.filter((d) => d.rule === 'nabh4-one-pot');
    assert.equal(ds.length, 20_000);
    // The rename, the alias `nabh4` (it named the old reagent) on the declaration and the
  // 20,000 add lines, every protic solvent, and the AcOH NaBH(OAc)3 wants (declared, added), in one fix.
  assert.equal(ds[0].fixes[0].edits.length, 1 + 1 + 20_000 + 20_001 + 2, 'the rename, the alias everywhere, every protic solvent and the acid, in one fix');
    assert.equal(ds[0].fixes[0].edits, ds[19_999].fixes[0].edits, 'the same edits, shared');
  });

  it('an undeclared alias repeated in one `add` was reported once per mention (350,000 diagnostics for one pasted line)', () => {
    const text = 'step\n  add x, x, y, x\n  add x\n';
    const d = analyze(text).diagnostics.filter((x) => x.rule === 'undeclared-reagent');
    assert.deepEqual(
      d.map((x) => `${x.range.start.line}:${x.range.start.character}`),
      ['1:6', '1:12', '2:6'],
    );
  });

  it('doubled BOM: fixAll edited one character off on line 1 ("scale 1,5 mmol" became "scale1.55 mmol")', () => {
    // The CLI strips the file's BOM; a second U+FEFF stays in the text. The parser stripped it
    // again, so every position on line 1 was one short of the caller's text.
    const text = '\uFEFFscale 1,5 mmol\n';
    const d = only(text, 'invalid-quantity');
    assert.equal(text.slice(d.range.start.character, d.range.end.character), '1,5');
    assert.equal(fixAll(text).text, '\uFEFFscale 1.5 mmol\n');
  });

  it('removing an unused reagent lost the comment written on its line', () => {
    const text = MONO.replace('reagent stab', 'reagent ms = MgSO4 1.0 equiv  # dried at 120 °C overnight\nreagent stab');
    const d = only(text, 'unused-reagent');
    const after = applyFix(text, d, /Remove the declaration of 'ms'/);
    assert.ok(!after.includes('MgSO4'), 'the declaration is gone');
    assert.ok(after.includes('\n# dried at 120 °C overnight\nreagent stab'), `the comment stays on its own line:\n${after}`);
    assert.ok(!rules(after).includes('unused-reagent'));
  });

  it('removing the only carbonyl (declared, never added) traded a warning for a missing-component error', () => {
    const text = MONO.replace('add diazepane, ald, acid', 'add diazepane, acid');
    const d = only(text, 'unused-reagent');
    assert.match(text.split('\n')[d.range.start.line], /^reagent ald += pyridine-4-carboxaldehyde 1\.0 equiv$/);
    assert.deepEqual(d.fixes, [], 'no removal is offered for the only carbonyl');
    // A second, unused carbonyl can still be removed.
    const two = text.replace('reagent acid', 'reagent ald2 = benzaldehyde 1.0 equiv\nreagent acid').replace('add diazepane, acid', 'add diazepane, ald2, acid');
    const d2 = only(two, 'unused-reagent');
    const after = applyFix(two, d2, /Remove the declaration of 'ald'/);
    assert.deepEqual(errors(after), []);
  });

  it('a misspelled `step` line left the following lines outside any step, and its quick fix turned a later header line into an error', () => {
    const text = 'stpe "Reduction"\n  add a\nprotocol "late"\n';
    const d = analyze(text).diagnostics.filter((x) => x.rule === 'syntax-error');
    // The typo is the only syntax error on the add line's side: `add a` is read inside the step.
    assert.deepEqual(
      d.map((x) => x.range.start.line),
      [0, 2],
    );
    assert.match(d[0].message, /did you mean 'step'/);
    const doc = parse(text);
    assert.equal(doc.lines[1].block, 'step');
    assert.equal(doc.lines[1].statement?.kind, 'add');
    const after = applyFix(text, d[0], /Change to 'step'/);
    assert.equal(after, 'step "Reduction"\n  add a\nprotocol "late"\n');
    assert.deepEqual(
      analyze(after).diagnostics.filter((x) => x.rule === 'syntax-error').map((x) => x.range.start.line),
      [2],
      'the header line after the step was an error before the fix too',
    );
  });

  it('a misspelled `workup` line: the work-up statements under it were errors, and fixing it moved a stir into the work-up', () => {
    const text = MONO.replace('workup\n', 'wrokup\n');
    const se = analyze(text).diagnostics.filter((x) => x.rule === 'syntax-error');
    assert.equal(se.length, 1, JSON.stringify(se.map((x) => x.message)));
    assert.match(se[0].message, /did you mean 'workup'/);
    assert.deepEqual(fixAll(text).text, MONO);
  });

  it('missing-workup offered a second work-up when the `workup` line itself had a syntax error', () => {
    const text = MONO.replace('workup\n', 'workup now\n');
    assert.ok(rules(text).includes('syntax-error'));
    assert.ok(!rules(text).includes('missing-workup'), 'the work-up is there, only its line is malformed');
    // Without any workup line the rule still fires, and its fix adds no error.
    const none = MONO.slice(0, MONO.indexOf('\nworkup')) + '\n';
    const d = only(none, 'missing-workup');
    assert.deepEqual(errors(applyFix(none, d)), []);
  });

  it('missing-solvent inserted `solvent …` after the last reagent line even when that came after the reductant was added', () => {
    const text = `protocol "p"
target mono
scale 5 mmol
reagent diazepane = 1,4-diazepane 3.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
step
  add diazepane, ald
  stir 1 h
  add stab
  stir 16 h
reagent ald = benzaldehyde 1.0 equiv
`;
    const d = only(text, 'missing-solvent');
    const after = applyFix(text, d);
    assert.ok(!rules(after).includes('missing-solvent'), `still missing after the fix:\n${after}`);
    // The table before the first step is where a top-level solvent goes (in force from the start).
    assert.ok(after.includes('reagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE\nstep\n'), after);
  });

  it('switching NaBH4 to NaBH(OAc)3 (a safe fix) left a protic solvent switched to after the addition, a new stab-protic-solvent error', () => {
    const text = `protocol "p"
target mono
scale 10 mmol
reagent diazepane = 1,4-diazepane 3.0 equiv
reagent ald = benzaldehyde 1.0 equiv
reagent acid = AcOH 1.0 equiv
reagent nabh4 = NaBH4 1.5 equiv
solvent THF 0.5 M
step
  add diazepane, ald, acid, nabh4
  solvent MeOH
  stir 3 h at rt
workup
  quench sat. NaHCO3
`;
    const d = only(text, 'nabh4-one-pot');
    const after = applyFix(text, d, /Switch 'nabh4' to NaBH\(OAc\)3 in DCE/);
    assert.ok(after.includes('  solvent DCE\n'), after);
    assert.deepEqual(errors(after), []);
  });

  it('switching H2, Pd/C to NaBH(OAc)3 left a protic solvent switched to after the hydrogenation began', () => {
    const text = `protocol "p"
target mono
scale 4 mmol
reagent boc = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald = cinnamaldehyde 1.1 equiv
reagent acid = AcOH 1.0 equiv
reagent h2 = H2, Pd/C
solvent EtOAc 0.2 M
step
  add boc, ald, acid
  stir 2 h at rt
  add h2
  solvent MeOH
  stir 16 h at rt
workup
  filter
`;
    const d = only(text, 'h2-reducible-group');
    const after = applyFix(text, d);
    // The alias `h2` named the hydrogenation: the reductant is `stab` now, declaration and add line.
    assert.ok(after.includes('reagent stab = NaBH(OAc)3 1.5 equiv\n'), after);
    assert.ok(after.includes('  add stab\n'), after);
    assert.ok(!/solvent (EtOAc|MeOH)/.test(after), after);
    assert.deepEqual(errors(after), []);
  });

  it('deleting a line after a lone-CR line ending fused CR and LF into one break and lost a line', () => {
    const text = 'target mono\rtarget di\n\nscale 1 mmol';
    const d = only(text, 'duplicate-header');
    const after = applyFix(text, d);
    assert.deepEqual(lines(after), ['target mono', '', 'scale 1 mmol']);
  });

  it('inserting lines at an empty line after a lone CR fused CR and LF and put the new line in the wrong place', () => {
    const text = 'x\r';
    const h = makeEditHelpers(parse(text));
    assert.deepEqual(lines(applyEdits(text, [h.insertLinesAfter(1, ['Y'])])), ['x', '', 'Y']);
    assert.deepEqual(lines(applyEdits(text, [h.insertLinesAfter(0, ['', 'Y'])])), ['x', '', 'Y', '']);
    assert.deepEqual(lines(applyEdits(text, [h.insertLinesBefore(5, ['Y'])])), ['x', '', 'Y']);
    // A run of empty lone-CR lines before the edit: the CR that would fuse is two lines up.
    const run = '\r\rX\n\n';
    const hr = makeEditHelpers(parse(run));
    assert.deepEqual(lines(applyEdits(run, [hr.deleteLine(2)])), ['', '', '', '']);
    assert.deepEqual(lines(applyEdits(run, [hr.insertLinesBefore(9, ['Y'])])), ['', '', 'X', '', '', 'Y']);
    assert.deepEqual(lines(applyEdits('\r\r', [makeEditHelpers(parse('\r\r')).insertLinesBefore(3, ['Y'])])), ['', '', '', 'Y']);
  });

  it('declaring an undeclared alias named like a reagent attribute (`role`, `mw`…) wrote a reagent line with no name', () => {
    for (const alias of ['role', 'mw', 'density', 'smiles', 'limiting']) {
      const text = `step\n  add a, ${alias}\n`;
      const d = analyze(text).diagnostics.find((x) => x.rule === 'undeclared-reagent' && x.message.startsWith(`'${alias}'`));
      assert.ok(d, alias);
      const after = applyFix(text, d);
      assert.ok(after.startsWith(`reagent ${alias} = "${alias}" 1.0 equiv\n`), after);
      assert.ok(!rules(after).includes('syntax-error'), `${alias}: ${JSON.stringify(analyze(after).diagnostics.map((x) => x.message))}`);
    }
  });
});
