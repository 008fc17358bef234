/** `rxn check`: exit status, text and JSON reports, folders, bad paths, --rule. Spawns the built CLI. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { BIN, ROOT, buildOnce, rxn, tempDir, write, CLEAN, STAB_MEOH, NABH4_ONE_POT, lastLine, toCrlf, isRoot } from './helpers';
import { main } from '../../server/src/cli';

interface JsonDiag {
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
}
interface JsonReport {
  version: number;
  files: { path: string; diagnostics: JsonDiag[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** Checks the public JSON shape of docs/cli.md key by key and type by type. */
function assertJsonShape(report: JsonReport): void {
  assert.deepEqual(Object.keys(report).sort(), ['files', 'summary', 'version']);
  assert.equal(report.version, 1);
  assert.ok(Array.isArray(report.files));
  let errors = 0,
    warnings = 0,
    infos = 0;
  for (const f of report.files) {
    assert.deepEqual(Object.keys(f).sort(), ['diagnostics', 'path']);
    assert.equal(typeof f.path, 'string');
    assert.ok(!f.path.includes('\\'), 'forward slashes only');
    let prev: JsonDiag | undefined;
    for (const d of f.diagnostics) {
      assert.deepEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'rule', 'severity']);
      for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
        assert.ok(Number.isInteger(d[k]) && d[k] >= 1, `${k} is a 1-based integer: ${d[k]}`);
      }
      assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), 'end after start');
      assert.ok(['error', 'warning', 'info'].includes(d.severity));
      assert.equal(typeof d.rule, 'string');
      assert.equal(typeof d.message, 'string');
      assert.ok(d.message.length > 0);
      assert.equal(typeof d.fixable, 'boolean');
      if (prev) assert.ok(prev.line < d.line || (prev.line === d.line && prev.column <= d.column), 'sorted by line, then column');
      prev = d;
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  assert.deepEqual(Object.keys(report.summary).sort(), ['errors', 'files', 'infos', 'warnings']);
  assert.deepEqual(report.summary, { files: report.files.length, errors, warnings, infos });
}

