/**
 * The server's life over a real JSON-RPC connection: what it announces, how it exits, how
 * it starts from the CLI, and that a failing rule cannot take it down.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fork } from 'node:child_process';
import {
  ExitNotification,
  ShutdownRequest,
  CodeActionKind,
  TextDocumentSyncKind,
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient, ROOT, SERVER } from './harness';
import { EXAMPLE } from './fixtures';


describe('LSP: lifecycle', function () {
  this.timeout(60000);
  const clients: LspClient[] = [];
  const start = async (...args: Parameters<typeof LspClient.start>) => {
    const c = await LspClient.start(...args);
    clients.push(c);
    return c;
  };

  before(() => buildOnce());
  after(() => {
    for (const c of clients) c.kill();
  });

  it('announces every capability the editor features rely on', async () => {
    const c = await start();
    const caps = c.capabilities;
    assert.equal(c.serverInfo?.name, 'rxn');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, [' ', ',', '=', '/']);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.ok(caps.inlayHintProvider);
    assert.equal(caps.documentFormattingProvider, true);
    const ca = caps.codeActionProvider;
    assert.ok(ca && typeof ca === 'object');
    assert.ok(ca.codeActionKinds?.includes(CodeActionKind.QuickFix));
    assert.ok(ca.codeActionKinds?.includes('source.fixAll.rxn'));
    assert.equal(ca.resolveProvider, true, 'the fix-all edit can be computed when picked');
    assert.equal(await c.stop(), 0);
  });

  it('offers plain rename (no prepare step) to a client without prepareSupport', async () => {
    const c = await start({ capabilities: { textDocument: { rename: { prepareSupport: false } } } });
    assert.equal(c.capabilities.renameProvider, true);
    assert.equal(await c.stop(), 0);
  });

  it('shutdown then exit ends the process with code 0', async () => {
    const c = await start();
    await c.open('file:///lifecycle/a.rxn', EXAMPLE);
    await c.diagnosticsFor('file:///lifecycle/a.rxn', 1);
    const result = await c.conn.sendRequest(ShutdownRequest.type);
    assert.equal(result, null);
    await c.conn.sendNotification(ExitNotification.type);
    assert.equal(await c.waitExit(), 0);
  });

  it('exit without shutdown ends the process with code 1', async () => {
    const c = await start();
    await c.conn.sendNotification(ExitNotification.type);
    assert.equal(await c.waitExit(), 1);
  });

  it('runs over node IPC, the way the VS Code client starts it (fork with --node-ipc)', async () => {
    const proc = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { silent: true });
    const conn = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    conn.listen();
    try {
      const published: PublishDiagnosticsParams[] = [];
      conn.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
      const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
      assert.equal(init.serverInfo?.name, 'rxn');
      await conn.sendNotification(InitializedNotification.type, {});
      const uri = 'file:///lifecycle/ipc.rxn';
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'rxn', version: 1, text: EXAMPLE.replace('add stab portionwise', 'add stab, ghost') } });
      const deadline = Date.now() + 10000;
      while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(published.find((p) => p.uri === uri)?.diagnostics.map((d) => d.code), ['undeclared-reagent']);
      const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    }
  });

  it('`rxn lsp --stdio` (the CLI bundle) serves the same protocol', async () => {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built');
    const c = await start({ command: [process.execPath, cli, 'lsp', '--stdio'], initializationOptions: { clientCommands: [] } });
    assert.equal(c.capabilities.hoverProvider, true);
    const uri = 'file:///lifecycle/cli.rxn';
    await c.open(uri, EXAMPLE.replace('add stab portionwise', 'add stab, ghost'));
    const p = await c.diagnosticsFor(uri, 1);
    assert.ok(p.diagnostics.some((d) => d.code === 'undeclared-reagent'), 'the CLI-started server checks documents');
    // Without a client-supplied docs folder, rule links point at the repository's own pages.
    const href = p.diagnostics.find((d) => d.code === 'undeclared-reagent')!.codeDescription!.href;
    assert.equal(href, new URL('docs/rules/undeclared-reagent.md', `file://${ROOT}/`).href);
    assert.equal(await c.stop(), 0);
  });

  it('the CLI bundle does not start a server when it runs another command', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'rules'], { encoding: 'utf8', timeout: 20000, input: '' });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /Content-Length/);
    assert.match(r.stdout, /nabh4-one-pot/);
  });

  describe('a failing rule (test hook initializationOptions.testFaultyRule)', () => {
    it('is logged once with its id; the other diagnostics are still published; the next edit runs it again', async () => {
      const c = await start({ initializationOptions: { testFaultyRule: true } });
      const uri = 'file:///lifecycle/faulty.rxn';
      // BOOM makes the injected rule throw; `ghost` is a real problem another rule reports.
      const broken = '# BOOM\n' + EXAMPLE.replace('add stab portionwise', 'add stab, ghost');
      await c.open(uri, broken);
      const first = await c.diagnosticsFor(uri, 1);
      assert.ok(first.diagnostics.some((d) => d.code === 'undeclared-reagent'), 'other rules still report');
      assert.ok(!first.diagnostics.some((d) => d.code === 'test-faulty-rule'));
      const failures = () => c.logs.filter((l) => l.type === 1 && l.message.includes('test-faulty-rule'));
      await c.waitFor(() => failures().length === 1, 'the failure to be logged');
      assert.match(failures()[0].message, /failed/);

      // Another edit that still breaks the rule: still analysed, not logged again.
      await c.change(uri, broken + '# still BOOM\n');
      const second = await c.diagnosticsFor(uri, 2);
      assert.ok(second.diagnostics.some((d) => d.code === 'undeclared-reagent'));
      await c.settle(200);
      assert.equal(failures().length, 1, 'logged once per rule');

      // Without BOOM the rule runs again and reports.
      await c.change(uri, broken.replace('# BOOM\n', ''));
      const third = await c.diagnosticsFor(uri, 3);
      assert.ok(third.diagnostics.some((d) => d.code === 'test-faulty-rule'), 'the rule was tried again on the next edit');
      assert.ok(third.diagnostics.some((d) => d.code === 'undeclared-reagent'));
      // The server is alive and answers requests.
      assert.equal(await c.stop(), 0);
    });

    it('is absent unless the hook is set', async () => {
      const c = await start();
      const uri = 'file:///lifecycle/nohook.rxn';
      await c.open(uri, EXAMPLE);
      const p = await c.diagnosticsFor(uri, 1);
      assert.ok(!p.diagnostics.some((d) => d.code === 'test-faulty-rule'));
      assert.equal(await c.stop(), 0);
    });
  });
});
