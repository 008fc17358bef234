/**
 * The extension-host suite: runs INSIDE VS Code (or code-server) with the real `vscode`
 * API, the extension loaded from this repository and its language server running. It
 * checks what a chemist sees: the NaBH4 one-pot problem is flagged, its preferred quick
 * fix removes it, hover cards answer, the commands exist.
 *
 * Entry point: `run()` (the @vscode/test-electron / code-server `extensionTestsPath`
 * contract). Built to out/test/vscode/suite/index.js by test/vscode/build.mjs.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { strict as assert } from 'node:assert';
import Mocha from 'mocha';
import { EXAMPLE, NABH4_ONE_POT } from '../../lsp/fixtures';

// out/test/vscode/suite → repository root
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'q2-alcohol-byproduct-nabh4-one-pot.rxn');

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A copy of the sample in a scratch folder, so the test never edits the repository. */
function scratchCopy(): vscode.Uri {
  const dir = process.env.RXN_TEST_WORKSPACE || fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-ext-test-'));
  const file = path.join(dir, 'nabh4-one-pot.rxn');
  fs.writeFileSync(file, fs.existsSync(SAMPLE) ? fs.readFileSync(SAMPLE, 'utf8') : NABH4_ONE_POT);
  return vscode.Uri.file(file);
}

