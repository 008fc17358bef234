// Editor-side figures, measured over JSON-RPC against the real bundled server
// (`node dist/server.js --stdio`) and, as the baseline, the no-op server
// (`node bench/.out/noop-server.js --stdio`, see noop-server.ts):
// - keystroke latency: didChange → the publishDiagnostics of that version;
// - hover, completion and code-action round trips;
// - cold start: spawn → initialize result;
// - memory: VmRSS of the server process with 50 open 2,000-line protocols.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateProtocol } from './generate.mjs';
import { latency, summary } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

export const SERVERS = {
  rxn: [path.join(root, 'dist', 'server.js'), '--stdio'],
  noop: [path.join(here, '.out', 'noop-server.js'), '--stdio'],
  // The ablation servers (bench/engine-ablation.ts): an edit runs only the parse, or the parse and the model.
  'rxn-parse': [path.join(here, '.out', 'parse', 'server.js'), '--stdio'],
  'rxn-model': [path.join(here, '.out', 'model', 'server.js'), '--stdio'],
};

// What VS Code announces for the features measured here.
export const capabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      // vscode-languageclient 9+ (lib/common/codeAction.js) announces this: an action's edit may come later.
      resolveSupport: { properties: ['edit', 'command'] },
    },
  },
};

const now = () => performance.now();

/** A JSON-RPC client over a spawned server's stdio. */
/** What the benchmark client sends in `initialize` (VS Code's capabilities, debounce 0), for a workspace at `rootPath`. */
export function initializeParams(rootPath) {
  return { processId: process.pid, rootUri: pathToFileURL(rootPath).href, capabilities, initializationOptions: { debounceMs: 0 }, workspaceFolders: null };
}

