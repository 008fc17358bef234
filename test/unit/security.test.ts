/**
 * Security: nothing in a `.rxn` file or in the workspace settings can make the extension run
 * a program, read files outside what it was given, or reach the network (docs/security.md).
 *
 * 1. The shipped bundles (dist/server.js, dist/client.js, dist/openchemlib.js, and the CLI's
 *    dist/cli.js), built fresh with `node esbuild.mjs`, are scanned for every way to start a
 *    process, open a connection, fetch, or evaluate code. Each occurrence must match one
 *    reviewed entry below (the library it comes from, the methods it uses, and why file
 *    content and settings cannot reach it); an unreviewed occurrence fails the test, and so
 *    does an entry that no longer matches anything (so the list stays exact).
 * 2. The sources (server/src, client/src) are scanned the same way; the language server may
 *    touch the file system only to load openchemlib.js from its own folder and to check that
 *    its own docs/rules folder exists.
 * 3. The facts the reviews rely on are asserted on the sources (e.g. the server never calls
 *    the language-server library's `Files` helpers, the only code that spawns in server.js).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BUNDLES = ['server', 'client', 'openchemlib', 'cli'] as const;
type Bundle = (typeof BUNDLES)[number];

/** Node modules that start processes, open connections or run code. */
const DANGEROUS_MODULES = 'child_process|net|tls|http|https|http2|dgram|dns|vm|worker_threads|cluster|inspector|repl';

interface Occurrence {
  bundle: Bundle;
  /** e.g. `require("child_process")`, `child_process.fork`, `fetch(` */
  what: string;
  offset: number;
  /** 800 characters before and 400 after. */
  before: string;
  after: string;
}

