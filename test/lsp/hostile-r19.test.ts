/**
 * The server under a hostile or broken client (session 19): changes at positions outside the
 * text, versions going backwards, changes to a closed document, requests for documents that
 * are not open, a code-action resolve and a command with garbage arguments, a 5 MB line.
 * Every request gets an answer (a result or a JSON-RPC error), the process never exits, and
 * the diagnostics published afterwards are those of the text the server holds. And "Check All
 * Protocols in the Workspace" on files it cannot read: each is named with its reason.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionResolveRequest,
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  RenameRequest,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient } from './harness';
import { EXAMPLE } from './fixtures';

const STAB_MEOH = EXAMPLE.replace('solvent DCE 0.2 M', 'solvent MeOH 0.2 M');

/** A request's outcome: its result, or the JSON-RPC error it was answered with. */
async function answer<T>(p: Promise<T>, ms = 20000): Promise<{ result?: T; error?: ResponseError<unknown> }> {
  const timeout = new Promise<never>((_, rej) => setTimeout(() => rej(new Error('no answer')), ms));
  try {
    return { result: await Promise.race([p, timeout]) };
  } catch (e) {
    if (e instanceof ResponseError) return { error: e };
    throw e;
  }
}

describe('LSP: hostile client sequences (session 19)', function () {
  this.timeout(120000);
  before(() => buildOnce());
  let c: LspClient;
  beforeEach(async () => {
    c = await LspClient.start();
  });
  afterEach(async () => {
    assert.equal(c.proc.exitCode, null, `the server exited; stderr:\n${c.stderr}`);
    assert.equal(await c.stop(), 0);
  });

  /** Sends a raw didChange (the harness's own copy of the text is not updated). */
  const rawChange = (uri: string, version: number, contentChanges: unknown[]) =>
    c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges } as never);

  /** The server still works: a fresh document gets its true diagnostics. */
  async function stillWorks(): Promise<void> {
    const uri = `file:///still-${Math.random().toString(36).slice(2)}.rxn`;
    await c.open(uri, STAB_MEOH);
    const d = await c.diagnosticsFor(uri, 1);
    assert.deepEqual(d.diagnostics.map((x) => x.code), ['stab-protic-solvent']);
  }

  it('didChange with positions past the end of a line and of the document: clamped, diagnostics follow the text', async () => {
    const uri = 'file:///range.rxn';
    await c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1);
    const lines = EXAMPLE.split('\n').length;
    // Past the last line: the text is appended (as vscode-languageserver-textdocument clamps).
    await rawChange(uri, 2, [{ range: { start: { line: lines + 50, character: 0 }, end: { line: lines + 60, character: 9 } }, text: '\nscale -5 mmol\n' }]);
    const d2 = await c.diagnosticsFor(uri, 2);
    assert.ok(d2.diagnostics.length > 0, 'the appended line is checked');
    // Negative and huge characters, a range whose end is before its start.
    await rawChange(uri, 3, [{ range: { start: { line: 0, character: 1e9 }, end: { line: 0, character: -5 } }, text: '' }]);
    await rawChange(uri, 4, [{ range: { start: { line: -3, character: -1 }, end: { line: -1, character: 0 } }, text: '' }]);
    await c.diagnosticsFor(uri, 4);
    // Garbage instead of a range or a text.
    await rawChange(uri, 5, [{ range: 'nope', text: 42 }]);
    await rawChange(uri, 6, [{ text: STAB_MEOH }]);
    const d6 = await c.diagnosticsFor(uri, 6);
    assert.deepEqual(d6.diagnostics.map((x) => x.code), ['stab-protic-solvent']);
    await stillWorks();
  });

  it('versions going backwards and repeated: a repeated version with a new text is checked; after a backward one, the next version is', async () => {
    const uri = 'file:///versions.rxn';
    await c.open(uri, EXAMPLE, 10);
    await c.diagnosticsFor(uri, 10);
    await rawChange(uri, 11, [{ text: STAB_MEOH }]);
    assert.deepEqual((await c.diagnosticsFor(uri, 11)).diagnostics.map((x) => x.code), ['stab-protic-solvent']);
    // The same version again with another text (a client that changes without counting).
    await rawChange(uri, 11, [{ text: EXAMPLE }]);
    await c.waitFor(() => c.publishesOf(uri).at(-1)!.diagnostics.length === 0, 'the good text of the repeated version');
    // Back to 3 (by design nothing older than 11 is published: test/lsp/diagnostics.test.ts), then on to 12.
    await rawChange(uri, 3, [{ text: EXAMPLE }]);
    await rawChange(uri, 12, [{ text: STAB_MEOH }]);
    assert.deepEqual((await c.diagnosticsFor(uri, 12)).diagnostics.map((x) => x.code), ['stab-protic-solvent']);
    await stillWorks();
  });

  it('malformed JSON-RPC: params that are not objects, a body that is not JSON, an unknown method', async () => {
    const send = (body: string) => c.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    send(JSON.stringify({ jsonrpc: '2.0', id: 9001, method: 'codeAction/resolve', params: null }));
    send(JSON.stringify({ jsonrpc: '2.0', id: 9002, method: 'codeAction/resolve', params: 42 }));
    send(JSON.stringify({ jsonrpc: '2.0', id: 9003, method: 'textDocument/hover', params: [1, 2] }));
    send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: null } }));
    send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: {} }));
    send(JSON.stringify({ jsonrpc: '2.0', id: 9004, method: 'rxn/nothing', params: {} }));
    send('{"jsonrpc": "2.0", "id": 9005, "method": "textDocument/hover", "params": {');
    await c.settle(300);
    assert.equal(c.proc.exitCode, null);
    await stillWorks();
  });

  it('didChange after didClose, a second didClose, and requests for a closed or never-opened document', async () => {
    const uri = 'file:///closed.rxn';
    await c.open(uri, STAB_MEOH);
    await c.diagnosticsFor(uri, 1);
    await c.close(uri);
    await rawChange(uri, 2, [{ text: EXAMPLE }]);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const pos = { line: 0, character: 0 };
    for (const u of [uri, 'file:///never.rxn', 'untitled:Untitled-1', 'not a uri']) {
      const td = { uri: u };
      const outcomes = [
        await answer(c.conn.sendRequest(HoverRequest.type, { textDocument: td, position: pos })),
        await answer(c.conn.sendRequest(CompletionRequest.type, { textDocument: td, position: pos })),
        await answer(c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: td })),
        await answer(c.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: td, options: { tabSize: 2, insertSpaces: true } })),
        await answer(c.conn.sendRequest(InlayHintRequest.type, { textDocument: td, range: { start: pos, end: { line: 9, character: 0 } } })),
        await answer(c.conn.sendRequest(CodeActionRequest.type, { textDocument: td, range: { start: pos, end: pos }, context: { diagnostics: [] } })),
        await answer(c.conn.sendRequest(RenameRequest.type, { textDocument: td, position: pos, newName: 'x' })),
      ];
      for (const o of outcomes) assert.ok(o.error || o.result === null || Array.isArray(o.result) || o.result === undefined, JSON.stringify(o));
    }
    // The closed document's diagnostics are cleared and no later publish brings them back.
    await c.settle(300);
    assert.deepEqual(c.publishesOf(uri).at(-1)!.diagnostics, []);
    await stillWorks();
  });

  it('requests with positions outside the document, or no position at all', async () => {
    const uri = 'file:///positions.rxn';
    await c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1);
    const td = { uri };
    for (const position of [{ line: 1e6, character: 0 }, { line: 0, character: 1e6 }, { line: -1, character: -1 }, { line: 1.5, character: NaN }, undefined]) {
      const o1 = await answer(c.conn.sendRequest(HoverRequest.type, { textDocument: td, position } as never));
      const o2 = await answer(c.conn.sendRequest(CompletionRequest.type, { textDocument: td, position } as never));
      const o3 = await answer(c.conn.sendRequest(RenameRequest.type, { textDocument: td, position, newName: 'zz' } as never));
      const o4 = await answer(c.conn.sendRequest(CodeActionRequest.type, { textDocument: td, range: { start: position, end: position }, context: { diagnostics: [] } } as never));
      for (const o of [o1, o2, o3, o4]) assert.ok(o.error === undefined || typeof o.error.code === 'number', JSON.stringify(o));
    }
    await stillWorks();
  });

  it('codeAction/resolve with garbage data and executeCommand with wrong arguments', async () => {
    const uri = 'file:///resolve.rxn';
    await c.open(uri, STAB_MEOH);
    await c.diagnosticsFor(uri, 1);
    const garbage: unknown[] = [
      { title: 'x' },
      { title: 'x', data: null },
      { title: 'x', data: 'fixAll' },
      { title: 'x', data: { fixAll: true } },
      { title: 'x', data: { uri: 42, kind: 'fixAll' } },
      { title: 'x', data: { uri: 'file:///nowhere.rxn', fixAll: true } },
      { title: 'x', data: { uri, version: -1 }, kind: 'source.fixAll.rxn' },
      { data: { uri } },
      { title: 'x', data: { uri, fixAll: true, range: 'everything' } },
      { title: 'x', data: { rxnFixAll: true, uri: 'file:///nowhere.rxn' } },
      { title: 'x', data: { rxnFixAll: true, uri: 'garbage' } },
      { title: 'x', data: { rxnFixAll: true, uri, version: 'x', edits: 7 }, edit: 'no' },
    ];
    for (const g of garbage) {
      const o = await answer(c.conn.sendRequest(CodeActionResolveRequest.type, g as never));
      assert.ok(o.error === undefined || typeof o.error.code === 'number', JSON.stringify(o));
    }
    for (const [command, args] of [
      ['rxn.checkWorkspace', [1, 2, 3]],
      ['rxn.checkWorkspace', [{ folder: '/etc' }]],
      ['rxn.nope', []],
      ['', undefined],
    ] as [string, unknown[] | undefined][]) {
      const o = await answer(c.executeCommand(command, args as unknown[]));
      assert.ok(o.error === undefined || typeof o.error.code === 'number', JSON.stringify(o));
    }
    await stillWorks();
  });

  it('a 5 MB single line: answered, and the next small edit is checked as usual', async () => {
    const uri = 'file:///huge.rxn';
    const huge = 'note "' + 'x'.repeat(5 * 1024 * 1024) + '"\n' + STAB_MEOH;
    await c.open(uri, huge);
    const d1 = await c.diagnosticsFor(uri, 1, 60000);
    assert.deepEqual(d1.diagnostics.map((x) => x.code), ['stab-protic-solvent']);
    const hover = await answer(c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 4_000_000 } }), 60000);
    assert.equal(hover.error, undefined);
    // An unterminated 5 MB line of garbage in the middle.
    const v2 = await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\u0000\ud800#'.repeat(10) + 'reagent ' }]);
    const d2 = await c.diagnosticsFor(uri, v2, 60000);
    assert.ok(d2.diagnostics.some((x) => x.code === 'syntax-error' && x.range.start.line === 0));
    assert.ok(d2.diagnostics.some((x) => x.code === 'stab-protic-solvent'), 'the rest of the file is still analysed');
    const v3 = await c.change(uri, STAB_MEOH);
    const d3 = await c.diagnosticsFor(uri, v3, 60000);
    assert.deepEqual(d3.diagnostics.map((x) => x.code), ['stab-protic-solvent']);
    await stillWorks();
  });
});