function defineTests(root: Mocha.Suite): void {
  const suite = Mocha.Suite.create(root, 'rxn extension in VS Code');
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  suite.beforeAll(async () => {
    uri = scratchCopy();
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
  });

  suite.afterAll(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** A silica column without an amine modifier (a safe fix appends one): remove it, or add such a column. */
  async function dropAmineModifier(): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    const text = doc.getText();
    const idx = text.indexOf(' + 1% Et3N');
    if (idx >= 0) edit.delete(uri, new vscode.Range(doc.positionAt(idx), doc.positionAt(idx + ' + 1% Et3N'.length)));
    else edit.insert(uri, doc.positionAt(text.length), '\n  purify silica DCM/MeOH 9:1\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
  }

  suite.addTest(
    new Mocha.Test('a .rxn file gets the rxn language and the extension activates', async () => {
      assert.equal(doc.languageId, 'rxn');
      const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'rxn');
      assert.ok(ext, 'the rxn extension is loaded');
      await until('activation', () => ext!.isActive);
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['rxn.fixAll', 'rxn.showRuleDocs', 'rxn.restartServer']) assert.ok(commands.includes(c), `command ${c} is registered`);
    }),
  );

  suite.addTest(
    new Mocha.Test('NaBH4 added one-pot is flagged, with the rule id and a link to its page', async () => {
      const d = await until('the nabh4-one-pot diagnostic', () =>
        vscode.languages.getDiagnostics(uri).find((x) => ruleOf(x) === 'nabh4-one-pot'),
      );
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(d.source, 'rxn');
      // The code's link runs rxn.showRuleDocs with the rule id (the Problems panel and the hover open command links).
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      assert.equal(target?.scheme, 'command', 'the code links to a command');
      assert.equal(target?.path, 'rxn.showRuleDocs');
      const args: unknown[] = JSON.parse(target!.query);
      assert.deepEqual(args, ['nabh4-one-pot']);
      assert.ok(fs.existsSync(vscode.Uri.joinPath(vscode.extensions.all.find((e) => e.packageJSON?.name === 'rxn')!.extensionUri, 'docs', 'rules', 'nabh4-one-pot.md').fsPath), 'the rule page ships with the extension');
      await vscode.commands.executeCommand(target!.path, ...args);
      const tab = await until('the rule page rendered in a Markdown preview', () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /nabh4-one-pot\.md/.test(t.label) && t.input instanceof vscode.TabInputWebview),
      );
      await vscode.window.tabGroups.close(tab);
      assert.match(doc.getText(d.range), /nabh4|NaBH4/);
    }),
  );

  suite.addTest(
    new Mocha.Test('hover on the reductant shows its card', async () => {
      const text = doc.getText();
      const at = doc.positionAt(text.indexOf('NaBH4', text.indexOf('reagent')) + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
      const md = hovers
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : c.value))
        .join('\n');
      assert.match(md, /37\.83/, 'the card shows the molar mass of NaBH4');
    }),
  );

  suite.addTest(
    new Mocha.Test('the preferred quick fix removes the problem', async () => {
      const d = await until('the nabh4-one-pot diagnostic', () =>
        vscode.languages.getDiagnostics(uri).find((x) => ruleOf(x) === 'nabh4-one-pot'),
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      // VS Code's executeCodeActionProvider does not hand back each action's
      // `diagnostics`, so the fix is recognised by being preferred and by its title.
      const fix = actions.find((a) => a.isPreferred && a.edit && /NaBH4|nabh4/.test(a.title));
      assert.ok(fix, `a preferred quick fix is offered (got: ${actions.map((a) => a.title).join(' | ')})`);
      const before = doc.version;
      assert.ok(await vscode.workspace.applyEdit(fix!.edit!), 'the edit applies');
      assert.ok(doc.version > before, 'the document changed');
      await until('the diagnostic to disappear', () => !vscode.languages.getDiagnostics(uri).some((x) => ruleOf(x) === 'nabh4-one-pot'));
      const errors = vscode.languages.getDiagnostics(uri).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(errors.map(ruleOf), [], 'no error is left behind by the fix');
    }),
  );

  suite.addTest(
    new Mocha.Test('"Fix all rxn problems" from the light bulb: its edit is filled in when picked (codeAction/resolve)', async () => {
      await dropAmineModifier();
      const d = await until('silica-amine-modifier', () => vscode.languages.getDiagnostics(uri).find((x) => ruleOf(x) === 'silica-amine-modifier'));
      // No kind, as the light bulb asks; VS Code resolves up to `itemResolveCount` actions.
      const unresolved = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
      const lazy = unresolved.find((a) => a.title === 'Fix all rxn problems');
      assert.ok(lazy, `offered in the light bulb (got: ${unresolved.map((a) => a.title).join(' | ')})`);
      assert.equal(lazy!.edit, undefined, 'the edit is not computed until the action is picked');
      const resolved = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, undefined, 100);
      const fix = resolved.find((a) => a.title === 'Fix all rxn problems');
      assert.ok(fix?.edit, 'resolving fills in the edit');
      assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
      await until('silica-amine-modifier to be fixed', () => !vscode.languages.getDiagnostics(uri).some((x) => ruleOf(x) === 'silica-amine-modifier'));
      assert.match(doc.getText(), /purify silica .*\+ 1% Et3N/);
    }),
  );

  suite.addTest(
    new Mocha.Test('rxn.fixAll applies the safe fixes through the source.fixAll.rxn action', async () => {
      await dropAmineModifier();
      await until('silica-amine-modifier', () => vscode.languages.getDiagnostics(uri).some((x) => ruleOf(x) === 'silica-amine-modifier'));
      await vscode.commands.executeCommand('rxn.fixAll');
      await until('silica-amine-modifier to be fixed', () => !vscode.languages.getDiagnostics(uri).some((x) => ruleOf(x) === 'silica-amine-modifier'));
      assert.match(doc.getText(), /purify silica .*\+ 1% Et3N/);
    }),
  );
}

