/**
 * Review of the `rxn` command line and its documentation against docs/cli.md and what a
 * user expects: hostile file names, the packaged README, the rule pages' examples.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { rules } from '../../server/src/rules';
import { ruleExamples } from './corpus';
import { BIN, ROOT, buildOnce, rxn, tempDir, NABH4_ONE_POT, type RunResult } from '../cli/helpers';

/** A file name with a Latin-1 `é` (byte 0xE9), which is not valid UTF-8: Linux allows it. */
const LATIN1_NAME = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.rxn')]);
const inDir = (dir: string, name: Buffer) => Buffer.concat([Buffer.from(dir + path.sep), name]);

/** `rxn ARGS…` with the arguments' bytes as given (a shell's printf), for names Node cannot pass as strings. */
function rxnRaw(printfArgs: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // sh -c 'exec node BIN "$(printf ARG1)" …': each argument goes through printf, so \351 is one byte.
    const script = `exec "$0" "$1" ${printfArgs.map((_, i) => `"$(printf '%b' "$${i + 2}")"`).join(' ')}`;
    const child = spawn('/bin/sh', ['-c', script, process.execPath, BIN, ...printfArgs], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('cli-docs review: the rxn command line', function () {
  this.timeout(60000);
  before(() => buildOnce());

  describe('a file name that is not valid UTF-8 (Latin-1 bytes)', function () {
    before(function () {
      if (process.platform !== 'linux') this.skip(); // other systems do not allow such names
    });

    it('is checked when its folder is searched, shown with U+FFFD for the bad byte', async () => {
      const dir = tempDir();
      fs.writeFileSync(inDir(dir, LATIN1_NAME), NABH4_ONE_POT);
      const r = await rxn(['check', '.'], { cwd: dir });
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /^caf\uFFFD\.rxn:11:23: error nabh4-one-pot /m);
      assert.match(r.stdout, /1 problem \(1 error, 0 warnings, 0 info\) in 1 file/);
    });

    it('is checked when named on the command line', async () => {
      const dir = tempDir();
      fs.writeFileSync(inDir(dir, LATIN1_NAME), NABH4_ONE_POT);
      const r = await rxnRaw(['check', 'caf\\0351.rxn'], dir);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /^caf\uFFFD\.rxn:11:23: error nabh4-one-pot /m);
      const a = await rxnRaw(['amounts', 'caf\\0351.rxn'], dir);
      assert.equal(a.stderr, '');
      assert.equal(a.code, 0);
      assert.match(a.stdout, /^caf\uFFFD\.rxn — NaBH4 all at once/);
    });

    it('is fixed in place by --fix (the file with that very name, no stray copy)', async () => {
      const dir = tempDir();
      const file = inDir(dir, LATIN1_NAME);
      fs.writeFileSync(file, NABH4_ONE_POT);
      const r = await rxn(['check', '--fix', '.'], { cwd: dir });
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /Fixed 1 problem in 1 file\./);
      assert.match(fs.readFileSync(file, 'utf8'), /NaBH\(OAc\)3/);
      assert.deepEqual(fs.readdirSync(dir, { encoding: 'buffer' }).map((b) => b.toString('hex')), [LATIN1_NAME.toString('hex')]);
    });

    it('gets a SARIF URI with its real byte %-encoded (%E9), not the replacement character', async () => {
      const dir = tempDir();
      fs.writeFileSync(inDir(dir, LATIN1_NAME), NABH4_ONE_POT);
      const r = await rxn(['check', '--format', 'sarif', '.'], { cwd: dir });
      assert.equal(r.stderr, '');
      const run = JSON.parse(r.stdout).runs[0];
      assert.equal(run.artifacts[0].location.uri, 'caf%E9.rxn');
      assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'caf%E9.rxn');
    });
  });
});

