/**
 * The VS Code side of rxn: starts the bundled language server (dist/server.js) over node
 * IPC and adds the few commands that need the editor. Every check, fix, hover and hint
 * comes from the server.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { createTraceChannel } from './trace';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('rxn');
const CURSOR_LINE_NOTIFICATION = 'rxn/cursorLine';
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

let client: LanguageClient | undefined;
/** When the server process ended unexpectedly, newest last; a manual restart clears it. */
const crashes: number[] = [];
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 3 * 60 * 1000;
/** Sends the cursor line again (focus mode), e.g. to a server that has just (re)started. */
let resyncCursor: () => void = () => undefined;

/**
 * Restarts the server after it crashes, unless it crashed 5 times in 3 minutes; the count
 * starts again after "rxn: Restart Language Server" (the default handler keeps counting, so
 * one more crash after a manual restart stopped it for good).
 */
const errorHandler: ErrorHandler = {
  error: () => ({ action: ErrorAction.Continue }),
  closed: () => {
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length < MAX_CRASHES) return { action: CloseAction.Restart };
    return {
      action: CloseAction.DoNotRestart,
      message: `rxn: the language server stopped ${MAX_CRASHES} times in 3 minutes and will not be restarted. See the "rxn" output, then run "rxn: Restart Language Server".`,
    };
  },
};

/** The "rxn" output channel (the server's log), and the channel the client traces LSP messages to. */
interface Channels {
  output: vscode.LogOutputChannel;
  trace: vscode.LogOutputChannel;
}

function createClient(context: vscode.ExtensionContext, channels: Channels): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files, unsaved buffers and virtual workspaces (e.g. GitHub repositories) — but not
    // the read-only copies VS Code opens for diffs (git:, …), which would get duplicate problems.
    documentSelector: [
      { scheme: 'file', language: 'rxn' },
      { scheme: 'untitled', language: 'rxn' },
      { scheme: 'vscode-vfs', language: 'rxn' },
    ],
    // Protocols changed on disk (a git checkout, another editor): the server re-reads those a
    // workspace check showed and no editor has open.
    synchronize: { configurationSection: 'rxn', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.rxn') },
    initializationOptions: {
      // VS Code draws the structure picture of a reagent's hover (a data: URI image); the
      // server leaves it out for clients that do not say so, which would print it as text.
      markdownImages: true,
      // VS Code shows a problem's message and rule id in the hover itself: the server's hover
      // does not repeat them (it adds the rule's summary, the quick fixes and the rule's page).
      diagnosticsInHover: true,
      // Commands run on the client side: with this extension's own, the server offers "Show
      // documentation" code actions, and makes rule links (Problems panel, hovers) `command:`
      // links that open the page shipped in the extension rendered, offline, instead of as
      // Markdown source; with VS Code's triggerSuggest, an accepted keyword (`target`, `solvent`,
      // `quench`…) opens the suggestions for the word after it.
      clientCommands: ['rxn.showRuleDocs', 'editor.action.triggerSuggest'],
    },
    // A hover's "rule docs" link runs that command; no other command link is trusted.
    markdown: { isTrusted: { enabledCommands: ['rxn.showRuleDocs'] } },
    diagnosticCollectionName: 'rxn',
    outputChannel: channels.output,
    // rxn.trace.server by itself decides whether the LSP messages are logged (see trace.ts).
    traceOutputChannel: channels.trace,
    errorHandler,
  };
  const c = new LanguageClient('rxn', 'rxn', serverOptions, clientOptions);
  // A new server process knows nothing of the cursor: tell it again (focus mode).
  c.onDidChangeState((e) => {
    if (e.newState === State.Running) resyncCursor();
  });
  return c;
}

