/** `rxn rules`, help, version, unknown commands and `rxn lsp --stdio`. */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, rxn, ROOT, BIN, tempDir, write, CLEAN } from './helpers';
import { rules } from '../../server/src/rules';

const pkgVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

describe('rxn rules / help / version / lsp', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('rxn rules --format json lists every rule with severity, fixability and summary', async () => {
    const r = await rxn(['rules', '--format', 'json']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.stdout) as { version: number; rules: { id: string; severity: string; category: string; fixable: string; summary: string; docs: string }[] };
    assert.equal(j.version, 1);
    assert.deepEqual(
      j.rules.map((x) => x.id),
      rules.map((x) => x.id),
    );
    assert.ok(j.rules.length >= 34);
    const ids = j.rules.map((x) => x.id);
    assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
    for (const x of j.rules) {
      assert.ok(['error', 'warning', 'info'].includes(x.severity), x.id);
      assert.ok(['safe', 'yes', 'no'].includes(x.fixable), x.id);
      assert.ok(x.summary.length > 10, x.id);
      assert.equal(x.docs, `docs/rules/${x.id}.md`);
    }
    const byId = new Map(j.rules.map((x) => [x.id, x]));
    assert.equal(byId.get('stab-protic-solvent')?.fixable, 'safe');
    assert.equal(byId.get('stab-protic-solvent')?.severity, 'error');
    assert.equal(byId.get('protected-target')?.fixable, 'no');
    assert.equal(byId.get('duplicate-reagent')?.fixable, 'yes');
    assert.equal(byId.get('acid-excess')?.severity, 'info');
    assert.equal(byId.get('unused-reagent')?.fixable, 'yes');
  });

  it('rxn rules prints one aligned line per rule', async () => {
    const r = await rxn(['rules']);
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^RULE\s+SEVERITY\s+FIX\s+SUMMARY$/);
    for (const rule of rules) {
      const l = lines.find((x) => x.startsWith(rule.id + ' '));
      assert.ok(l, rule.id);
      assert.equal(l!.indexOf(rule.severity, rule.id.length), lines[0].indexOf('SEVERITY'), `aligned: ${l}`);
      assert.ok(l!.endsWith(rule.summary));
    }
  });

  it('help and version', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await rxn(args);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /rxn check \[--format text\|json\|sarif\] \[--fix\]/);
      assert.match(r.stdout, /rxn amounts/);
      assert.match(r.stdout, /rxn lsp --stdio/);
    }
    const check = await rxn(['help', 'check']);
    assert.equal(check.code, 0);
    assert.match(check.stdout, /Exit status:/);
    assert.match(check.stdout, /UTF-16/);
    const sub = await rxn(['check', '--help']);
    assert.equal(sub.stdout, check.stdout);
    assert.equal((await rxn(['--help', 'check'])).stdout, check.stdout);
    const extra = await rxn(['help', 'check', 'extra']);
    assert.equal(extra.code, 2);
    assert.match(extra.stderr, /unexpected argument "extra" after help check/);
    const v = await rxn(['--version']);
    assert.equal(v.code, 0);
    assert.equal(v.stdout, pkgVersion + '\n');
    const vExtra = await rxn(['--version', 'extra']);
    assert.equal(vExtra.code, 2);
    assert.match(vExtra.stderr, /unexpected argument "extra" after --version/);
  });

  it('a working folder deleted under the shell: --version works, absolute paths are checked, relative ones are missing', async function () {
    if (process.platform === 'win32') this.skip();
    const gone = tempDir();
    const file = write(tempDir(), 'mono.rxn', CLEAN);
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: gone, env: { ...process.env, PWD: gone } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        fs.rmdirSync(gone); // after the spawn: the process starts inside the folder, which then goes
      });
    const v = await run(['--version']);
    assert.equal(v.stdout, pkgVersion + '\n', v.stderr);
    assert.doesNotMatch(v.stderr, /internal error/);
    fs.mkdirSync(gone);
    const abs = await run(['check', file]);
    assert.equal(abs.code, 0, abs.stderr);
    assert.match(abs.stdout, /No problems in 1 file/);
    fs.mkdirSync(gone);
    const rel = await run(['check', 'mono.rxn']);
    assert.equal(rel.code, 2);
    assert.match(rel.stderr, /^rxn: mono\.rxn: no such file or directory$/m);
    assert.doesNotMatch(rel.stderr, /internal error|\n\s+at /);
  });

  it('a path too long is said in words, once', async () => {
    const long = Array.from({ length: 20 }, () => 'a'.repeat(250)).join('/') + '/x.rxn';
    const r = await rxn(['check', long]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /: the path or a name in it is too long\n/);
    assert.ok(r.stderr.length < long.length + 200, `the path is not repeated: ${r.stderr.length} characters`);
  });

  it('an unknown command or none: usage on stderr, exit 2', async () => {
    const r = await rxn(['frobnicate']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /unknown command "frobnicate"/);
    assert.match(r.stderr, /Usage:/);
    const none = await rxn([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Usage:/);
    const lsp = await rxn(['lsp']);
    assert.equal(lsp.code, 2);
    assert.match(lsp.stderr, /--stdio/);
  });

  it('rxn lsp --stdio answers an LSP initialize request (with the --clientProcessId vscode-languageclient adds)', async () => {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', `--clientProcessId=${process.pid}`], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const send = (msg: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    let out = Buffer.alloc(0);
    const response = new Promise<{ id: number; result: { capabilities: Record<string, unknown> } }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no initialize response: ' + out.toString())), 15000);
      child.stdout.on('data', (d: Buffer) => {
        out = Buffer.concat([out, d]);
        const text = out.toString('utf8');
        const m = /Content-Length: (\d+)\r\n\r\n/.exec(text);
        if (!m) return;
        const start = m.index + m[0].length;
        const body = out.subarray(Buffer.byteLength(text.slice(0, start)));
        if (body.length < Number(m[1])) return;
        const msg = JSON.parse(body.subarray(0, Number(m[1])).toString('utf8'));
        if (msg.id === 1) {
          clearTimeout(timer);
          resolve(msg);
        }
      });
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    try {
      const msg = await response;
      assert.equal(typeof msg.result.capabilities, 'object');
      assert.ok(msg.result.capabilities.textDocumentSync !== undefined);
    } finally {
      send({ id: 2, method: 'shutdown' });
      send({ method: 'exit' });
      child.stdin.end();
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 5000);
        child.on('close', () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  });
});