export class Client {
  constructor(proc, conn) {
    this.proc = proc;
    this.conn = conn;
    this.waiting = new Map(); // "uri#version" → resolve
    this.seen = new Map(); // "uri#version" → arrival time (diagnostics that came before anyone waited)
    this.stderr = '';
    this.exited = new Promise((resolve) => proc.on('exit', resolve));
    proc.stderr.on('data', (d) => (this.stderr += d));
    conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
      const t = now();
      const key = `${p.uri}#${p.version}`;
      const w = this.waiting.get(key);
      if (w) {
        this.waiting.delete(key);
        w({ t, params: p });
      } else this.seen.set(key, { t, params: p });
    });
    conn.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    conn.onNotification(rpc.LogMessageNotification.type, () => undefined);
    conn.onError(() => undefined);
    conn.listen();
  }

  /** Spawns a server; resolves once `initialize` has answered (with the time it took from spawn). */
  static async start(kind) {
    const t0 = now();
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers.
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ').filter(Boolean) : [];
    const proc = spawn(process.execPath, [...nodeArgs, ...SERVERS[kind]], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
    const client = new Client(proc, conn);
    await conn.sendRequest(rpc.InitializeRequest.type, initializeParams(root));
    client.coldStartMs = now() - t0;
    await conn.sendNotification(rpc.InitializedNotification.type, {});
    return client;
  }

  /** Resolves with { t, params } when diagnostics for this version of `uri` arrive. */
  diagnostics(uri, version) {
    const key = `${uri}#${version}`;
    const early = this.seen.get(key);
    if (early) {
      this.seen.delete(key);
      return Promise.resolve(early);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${key} after 60 s\n${this.stderr}`)), 60000);
      this.waiting.set(key, (x) => {
        clearTimeout(timer);
        resolve(x);
      });
    });
  }

  open(uri, text) {
    return this.conn.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'rxn', version: 1, text } });
  }

  change(uri, version, range, text) {
    return this.conn.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  request(type, params) {
    return this.conn.sendRequest(type, params);
  }

  rssKB() {
    const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = (field) => Number((status.match(new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm')) ?? [])[1]);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  }

  async stop() {
    try {
      await Promise.race([this.conn.sendRequest(rpc.ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification(rpc.ExitNotification.type);
    } catch {
      // already gone
    }
    const exited = await Promise.race([this.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
    if (!exited) this.proc.kill();
    this.conn.dispose();
  }
}

/**
 * The one-character edits typed into a protocol: alternately insert a character and
 * delete it again, cycling over the procedure's `stir N …` lines (a digit after the
 * number: 30 min → 300 min, then back) and `note "…"` lines (a letter inside the quotes),
 * so every other version differs in what the rules see and the text never drifts.
 */
export function editPlan(lines, count) {
  const sites = [];
  lines.forEach((l, i) => {
    let m = /^(\s*stir \d+)/.exec(l);
    if (m) sites.push({ line: i, character: m[1].length, ch: '0' });
    m = /^(\s*note ")/.exec(l);
    if (m) sites.push({ line: i, character: m[1].length, ch: 'x' });
  });
  const plan = [];
  for (let k = 0; plan.length < count; k++) {
    const s = sites[(k * 7919) % sites.length];
    const at = { line: s.line, character: s.character };
    plan.push({ range: { start: at, end: at }, text: s.ch });
    plan.push({ range: { start: at, end: { line: s.line, character: s.character + 1 } }, text: '' });
  }
  return plan.slice(0, count);
}

/** Keystroke latency and request round trips on one protocol of `lines` lines. */
export async function benchEditing(kind, lines, { edits = 500, requests = 200, seed = 7, keystrokesOnly = false } = {}) {
  const client = await Client.start(kind);
  try {
    const uri = pathToFileURL(path.join(root, `bench-${lines}.rxn`)).href;
    const text = generateProtocol(lines, seed);
    const docLines = text.split('\n');
    let version = 1;
    const opened = client.diagnostics(uri, version);
    await client.open(uri, text);
    const first = await opened;

    // Warm-up: 20 edits, not counted.
    const plan = editPlan(docLines, edits + 20);
    const keystroke = [];
    for (let i = 0; i < plan.length; i++) {
      version++;
      const wait = client.diagnostics(uri, version);
      const t0 = now();
      await client.change(uri, version, plan[i].range, plan[i].text);
      const { t } = await wait;
      if (i >= 20) keystroke.push(t - t0);
    }
    // plan has an even length: the text is back to the original.
    if (keystrokesOnly) return { server: kind, lines, diagnosticsOnOpen: first.params.diagnostics.length, keystroke: latency(keystroke) };

    // Positions for the requests: an alias in an `add` line, the place after `add `, and
    // the line of the first diagnostic (with its diagnostics, as an editor sends them).
    const addLine = docLines.findIndex((l) => /^\s*add r\d+, /.test(l));
    const aliasAt = { line: addLine, character: docLines[addLine].indexOf('add ') + 5 };
    const afterAdd = { line: addLine, character: docLines[addLine].indexOf('add ') + 4 };
    const diagLine = first.params.diagnostics[0]?.range.start.line ?? 0;
    const lineDiags = first.params.diagnostics.filter((d) => d.range.start.line === diagLine);
    const textDocument = { uri };
    const timeRequests = async (type, params) => {
      const out = [];
      for (let i = 0; i < requests + 10; i++) {
        const t0 = now();
        await client.request(type, params);
        if (i >= 10) out.push(now() - t0);
      }
      return latency(out);
    };
    const hover = await timeRequests(rpc.HoverRequest.type, { textDocument, position: aliasAt });
    const completion = await timeRequests(rpc.CompletionRequest.type, { textDocument, position: afterAdd });
    const codeAction = await timeRequests(rpc.CodeActionRequest.type, {
      textDocument,
      range: { start: { line: diagLine, character: 0 }, end: { line: diagLine, character: docLines[diagLine].length } },
      context: { diagnostics: lineDiags, triggerKind: 2 },
    });
    // The light bulb after typing: one edit (its diagnostics awaited, not timed), then the
    // code-action request on that new version, so nothing computed for an earlier version
    // can be reused. (The requests above all ask about one version.)
    const fresh = [];
    const freshPlan = editPlan(docLines, requests + 10 + ((requests + 10) % 2));
    for (let i = 0; i < freshPlan.length; i++) {
      version++;
      const wait = client.diagnostics(uri, version);
      await client.change(uri, version, freshPlan[i].range, freshPlan[i].text);
      await wait;
      const t0 = now();
      await client.request(rpc.CodeActionRequest.type, {
        textDocument,
        range: { start: { line: diagLine, character: 0 }, end: { line: diagLine, character: docLines[diagLine].length } },
        context: { diagnostics: lineDiags, triggerKind: 2 },
      });
      if (i >= 10) fresh.push(now() - t0);
    }
    return {
      server: kind,
      lines,
      diagnosticsOnOpen: first.params.diagnostics.length,
      keystroke: latency(keystroke),
      hover,
      completion,
      codeAction,
      codeActionAfterEdit: latency(fresh),
    };
  } finally {
    await client.stop();
  }
}

/** Spawn → initialize result, alternating the two servers, after one warm-up start of each. */
export async function benchColdStart({ runs = 12 } = {}) {
  const times = { rxn: [], noop: [] };
  for (let i = -1; i < runs; i++) {
    for (const kind of i % 2 ? ['rxn', 'noop'] : ['noop', 'rxn']) {
      const c = await Client.start(kind);
      if (i >= 0) times[kind].push(c.coldStartMs);
      await c.stop();
    }
  }
  return { rxn: summary(times.rxn), noop: summary(times.noop), ratio: summary(times.rxn).median / summary(times.noop).median };
}

/**
 * VmRSS after 50 protocols of 2,000 lines are open and all their diagnostics arrived; with
 * `settleMs`, also read once a second while the server then sits idle for that long (V8
 * gives memory back some seconds after a burst of work: its "memory reducer").
 */
export async function benchMemory(kind, { docs = 50, lines = 2000, settleMs = 0 } = {}) {
  const client = await Client.start(kind);
  try {
    const before = client.rssKB();
    const waits = [];
    for (let i = 0; i < docs; i++) {
      const uri = pathToFileURL(path.join(root, `bench-mem-${i}.rxn`)).href;
      waits.push(client.diagnostics(uri, 1));
      await client.open(uri, generateProtocol(lines, 1000 + i));
    }
    await Promise.all(waits);
    const after = client.rssKB();
    const out = { server: kind, docs, lines, rssBeforeMB: before.rss / 1024, rssMB: after.rss / 1024, peakMB: after.hwm / 1024 };
    if (settleMs > 0) {
      const idle = [];
      for (let s = 1; s * 1000 <= settleMs; s++) {
        await new Promise((r) => setTimeout(r, 1000));
        idle.push(client.rssKB().rss / 1024);
      }
      out.idleMB = idle; // one reading per second of idling
      out.settledMB = idle.at(-1);
    }
    return out;
  } finally {
    await client.stop();
  }
}