describe('LSP: the workspace check on files it cannot read (session 19)', function () {
  this.timeout(120000);
  before(() => buildOnce());
  let c: LspClient | undefined;
  afterEach(async () => {
    await c?.stop();
    c = undefined;
  });

  it('a 100 MB .rxn, a name that is not UTF-8, a loop of links and a folder linked into itself: named with their reasons, the rest checked, no hang', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-hostile-ws-'));
    fs.writeFileSync(path.join(dir, 'good.rxn'), EXAMPLE);
    fs.writeFileSync(path.join(dir, 'meoh.rxn'), STAB_MEOH);
    // café.rxn in Latin-1: the byte 0xE9 alone.
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.rxn')]), STAB_MEOH);
    fs.symlinkSync(path.join(dir, 'loop-b.rxn'), path.join(dir, 'loop-a.rxn'));
    fs.symlinkSync(path.join(dir, 'loop-a.rxn'), path.join(dir, 'loop-b.rxn'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync(dir, path.join(dir, 'sub', 'up'));
    const big = fs.openSync(path.join(dir, 'big.rxn'), 'w');
    fs.ftruncateSync(big, 100 * 1024 * 1024); // sparse: 100 MB of NUL bytes
    fs.closeSync(big);
    c = await LspClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
    const t0 = Date.now();
    const r = (await c.executeCommand('rxn.checkWorkspace')) as { files: number; errors: number; notChecked: { path: string; reason: string }[] };
    assert.ok(Date.now() - t0 < 20000, 'the 100 MB file is not read');
    assert.equal(r.files, 2, 'good.rxn and meoh.rxn (once, not again through sub/up)');
    assert.equal(r.errors, 1);
    assert.deepEqual(
      r.notChecked.map((x) => `${x.path}: ${x.reason}`),
      [
        'big.rxn: it is larger than 64 MB, which no protocol is',
        'caf\uFFFD.rxn: its name is not valid UTF-8 (shown here with \uFFFD for the bytes that are not, such as a Latin-1 letter); rename it to check it',
        'loop-a.rxn: a symbolic link that leads to no file (too many levels of symbolic links)',
        'loop-b.rxn: a symbolic link that leads to no file (too many levels of symbolic links)',
      ],
    );
    const summary = await c.waitFor(() => c!.messages.find((m) => /checked 2 protocols/.test(m.message)), 'the summary');
    assert.equal(
      summary.message,
      'rxn: checked 2 protocols in the workspace: 1 error, 0 warnings, 0 info (4 not checked, the reasons are in Output › rxn: big.rxn, caf\uFFFD.rxn, loop-a.rxn and 1 more). See the Problems panel.',
    );
    await c.waitFor(() => c!.logs.find((l) => l.message === 'rxn: big.rxn was not checked: it is larger than 64 MB, which no protocol is.'), 'the reason in the log');
    assert.ok(!c.published.some((p) => /%EF%BF%BD/.test(p.uri)), 'nothing is published under a URI that names no file');
    // Still serving.
    await c.open('file:///after.rxn', STAB_MEOH);
    assert.deepEqual((await c.diagnosticsFor('file:///after.rxn', 1)).diagnostics.map((x) => x.code), ['stab-protic-solvent']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a file this user may not read is named with "permission denied"', async function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // root reads it anyway
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-hostile-ws-'));
    fs.writeFileSync(path.join(dir, 'locked.rxn'), STAB_MEOH);
    fs.chmodSync(path.join(dir, 'locked.rxn'), 0);
    c = await LspClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
    const r = (await c.executeCommand('rxn.checkWorkspace')) as { files: number; notChecked: { path: string; reason: string }[] };
    assert.equal(r.files, 0);
    assert.deepEqual(r.notChecked, [{ path: 'locked.rxn', reason: 'permission denied' }]);
  });
});