describe('rxn check', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('exits 0 and says "No problems" for the clean example protocol', async () => {
    const dir = tempDir();
    write(dir, 'mono.rxn', CLEAN);
    const r = await rxn(['check', 'mono.rxn'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'No problems in 1 file\n');
  });

  it('exits 1 on an error and prints PATH:LINE:COL: SEVERITY RULE message', async () => {
    const dir = tempDir();
    write(dir, 'one-pot.rxn', NABH4_ONE_POT);
    const r = await rxn(['check', 'one-pot.rxn'], { cwd: dir });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const hit = lines.find((l) => / error nabh4-one-pot /.test(l));
    assert.ok(hit, r.stdout);
    assert.match(hit!, /^one-pot\.rxn:\d+:\d+: error nabh4-one-pot \S/);
    for (const l of lines.slice(0, -1)) assert.match(l, /^one-pot\.rxn:\d+:\d+: (error|warning|info) [a-z0-9-]+ \S/);
    assert.match(lastLine(r.stdout), /^\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 file$/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
  });

  it('text positions agree with the JSON report', async () => {
    const dir = tempDir();
    write(dir, 'a.rxn', STAB_MEOH);
    const text = await rxn(['check', 'a.rxn'], { cwd: dir });
    const json = await rxn(['check', '--format', 'json', 'a.rxn'], { cwd: dir });
    const report = JSON.parse(json.stdout) as JsonReport;
    const expected = report.files[0].diagnostics.map((d) => `a.rxn:${d.line}:${d.column}: ${d.severity} ${d.rule} ${d.message}`);
    assert.deepEqual(text.stdout.trimEnd().split('\n').slice(0, -1), expected);
    assert.ok(report.files[0].diagnostics.some((d) => d.rule === 'stab-protic-solvent' && d.severity === 'error' && d.fixable));
    // The diagnostic points into the solvent line.
    const solventLine = STAB_MEOH.split('\n').findIndex((l) => l.startsWith('solvent MeOH')) + 1;
    const stab = report.files[0].diagnostics.find((d) => d.rule === 'stab-protic-solvent')!;
    assert.equal(stab.line, solventLine);
  });

  it('prints JSON in exactly the documented shape, every file listed, counts consistent', async () => {
    const dir = tempDir();
    write(dir, 'p/clean.rxn', CLEAN);
    write(dir, 'p/meoh.rxn', STAB_MEOH);
    write(dir, 'p/nabh4.rxn', NABH4_ONE_POT);
    const r = await rxn(['check', '--format', 'json', 'p'], { cwd: dir });
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assertJsonShape(report);
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['p/clean.rxn', 'p/meoh.rxn', 'p/nabh4.rxn'],
    );
    assert.deepEqual(report.files[0].diagnostics, [], 'a file without diagnostics is still listed');
    assert.ok(report.summary.errors >= 2);
    assert.ok(report.files[2].diagnostics.some((d) => d.rule === 'nabh4-one-pot' && d.severity === 'error'));
  });

  it('reports a syntax error on the line where it is (1-based)', async () => {
    const dir = tempDir();
    const lines = CLEAN.split('\n');
    lines.splice(13, 0, '  frobnicate the flask vigorously');
    write(dir, 'bad.rxn', lines.join('\n'));
    const r = await rxn(['check', '--format=json', 'bad.rxn'], { cwd: dir });
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assertJsonShape(report);
    const syn = report.files[0].diagnostics.filter((d) => d.rule === 'syntax-error');
    assert.equal(syn.length, 1, r.stdout);
    assert.equal(syn[0].line, 14);
    assert.ok(syn[0].column >= 3, 'after the indentation');
  });

  it('a BOM or CRLF line endings do not shift lines or columns', async () => {
    const dir = tempDir();
    const body = 'frobnicate\n' + STAB_MEOH;
    write(dir, 'plain.rxn', body);
    write(dir, 'bom.rxn', '\uFEFF' + body);
    write(dir, 'crlf.rxn', toCrlf(body));
    const r = await rxn(['check', '--format', 'json', 'plain.rxn', 'bom.rxn', 'crlf.rxn'], { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    assertJsonShape(report);
    const byPath = new Map(report.files.map((f) => [f.path, f.diagnostics]));
    const plain = byPath.get('plain.rxn')!;
    assert.ok(plain.some((d) => d.rule === 'syntax-error' && d.line === 1 && d.column === 1), JSON.stringify(plain));
    assert.deepEqual(byPath.get('bom.rxn'), plain);
    assert.deepEqual(byPath.get('crlf.rxn'), plain);
  });

  it('searches folders recursively for *.rxn, skipping node_modules and dot-folders, sorted', async () => {
    const dir = tempDir();
    write(dir, 'lab/b.rxn', CLEAN);
    write(dir, 'lab/a.rxn', CLEAN);
    write(dir, 'lab/sub/deeper/c.rxn', CLEAN);
    write(dir, 'lab/node_modules/pkg/x.rxn', NABH4_ONE_POT);
    write(dir, 'lab/.git/y.rxn', NABH4_ONE_POT);
    write(dir, 'lab/notes.txt', 'not a protocol');
    const r = await rxn(['check', '--format', 'json', 'lab'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['lab/a.rxn', 'lab/b.rxn', 'lab/sub/deeper/c.rxn'],
    );
    // An explicitly named file is checked whatever its name; "./x" is shown as "x".
    write(dir, 'protocol.txt', NABH4_ONE_POT);
    const r2 = await rxn(['check', './protocol.txt'], { cwd: dir });
    assert.equal(r2.code, 1);
    assert.match(r2.stdout, /^protocol\.txt:\d+:\d+: error nabh4-one-pot/m);
  });

  it('does not hang on a symbolic-link loop and checks each file once', async function () {
    const dir = tempDir();
    write(dir, 'lab/a.rxn', CLEAN);
    fs.symlinkSync('..', path.join(dir, 'lab', 'up'));
    fs.symlinkSync('.', path.join(dir, 'lab', 'self'));
    fs.mkdirSync(path.join(dir, 'lab', 'sub'));
    fs.symlinkSync(path.join(dir, 'lab'), path.join(dir, 'lab', 'sub', 'back'));
    const r = await rxn(['check', '--format', 'json', 'lab'], { cwd: dir, timeoutMs: 20000 });
    assert.equal(r.signal, null, 'finished on its own');
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['lab/a.rxn'],
    );
  });

  it('a missing path: exit 2, the path on stderr, the other files still reported', async () => {
    const dir = tempDir();
    write(dir, 'good.rxn', CLEAN);
    const r = await rxn(['check', 'nope/missing.rxn', 'good.rxn'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\/missing\.rxn: no such file or directory/);
    assert.equal(r.stdout, 'No problems in 1 file\n');
    const j = await rxn(['check', '--format', 'json', 'good.rxn', 'missing-too.rxn'], { cwd: dir });
    assert.equal(j.code, 2);
    assert.match(j.stderr, /missing-too\.rxn/);
    assert.deepEqual((JSON.parse(j.stdout) as JsonReport).files.map((f) => f.path), ['good.rxn']);
  });

  it('exit 2 wins over exit 1', async () => {
    const dir = tempDir();
    write(dir, 'bad.rxn', NABH4_ONE_POT);
    const r = await rxn(['check', 'bad.rxn', 'missing.rxn'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /error nabh4-one-pot/);
  });

  it('an unreadable file: exit 2 with its path, the others still checked', async () => {
    const dir = tempDir();
    write(dir, 'good.rxn', CLEAN);
    // A link to nothing cannot be read by anyone (root included).
    fs.symlinkSync(path.join(dir, 'gone.rxn'), path.join(dir, 'dangling.rxn'));
    const r = await rxn(['check', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /dangling\.rxn: no such file or directory/);
    assert.equal(r.stdout, 'No problems in 1 file\n');
    if (!isRoot()) {
      write(dir, 'secret.rxn', CLEAN);
      fs.chmodSync(path.join(dir, 'secret.rxn'), 0o000);
      const r2 = await rxn(['check', 'secret.rxn', 'good.rxn'], { cwd: dir });
      assert.equal(r2.code, 2);
      assert.match(r2.stderr, /secret\.rxn: cannot be read: permission denied/);
      assert.equal(r2.stdout, 'No problems in 1 file\n');
    }
  });

  it('--rule changes a severity or turns a rule off', async () => {
    const dir = tempDir();
    write(dir, 'bad.rxn', NABH4_ONE_POT);
    const warn = await rxn(['check', '--format', 'json', '--rule', 'nabh4-one-pot=warning', 'bad.rxn'], { cwd: dir });
    const report = JSON.parse(warn.stdout) as JsonReport;
    const d = report.files[0].diagnostics.find((x) => x.rule === 'nabh4-one-pot');
    assert.equal(d?.severity, 'warning');
    assert.equal(warn.code, report.summary.errors > 0 ? 1 : 0);
    const off = await rxn(['check', '--format', 'json', '--rule=nabh4-one-pot=off', 'bad.rxn'], { cwd: dir });
    assert.ok(!(JSON.parse(off.stdout) as JsonReport).files[0].diagnostics.some((x) => x.rule === 'nabh4-one-pot'));
    // Raising a rule to error makes the run fail.
    write(dir, 'meoh.rxn', STAB_MEOH);
    const low = await rxn(['check', '--rule', 'stab-protic-solvent=info', 'meoh.rxn'], { cwd: dir });
    assert.match(low.stdout, /: info stab-protic-solvent /);
  });

  it('usage errors exit 2 on stderr and check nothing', async () => {
    const dir = tempDir();
    write(dir, 'bad.rxn', NABH4_ONE_POT);
    const cases: [string[], RegExp][] = [
      [['check', '--rule', 'no-such-rule=off', 'bad.rxn'], /unknown rule "no-such-rule"/],
      [['check', '--rule', 'nabh4-one-pot=loud', 'bad.rxn'], /bad severity "loud"/],
      [['check', '--rule', 'nabh4-one-pot', 'bad.rxn'], /ID=off\|info\|warning\|error/],
      [['check', '--format', 'xml', 'bad.rxn'], /--format must be one of text, json, sarif/],
      [['check', '--frobnicate', 'bad.rxn'], /unknown option --frobnicate/],
      [['check'], /no PATH given/],
      [['check', 'bad.rxn', '--format'], /--format needs a value/],
      // An option where the value should be is a forgotten value, not the value.
      [['check', '--format', '-f', 'bad.rxn'], /--format needs a value/],
      [['check', '-f', '--', 'bad.rxn'], /-f needs a value/],
      // `rxn check --fix "$DIR"` with DIR unset must not check (and rewrite) the current folder.
      [['check', '--fix', ''], /an empty PATH was given/],
      [['amounts', ''], /an empty PATH was given/],
      [['rules', 'bad.rxn'], /unexpected argument "bad.rxn"/],
    ];
    for (const [args, message] of cases) {
      const r = await rxn(args, { cwd: dir });
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, message);
    }
    const hint = await rxn(['check', '--rule', 'nabh4-onepot=off', 'bad.rxn'], { cwd: dir });
    assert.match(hint.stderr, /did you mean "nabh4-one-pot"/);
  });

  it('warns about invalid UTF-8, naming the file, and still checks it', async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\n' + CLEAN)]);
    write(dir, 'latin1.rxn', bytes);
    const r = await rxn(['check', 'latin1.rxn'], { cwd: dir });
    assert.match(r.stderr, /latin1\.rxn: contains bytes that are not valid UTF-8; they were read as U\+FFFD/);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'No problems in 1 file\n');
  });

  it('shows a file name as it is: a backslash stays, a newline is escaped so each diagnostic keeps one line', async function () {
    if (process.platform === 'win32') this.skip(); // neither is a file-name character there
    const dir = tempDir();
    write(dir, 'back\\slash.rxn', NABH4_ONE_POT);
    write(dir, 'new\nline.rxn', NABH4_ONE_POT);
    const r = await rxn(['check', '.'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.slice(0, -1).every((l) => /^(back\\slash|new\\nline)\.rxn:\d+:\d+: (error|warning|info) /.test(l)), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('back\\slash.rxn:')));
    assert.ok(lines.some((l) => l.startsWith('new\\nline.rxn:')));
    const json = JSON.parse((await rxn(['check', '--format', 'json', '.'], { cwd: dir })).stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['back\\slash.rxn', 'new\nline.rxn']);
  });

  it('colours the text report only on a terminal, and not with NO_COLOR', async () => {
    const dir = tempDir();
    write(dir, 'bad.rxn', NABH4_ONE_POT);
    const run = async (isTTY: boolean, env: NodeJS.ProcessEnv) => {
      let out = '';
      let err = '';
      const code = await main(['check', 'bad.rxn'], { cwd: dir, isTTY, env, out: (t) => void (out += t), err: (t) => void (err += t) });
      return { code, out, err };
    };
    const tty = await run(true, {});
    assert.equal(tty.code, 1);
    assert.match(tty.out, /\x1b\[31merror\x1b\[39m/);
    const noColor = await run(true, { NO_COLOR: '1' });
    assert.doesNotMatch(noColor.out, /\x1b\[/);
    const piped = await run(false, {});
    assert.doesNotMatch(piped.out, /\x1b\[/);
    assert.equal(noColor.out, piped.out);
  });
});

describe('rxn check: the exit status survives what happens to the output', () => {
  before(buildOnce);
  /** Runs the CLI with its standard output given by `stdout` (a file descriptor, or a pipe closed at once). */
  function runWith(args: string[], stdout: number | 'closed'): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', stdout === 'closed' ? 'pipe' : stdout, 'pipe'] });
      if (stdout === 'closed') child.stdout!.destroy(); // the reader goes away before reading (`| true`)
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }
  it('a reader that closes the pipe early does not turn errors (1) or a missing file (2) into success', async () => {
    assert.equal((await runWith(['check', 'samples'], 'closed')).code, 1, 'the samples hold errors');
    assert.equal((await runWith(['check', '--format', 'json', 'samples'], 'closed')).code, 1);
    assert.equal((await runWith(['check', 'samples', 'nope.rxn'], 'closed')).code, 2);
  });
  it('a report that cannot be written (a full disk) is status 2 with one line, not a stack trace', async function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const full = fs.openSync('/dev/full', 'w');
    try {
      for (const args of [['check', 'samples/mono-alkylation-isonicotinaldehyde.rxn'], ['check', '-f', 'json', 'samples'], ['rules']]) {
        const r = await runWith(args, full);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^rxn: cannot write the report: no space left on device$/m);
        assert.doesNotMatch(r.stderr, /\n\s+at |Node\.js v/, 'no stack trace');
      }
    } finally {
      fs.closeSync(full);
    }
  });
});

describe('rxn check: what the file holds cannot take over the terminal, and UTF-16 is read', () => {
  before(buildOnce);
  it('control characters quoted from the file are shown escaped in the text report and in `amounts`', async () => {
    const dir = tempDir();
    write(dir, 'esc.rxn', 'protocol "x\x1b[2J"\nscale 1 mmol\nreagent a\x07 = 1,4-diazepane 1e308 equiv\nfoo\x1b]0;pwned\x07 bar\nbaz\u009b2J\u202eabc\nqux\u2028line\n');
    const r = await rxn(['check', 'esc.rxn'], { cwd: dir });
    assert.doesNotMatch(r.stdout, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]/, 'no raw control character reaches the terminal');
    assert.match(r.stdout, /'baz\\x9b2J\\u202eabc'/, 'C1 controls and bidirectional overrides too');
    assert.match(r.stdout, /'qux\\u2028line'/, 'a line separator would split the diagnostic for Unicode-aware readers');
    assert.match(r.stdout, /Unknown statement 'foo\\x1b\]0;pwned\\x07'/);
    const a = await rxn(['amounts', 'esc.rxn'], { cwd: dir });
    assert.doesNotMatch(a.stdout, /[\x00-\x08\x0b-\x1f\x7f]/);
    assert.match(a.stdout, / — x\\x1b\[2J \(scale 1 mmol\)/);
  });
  it('a UTF-16 file (with or without its byte-order mark) is read as such, said so, and not rewritten by --fix', async () => {
    const dir = tempDir();
    const utf8 = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'q3-mono-di-mixture.rxn'), 'utf8');
    const le = Buffer.from(utf8, 'utf16le');
    write(dir, 'plain.rxn', utf8);
    write(dir, 'le.rxn', le);
    write(dir, 'bom.rxn', Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
    // Without a byte-order mark, a line with an emoji or a box-drawing character still reads as UTF-16.
    const emoji = '# 😀 ─ notes\n' + utf8;
    write(dir, 'emoji-plain.rxn', emoji);
    write(dir, 'emoji.rxn', Buffer.from(emoji, 'utf16le'));
    const e = JSON.parse((await rxn(['check', '--format', 'json', 'emoji-plain.rxn', 'emoji.rxn'], { cwd: dir })).stdout).files as { path: string; diagnostics: unknown[] }[];
    assert.deepEqual(e[1].diagnostics, e[0].diagnostics);
    const r = await rxn(['check', '--format', 'json', 'plain.rxn', 'le.rxn', 'bom.rxn'], { cwd: dir });
    const files = JSON.parse(r.stdout).files as { path: string; diagnostics: unknown[] }[];
    const byPath = new Map(files.map((f) => [f.path, f.diagnostics]));
    assert.deepEqual(byPath.get('le.rxn'), byPath.get('plain.rxn'), 'the same diagnostics, at the same places, as the UTF-8 file');
    assert.deepEqual(byPath.get('bom.rxn'), byPath.get('plain.rxn'));
    assert.match(r.stderr, /rxn: le\.rxn: is encoded as UTF-16LE; it was read as such, but save it as UTF-8/);
    const sarif = JSON.parse((await rxn(['check', '--format', 'sarif', 'plain.rxn', 'le.rxn'], { cwd: dir })).stdout);
    const encodings = new Map(sarif.runs[0].artifacts.map((x: { location: { uri: string }; encoding: string }) => [x.location.uri, x.encoding]));
    assert.deepEqual([encodings.get('plain.rxn'), encodings.get('le.rxn')], ['utf-8', 'UTF-16LE'], 'SARIF says how each file is encoded');
    const before = fs.readFileSync(path.join(dir, 'le.rxn'));
    const f = await rxn(['check', '--fix', 'le.rxn'], { cwd: dir });
    assert.equal(f.code, 2);
    assert.match(f.stderr, /not fixed: it is UTF-16LE/);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'le.rxn')), before, 'left as it was');
  });

  it('`-` reads the protocol from standard input; --fix refuses it', async () => {
    const r = await rxn(['check', '-'], { input: STAB_MEOH });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^<stdin>:\d+:\d+: error stab-protic-solvent /m);
    const j = JSON.parse((await rxn(['check', '--format', 'json', '-', '-'], { input: NABH4_ONE_POT })).stdout) as JsonReport;
    assert.deepEqual(j.files.map((f) => f.path), ['<stdin>'], 'read once');
    assert.ok(j.files[0].diagnostics.some((d) => d.rule === 'nabh4-one-pot'));
    const fix = await rxn(['check', '--fix', '-'], { input: STAB_MEOH });
    assert.equal(fix.code, 2);
    assert.match(fix.stderr, /--fix cannot write back to standard input/);
    const amounts = await rxn(['amounts', '-'], { input: CLEAN });
    assert.equal(amounts.code, 0, amounts.stderr);
    assert.match(amounts.stdout, /^<stdin> — 1-\(Pyridin-4-ylmethyl\)-1,4-diazepane \(scale 5 mmol\)/);
  });

  it('a warning that cannot be written to a full standard error leaves a clean run at status 0', async function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const dir = tempDir();
    write(dir, 'latin1.rxn', Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + CLEAN)]));
    const full = fs.openSync('/dev/full', 'w');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'check', 'latin1.rxn'], { cwd: dir, stdio: ['ignore', 'ignore', full] });
      child.on('close', (c) => resolve(c));
    });
    fs.closeSync(full);
    assert.equal(code, 0);
  });
});