function rulePage(context: vscode.ExtensionContext, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

async function pickRule(context: vscode.ExtensionContext): Promise<string | undefined> {
  const folder = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  let ids: string[] = [];
  try {
    ids = (await vscode.workspace.fs.readDirectory(folder))
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md') && name !== 'README.md')
      .map(([name]) => name.slice(0, -3))
      .sort();
  } catch {
    // no pages shipped: nothing to pick from
  }
  if (ids.length === 0) {
    void vscode.window.showWarningMessage('rxn: no rule pages were found in the extension.');
    return undefined;
  }
  return vscode.window.showQuickPick(ids, { placeHolder: 'Which rule?' });
}

async function showRuleDocs(context: vscode.ExtensionContext, ruleId?: unknown): Promise<void> {
  const id = typeof ruleId === 'string' ? ruleId : await pickRule(context);
  if (!id) return;
  if (!RULE_ID.test(id)) {
    void vscode.window.showWarningMessage(`rxn: "${id}" is not a rule id.`);
    return;
  }
  const page = rulePage(context, id);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(`rxn: there is no page for the rule ${id}.`);
    return;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    // The built-in Markdown extension is disabled: show the page as text.
    await vscode.window.showTextDocument(page, { preview: true });
  }
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'rxn') {
    void vscode.window.showInformationMessage('rxn: open a .rxn protocol to fix its problems.');
    return;
  }
  if (!client?.isRunning()) {
    const restart = 'Restart Language Server';
    const pick = await vscode.window.showWarningMessage('rxn: the language server is not running, so nothing can be fixed.', restart);
    if (pick === restart) await vscode.commands.executeCommand('rxn.restartServer');
    return;
  }
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value)) ?? [];
  const action = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage('rxn: no problem in this protocol can be fixed automatically.');
    return;
  }
  await vscode.workspace.applyEdit(action.edit);
}

/**
 * Focus mode: tell the server where the cursor is (it cannot see it). The server keeps one
 * cursor: the line of the active `.rxn` editor, or none (`{ uri: null }`) when the active
 * editor is of another language, there is no editor, or focus mode is off for that file, so
 * that what it held back on the line being typed is shown as soon as the user is elsewhere
 * (as markdownlint shows a file's problems once another editor is active).
 */
function trackCursor(context: vscode.ExtensionContext): void {
  /** What the server was last told: a line in a document, `null` (no cursor), or nothing yet. */
  let lastSent: { uri: string; line: number } | null | undefined;
  const send = (editor: vscode.TextEditor | undefined) => {
    if (!client?.isRunning()) return;
    const doc = editor?.document;
    const tracked = doc?.languageId === 'rxn' && vscode.workspace.getConfiguration('rxn', doc.uri).get<boolean>('focusMode', false);
    if (!editor || !doc || !tracked) {
      // Only after a line was sent: with focus mode off everywhere, nothing is ever sent.
      if (!lastSent) return;
      lastSent = null;
      void client.sendNotification(CURSOR_LINE_NOTIFICATION, { uri: null });
      return;
    }
    const uri = doc.uri.toString();
    const line = editor.selection.active.line;
    if (lastSent && lastSent.uri === uri && lastSent.line === line) return;
    lastSent = { uri, line };
    void client.sendNotification(CURSOR_LINE_NOTIFICATION, { uri, line });
  };
  resyncCursor = () => {
    lastSent = undefined;
    send(vscode.window.activeTextEditor);
  };
  context.subscriptions.push(
    // Only the active editor's cursor counts (a selection in a side editor that is not active is not typing).
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) send(e.textEditor);
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => send(e)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (lastSent && lastSent.uri === d.uri.toString()) lastSent = undefined;
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('rxn.focusMode')) return;
      send(vscode.window.activeTextEditor);
    }),
  );
}

/** What `activate` returns (`vscode.extensions.getExtension('rxn-tools.rxn').exports`). */
export interface RxnExtensionApi {
  /** The file the **rxn** output channel is written to (the tests read the trace there). */
  readonly outputLogFile: vscode.Uri;
}

export async function activate(context: vscode.ExtensionContext): Promise<RxnExtensionApi> {
  const output = vscode.window.createOutputChannel('rxn', { log: true });
  const trace = createTraceChannel(output);
  const channels: Channels = { output, trace };
  context.subscriptions.push(output, trace);
  context.subscriptions.push(
    vscode.commands.registerCommand('rxn.showRuleDocs', (ruleId?: unknown) => showRuleDocs(context, ruleId)),
    vscode.commands.registerCommand('rxn.fixAll', fixAll),
    vscode.commands.registerCommand('rxn.restartServer', async () => {
      crashes.length = 0;
      if (client) await client.restart();
      else {
        client = createClient(context, channels);
        await client.start();
      }
    }),
  );
  trackCursor(context);
  client = createClient(context, channels);
  await client.start();
  // A log output channel is written to `<name>.log` in the extension's log folder.
  return { outputLogFile: vscode.Uri.joinPath(context.logUri, 'rxn.log') };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