describe('cli-docs review: the packaged README on the Marketplace', function () {
  this.timeout(120000);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const REPO = 'https://github.com/rxn-tools/rxn';

  /** `npm run package`'s vsce arguments, packing into a temporary file; returns the .vsix's readme and changelog. */
  function packaged(): { readme: string; changelog: string } {
    buildOnce();
    const out = path.join(tempDir('rxn-vsix-'), 'rxn.vsix');
    const args: string[] = pkg.scripts.package.split('&&').pop().trim().split(/\s+/).slice(2);
    const r = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', ...args.filter((a, i, all) => a !== '-o' && all[i - 1] !== '-o'), '-o', out], { cwd: ROOT, encoding: 'utf8', input: '' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-vsix-x-'));
    const u = spawnSync('unzip', ['-q', out, 'extension/readme.md', 'extension/changelog.md', '-d', dir], { encoding: 'utf8' });
    assert.equal(u.status, 0, u.stderr);
    const read = (n: string) => fs.readFileSync(path.join(dir, 'extension', n), 'utf8');
    return { readme: read('readme.md'), changelog: read('changelog.md') };
  }

  it('every link and picture of the extension page (and its changelog) is absolute and names a file of the repository', function () {
    if (spawnSync('unzip', ['-v']).status !== 0) this.skip();
    const { readme, changelog } = packaged();
    for (const [name, text] of [['readme', readme], ['changelog', changelog]] as const) {
      const links = [...text.matchAll(/(!?)\[(?:[^\][]|\[[^\]]*\])*\]\(([^)\s]+)\)/g)].map((m) => ({ image: m[1] === '!', url: m[2] }));
      assert.ok(links.length > 0, name);
      const relative = links.filter((l) => !/^[a-z]+:/i.test(l.url) && !l.url.startsWith('#'));
      assert.deepEqual(relative, [], `${name}: relative links are broken on the Marketplace (its page is not served from the package)`);
      for (const l of links.filter((l) => l.url.startsWith(REPO + '/'))) {
        // Pictures from raw/ (served as images), pages from blob/, on the branch the SARIF helpUri uses.
        const m = new RegExp(`^${REPO}/(blob|raw)/main/([^#]+)(#.*)?$`).exec(l.url);
        assert.ok(m, `${name}: ${l.url}`);
        assert.equal(m[1], l.image ? 'raw' : 'blob', l.url);
        assert.ok(fs.existsSync(path.join(ROOT, decodeURIComponent(m[2]))), `${name}: ${l.url} names no file of the repository`);
      }
    }
    assert.match(readme, new RegExp(`\\]\\(${REPO}/blob/main/docs/language\\.md\\)`));
    assert.match(readme, new RegExp(`!\\[[^\\]]*\\]\\(${REPO}/raw/main/docs/images/workbench-demo\\.png\\)`));
  });
});

describe('cli-docs review: the rule pages show what their examples give', () => {
  for (const rule of rules) {
    it(`${rule.id}: any other warning or error of its examples is named on the page`, () => {
      const page = fs.readFileSync(path.join(ROOT, rule.docs), 'utf8');
      const [fires, fixed] = ruleExamples(rule.id);
      const unnamed = [fires, fixed].flatMap((text, i) =>
        analyze(text)
          .diagnostics.filter((d) => d.rule !== rule.id && d.severity !== 'info' && !page.includes(d.rule))
          .map((d) => `${i === 0 ? 'Fires on' : 'Fixed'}: ${d.rule} (${d.severity}) line ${d.range.start.line + 1}: ${d.message}`),
      );
      assert.deepEqual(unnamed, [], 'a reader copying the example gets a problem the page does not mention');
    });
  }
});

describe('cli-docs review: --fix in a folder that is not writable', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('says that the folder, not the file, is what cannot be written', async function () {
    const root = tempDir();
    fs.chmodSync(root, 0o755);
    const dir = path.join(root, 'locked');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'run.rxn');
    fs.writeFileSync(file, NABH4_ONE_POT);
    fs.chmodSync(file, 0o666); // the file itself may be written by anyone
    fs.chmodSync(dir, 0o555);
    // root may write into any folder: run as "nobody", for whom the folder is read-only.
    const runAs = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const probe = await rxn(['--version'], { cwd: root, ...runAs }).catch(() => undefined);
    if (!probe || probe.code !== 0) this.skip();
    const r = await rxn(['check', '--fix', 'locked/run.rxn'], { cwd: root, ...runAs });
    fs.chmodSync(dir, 0o755);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      'rxn: locked/run.rxn: not fixed: its folder is not writable (the fixed text is written to a temporary file beside it, then renamed over it); the original is unchanged\n',
    );
    assert.equal(fs.readFileSync(file, 'utf8'), NABH4_ONE_POT);
  });
});

