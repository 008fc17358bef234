/** `rxn check --fix`: safe fixes written atomically, BOM/CRLF/permissions kept, failures leave files intact. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, rxn, tempDir, write, CLEAN, STAB_MEOH, NABH4_ONE_POT, toCrlf, isRoot } from './helpers';
import { writeFileAtomic, WriteError } from '../../server/src/cli/files';

const FIXED = CLEAN; // STAB_MEOH with the solvent switched to DCE is the clean example again
const OLD = new Date('2020-01-02T03:04:05Z');

function age(file: string): void {
  fs.utimesSync(file, OLD, OLD);
}
const mtime = (file: string) => fs.statSync(file).mtimeMs;
const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.rxn-fix-'));

describe('rxn check --fix', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('switches STAB in methanol to DCE, then reports what remains', async () => {
    const dir = tempDir();
    const file = write(dir, 'meoh.rxn', STAB_MEOH);
    const r = await rxn(['check', '--fix', 'meoh.rxn'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0, r.stdout);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(r.stdout, 'No problems in 1 file\nFixed 1 problem in 1 file.\n');
    assert.deepEqual(leftovers(dir), []);
  });

  it('while a line cannot be read, fixes only the reading problems and says what it left alone', async () => {
    const dir = tempDir();
    // A correct two-step NaBH4 procedure with \`stir\` misspelled: read as written, NaBH4
    // would look one-pot (no time passes) and the rules would switch it to NaBH(OAc)3 in DCE.
    const twoStep = NABH4_ONE_POT.replace('mode one-pot\n', '')
      .replace('  add diazepane, ald, red\n  stir 16 h at rt', '  add diazepane, ald\n  stir 2 h at rt\n  add red portionwise at 0 °C\n  stir 16 h at rt');
    write(dir, 'two-step.rxn', twoStep);
    assert.equal((await rxn(['check', 'two-step.rxn'], { cwd: dir })).stdout, 'No problems in 1 file\n');
    const typo = write(dir, 'typo.rxn', twoStep.replace('  stir 2 h at rt', '  sitr 2 h at rt'));
    const r = await rxn(['check', '--fix', 'typo.rxn'], { cwd: dir });
    assert.equal(fs.readFileSync(typo, 'utf8'), twoStep);
    assert.equal(r.stdout, 'No problems in 1 file\nFixed 1 problem in 1 file.\n');
    assert.equal(r.code, 0);
    // A line nothing can repair: the chemistry fixes are withheld, and the user is told.
    const junk = STAB_MEOH + 'blah blah\n';
    const stuck = write(dir, 'stuck.rxn', junk);
    const s = await rxn(['check', '--fix', 'stuck.rxn'], { cwd: dir });
    assert.equal(fs.readFileSync(stuck, 'utf8'), junk);
    const badLine = junk.split('\n').length - 1;
    assert.match(s.stderr, new RegExp(`stuck\\.rxn: 1 fix was not applied because line ${badLine} could not be read; correct it and run --fix again`));
    assert.match(s.stdout, /stab-protic-solvent/);
    assert.equal(s.code, 1);
    // The JSON of the same run does not call the held-back fix "fixable" (docs/cli.md: what --fix would fix).
    const j = JSON.parse((await rxn(['check', '--fix', '--format', 'json', 'stuck.rxn'], { cwd: dir })).stdout);
    const fixable = Object.fromEntries(j.files[0].diagnostics.map((d: { rule: string; fixable: boolean }) => [d.rule, d.fixable]));
    assert.equal(fixable['stab-protic-solvent'], false, JSON.stringify(j));
    const sarif = JSON.parse((await rxn(['check', '--format', 'sarif', 'stuck.rxn'], { cwd: dir })).stdout);
    const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'stab-protic-solvent');
    assert.equal(res.properties.fixable, false);
    // With the reading rules turned off, the message says why no line is reported.
    const off = await rxn(['check', '--fix', '--rule', 'syntax-error=off', 'stuck.rxn'], { cwd: dir });
    assert.match(off.stderr, new RegExp(`line ${badLine} could not be read \\(syntax-error is turned off, so it is not reported\\)`));
  });

  it('a line a safe fix repairs (a decimal comma) does not hold the other fixes back: they are fixable, and fixed', async () => {
    const dir = tempDir();
    const text = STAB_MEOH.replace('3.0 equiv', '3,0 equiv');
    assert.notEqual(text, STAB_MEOH);
    write(dir, 'comma.rxn', text);
    const j = JSON.parse((await rxn(['check', '--format', 'json', 'comma.rxn'], { cwd: dir })).stdout);
    const fixable = Object.fromEntries(j.files[0].diagnostics.map((d: { rule: string; fixable: boolean }) => [d.rule, d.fixable]));
    assert.deepEqual(fixable, { 'invalid-quantity': true, 'stab-protic-solvent': true }, JSON.stringify(j));
    const r = await rxn(['check', '--fix', 'comma.rxn'], { cwd: dir });
    assert.equal(r.stdout, 'No problems in 1 file\nFixed 2 problems in 1 file.\n', r.stderr);
  });

  it('is idempotent: a second run changes nothing and leaves the mtime alone', async () => {
    const dir = tempDir();
    const file = write(dir, 'meoh.rxn', STAB_MEOH);
    await rxn(['check', '--fix', 'meoh.rxn'], { cwd: dir });
    const once = fs.readFileSync(file, 'utf8');
    age(file);
    const r = await rxn(['check', '--fix', 'meoh.rxn'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'No problems in 1 file\n');
    assert.equal(fs.readFileSync(file, 'utf8'), once);
    assert.equal(mtime(file), OLD.getTime());
  });

  it('never touches a file that needs no fix', async () => {
    const dir = tempDir();
    const file = write(dir, 'clean.rxn', CLEAN);
    const other = write(dir, 'meoh.rxn', STAB_MEOH);
    age(file);
    age(other);
    const r = await rxn(['check', '--fix', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(mtime(file), OLD.getTime());
    assert.notEqual(mtime(other), OLD.getTime());
  });

  it('keeps the permission bits of the original', async () => {
    const dir = tempDir();
    const file = write(dir, 'meoh.rxn', STAB_MEOH);
    fs.chmodSync(file, 0o640);
    const r = await rxn(['check', '--fix', 'meoh.rxn'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
  });

  it('keeps a BOM', async () => {
    const dir = tempDir();
    const file = write(dir, 'bom.rxn', '\uFEFF' + STAB_MEOH);
    const r = await rxn(['check', '--fix', 'bom.rxn'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), FIXED);
  });

  it('keeps CRLF line endings', async () => {
    const dir = tempDir();
    const file = write(dir, 'crlf.rxn', toCrlf(STAB_MEOH));
    const r = await rxn(['check', '--fix', 'crlf.rxn'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(text, toCrlf(FIXED));
    assert.doesNotMatch(text, /[^\r]\n/, 'no bare LF');
  });

  it('keeps lone-CR line endings: inserted lines end in CR too', async () => {
    const toCr = (s: string) => s.replace(/\n/g, '\r');
    const dir = tempDir();
    // No acid before NaBH(OAc)3: missing-acid's safe fix inserts a declaration and an add.
    const noAcid = CLEAN.replace(/^reagent acid .*\n/m, '').replace('  add diazepane, ald, acid', '  add diazepane, ald');
    const file = write(dir, 'cr.rxn', toCr(noAcid));
    const r = await rxn(['check', '--fix', 'cr.rxn'], { cwd: dir });
    assert.match(r.stdout, /Fixed 1 problem/);
    const text = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\n/, 'no LF');
    assert.match(text, /\rreagent acoh {6}= AcOH 1\.0 equiv\r/); // aligned with the table
  });

  it('refuses a read-only file: clear message, file untouched, exit 2', async () => {
    const dir = tempDir();
    const file = write(dir, 'ro.rxn', STAB_MEOH);
    fs.chmodSync(file, 0o444);
    age(file);
    const r = await rxn(['check', '--fix', 'ro.rxn'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ro\.rxn: not fixed: the file is read-only/);
    assert.equal(fs.readFileSync(file, 'utf8'), STAB_MEOH);
    assert.equal(mtime(file), OLD.getTime());
    assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    // What remains is reported: the file still has its error.
    assert.match(r.stdout, /^ro\.rxn:\d+:\d+: error stab-protic-solvent /m);
    assert.deepEqual(leftovers(dir), []);
  });

  it('a write that fails (read-only folder) leaves the original intact and exits 2', async function () {
    const root = tempDir();
    fs.chmodSync(root, 0o755);
    const dir = path.join(root, 'locked');
    const file = write(dir, 'meoh.rxn', STAB_MEOH);
    fs.chmodSync(file, 0o666);
    fs.chmodSync(dir, 0o555);
    let runAs: { uid?: number; gid?: number } = {};
    if (isRoot()) {
      // root may write into any folder: run the CLI as "nobody", for whom the folder is read-only.
      runAs = { uid: 65534, gid: 65534 };
      const probe = await rxn(['--version'], { cwd: root, ...runAs }).catch(() => undefined);
      if (!probe || probe.code !== 0) {
        this.skip(); // this checkout is not readable by "nobody" (e.g. it lives under /root)
      }
    }
    const r = await rxn(['check', '--fix', 'locked/meoh.rxn'], { cwd: root, ...runAs });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /locked\/meoh\.rxn: not fixed: its folder is not writable \(the fixed text is written to a temporary file beside it, then renamed over it\); the original is unchanged/);
    fs.chmodSync(dir, 0o755);
    assert.equal(fs.readFileSync(file, 'utf8'), STAB_MEOH);
    assert.deepEqual(fs.readdirSync(dir), ['meoh.rxn'], 'no temporary file left behind');
    assert.match(r.stdout, /error stab-protic-solvent/);
  });

  it('two concurrent --fix runs on one file leave one complete result', async () => {
    const dir = tempDir();
    const reference = write(dir, 'ref/meoh.rxn', STAB_MEOH);
    await rxn(['check', '--fix', 'ref/meoh.rxn'], { cwd: dir });
    const single = fs.readFileSync(reference, 'utf8');
    for (let round = 0; round < 3; round++) {
      const file = write(dir, `race${round}/meoh.rxn`, STAB_MEOH);
      const runs = await Promise.all([
        rxn(['check', '--fix', `race${round}/meoh.rxn`], { cwd: dir }),
        rxn(['check', '--fix', `race${round}/meoh.rxn`], { cwd: dir }),
      ]);
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), single);
      assert.deepEqual(fs.readdirSync(path.dirname(file)), ['meoh.rxn']);
    }
  });

  it('refuses to rewrite a file with invalid UTF-8 (its bytes would be lost)', async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + STAB_MEOH)]);
    const file = write(dir, 'latin1.rxn', bytes);
    const r = await rxn(['check', '--fix', 'latin1.rxn'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /latin1\.rxn: contains bytes that are not valid UTF-8/);
    assert.match(r.stderr, /latin1\.rxn: not fixed:/);
    assert.deepEqual(fs.readFileSync(file), bytes);
    assert.match(r.stdout, /error stab-protic-solvent/);
    // With nothing to fix there is nothing to refuse: only the warning.
    const clean = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + CLEAN)]);
    write(dir, 'clean-latin1.rxn', clean);
    const r2 = await rxn(['check', '--fix', 'clean-latin1.rxn'], { cwd: dir });
    assert.equal(r2.code, 0, r2.stderr);
    assert.doesNotMatch(r2.stderr, /not fixed/);
    assert.match(r2.stderr, /clean-latin1\.rxn: contains bytes that are not valid UTF-8/);
  });

  it('fixes the file a symbolic link points to and keeps the link', async () => {
    const dir = tempDir();
    const real = write(dir, 'store/meoh.rxn', STAB_MEOH);
    fs.symlinkSync(real, path.join(dir, 'link.rxn'));
    const r = await rxn(['check', '--fix', 'link.rxn'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.rxn')).isSymbolicLink());
    assert.equal(fs.readFileSync(real, 'utf8'), FIXED);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content and keeps the mode', () => {
    const dir = tempDir();
    const file = write(dir, 'x.rxn', 'old');
    fs.chmodSync(file, 0o604);
    writeFileAtomic(file, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o604);
    assert.deepEqual(fs.readdirSync(dir), ['x.rxn']);
  });

  it('removes its temporary file when the final rename fails', () => {
    const dir = tempDir();
    // A non-empty folder in place of the file: the rename over it must fail, even for root.
    const target = path.join(dir, 'x.rxn');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep'), 'kept');
    assert.throws(() => writeFileAtomic(target, 'new'), (e: unknown) => e instanceof WriteError && /original is unchanged/.test(e.message));
    assert.deepEqual(fs.readdirSync(dir), ['x.rxn']);
    assert.equal(fs.readFileSync(path.join(target, 'keep'), 'utf8'), 'kept');
  });

  it('does not replace a file that changed since it was read: the newer text stays', () => {
    const dir = tempDir();
    const file = write(dir, 'x.rxn', 'old');
    const read = fs.readFileSync(file);
    fs.writeFileSync(file, 'saved by an editor meanwhile');
    assert.throws(() => writeFileAtomic(file, 'fixed', read), (e: unknown) => e instanceof WriteError && /changed while it was being checked/.test(e.message));
    assert.equal(fs.readFileSync(file, 'utf8'), 'saved by an editor meanwhile');
    assert.deepEqual(fs.readdirSync(dir), ['x.rxn']);
    // Unchanged: replaced.
    assert.deepEqual(writeFileAtomic(file, 'fixed', fs.readFileSync(file)), []);
    assert.equal(fs.readFileSync(file, 'utf8'), 'fixed');
  });

  it('says that other hard links keep the old text, and keeps the group', () => {
    const dir = tempDir();
    const file = write(dir, 'x.rxn', 'old');
    fs.linkSync(file, path.join(dir, 'y.rxn'));
    const gid = fs.statSync(file).gid;
    const notes = writeFileAtomic(file, 'new', fs.readFileSync(file));
    assert.deepEqual(notes, ['it had 1 other hard link, which keeps the old text']);
    assert.equal(fs.readFileSync(path.join(dir, 'y.rxn'), 'utf8'), 'old');
    assert.equal(fs.statSync(file).gid, gid);
  });

  it('refuses a file without write permission bits, even for root', () => {
    const dir = tempDir();
    const file = write(dir, 'x.rxn', 'old');
    fs.chmodSync(file, 0o444);
    assert.throws(() => writeFileAtomic(file, 'new'), /read-only/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'old');
  });
});
