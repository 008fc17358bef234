/**
 * A real LSP client for the protocol tests: spawns the bundled server (`node dist/server.js
 * --stdio`), speaks JSON-RPC to it over its stdin/stdout, records every notification it
 * sends, and keeps its own copy of each open document so tests can apply edits the way an
 * editor does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as fs from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeConfigurationNotification,
  PublishDiagnosticsNotification,
  LogMessageNotification,
  ShowMessageNotification,
  ExecuteCommandRequest,
  ConfigurationRequest,
  InlayHintRefreshRequest,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
  type LogMessageParams,
  type ShowMessageParams,
  type ConfigurationParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
  type TextEdit,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

let built = false;
/** Builds the bundles once per test run (the tests exercise what ships: dist/server.js). */
export function buildOnce(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.mjs failed:\n${r.stdout}\n${r.stderr}`);
  if (!fs.existsSync(SERVER)) throw new Error('the build did not produce dist/server.js');
  built = true;
}

export const fullCapabilities: ClientCapabilities = {
  workspace: { configuration: true, inlayHint: { refreshSupport: true }, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    inlayHint: {},
  },
};

export interface StartOptions {
  initializationOptions?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Answers `workspace/configuration`; default: `{}` for each item (all defaults). */
  configuration?: (params: ConfigurationParams) => unknown[] | Promise<unknown[]>;
  /** Command and arguments to run instead of `node dist/server.js --stdio`. */
  command?: string[];
  /** Workspace folders (URIs) sent in `initialize`. */
  workspaceFolders?: string[];
}

interface OpenDoc {
  doc: TextDocument;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** `window/showMessage` notifications. */
  readonly messages: ShowMessageParams[] = [];
  readonly inlayHintRefreshes: number[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  private readonly docs = new Map<string, OpenDoc>();
  private waiters: (() => void)[] = [];
  private exitCode: Promise<number | null>;
  stderr = '';

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {
    this.exitCode = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.wake();
    });
    conn.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
      this.wake();
    });
    conn.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.wake();
    });
    conn.onRequest(InlayHintRefreshRequest.type, () => {
      this.inlayHintRefreshes.push(Date.now());
      this.wake();
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const [cmd, ...args] = options.command ?? [process.execPath, SERVER, '--stdio'];
    const proc = spawn(cmd, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, conn);
    conn.onRequest(ConfigurationRequest.type, async (params) => {
      client.configurationRequests.push(params);
      client.wake();
      return options.configuration ? options.configuration(params) : params.items.map(() => ({}));
    });
    conn.onError(() => undefined);
    conn.onClose(() => undefined);
    conn.listen();
    const result = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0] ?? null,
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i}` })) } : {}),
      capabilities: options.capabilities ?? fullCapabilities,
      // As the VS Code client sends them (client/src/extension.ts), with no debounce.
      initializationOptions: { debounceMs: 0, clientCommands: ['rxn.showRuleDocs'], markdownImages: true, ...(options.initializationOptions ?? {}) },
    });
    client.capabilities = result.capabilities;
    client.serverInfo = result.serverInfo;
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  capabilities: import('vscode-languageserver-protocol').ServerCapabilities = {};
  serverInfo: { name: string; version?: string } | undefined;

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves once `predicate` holds (checked now and after every message from the server). */
  async waitFor<T>(predicate: () => T | undefined | false, what: string, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = predicate();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}\nserver stderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for the diagnostics of `uri` at `version` (the last such publish). */
  async diagnosticsFor(uri: string, version = this.version(uri), timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => [...this.published].reverse().find((p) => p.uri === uri && p.version === version),
      `diagnostics of ${uri} version ${version}`,
      timeoutMs,
    );
  }

  publishesOf(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** Lets the server run for a while (to show that nothing more arrives). */
  async settle(ms = 300): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
  }

  text(uri: string): string {
    return this.mustGet(uri).doc.getText();
  }

  version(uri: string): number {
    return this.mustGet(uri).doc.version;
  }

  private mustGet(uri: string): OpenDoc {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d;
  }

  private opened = 0;

  /**
   * Opens `text` as a new document (`file:///<dir>/doc<N>.rxn`, N counting the documents this
   * client opened this way) and waits for its first diagnostics.
   */
  async openDoc(text: string, dir = 'test'): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///${dir}/doc${this.opened++}.rxn`;
    await this.open(uri, text);
    return { uri, diagnostics: (await this.diagnosticsFor(uri, 1)).diagnostics };
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.docs.set(uri, { doc: TextDocument.create(uri, 'rxn', version, text) });
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'rxn', version, text },
    });
  }

  /** Sends incremental changes (or a whole new text) as the next version; returns that version. */
  async change(uri: string, change: string | TextDocumentContentChangeEvent[], version?: number): Promise<number> {
    const d = this.mustGet(uri);
    const changes: TextDocumentContentChangeEvent[] = typeof change === 'string' ? [{ text: change }] : change;
    const next = version ?? d.doc.version + 1;
    d.doc = TextDocument.update(d.doc, changes, next);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next },
      contentChanges: changes,
    });
    return next;
  }

  /** Applies a WorkspaceEdit the way an editor does (edits of this document only) and sends the change. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    const edits = editsFor(uri, edit);
    const newText = TextDocument.applyEdits(this.mustGet(uri).doc, edits);
    return this.change(uri, newText);
  }

  /** The text `edit` would give, without sending anything. */
  preview(uri: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(this.mustGet(uri).doc, edits);
  }

  /** `workspace/executeCommand`. */
  async executeCommand(command: string, args: unknown[] = []): Promise<unknown> {
    return this.conn.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown = null): Promise<void> {
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** `shutdown` then `exit`; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    try {
      const shutdown: Promise<void> = this.conn.sendRequest(ShutdownRequest.type);
      await Promise.race([shutdown, new Promise((_, rej) => setTimeout(() => rej(new Error('shutdown timed out')), 5000))]);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      this.proc.kill();
    }
    const code = await this.waitExit();
    this.conn.dispose();
    return code;
  }

  async waitExit(timeoutMs = 5000): Promise<number | null> {
    return Promise.race([
      this.exitCode,
      new Promise<number | null>((_, rej) => setTimeout(() => rej(new Error('the server did not exit')), timeoutMs)),
    ]);
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

export function editsFor(uri: string, edit: WorkspaceEdit): TextEdit[] {
  const out: TextEdit[] = [];
  if (edit.changes?.[uri]) out.push(...edit.changes[uri]);
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) {
      for (const e of dc.edits) out.push(e as TextEdit);
    }
  }
  return out;
}

/** Zero-based position of the `n`-th (0-based) occurrence of `needle` in `text` (UTF-16 columns, as LSP). */
export function positionOf(text: string, needle: string, n = 0, offsetInNeedle = 0): { line: number; character: number } {
  let idx = -1;
  for (let i = 0; i <= n; i++) {
    idx = text.indexOf(needle, idx + 1);
    if (idx < 0) throw new Error(`"${needle}" (occurrence ${n}) is not in the text`);
  }
  const at = idx + offsetInNeedle;
  const before = text.slice(0, at);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: at - lineStart };
}

/** The range of the `n`-th occurrence of `needle`. */
export function rangeOf(text: string, needle: string, n = 0) {
  const start = positionOf(text, needle, n);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}