describe('cli-docs review: the outputs docs/cli.md shows are what the commands print', function () {
  this.timeout(60000);
  before(() => buildOnce());
  const page = fs.readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8');
  /** The lines of the code block that starts with `$ COMMAND`. */
  const shown = (command: string): string[] => {
    const m = new RegExp(`\`\`\`\\n\\$ ${command.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n([\\s\\S]*?)\`\`\``).exec(page);
    assert.ok(m, `docs/cli.md shows \`$ ${command}\``);
    return m[1].replace(/\n$/, '').split('\n');
  };

  it('`rxn amounts runs/mono.rxn` (the mono-alkylation sample) prints the table shown, column for column', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'runs'));
    fs.copyFileSync(path.join(ROOT, 'samples', 'mono-alkylation-isonicotinaldehyde.rxn'), path.join(dir, 'runs', 'mono.rxn'));
    const r = await rxn(['amounts', 'runs/mono.rxn'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(shown('rxn amounts runs/mono.rxn'), r.stdout.replace(/\n$/, '').split('\n'));
  });

  it('`rxn rules` prints the header shown, and each row shown starts as printed', async () => {
    const r = await rxn(['rules']);
    const printed = r.stdout.split('\n');
    const lines = shown('rxn rules');
    assert.equal(lines[0], printed[0]);
    for (const l of lines.slice(1).filter((l) => l !== '…')) {
      const start = l.replace(/\s*…$/, '');
      assert.ok(printed.some((p) => p.startsWith(start)), `no printed row starts with ${JSON.stringify(start)}`);
    }
  });
});

describe('cli-docs review: the README commands run as written', function () {
  this.timeout(120000);
  before(() => buildOnce());

  it('every line of "The command line" runs in a fresh checkout: no missing file, nothing on stderr', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /## The command line\n+```sh\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'README.md has a "The command line" sh block');
    const dir = tempDir();
    fs.cpSync(path.join(ROOT, 'samples'), path.join(dir, 'samples'), { recursive: true });
    const lines = block[1].split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    assert.ok(lines.length >= 5);
    for (const line of lines) {
      const words = line.split(/\s+/);
      if (words[0] === 'cp') {
        fs.copyFileSync(path.join(dir, words[1]), path.join(dir, words[2]));
        continue;
      }
      assert.deepEqual(words.slice(0, 2), ['npx', 'rxn'], line);
      const gt = words.indexOf('>');
      const args = words.slice(2, gt < 0 ? undefined : gt);
      const r = await rxn(args, { cwd: dir });
      assert.equal(r.stderr, '', line);
      assert.ok(r.code === 0 || r.code === 1, `${line}: exit ${r.code}`);
    }
  });
});

describe('cli-docs review: the README starts with what a newcomer runs', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  it('the set-up-and-check command and the test command, then what they need (the Node.js of package.json engines)', () => {
    const first = /^# [^\n]+\n\n```sh\n([^\n]+)\n([^\n]+)\n```\n/.exec(readme);
    assert.ok(first, 'README.md opens with a two-line sh block');
    assert.match(first[1], /^npm ci && npx rxn check samples\/\s+#/);
    assert.match(first[2], /^npm test\s+#/);
    const engines = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    const major = /^>=(\d+)/.exec(engines)![1];
    const after = readme.slice(first[0].length, readme.indexOf('![', first[0].length));
    assert.match(after, new RegExp(`Node\\.js ${major} or later`), 'says which Node.js the commands need');
  });
});

describe('cli-docs review: input with no end', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('`rxn check /dev/zero` stops at the size limit with one line and status 2, instead of reading until memory runs out', async function () {
    if (!fs.existsSync('/dev/zero')) this.skip();
    const r = await rxn(['check', '/dev/zero'], { timeoutMs: 30000 });
    assert.equal(r.signal, null, 'killed: it never stopped reading');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'rxn: /dev/zero: cannot be read: it is larger than 64 MB, which no protocol is; it was not checked\n');
  });

  it('a file over the limit (a sparse 65 MB file) is refused without being read; the other files are still checked', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'huge.rxn'), '');
    fs.truncateSync(path.join(dir, 'huge.rxn'), 65 * 1024 * 1024);
    fs.writeFileSync(path.join(dir, 'run.rxn'), NABH4_ONE_POT);
    const r = await rxn(['check', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'rxn: huge.rxn: cannot be read: it is larger than 64 MB, which no protocol is; it was not checked\n');
    assert.match(r.stdout, /^run\.rxn:11:23: error nabh4-one-pot /m);
    const a = await rxn(['amounts', 'huge.rxn'], { cwd: dir });
    assert.equal(a.code, 2);
    assert.equal(a.stderr, 'rxn: huge.rxn: cannot be read: it is larger than 64 MB, which no protocol is; it was not checked\n');
  });
});

describe('cli-docs review: a shell pattern that matched nothing', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('is named as such, not only as a missing file; the other paths are still checked', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'run.rxn'), NABH4_ONE_POT);
    // The shell hands an unmatched `runs/*.rxn` over as it is.
    const r = await rxn(['check', 'runs/*.rxn', 'run.rxn'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'rxn: runs/*.rxn: no such file or directory (a pattern that matched no file: the shell passes it on unexpanded)\n');
    assert.match(r.stdout, /^run\.rxn:11:23: error nabh4-one-pot /m);
  });
});
