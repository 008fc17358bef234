/** `rxn amounts`: the stoichiometry table in text and JSON, and the number formatting behind it. */
import { strict as assert } from 'node:assert';
import { buildOnce, rxn, tempDir, write, CLEAN } from './helpers';
import { sig, formatMass, formatVolume, formatEquiv } from '../../server/src/cli/amounts';

describe('rxn amounts', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('prints an aligned table with chemist-style units', async () => {
    const dir = tempDir();
    write(dir, 'mono.rxn', CLEAN);
    const r = await rxn(['amounts', 'mono.rxn'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'mono.rxn — 1-(Pyridin-4-ylmethyl)-1,4-diazepane (scale 5 mmol)');
    const row = (alias: string) => {
      const l = lines.find((x) => x.startsWith(alias + ' '));
      assert.ok(l, `a row for ${alias}:\n${r.stdout}`);
      return l!.trim().split(/\s{2,}/);
    };
    // alias, name, role, equiv, mmol, MW, mass, volume
    assert.deepEqual(row('diazepane'), ['diazepane', '1,4-diazepane', 'amine', '3.0', '15.0', '100.16', '1.50 g', '—']);
    assert.deepEqual(row('ald'), ['ald', 'pyridine-4-carboxaldehyde', 'carbonyl', '1.0', '5.00', '107.11', '536 mg', '471 µL']);
    assert.deepEqual(row('acid'), ['acid', 'AcOH', 'acid', '1.0', '5.00', '60.05', '300 mg', '286 µL']);
    assert.deepEqual(row('stab'), ['stab', 'NaBH(OAc)3', 'reductant', '1.5', '7.50', '211.94', '1.59 g', '—']);
    assert.ok(lines.includes('solvent DCE, 0.2 M: 25.0 mL'), r.stdout);
    // Columns line up: every row's mass column ends at the same place as the header's.
    const header = lines.find((l) => l.startsWith('alias'))!;
    const massEnd = header.indexOf('mass') + 'mass'.length;
    for (const alias of ['diazepane', 'ald', 'acid', 'stab']) {
      const l = lines.find((x) => x.startsWith(alias + ' '))!;
      assert.match(l.slice(0, massEnd), /(mg|g)$/, `mass right-aligned in: ${l}`);
    }
  });

  it('--format json gives the same figures with units in the field names', async () => {
    const dir = tempDir();
    write(dir, 'mono.rxn', CLEAN);
    const r = await rxn(['amounts', '--format', 'json', 'mono.rxn'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(j).sort(), ['path', 'reagents', 'scale', 'solvent', 'solvents', 'title', 'unreadScale', 'version']);
    assert.equal(j.version, 1);
    assert.equal(j.path, 'mono.rxn');
    assert.deepEqual(j.scale, { mmol: 5, limiting: null });
    assert.equal(j.unreadScale, null);
    assert.deepEqual(
      j.reagents.map((x: { alias: string }) => x.alias),
      ['diazepane', 'ald', 'acid', 'stab'],
    );
    const ald = j.reagents[1];
    assert.deepEqual(Object.keys(ald).sort(), [
      'alias', 'densityGPerMl', 'equiv', 'from', 'line', 'loadingPercent', 'massG', 'mmol', 'molarityM', 'mw', 'name', 'notes', 'portions', 'purityPercent', 'role', 'solution',
      'strengthPercentWw', 'volumeMl', 'weightPercent', 'weightPercentOf',
    ]);
    assert.equal(ald.from, 'equiv');
    assert.deepEqual(ald.notes, []);
    assert.equal(ald.purityPercent, null);
    assert.equal(ald.solution, false);
    assert.equal(ald.role, 'carbonyl');
    assert.equal(ald.equiv, 1);
    assert.equal(ald.mmol, 5);
    assert.ok(Math.abs(ald.mw - 107.11) < 0.01);
    assert.ok(Math.abs(ald.massG - 0.53555) < 0.0001);
    assert.ok(Math.abs(ald.volumeMl - 0.471) < 0.001);
    assert.equal(ald.line, 7);
    const diazepane = j.reagents[0];
    assert.equal(diazepane.mmol, 15);
    assert.equal(diazepane.volumeMl, null, 'a solid has no volume');
    assert.equal(diazepane.densityGPerMl, null);
    assert.deepEqual(j.solvent, { name: 'DCE', concentrationM: 0.2, volumeMl: 25, line: 10 });
    assert.deepEqual(j.solvents, [j.solvent]);
  });

  it('every solvent line is listed: a deprotection in DCM, then the reductive amination in DCE', async () => {
    const dir = tempDir();
    const text = CLEAN.replace(/\nstep\b/, '\nstep "Boc removal"\n  solvent DCM 5 mL\n  stir 1 h\nstep');
    assert.notEqual(text, CLEAN);
    write(dir, 's.rxn', text);
    const t = await rxn(['amounts', 's.rxn'], { cwd: dir });
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /^solvent DCE, 0\.2 M: 25\.0 mL \(line 10\)\nsolvent DCM: 5\.00 mL \(line 13\)$/m);
    const j = JSON.parse((await rxn(['amounts', '-f', 'json', 's.rxn'], { cwd: dir })).stdout);
    assert.deepEqual(j.solvent, { name: 'DCE', concentrationM: 0.2, volumeMl: 25, line: 10 });
    assert.deepEqual(j.solvents, [j.solvent, { name: 'DCM', concentrationM: null, volumeMl: 5, line: 13 }]);
  });

  it('JSON says what a purity, a strength or a molarity means for the figures, as the text notes do', async () => {
    const dir = tempDir();
    const text = CLEAN.replace(/reagent stab .*\n/, 'reagent stab      = NaBH(OAc)3 (95%)          1.5 equiv\nreagent hcl       = HCl 4N in dioxane          0.1 equiv\nreagent mea       = acetaldehyde 40%           0.2 equiv\n');
    write(dir, 'q.rxn', text);
    const textOut = (await rxn(['amounts', 'q.rxn'], { cwd: dir })).stdout;
    const r = await rxn(['amounts', '-f', 'json', 'q.rxn'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    const row = (alias: string) => j.reagents.find((x: { alias: string }) => x.alias === alias);
    // 7.50 mmol × 211.94 g/mol ÷ 0.95: the mass of the material as sold.
    assert.equal(row('stab').purityPercent, 95);
    assert.equal(row('stab').solution, false);
    assert.ok(Math.abs(row('stab').massG - (7.5 * 211.94) / 0.95 / 1000) < 1e-4, String(row('stab').massG));
    assert.equal(row('hcl').molarityM, 4);
    assert.equal(row('hcl').solution, true);
    assert.ok(Math.abs(row('hcl').volumeMl - 0.125) < 1e-6);
    assert.equal(row('mea').strengthPercentWw, 40);
    assert.equal(row('mea').purityPercent, null);
    assert.equal(row('mea').solution, true);
    // Every note in JSON is the line the text report prints under the table for that alias.
    for (const x of j.reagents as { alias: string; notes: string[] }[]) for (const n of x.notes) assert.ok(textOut.includes(`${x.alias}: ${n}`), `${x.alias}: ${n}\n${textOut}`);
    assert.match(row('stab').notes.join(' '), /95 % pure/);
    assert.match(row('hcl').notes.join(' '), /4 M solution/);
  });

  it('JSON names the limiting reagent a scale comes from, and a scale line that gives no mmol', async () => {
    const dir = tempDir();
    write(dir, 'lim.rxn', CLEAN.replace('scale 5 mmol\n', '').replace(/(reagent ald .*?)1\.0 equiv/, '$1 5 mmol limiting'));
    const lim = JSON.parse((await rxn(['amounts', '-f', 'json', 'lim.rxn'], { cwd: dir })).stdout);
    assert.deepEqual(lim.scale, { mmol: 5, limiting: 'ald' });
    write(dir, 'g.rxn', CLEAN.replace('scale 5 mmol', 'scale 1.00 g'));
    const g = JSON.parse((await rxn(['amounts', '-f', 'json', 'g.rxn'], { cwd: dir })).stdout);
    assert.equal(g.scale, null);
    assert.equal(g.unreadScale, 'scale 1.00 g');
  });

  it('without a scale the amounts are unknown and the text says why', async () => {
    const dir = tempDir();
    write(dir, 'noscale.rxn', CLEAN.replace('scale 5 mmol\n', ''));
    const r = await rxn(['amounts', 'noscale.rxn'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\(no scale\)/);
    assert.match(r.stdout, /No `scale N mmol` line/);
    const j = JSON.parse((await rxn(['amounts', '-f', 'json', 'noscale.rxn'], { cwd: dir })).stdout);
    assert.equal(j.scale, null);
    assert.equal(j.reagents[0].mmol, null);
    assert.equal(j.reagents[0].massG, null);
    assert.equal(j.solvent.volumeMl, null);
  });

  it('needs exactly one readable file', async () => {
    const dir = tempDir();
    write(dir, 'a.rxn', CLEAN);
    write(dir, 'b.rxn', CLEAN);
    const none = await rxn(['amounts'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no PATH given/);
    const two = await rxn(['amounts', 'a.rxn', 'b.rxn'], { cwd: dir });
    assert.equal(two.code, 2);
    assert.match(two.stderr, /exactly one file/);
    const folder = await rxn(['amounts', '.'], { cwd: dir });
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /is a folder/);
    const missing = await rxn(['amounts', 'zzz.rxn'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /zzz\.rxn: cannot be read: no such file or directory/);
    assert.equal(missing.stdout, '');
  });
});

describe('amounts number formatting', () => {
  it('three significant figures without exponents', () => {
    assert.equal(sig(15), '15.0');
    assert.equal(sig(5), '5.00');
    assert.equal(sig(7.5), '7.50');
    assert.equal(sig(0.53555), '0.536');
    assert.equal(sig(9.996), '10.0');
    assert.equal(sig(1234), '1230');
    assert.equal(sig(0), '0');
  });
  it('mass in mg below 1 g, else g', () => {
    assert.equal(formatMass(0.53555), '536 mg');
    assert.equal(formatMass(1.5024), '1.50 g');
    assert.equal(formatMass(0.9996), '1.00 g');
    assert.equal(formatMass(0.0123), '12.3 mg');
    assert.equal(formatMass(15.9), '15.9 g');
  });
  it('volume in µL below 1 mL, else mL', () => {
    assert.equal(formatVolume(0.28622), '286 µL');
    assert.equal(formatVolume(25), '25.0 mL');
    assert.equal(formatVolume(0.99996), '1.00 mL');
    assert.equal(formatVolume(0.0501), '50.1 µL');
    // A large scale reads in litres and kilograms, as in the editor's hints.
    assert.equal(formatVolume(2500), '2.50 L');
    assert.equal(formatMass(1530), '1.53 kg');
  });
  it('equivalents with one or two decimals', () => {
    assert.equal(formatEquiv(3), '3.0');
    assert.equal(formatEquiv(1.5), '1.5');
    assert.equal(formatEquiv(1.25), '1.25');
    assert.equal(formatEquiv(0.3333), '0.33');
  });
});
