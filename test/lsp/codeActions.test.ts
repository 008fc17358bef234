/**
 * Every kind of code action over the protocol: each is requested, its WorkspaceEdit applied
 * to the text the way an editor does, the change sent back, and the new diagnostics checked.
 */
import { strict as assert } from 'node:assert';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type Command, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { buildOnce, fullCapabilities, LspClient, positionOf } from './harness';
import { EXAMPLE, NABH4_ONE_POT, SAFE_FIXABLE } from './fixtures';

function actionsOnly(list: (CodeAction | Command)[] | null): CodeAction[] {
  return (list ?? []).filter((a): a is CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
}

describe('LSP: code actions', function () {
  this.timeout(60000);
  let c: LspClient;

  before(async () => {
    buildOnce();
    c = await LspClient.start();
  });
  after(async () => {
    if (c) assert.equal(await c.stop(), 0);
  });

  const openDoc = (text: string) => c.openDoc(text, 'actions');

  async function actionsAt(uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return actionsOnly(
      await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } }),
    );
  }

  async function applyAndCheck(uri: string, action: CodeAction): Promise<Diagnostic[]> {
    assert.ok(action.edit, `"${action.title}" carries an edit`);
    const v = await c.applyEdit(uri, action.edit);
    return (await c.diagnosticsFor(uri, v)).diagnostics;
  }

  const nabh4 = (ds: Diagnostic[]) => ds.find((d) => d.code === 'nabh4-one-pot');

  it('offers the rule fixes (one preferred), disable for line/file and the docs command', async () => {
    const { uri, diagnostics } = await openDoc(NABH4_ONE_POT);
    const d = nabh4(diagnostics);
    assert.ok(d, 'nabh4-one-pot is reported');
    const actions = await actionsAt(uri, d);
    const titles = actions.map((a) => a.title);
    assert.ok(actions.every((a) => a.kind === 'quickfix' || a.kind === 'source.fixAll.rxn'), `kinds: ${actions.map((a) => a.kind)}`);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `exactly one preferred fix (${titles})`);
    assert.match(preferred[0].title, /NaBH\(OAc\)3/);
    assert.ok(preferred[0].diagnostics?.some((x) => x.code === 'nabh4-one-pot'));
    assert.ok(titles.some((t) => /stir 1 h/.test(t)), `the pre-form fix (${titles})`);
    assert.ok(titles.includes('Disable nabh4-one-pot for this line'));
    assert.ok(titles.includes('Disable nabh4-one-pot for this file'));
    const docs = actions.find((a) => a.title === 'Show documentation for nabh4-one-pot');
    assert.deepEqual(docs?.command, { title: 'Show documentation for nabh4-one-pot', command: 'rxn.showRuleDocs', arguments: ['nabh4-one-pot'] });
    assert.equal(docs?.edit, undefined);
  });

  it('quick fix "switch to NaBH(OAc)3": the error goes and no error comes', async () => {
    const { uri, diagnostics } = await openDoc(NABH4_ONE_POT);
    const fix = (await actionsAt(uri, nabh4(diagnostics)!)).find((a) => a.isPreferred)!;
    const after = await applyAndCheck(uri, fix);
    assert.equal(nabh4(after), undefined);
    assert.deepEqual(after.filter((x) => x.severity === 1).map((x) => x.code), []);
    // The alias `nabh4` named the old reductant: it follows the switch, in the table and the step.
    assert.match(c.text(uri), /reagent stab {6}= NaBH\(OAc\)3/);
    assert.match(c.text(uri), /\n {2}add stab portionwise\n/);
    assert.match(c.text(uri), /solvent DCE/, 'the protic solvent was replaced');
  });

  it('quick fix "pre-form the imine": a stir line goes in before the NaBH4 add', async () => {
    const { uri, diagnostics } = await openDoc(NABH4_ONE_POT);
    const fix = (await actionsAt(uri, nabh4(diagnostics)!)).find((a) => /stir 1 h/.test(a.title))!;
    const after = await applyAndCheck(uri, fix);
    assert.equal(nabh4(after), undefined);
    const lines = c.text(uri).split('\n');
    const addAt = lines.findIndex((l) => l.includes('add nabh4'));
    assert.match(lines[addAt - 1], /^\s+stir 1 h at rt$/);
  });

  it('"Disable RULE for this line" inserts a next-line comment with the same indentation', async () => {
    const { uri, diagnostics } = await openDoc(NABH4_ONE_POT);
    const d = nabh4(diagnostics)!;
    const fix = (await actionsAt(uri, d)).find((a) => a.title === 'Disable nabh4-one-pot for this line')!;
    const after = await applyAndCheck(uri, fix);
    assert.equal(nabh4(after), undefined);
    const lines = c.text(uri).split('\n');
    assert.equal(lines[d.range.start.line], '  # rxn-disable-next-line nabh4-one-pot');
    assert.equal(lines[d.range.start.line + 1], '  add nabh4 portionwise');
  });

  it('"Disable RULE for this file" inserts a file-wide comment after the leading comments', async () => {
    const { uri, diagnostics } = await openDoc(NABH4_ONE_POT);
    const fix = (await actionsAt(uri, nabh4(diagnostics)!)).find((a) => a.title === 'Disable nabh4-one-pot for this file')!;
    const after = await applyAndCheck(uri, fix);
    assert.equal(nabh4(after), undefined);
    const lines = c.text(uri).split('\n');
    assert.equal(lines[0], '# NaBH4 went in right behind the aldehyde.');
    assert.equal(lines[1], '# rxn-disable nabh4-one-pot');
  });

  it('source.fixAll.rxn applies every safe fix at once', async () => {
    const { uri, diagnostics } = await openDoc(SAFE_FIXABLE);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['invalid-quantity', 'missing-quench', 'silica-amine-modifier']);
    const whole = { start: { line: 0, character: 0 }, end: positionOf(SAFE_FIXABLE, 'DCM/MeOH 9:1', 0, 'DCM/MeOH 9:1'.length) };
    const list = actionsOnly(await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } }));
    assert.deepEqual(list.map((a) => a.kind), ['source.fixAll.rxn'], 'only the fix-all action for only=source.fixAll');
    assert.equal(list[0].title, 'Fix all rxn problems');
    const after = await applyAndCheck(uri, list[0]);
    assert.deepEqual(after, []);
    const text = c.text(uri);
    assert.match(text, /1,4-diazepane 3\.0 equiv/);
    assert.match(text, /workup\n\s+quench sat\. NaHCO3\n\s+extract DCM x3/);
    assert.match(text, /purify silica DCM\/MeOH 9:1 \+ 1% Et3N/);
  });

  it('respects `only`: quickfix gives no source action; source.fixAll.rxn gives no quick fix', async () => {
    const { uri, diagnostics } = await openDoc(SAFE_FIXABLE);
    const d = diagnostics.find((x) => x.code === 'invalid-quantity')!;
    const quick = await actionsAt(uri, d, ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    const fixAll = await actionsAt(uri, d, ['source.fixAll.rxn']);
    assert.deepEqual(fixAll.map((a) => a.kind), ['source.fixAll.rxn']);
    const unrelated = await actionsAt(uri, d, ['refactor']);
    assert.deepEqual(unrelated, []);
  });

  it('no fix-all action when nothing is safely fixable', async () => {
    // An undeclared alias: its fix (declare it) is not safe, so "fix all" has nothing to do.
    const { uri, diagnostics } = await openDoc(EXAMPLE.replace('  add stab portionwise', '  add stab, ghost'));
    assert.deepEqual(diagnostics.map((d) => d.code), ['undeclared-reagent']);
    const list = actionsOnly(
      await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } }, context: { diagnostics, only: ['source.fixAll'] } }),
    );
    assert.deepEqual(list, [], `got ${list.map((a) => a.title)} for ${diagnostics.map((d) => d.code)}`);
  });

  it('the fix-all action honours rxn.rules: a rule turned off is not fixed', async () => {
    const c2 = await LspClient.start({ configuration: (p) => p.items.map(() => ({ rules: { 'silica-amine-modifier': 'off' } })) });
    try {
      const uri = 'file:///actions/settings.rxn';
      await c2.open(uri, SAFE_FIXABLE);
      const first = await c2.diagnosticsFor(uri, 1);
      assert.ok(!first.diagnostics.some((d) => d.code === 'silica-amine-modifier'));
      const list = actionsOnly(
        await c2.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 19, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.rxn'] } }),
      );
      const v = await c2.applyEdit(uri, list[0].edit!);
      assert.deepEqual((await c2.diagnosticsFor(uri, v)).diagnostics, []);
      assert.match(c2.text(uri), /purify silica DCM\/MeOH 9:1\n?$/, 'the switched-off rule was left alone');
      assert.match(c2.text(uri), /3\.0 equiv/);
    } finally {
      assert.equal(await c2.stop(), 0);
    }
  });

  it('a client that resolves code actions gets "fix all" in the light bulb without its edit, and the edit when it picks it', async () => {
    const caps = structuredClone(fullCapabilities);
    caps.textDocument!.codeAction!.resolveSupport = { properties: ['edit'] };
    const c2 = await LspClient.start({ capabilities: caps });
    try {
      const uri = 'file:///actions/resolve.rxn';
      await c2.open(uri, SAFE_FIXABLE);
      const { diagnostics } = await c2.diagnosticsFor(uri, 1);
      const d = diagnostics.find((x) => x.code === 'silica-amine-modifier')!;
      // The light bulb: no `only`.
      const bulb = actionsOnly(await c2.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }));
      const lazy = bulb.find((a) => a.title === 'Fix all rxn problems');
      assert.ok(lazy, `"fix all" is offered (${bulb.map((a) => a.title)})`);
      assert.equal(lazy.kind, 'quickfix', 'as a quick fix: the light bulb shows no source actions');
      assert.equal(bulb.filter((a) => a.title === 'Fix all rxn problems').length, 1, 'once');
      assert.equal(lazy.edit, undefined, 'its edit waits until it is picked');
      assert.ok(bulb.some((a) => a.kind === 'quickfix' && a.edit), 'the quick fixes still carry their edits');
      const resolved = await c2.conn.sendRequest(CodeActionResolveRequest.type, lazy);
      assert.equal(resolved.title, 'Fix all rxn problems');
      const v = await c2.applyEdit(uri, resolved.edit!);
      assert.deepEqual((await c2.diagnosticsFor(uri, v)).diagnostics, [], 'every safe-fixable problem is gone');
      // Asked for explicitly (on save, or the command), the edit comes at once.
      await c2.change(uri, SAFE_FIXABLE);
      const asked = actionsOnly(
        await c2.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [], only: ['source.fixAll'] } }),
      );
      assert.ok(asked[0]?.edit, 'only=source.fixAll gets the edit without a resolve');
    } finally {
      assert.equal(await c2.stop(), 0);
    }
  });
});
