/**
 * "rxn: Check All Protocols in the Workspace" (`workspace/executeCommand rxn.checkWorkspace`):
 * every .rxn file under the workspace folders gets its problems in the Problems panel, open
 * or not, and they stay right as files are opened, closed and removed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient } from './harness';
import { EXAMPLE } from './fixtures';

const STAB_MEOH = EXAMPLE.replace('solvent DCE 0.2 M', 'solvent MeOH 0.2 M');

describe('LSP: check all protocols in the workspace', function () {
  this.timeout(60000);
  before(() => buildOnce());
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  function workspace(): { dir: string; uri: (rel: string) => string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-ws-'));
    fs.mkdirSync(path.join(dir, 'runs', 'old'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'runs', 'good.rxn'), EXAMPLE);
    fs.writeFileSync(path.join(dir, 'runs', 'old', 'meoh.rxn'), STAB_MEOH);
    fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'skip.rxn'), STAB_MEOH);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a protocol');
    return { dir, uri: (rel) => pathToFileURL(path.join(dir, rel)).href };
  }

  it('is announced as a command, publishes the problems of closed files, and counts them', async () => {
    const ws = workspace();
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href] });
    assert.deepEqual(client.capabilities.executeCommandProvider?.commands, ['rxn.checkWorkspace']);
    const result = (await client.executeCommand('rxn.checkWorkspace')) as { files: number; errors: number; warnings: number; infos: number };
    assert.deepEqual(result, { files: 2, errors: 1, warnings: 0, infos: 0, truncated: false, cancelled: false, notChecked: [] });
    const meoh = client.publishesOf(ws.uri('runs/old/meoh.rxn')).at(-1)!;
    assert.deepEqual(meoh.diagnostics.map((d) => d.code), ['stab-protic-solvent']);
    assert.deepEqual(client.publishesOf(ws.uri('runs/good.rxn')).at(-1)!.diagnostics, []);
    assert.deepEqual(client.publishesOf(ws.uri('node_modules/x/skip.rxn')), [], 'node_modules is skipped');
    const summary = await client.waitFor(() => client!.messages.find((m) => /checked 2 protocols in the workspace: 1 error, 0 warnings, 0 info/.test(m.message)), 'the summary message');
    assert.ok(summary.message.endsWith('0 info. See the Problems panel.'), summary.message);
  });

  it("outside VS Code the summary does not send the user to VS Code's Problems panel", async () => {
    const ws = workspace();
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href], initializationOptions: { clientCommands: [] } });
    await client.executeCommand('rxn.checkWorkspace');
    const summary = await client.waitFor(() => client!.messages.find((m) => /checked 2 protocols/.test(m.message)), 'the summary message');
    assert.equal(summary.message, 'rxn: checked 2 protocols in the workspace: 1 error, 0 warnings, 0 info.');
  });

  it('an open file counts as the editor has it; closing a checked file shows the disk again, not nothing', async () => {
    const ws = workspace();
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href] });
    const uri = ws.uri('runs/old/meoh.rxn');
    // Open and fixed in the editor (not saved): the check counts the editor's text.
    await client.open(uri, EXAMPLE);
    await client.diagnosticsFor(uri);
    const result = (await client.executeCommand('rxn.checkWorkspace')) as { errors: number };
    assert.equal(result.errors, 0);
    // Closed without saving: what is on disk is shown again.
    const before = client.published.length;
    await client.close(uri);
    const after = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === uri), 'diagnostics after close');
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['stab-protic-solvent']);
  });

  it('a checked file that is gone loses its problems on the next run', async () => {
    const ws = workspace();
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href] });
    await client.executeCommand('rxn.checkWorkspace');
    const uri = ws.uri('runs/old/meoh.rxn');
    assert.equal(client.publishesOf(uri).at(-1)!.diagnostics.length, 1);
    fs.rmSync(path.join(ws.dir, 'runs', 'old'), { recursive: true });
    const result = (await client.executeCommand('rxn.checkWorkspace')) as { files: number };
    assert.equal(result.files, 1);
    assert.deepEqual(client.publishesOf(uri).at(-1)!.diagnostics, []);
  });

  it('a checked protocol changed or deleted on disk (a file watcher event) is read again or cleared', async () => {
    const ws = workspace();
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href] });
    await client.executeCommand('rxn.checkWorkspace');
    const uri = ws.uri('runs/old/meoh.rxn');
    const file = path.join(ws.dir, 'runs', 'old', 'meoh.rxn');
    let before = client.published.length;
    fs.writeFileSync(file, EXAMPLE); // fixed outside the editor
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    const fixed = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === uri), 'diagnostics after the change');
    assert.deepEqual(fixed.diagnostics, []);
    before = client.published.length;
    fs.writeFileSync(file, STAB_MEOH);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    const broken = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === uri), 'diagnostics after the second change');
    assert.deepEqual(broken.diagnostics.map((d) => d.code), ['stab-protic-solvent']);
    before = client.published.length;
    fs.rmSync(file);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
    const gone = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === uri), 'diagnostics after the deletion');
    assert.deepEqual(gone.diagnostics, []);
    // A protocol the check never showed is left alone.
    before = client.published.length;
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.uri('elsewhere.rxn'), type: FileChangeType.Created }] });
    await client.settle(300);
    assert.deepEqual(client.published.slice(before), []);
  });

  it('an open file is found by its path whatever its URI spelling (VS Code encodes brackets), so its live problems are never replaced by the disk', async () => {
    const ws = workspace();
    fs.writeFileSync(path.join(ws.dir, 'runs', 'run (2).rxn'), STAB_MEOH);
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href] });
    // As VS Code spells it: `(` and `)` percent-encoded (Node's pathToFileURL leaves them).
    const vscodeUri = pathToFileURL(path.join(ws.dir, 'runs', 'run (2).rxn')).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    await client.open(vscodeUri, EXAMPLE); // fixed in the editor, not saved
    await client.diagnosticsFor(vscodeUri);
    const result = (await client.executeCommand('rxn.checkWorkspace')) as { errors: number; files: number };
    assert.equal(result.errors, 1, 'only old/meoh.rxn: the open file counts as its editor has it');
    const nodeUri = pathToFileURL(path.join(ws.dir, 'runs', 'run (2).rxn')).href;
    assert.deepEqual(client.publishesOf(nodeUri), [], 'nothing published under another spelling of the open file');
    assert.deepEqual(client.publishesOf(vscodeUri).at(-1)!.diagnostics, []);
    // Closed unsaved: the disk's problems, under the editor's URI.
    const before = client.published.length;
    await client.close(vscodeUri);
    const after = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === vscodeUri), 'diagnostics after close');
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['stab-protic-solvent']);
  });

  it('a symbolic link to a file outside the workspace is not read; one inside is read once', async function () {
    if (process.platform === 'win32') this.skip();
    const ws = workspace();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.rxn'), 'reagent key = sk-123456\n');
    fs.symlinkSync(path.join(outside, 'secret.rxn'), path.join(ws.dir, 'runs', 'notes.rxn'));
    fs.symlinkSync(path.join(ws.dir, 'runs', 'good.rxn'), path.join(ws.dir, 'runs', 'alias.rxn'));
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href] });
    const result = (await client.executeCommand('rxn.checkWorkspace')) as { files: number };
    assert.equal(result.files, 2, 'good.rxn (once, not again through alias.rxn) and old/meoh.rxn');
    assert.ok(!client.published.some((p) => p.diagnostics.some((d) => /sk-123456/.test(String(d.message)))), 'nothing from outside is quoted');
  });

  it('a second run started during the first ends it; neither clears what it did not look at', async () => {
    const ws = workspace();
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(ws.dir, 'runs', `m${String(i).padStart(3, '0')}.rxn`), STAB_MEOH);
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.dir).href] });
    const [first, second] = (await Promise.all([client.executeCommand('rxn.checkWorkspace'), client.executeCommand('rxn.checkWorkspace')])) as { files: number; cancelled: boolean }[];
    assert.equal(second.cancelled, false);
    assert.equal(second.files, 122);
    assert.equal(first.cancelled, true);
    // Every file with a problem still has it.
    const last = (rel: string) => client!.publishesOf(ws.uri(rel)).at(-1)!;
    for (let i = 0; i < 120; i++) assert.equal(last(`runs/m${String(i).padStart(3, '0')}.rxn`).diagnostics.length, 1);
  });

  it('without a folder it says so and checks nothing', async () => {
    client = await LspClient.start();
    const result = (await client.executeCommand('rxn.checkWorkspace')) as { files: number };
    assert.equal(result.files, 0);
    await client.waitFor(() => client!.messages.find((m) => /no folder is open/.test(m.message)), 'the warning');
  });
});
