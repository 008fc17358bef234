/** `rxn check --format sarif`: valid SARIF 2.1.0 (checked against the committed OASIS schema), every rule listed. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { buildOnce, rxn, tempDir, write, CLEAN, STAB_MEOH, NABH4_ONE_POT, ROOT } from './helpers';
import { rules } from '../../server/src/rules';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const pkgVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

function assertValid(log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, 'SARIF schema errors: ' + JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

describe('rxn check --format sarif', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('the schema check is real: it rejects a broken log', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false); // driver without a name
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] }), false); // result without a message
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }), true);
  });

  it('standard input (`-`) is an artifact named stdin, and the log still validates', async () => {
    const r = await rxn(['check', '--format', 'sarif', '-'], { input: STAB_MEOH });
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assertValid(log);
    assert.equal(log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri, 'stdin');
  });

  it('a result that names another line links to it (relatedLocations, as the editor\'s related information), and still validates', async () => {
    const dup = CLEAN.replace(/^(reagent (\w+)\s*=.*)$/m, '$1\n$1');
    assert.notEqual(dup, CLEAN);
    const r = await rxn(['check', '--format', 'sarif', '-'], { input: dup });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assertValid(log);
    const res = log.runs[0].results!.find((x) => x.ruleId === 'duplicate-reagent')!;
    assert.ok(res, r.stdout);
    const first = CLEAN.split('\n').findIndex((l) => /^reagent /.test(l));
    const related = res.relatedLocations ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0].physicalLocation!.region!.startLine, first + 1);
    assert.equal(related[0].physicalLocation!.artifactLocation!.uri, 'stdin');
    assert.match(related[0].message!.text!, /is first declared here/);
    // stab-protic-solvent links to the add that puts NaBH(OAc)3 in the methanol.
    const meoh = JSON.parse((await rxn(['check', '--format', 'sarif', '-'], { input: STAB_MEOH })).stdout) as Sarif.Log;
    const stab = meoh.runs[0].results!.find((x) => x.ruleId === 'stab-protic-solvent')!;
    const addLine = STAB_MEOH.split('\n').findIndex((l) => /^\s*add .*stab/.test(l));
    assert.equal(stab.relatedLocations?.[0].physicalLocation!.region!.startLine, addLine + 1);
  });

  it('validates against SARIF 2.1.0 and carries tool, rules, results and locations', async () => {
    const dir = tempDir();
    write(dir, 'lab/clean.rxn', CLEAN);
    write(dir, 'lab/meoh.rxn', STAB_MEOH);
    write(dir, 'lab/with space/nabh4.rxn', NABH4_ONE_POT);
    const r = await rxn(['check', '--format', 'sarif', 'lab'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assertValid(log);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'rxn');
    assert.equal(run.tool.driver.version, pkgVersion);
    assert.match(run.tool.driver.informationUri ?? '', /^https:\/\//);

    // Every rule of the registry, with its page and default level.
    const driverRules = run.tool.driver.rules ?? [];
    assert.deepEqual(
      driverRules.map((x) => x.id),
      rules.map((x) => x.id),
    );
    assert.ok(driverRules.length >= 34, `all rules listed (${driverRules.length})`);
    for (const rule of rules) {
      const d = driverRules.find((x) => x.id === rule.id)!;
      assert.equal(d.shortDescription?.text, rule.summary);
      assert.ok(d.helpUri?.startsWith('https://') && d.helpUri.endsWith(`docs/rules/${rule.id}.md`), d.helpUri);
      assert.equal(d.properties?.docs, `docs/rules/${rule.id}.md`);
      assert.equal(d.defaultConfiguration?.level, rule.severity === 'info' ? 'note' : rule.severity);
    }

    // The same findings as the JSON report, at the same places.
    const json = JSON.parse((await rxn(['check', '--format', 'json', 'lab'], { cwd: dir })).stdout) as {
      files: { path: string; diagnostics: { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[];
    };
    const expected = json.files.flatMap((f) =>
      f.diagnostics.map((d) => ({
        uri: f.path.split('/').map(encodeURIComponent).join('/'),
        ruleId: d.rule,
        level: d.severity === 'info' ? 'note' : d.severity,
        text: d.message,
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
      })),
    );
    const results = (run.results ?? []).map((res) => {
      const loc = res.locations![0].physicalLocation!;
      assert.equal(loc.artifactLocation!.uriBaseId, '%SRCROOT%');
      assert.equal(res.ruleIndex, driverRules.findIndex((x) => x.id === res.ruleId));
      return { uri: loc.artifactLocation!.uri, ruleId: res.ruleId, level: res.level, text: res.message.text, region: loc.region };
    });
    assert.deepEqual(results, expected);
    assert.ok(results.some((x) => x.ruleId === 'nabh4-one-pot' && x.level === 'error' && x.uri === 'lab/with%20space/nabh4.rxn'));
    assert.ok(results.some((x) => x.ruleId === 'stab-protic-solvent' && x.level === 'error' && x.uri === 'lab/meoh.rxn'));

    // Every checked file is an artifact, the clean one included.
    assert.deepEqual(
      (run.artifacts ?? []).map((a) => a.location?.uri),
      ['lab/clean.rxn', 'lab/meoh.rxn', 'lab/with%20space/nabh4.rxn'],
    );
    assert.equal(run.invocations?.[0].executionSuccessful, true);
  });

  it('stays valid with a missing path and with --rule overrides, and says the run was not complete', async () => {
    const dir = tempDir();
    write(dir, 'a.rxn', NABH4_ONE_POT);
    const r = await rxn(['check', '--format', 'sarif', '--rule', 'nabh4-one-pot=off', 'a.rxn', 'missing.rxn'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.rxn/);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assertValid(log);
    const inv = log.runs[0].invocations![0];
    assert.equal(inv.executionSuccessful, false);
    assert.ok(inv.toolExecutionNotifications?.some((n) => /missing\.rxn/.test(n.message.text ?? '')));
    assert.deepEqual(
      inv.ruleConfigurationOverrides?.map((o) => [o.descriptor.id, o.configuration.enabled]),
      [['nabh4-one-pot', false]],
    );
    assert.ok(!(log.runs[0].results ?? []).some((x) => x.ruleId === 'nabh4-one-pot'));
  });

  it('a file outside the working folder gets an absolute file: URI', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const file = write(elsewhere, 'x.rxn', NABH4_ONE_POT);
    const r = await rxn(['check', '--format', 'sarif', file], { cwd: dir });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assertValid(log);
    const uri = log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri!;
    assert.match(uri, /^file:\/\/\//);
    assert.ok(uri.endsWith('/x.rxn'));
  });
});