function scanBundle(bundle: Bundle, code: string): Occurrence[] {
  const out: Occurrence[] = [];
  const at = (what: string, offset: number) =>
    out.push({ bundle, what, offset, before: code.slice(Math.max(0, offset - 800), offset), after: code.slice(offset, offset + 400) });
  // A dangerous module, and every use of the variable it is bound to (minified: `uu.fork`, `(0,uu.fork)(…)`).
  const req = new RegExp(`(?:([A-Za-z_$][\\w$]*)=)?(?:[A-Za-z_$][\\w$]*\\()?require\\("(?:node:)?(${DANGEROUS_MODULES})"\\)`, 'g');
  let m: RegExpExecArray | null;
  while ((m = req.exec(code))) {
    at(`require("${m[2]}")`, m.index);
    if (!m[1]) continue;
    // (Not inside a string: a minified name such as `sh` also starts `"sh.in":"Shell"` in a bundled table of file types.)
    const use = new RegExp(`(?<![\\w$."'])${m[1].replace(/\$/g, '\\$')}\\.([A-Za-z]+)`, 'g');
    let u: RegExpExecArray | null;
    while ((u = use.exec(code))) at(`${m[2]}.${u[1]}`, u.index);
  }
  const patterns: [string, RegExp][] = [
    ['eval(', /(?<![\w$.])eval\(/g],
    ['new Function', /new Function\b/g],
    ['Function(', /(?<![\w$.])Function\(/g],
    ['fetch(', /(?<![\w$.])fetch\(/g],
    ['XMLHttpRequest', /XMLHttpRequest/g],
    ['WebSocket', /WebSocket/g],
    ['process.binding', /process\.(?:binding|dlopen)\b/g],
    ['import(', /(?<![\w$.])import\(/g],
    ['require(<expression>)', /(?<![\w$.])require\((?!")/g],
    ['getBuiltinModule(', /getBuiltinModule\(/g],
    ['exec/spawn/fork(', /(?<![\w$.])(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\(/g],
    ['net.connect', /\bnet\.connect\b/g],
  ];
  for (const [what, re] of patterns) while ((m = re.exec(code))) at(what, m.index);
  return out;
}

interface Reviewed {
  bundles: Bundle[];
  /** The occurrences this entry covers. */
  what: RegExp;
  /** Identifies where it is: stable names near it (exported property names, strings). */
  where: (o: Occurrence) => boolean;
  reason: string;
}

const near = (o: Occurrence, before: string | undefined, after?: string) =>
  (before === undefined || o.before.includes(before)) && (after === undefined || o.after.includes(after));

/** Every reviewed occurrence. Keep in step with docs/security.md. */
const REVIEWED: Reviewed[] = [
  {
    bundles: ['server', 'cli'],
    what: /^require\("child_process"\)$/,
    where: (o) => near(o, '.resolveGlobalNodePath=') && near(o, '.resolveModulePath='),
    reason:
      'vscode-languageserver/lib/node/files.js (the `Files` helpers: resolve a Node module or the global npm/yarn folder). Bundled because the library exports it; rxn never calls `Files` (asserted below), so nothing reaches it.',
  },
  {
    bundles: ['server', 'cli'],
    what: /^child_process\.fork$/,
    where: (o) => near(o, undefined, 'execArgv:["-e"'),
    reason: '`Files.resolve` (module resolution in a child Node): never called by rxn.',
  },
  {
    bundles: ['server', 'cli'],
    what: /^child_process\.spawnSync$/,
    where: (o) => near(o, undefined, '["config","get","prefix"]') || near(o, undefined, '["global","dir","--json"]'),
    reason: '`Files.resolveGlobalNodePath` / `resolveGlobalYarnPath` (ask npm or yarn for their global folder): never called by rxn.',
  },
  {
    bundles: ['server', 'cli', 'client'],
    what: /^(require\("net"\)|net\.createServer|net\.createConnection)$/,
    where: (o) => o.before.includes('.createServerSocketTransport=') || /create(Server|Client)(Pipe|Socket)Transport/.test(o.after),
    reason:
      'vscode-jsonrpc/lib/node/main.js: the pipe and socket transports of the language-server protocol. The server picks its transport from its own command line (`--node-ipc` from the VS Code client, `--stdio` from `rxn lsp --stdio`, `--socket=PORT`/`--pipe=NAME` only if the user starts it so); nothing in a file or in the settings selects one.',
  },
  {
    bundles: ['client'],
    what: /^(require\("child_process"\)|child_process\.execFileSync|child_process\.spawnSync)$/,
    where: (o) => near(o, '.terminate=') || o.after.includes('"taskkill"') || o.after.includes('"/bin/sh"'),
    reason:
      'vscode-languageclient/lib/node/processes.js `terminate`: when the client stops the server it kills that process tree (taskkill on Windows, a fixed /bin/sh script elsewhere), with the server\'s own numeric pid only.',
  },
  {
    bundles: ['client'],
    what: /^(require\("child_process"\)|child_process\.spawn|child_process\.fork)$/,
    where: (o) => (o.what.startsWith('require') ? near(o, '.LanguageClient=') : o.after.includes('this._serverProcess=')),
    reason:
      'vscode-languageclient/lib/node/main.js starts the language server. client/src/extension.ts gives it `{ module: <extension folder>/dist/server.js, transport: ipc }` (asserted below): a fixed file of the extension, run by VS Code\'s own Node (`fork`); `spawn` serves `command` servers, which rxn does not use. No setting or file content reaches these options.',
  },
  {
    bundles: ['server', 'cli'],
    what: /^require\(<expression>\)$/,
    where: (o) => o.after.startsWith('require(require("node:path").join(__dirname,"openchemlib.js"))'),
    reason: 'kb/chem.ts loads openchemlib lazily from the bundle\'s own folder (dist/openchemlib.js), a fixed path.',
  },
  {
    bundles: ['openchemlib'],
    what: /^fetch\($/,
    where: (o) => o.before.slice(-200).includes('Resources.registerFromUrl='),
    reason: 'openchemlib `Resources.registerFromUrl` (download its resource file): only runs when called; rxn never calls `Resources` (asserted below).',
  },
  {
    bundles: ['openchemlib'],
    what: /^getBuiltinModule\($/,
    where: (o) => o.before.slice(-300).includes('Resources.registerFromNodejs=') || o.after.slice(0, 200).includes('"resources.json"'),
    reason: 'openchemlib `Resources.registerFromNodejs` (read its own resources.json): only runs when called; rxn never calls `Resources`.',
  },
];

function readBundles(): Map<Bundle, string> {
  return new Map(BUNDLES.map((b) => [b, readFileSync(join(ROOT, 'dist', `${b}.js`), 'utf8')]));
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

describe('security: no program runs, no network, no file reads beyond what the extension is given', function () {
  this.timeout(120_000);
  let bundles: Map<Bundle, string>;

  before(() => {
    // The bundles as shipped: build them now so the scan sees the current sources.
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe', timeout: 110_000 });
    bundles = readBundles();
  });

  it('every process, network and code-evaluation capability in the bundles is a reviewed one', () => {
    const all: Occurrence[] = [];
    for (const [b, code] of bundles) all.push(...scanBundle(b, code));
    const unreviewed: string[] = [];
    const used = new Set<Reviewed>();
    for (const o of all) {
      const r = REVIEWED.find((x) => x.bundles.includes(o.bundle) && x.what.test(o.what) && x.where(o));
      if (r) used.add(r);
      else unreviewed.push(`dist/${o.bundle}.js @${o.offset}: ${o.what}\n    …${o.before.slice(-160)}⟦HERE⟧${o.after.slice(0, 160)}…`);
    }
    assert.deepEqual(unreviewed, [], `unreviewed occurrences (review each, then add it to REVIEWED and docs/security.md):\n${unreviewed.join('\n')}`);
    const stale = REVIEWED.filter((r) => !used.has(r)).map((r) => `${r.what} in ${r.bundles.join(', ')}`);
    assert.deepEqual(stale, [], 'reviewed entries that match nothing any more: remove them from REVIEWED and docs/security.md');
    // The scan does find things (a scanner that matches nothing would pass vacuously).
    assert.ok(all.some((o) => o.bundle === 'client' && o.what === 'child_process.fork'));
    assert.ok(all.some((o) => o.bundle === 'openchemlib' && o.what === 'fetch('));
  });

  it('the scanner catches an unreviewed process start, fetch, eval or connection', () => {
    const planted = [
      'var q=require("child_process");q.execSync("curl x")',
      'fetch("https://example.org/x")',
      'eval(s)',
      'new Function("return 1")',
      'var h=require("node:https");h.get(u)',
      'require("net").connect(80)',
    ];
    for (const code of planted) {
      const found = scanBundle('server', code);
      assert.ok(found.length > 0, `not detected: ${code}`);
      assert.ok(
        found.some((o) => !REVIEWED.some((r) => r.bundles.includes('server') && r.what.test(o.what) && r.where(o))),
        `would be accepted as reviewed: ${code}`,
      );
    }
  });

  it('the bundles pull in no HTTP, TLS, DNS, VM or worker module at all, and evaluate no code', () => {
    for (const [b, code] of bundles) {
      assert.doesNotMatch(code, /require\("(?:node:)?(?:http|https|http2|tls|dgram|dns|vm|worker_threads|cluster|inspector|repl)"\)/, `dist/${b}.js`);
      assert.doesNotMatch(code, /(?<![\w$.])eval\(|new Function\b/, `dist/${b}.js`);
    }
  });

  it('the sources start no process, open no connection, fetch nothing and evaluate no code', () => {
    const bad: string[] = [];
    const forbidden: [string, RegExp][] = [
      ['child_process', /child_process/g],
      ['a network/VM module', new RegExp(`(?:from\\s+|require\\()['"](?:node:)?(?:${DANGEROUS_MODULES})['"]`, 'g')],
      ['exec/spawn/fork(', /(?<![\w$.])(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\(/g],
      ['eval(', /(?<![\w$.])eval\(/g],
      ['new Function', /new Function\b/g],
      ['fetch(', /(?<![\w$.'"`])fetch\(/g],
      ['.connect(', /\.connect\(/g],
      ['XMLHttpRequest/WebSocket', /XMLHttpRequest|WebSocket/g],
      ['process.binding/dlopen', /process\.(?:binding|dlopen)\b/g],
    ];
    for (const dir of ['server/src', 'client/src']) {
      for (const f of sourceFiles(join(ROOT, dir))) {
        const text = readFileSync(f, 'utf8');
        for (const [what, re] of forbidden) {
          let m: RegExpExecArray | null;
          while ((m = re.exec(text))) bad.push(`${relative(ROOT, f)}:${lineOf(text, m.index)}: ${what}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the language server touches the file system only to load openchemlib.js, to find its own docs/rules folder, and to read .rxn files when asked to check the workspace', () => {
    const found: string[] = [];
    for (const f of sourceFiles(join(ROOT, 'server/src'))) {
      const rel = relative(ROOT, f).split('\\').join('/');
      if (rel === 'server/src/cli.ts' || rel.startsWith('server/src/cli/')) continue; // the CLI reads the paths it is given
      const text = readFileSync(f, 'utf8');
      const re = /(?:from\s+|require\()['"](?:node:)?fs(?:\/promises)?['"]|\bfs\.\w+|(?<![\w$.])require\(|(?<![\w$.])readFileSync|(?<![\w$.])(?:typeof\s+)?import\((?!'[^']+'\)[.\[])/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) if (!m[0].startsWith('typeof')) found.push(`${rel}: ${m[0]}`);
    }
    // "Check All Protocols in the Workspace" reads the .rxn files under the workspace folders
    // (as `rxn check FOLDER` does) — through the CLI's file module, from lsp/workspace.ts alone,
    // and only when the command is run.
    const cliFiles = sourceFiles(join(ROOT, 'server/src'))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((rel) => rel !== 'server/src/cli.ts' && !rel.startsWith('server/src/cli/'))
      .filter((rel) => /from '(?:\.\.?\/)+cli\/files'/.test(readFileSync(join(ROOT, rel), 'utf8')));
    assert.deepEqual(cliFiles, ['server/src/lsp/workspace.ts']);
    const serverText = readFileSync(join(ROOT, 'server/src/server.ts'), 'utf8');
    assert.deepEqual(serverText.match(/workspaceProtocols\(|readProtocol\(/g), ['readProtocol(', 'workspaceProtocols('], 'one call each');
    assert.deepEqual(found.sort(), [
      "server/src/kb/chem.ts: require(", // require(require('node:path').join(__dirname, 'openchemlib.js')): its own folder
      "server/src/kb/chem.ts: require(", // require('node:path')
      "server/src/kb/chem.ts: require(", // require('openchemlib') when run from the sources (tests)
      // The workspace check's folder walk (lists folders, resolves links to stay inside the workspace); reads go through cli/files.
      "server/src/lsp/workspace.ts: from 'node:fs'",
      'server/src/lsp/workspace.ts: fs.Dirent',
      'server/src/lsp/workspace.ts: fs.readdirSync',
      'server/src/lsp/workspace.ts: fs.realpathSync',
      'server/src/lsp/workspace.ts: fs.realpathSync',
      'server/src/lsp/workspace.ts: fs.statSync',
      "server/src/server.ts: fs.existsSync", // does docs/rules exist next to dist/? (a link target; nothing is read)
      "server/src/server.ts: from 'node:fs'",
    ].sort());
    const chem = readFileSync(join(ROOT, 'server/src/kb/chem.ts'), 'utf8');
    assert.match(chem, /require\(require\('node:path'\)\.join\(__dirname, 'openchemlib\.js'\)\)/);
    const server = readFileSync(join(ROOT, 'server/src/server.ts'), 'utf8');
    assert.deepEqual(server.match(/\bfs\.\w+\([^)]*\)/g), ['fs.existsSync(c)']);
    assert.match(server, /const candidates = \[path\.join\(__dirname, '\.\.', 'docs', 'rules'\), path\.join\(__dirname, '\.\.', '\.\.', 'docs', 'rules'\)\];/);
  });

  it('the facts the bundle review relies on hold in the sources', () => {
    const server = sourceFiles(join(ROOT, 'server/src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // 1. Nothing calls vscode-languageserver's `Files` helpers (the only spawning code in server.js).
    assert.doesNotMatch(server, /\bFiles\b/);
    // 2. Nothing calls openchemlib's `Resources` (its only fetch and file read).
    assert.doesNotMatch(server, /\bResources\b/);
    // 3. The server's transport comes from its command line, not from settings or files.
    assert.match(server, /createConnection\(ProposedFeatures\.all\)/);
    const settings = readFileSync(join(ROOT, 'server/src/lsp/settings.ts'), 'utf8');
    assert.doesNotMatch(settings, /\bimport\b(?! type)|require\(/, 'the settings module imports nothing but types');
    // 4. The client starts exactly the extension's own dist/server.js over IPC; no `command` server, no setting in the path.
    const client = readFileSync(join(ROOT, 'client/src/extension.ts'), 'utf8');
    assert.match(client, /const module = vscode\.Uri\.joinPath\(context\.extensionUri, 'dist', 'server\.js'\)\.fsPath;/);
    assert.match(client, /run: \{ module, transport: TransportKind\.ipc \}/);
    assert.doesNotMatch(client, /\bcommand:\s*[^'"`]/, 'no `command:` server option');
    assert.deepEqual(
      [...client.matchAll(/^import .* from '([^']+)';$/gm)].map((x) => x[1]).sort(),
      ['./trace', 'vscode', 'vscode-languageclient/node'],
    );
    // The trace channel (rxn.trace.server) only wraps the rxn output channel: it imports vscode alone.
    const trace = readFileSync(join(ROOT, 'client/src/trace.ts'), 'utf8');
    assert.deepEqual([...trace.matchAll(/^import .* from '([^']+)';$/gm)].map((x) => x[1]), ['vscode']);
    // 5. Hover markdown may run one command, the rule-docs link (its argument is checked below);
    //    no HTML. Text from the protocol is escaped in hovers (test/unit/features/hover.test.ts).
    assert.deepEqual([...client.matchAll(/isTrusted:\s*([^\n]*)/g)].map((x) => x[1]), ["{ enabledCommands: ['rxn.showRuleDocs'] } },"]);
    assert.doesNotMatch(client, /supportHtml|isTrusted:\s*true/);
    // 6. The one command a diagnostic's code action runs takes a rule id, which the client checks.
    assert.match(client, /if \(!RULE_ID\.test\(id\)\)/);
  });
});
