// The keystroke path of the language server, in one process, for instruction counts and CPU
// profiles (the machine is shared: wall time is too noisy to compare two builds by a few per
// cent). The bundled server (`dist/server.js`, or the bundle given with --server) is wired to
// an in-memory JSON-RPC connection; a client announcing what VS Code announces (the
// capabilities of bench/lsp.mjs) opens a generated protocol and types the edits of
// `benchEditing` one by one, each time waiting for the publishDiagnostics of that version:
// the same didChange → analysis → publish path as over stdio, without the pipe.
//
//   node esbuild.mjs && node bench/keystroke.mjs [--lines 10000] [--edits 200] [--server dist/server.js]
//   valgrind --tool=callgrind --cache-sim=no --callgrind-out-file=/dev/null node bench/keystroke.mjs --edits 0
//   valgrind --tool=callgrind --cache-sim=no --callgrind-out-file=/dev/null node bench/keystroke.mjs --edits 200
//     (the difference of the two totals is the cost of 200 keystrokes; between two builds, compare
//     the totals without Runtime_CompileOptimized* and Heap::CollectGarbage, inclusive, from a
//     callgrind output file: see docs/performance.md, the note at the end of change 19)
//   RXN_NO_MINIFY=1 node esbuild.mjs && node --cpu-prof --cpu-prof-dir=/tmp/prof bench/keystroke.mjs --edits 1000
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateProtocol } from './generate.mjs';
import { editPlan, initializeParams } from './lsp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');
const { createConnection, ProposedFeatures } = require('vscode-languageserver/node');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const lines = Number(arg('lines', 10000));
const edits = Number(arg('edits', 200));
const warmup = Number(arg('warmup', 20));
const serverPath = path.resolve(root, arg('server', 'dist/server.js'));

const toServer = new PassThrough();
const toClient = new PassThrough();
const serverConn = createConnection(ProposedFeatures.all, new rpc.StreamMessageReader(toServer), new rpc.StreamMessageWriter(toClient));
require(serverPath).wireServer(serverConn);
serverConn.listen();

const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(toClient), new rpc.StreamMessageWriter(toServer));
const waiting = new Map();
let diagnosticsSeen = 0;
conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
  diagnosticsSeen += p.diagnostics.length;
  const w = waiting.get(p.version);
  if (w) {
    waiting.delete(p.version);
    w(p);
  }
});
conn.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
conn.onNotification(rpc.LogMessageNotification.type, (m) => process.stderr.write(`server: ${m.message}\n`));
conn.listen();
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

await conn.sendRequest(rpc.InitializeRequest.type, initializeParams(root));
await conn.sendNotification(rpc.InitializedNotification.type, {});

const uri = pathToFileURL(path.join(root, `bench-${lines}.rxn`)).href;
const text = generateProtocol(lines, 7);
let version = 1;
let wait = published(version);
await conn.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'rxn', version, text } });
const first = await wait;

// The warm-up edits always run (so that `--edits 0` pays the same set-up and JIT warm-up).
const plan = editPlan(text.split('\n'), warmup + edits + ((warmup + edits) % 2));
const t0 = performance.now();
let tEdits = 0;
for (let i = 0; i < plan.length; i++) {
  if (i === warmup) tEdits = performance.now();
  version++;
  wait = published(version);
  await conn.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [plan[i]] });
  await wait;
}
const t1 = performance.now();
process.stdout.write(
  `${lines} lines, ${first.diagnostics.length} diagnostics on open, ${plan.length - warmup} timed edits: ` +
    `${((t1 - (tEdits || t1)) / Math.max(1, plan.length - warmup)).toFixed(2)} ms per edit (wall, noisy); ${diagnosticsSeen} diagnostics published\n`,
);
void t0;
conn.dispose();
serverConn.dispose();
process.exit(0);
