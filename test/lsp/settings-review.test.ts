/**
 * The server as clients that are slow, silent or push their settings drive it (from a review
 * of the server under real clients, 2026-11-27): each case failed before.
 */
import { strict as assert } from 'node:assert';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient, positionOf, type StartOptions } from './harness';
import { EXAMPLE } from './fixtures';

const WITH_GHOST = EXAMPLE.replace('  add stab portionwise', '  add stab, ghost');
const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => String(d.code));
const ADD_STAB = positionOf(EXAMPLE, '  add stab portionwise').line;

describe('LSP: silent clients, pushed settings, focus mode across files', function () {
  this.timeout(60000);
  const clients: LspClient[] = [];
  const start = async (o?: StartOptions) => {
    const c = await LspClient.start(o);
    clients.push(c);
    return c;
  };
  before(() => buildOnce());
  after(() => {
    for (const c of clients) c.kill();
  });

  it('a client that never answers workspace/configuration still gets diagnostics (as hovers get the defaults after 2 s)', async () => {
    const c = await start({ configuration: () => new Promise<unknown[]>(() => undefined) });
    const uri = 'file:///f1/silent.rxn';
    await c.open(uri, WITH_GHOST);
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(WITH_GHOST, 'ghost', 0, 1) });
    assert.match(JSON.stringify(h), /undeclared-reagent/, 'the hover card (after 2 s) explains the problem');
    const p = await c.diagnosticsFor(uri, 1, 5000); // and the diagnostics come too, with the fallback settings
    assert.deepEqual(codes(p), ['undeclared-reagent']);
  });

  it('focus mode — a problem held back on the last typed line is shown once the user switches to another file', async () => {
    const c = await start({ configuration: (p) => p.items.map(() => ({ focusMode: true })) });
    const a = 'file:///f2/a.rxn';
    const b = 'file:///f2/b.rxn';
    await c.open(a, EXAMPLE);
    await c.open(b, EXAMPLE);
    await c.diagnosticsFor(a, 1);
    await c.diagnosticsFor(b, 1);
    await c.conn.sendNotification('rxn/cursorLine', { uri: a, line: ADD_STAB });
    const at = { line: ADD_STAB, character: '  add stab'.length };
    const v = await c.change(a, [{ range: { start: at, end: at }, text: ', ghost' }]);
    assert.deepEqual(codes(await c.diagnosticsFor(a, v)), [], 'held back while typing (by design)');
    // The user switches to b.rxn: the extension reports b's cursor (trackCursor → onDidChangeActiveTextEditor).
    await c.conn.sendNotification('rxn/cursorLine', { uri: b, line: 3 });
    await c.settle(500);
    assert.deepEqual(codes(c.publishesOf(a).at(-1)!), ['undeclared-reagent'], 'a.rxn shows the problem once the cursor is in another file');
  });

  it('a client without workspace/configuration keeps its initializationOptions.settings when didChangeConfiguration carries no rxn section', async () => {
    for (const settings of [{}, { eslint: { enable: true } }]) {
      const c = await start({ capabilities: {}, initializationOptions: { settings: { rules: { 'undeclared-reagent': 'off' } } } });
      const uri = 'file:///f3/p.rxn';
      await c.open(uri, WITH_GHOST);
      assert.deepEqual(codes(await c.diagnosticsFor(uri, 1)), []);
      await c.changeConfiguration(settings);
      await c.settle(300);
      assert.deepEqual(codes(c.publishesOf(uri).at(-1)!), [], `after didChangeConfiguration ${JSON.stringify(settings)} the rule is back on`);
      await c.stop();
    }
  });

  it("VS Code's start-up order (didOpen, then the client's configuration push) publishes each document once", async () => {
    let settings: Record<string, unknown> = {};
    const c = await start({
      configuration: async (p) => {
        await new Promise((r) => setTimeout(r, 20));
        return p.items.map(() => settings);
      },
    });
    const uris = [0, 1, 2, 3, 4].map((i) => `file:///startup/${i}.rxn`);
    for (const u of uris) await c.open(u, WITH_GHOST);
    await c.changeConfiguration({ rxn: {} }); // what vscode-languageclient sends after the didOpens
    await c.settle(800);
    assert.equal(c.published.length, uris.length, 'one publish per document');
    // A change of a rule's severity is published again, for every document.
    settings = { rules: { 'undeclared-reagent': 'warning' } };
    await c.changeConfiguration({ rxn: settings });
    await c.settle(800);
    assert.equal(c.published.length, 2 * uris.length);
  });

  it('turning focus mode off shows what it held back; a change that keeps the version is checked again', async () => {
    let settings: Record<string, unknown> = { focusMode: true };
    const c = await start({ configuration: (p) => p.items.map(() => settings) });
    const a = 'file:///focus-off/a.rxn';
    await c.open(a, EXAMPLE);
    await c.diagnosticsFor(a, 1);
    await c.conn.sendNotification('rxn/cursorLine', { uri: a, line: ADD_STAB });
    const at = { line: ADD_STAB, character: '  add stab'.length };
    const v = await c.change(a, [{ range: { start: at, end: at }, text: ', ghost' }]);
    assert.deepEqual(codes(await c.diagnosticsFor(a, v)), [], 'held back while typing');
    settings = {};
    await c.changeConfiguration({ rxn: settings });
    await c.settle(800);
    assert.deepEqual(codes(c.publishesOf(a).at(-1)!), ['undeclared-reagent'], 'focus mode off: shown');
    // A client that changes the text without a new version still gets the new diagnostics.
    const d = await start({});
    const b = 'file:///same-version/b.rxn';
    await d.open(b, EXAMPLE);
    assert.deepEqual(codes(await d.diagnosticsFor(b, 1)), []);
    await d.change(b, [{ range: { start: at, end: at }, text: ', ghost' }], 1);
    await d.settle(800);
    assert.deepEqual(codes(d.publishesOf(b).at(-1)!), ['undeclared-reagent']);
  });

  it('a client that never answers workspace/configuration waits once, not on every edit', async () => {
    const c = await start({ configuration: () => new Promise<unknown[]>(() => undefined) });
    const a = 'file:///silent-edits/a.rxn';
    await c.open(a, EXAMPLE);
    await c.diagnosticsFor(a, 1, 5000);
    const at = { line: ADD_STAB, character: '  add stab'.length };
    const v = await c.change(a, [{ range: { start: at, end: at }, text: ', ghost' }]);
    // Well under the 2 s settings wait (the timeout of diagnosticsFor is the assertion).
    assert.deepEqual(codes(await c.diagnosticsFor(a, v, 1000)), ['undeclared-reagent']);
  });

  it('a late answer to workspace/configuration checks the document again with it; dotted keys are read', async () => {
    const c = await start({ configuration: (p) => new Promise<unknown[]>((resolve) => setTimeout(() => resolve(p.items.map(() => ({ rules: { 'undeclared-reagent': 'off' } }))), 3000)) });
    const uri = 'file:///late/p.rxn';
    await c.open(uri, WITH_GHOST);
    assert.deepEqual(codes(await c.diagnosticsFor(uri, 1, 5000)), ['undeclared-reagent'], 'first with the defaults');
    await c.settle(2500);
    assert.deepEqual(codes(c.publishesOf(uri).at(-1)!), [], 'then with the settings the client gave');
    const d = await start({ capabilities: {} });
    const u2 = 'file:///dotted/p.rxn';
    await d.open(u2, WITH_GHOST);
    assert.deepEqual(codes(await d.diagnosticsFor(u2, 1)), ['undeclared-reagent']);
    await d.changeConfiguration({ 'rxn.rules': { 'undeclared-reagent': 'off' } });
    await d.settle(300);
    assert.deepEqual(codes(d.publishesOf(u2).at(-1)!), []);
  });
});