/** A scratch file (never in the repository). */
function scratchFile(name: string, text: string): vscode.Uri {
  const dir = process.env.RXN_TEST_WORKSPACE || fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-ext-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/**
 * Focus mode (rxn.focusMode): a problem typed on the cursor's line is held back; it must be
 * shown once the user is in no .rxn editor, as it is when they switch to another .rxn file.
 */
function defineFocusTests(root: Mocha.Suite): void {
  const suite = Mocha.Suite.create(root, 'focus mode in VS Code');
  const config = () => vscode.workspace.getConfiguration('rxn');
  suite.beforeAll(async () => {
    await config().update('focusMode', true, vscode.ConfigurationTarget.Global);
  });
  suite.afterEach(async () => {
    await vscode.workspace.saveAll(false); // scratch files: closing them must not ask
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  suite.afterAll(async () => {
    await config().update('focusMode', undefined, vscode.ConfigurationTarget.Global);
  });

  const ADD_STAB = EXAMPLE.split('\n').findIndex((l) => l === '  add stab portionwise');
  const DIAZEPANE = EXAMPLE.split('\n').findIndex((l) => /3\.0 equiv/.test(l));

  /**
   * Opens a copy of the clean example, puts the cursor on `add stab` and, in one edit, types
   * `, ghost` there (undeclared-reagent, held back) and a decimal comma on the diazepane line
   * (invalid-quantity, shown: it is not on the cursor's line). Returns once the latter is shown.
   */
  async function typeHalfLine(name: string): Promise<vscode.Uri> {
    assert.ok(ADD_STAB > 0 && DIAZEPANE > 0);
    const uri = scratchFile(name, EXAMPLE);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(editor.document.languageId, 'rxn');
    const end = new vscode.Position(ADD_STAB, '  add stab'.length);
    editor.selection = new vscode.Selection(end, end);
    await new Promise((r) => setTimeout(r, 300)); // the cursor line reaches the server before the edit's check
    const comma = editor.document.lineAt(DIAZEPANE).text.indexOf('3.0');
    assert.ok(
      await editor.edit((b) => {
        b.replace(new vscode.Range(DIAZEPANE, comma, DIAZEPANE, comma + 3), '3,0');
        b.insert(end, ', ghost');
      }),
    );
    await until('invalid-quantity on the diazepane line', () => vscode.languages.getDiagnostics(uri).some((d) => ruleOf(d) === 'invalid-quantity'));
    assert.equal(editor.selection.active.line, ADD_STAB, 'the cursor is still on the typed line');
    assert.deepEqual(
      vscode.languages.getDiagnostics(uri).filter((d) => d.range.start.line === ADD_STAB).map(ruleOf),
      [],
      'the problem on the line being typed is held back',
    );
    return uri;
  }

  const shown = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).some((d) => ruleOf(d) === 'undeclared-reagent' && d.range.start.line === ADD_STAB);

  suite.addTest(
    new Mocha.Test('a held-back problem is shown once a non-.rxn editor is active', async () => {
      const uri = await typeHalfLine('focus-a.rxn');
      const notes = scratchFile('notes.txt', 'not a protocol\n');
      const txt = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
      assert.notEqual(txt.document.languageId, 'rxn');
      await until('the held-back problem to be shown while the .txt editor is active', () => shown(uri), 10000);
    }),
  );

  suite.addTest(
    new Mocha.Test('a held-back problem is shown once no text editor is active (a rule page is)', async () => {
      const uri = await typeHalfLine('focus-b.rxn');
      await vscode.commands.executeCommand('rxn.showRuleDocs', 'undeclared-reagent');
      await until('no active text editor', () => vscode.window.activeTextEditor === undefined);
      await until('the held-back problem to be shown with no text editor active', () => shown(uri), 10000);
    }),
  );
}

/**
 * rxn.trace.server on its own (the Output channel's log level left at its default, Info)
 * logs the LSP messages in the rxn output channel, and "off" stops them.
 */
function defineTraceTests(root: Mocha.Suite): void {
  const suite = Mocha.Suite.create(root, 'rxn.trace.server in VS Code');
  const config = () => vscode.workspace.getConfiguration('rxn');
  suite.afterAll(async () => {
    await config().update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.saveAll(false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suite.addTest(
    new Mocha.Test('"verbose" logs each message with its content, "off" logs none, "messages" logs them without content', async () => {
      const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'rxn');
      assert.ok(ext, 'the rxn extension is loaded');
      const api = (await ext!.activate()) as { outputLogFile?: vscode.Uri } | undefined;
      assert.ok(api?.outputLogFile, 'activate() returns where the rxn channel is written');
      const logFile = api!.outputLogFile!.fsPath;
      const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
      const hoverRequests = (text: string) => [...text.matchAll(/Sending request 'textDocument\/hover - \((\d+)\)'\.(\r?\nParams: )?/g)];
      const uri = scratchFile('trace.rxn', EXAMPLE);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const at = doc.positionAt(EXAMPLE.indexOf('NaBH(OAc)3') + 2);
      const hover = () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
      assert.equal(vscode.env.logLevel, vscode.LogLevel.Info, 'the default log level (not Trace)');

      /** Sets the setting and waits until the client has taken it (it says so in the channel). */
      const setTrace = async (value: string) => {
        const seen = log().split('is now "' + value + '"').length;
        await config().update('trace.server', value, vscode.ConfigurationTarget.Global);
        await until(`the client to take rxn.trace.server = "${value}"`, () => log().split('is now "' + value + '"').length > seen, 15000);
      };
      await setTrace('verbose');
      await hover();
      const verbose = await until('a traced hover request in the rxn channel', () => hoverRequests(log()).at(-1), 15000);
      assert.ok(verbose[2], `"verbose" logs the params:\n${log().slice(-2000)}`);
      assert.match(log(), /Received response 'textDocument\/hover - \(\d+\)' in \d+ms\./);

      await setTrace('off');
      const before = hoverRequests(log()).length;
      await hover(); // not traced
      await setTrace('messages');
      await hover(); // traced, without its params
      const after = await until('the next traced hover request', () => (hoverRequests(log()).length > before ? hoverRequests(log()) : undefined), 15000);
      assert.equal(after.length, before + 1, 'the hover asked while the setting was "off" is not logged');
      assert.ok(!after.at(-1)![2], '"messages" logs no params');
      assert.ok(Number(after.at(-1)![1]) >= Number(verbose[1]) + 2, 'the untraced hover request came in between');
    }),
  );
}

/** A misspelt rule id in rxn.rules: the rxn output channel says so, with the id meant. */
function defineRuleSettingTests(root: Mocha.Suite): void {
  const suite = Mocha.Suite.create(root, 'rxn.rules in VS Code');
  const config = () => vscode.workspace.getConfiguration('rxn');
  suite.afterAll(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.saveAll(false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suite.addTest(
    new Mocha.Test('a misspelt rule id is reported in the rxn output channel, with the nearest id', async () => {
      const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'rxn');
      const api = (await ext!.activate()) as { outputLogFile?: vscode.Uri } | undefined;
      assert.ok(api?.outputLogFile);
      const logFile = api!.outputLogFile!.fsPath;
      const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
      const schema = ext!.packageJSON.contributes.configuration.properties['rxn.rules'];
      assert.ok(schema.properties['missing-acid'], 'settings.json is offered the rule ids');
      await config().update('rules', { 'misssing-acid': 'off' }, vscode.ConfigurationTarget.Global);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(scratchFile('rules-typo.rxn', EXAMPLE)));
      const line = await until(
        'the warning in the rxn channel',
        () => log().split('\n').find((l) => /\[warning\].*rxn\.rules: "misssing-acid" is not an rxn rule/.test(l)),
        15000,
      );
      assert.match(line, /Did you mean "missing-acid"\?/);
    }),
  );
}

/** "rxn: Check All Protocols in the Workspace": a protocol no editor has open gets its problems. */
function defineWorkspaceCheckTests(root: Mocha.Suite): void {
  const suite = Mocha.Suite.create(root, 'rxn: Check All Protocols in the Workspace');
  suite.addTest(
    new Mocha.Test('a closed protocol in the workspace folder shows its problems after the command', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'the tests run with a workspace folder');
      const file = vscode.Uri.joinPath(folder!.uri, 'closed-stab-in-methanol.rxn');
      fs.writeFileSync(file.fsPath, EXAMPLE.replace('solvent DCE 0.2 M', 'solvent MeOH 0.2 M'));
      try {
        assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.toString()), 'not open');
        await vscode.commands.executeCommand('rxn.checkWorkspace');
        const rules = await until('its diagnostics', () => {
          const ds = vscode.languages.getDiagnostics(file);
          return ds.length ? ds.map(ruleOf) : undefined;
        });
        assert.deepEqual(rules, ['stab-protic-solvent']);
      } finally {
        fs.rmSync(file.fsPath, { force: true });
        await vscode.commands.executeCommand('rxn.checkWorkspace');
      }
    }),
  );
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  defineTests(mocha.suite);
  defineFocusTests(mocha.suite);
  defineTraceTests(mocha.suite);
  defineRuleSettingTests(mocha.suite);
  defineWorkspaceCheckTests(mocha.suite);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
