/**
 * The extension manifest and the packaged .vsix: what VS Code reads before the server ever
 * starts (contributions, settings, icons) and what ships.
 */
import { CHECK_WORKSPACE_COMMAND } from '../../server/src/lsp/workspace';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildOnce, ROOT } from './harness';
import { rules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/lsp/settings';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const clientSource = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

function vsce(args: string[]) {
  return spawnSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8', input: '', timeout: 60000 });
}

describe('extension manifest and package', function () {
  this.timeout(60000);

  it('targets a VS Code that code-server 4.100 (VS Code 1.100) can load', () => {
    const m = /^\^?(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.vscode);
    assert.ok(m, pkg.engines.vscode);
    assert.ok(Number(m[1]) === 1 && Number(m[2]) <= 100, `engines.vscode ${pkg.engines.vscode} must be ≤ 1.100`);
    const typesVersion = pkg.devDependencies['@types/vscode'].replace(/^\^|~/, '');
    assert.ok(Number(typesVersion.split('.')[1]) <= Number(m[2]), '@types/vscode is not newer than engines.vscode (vsce refuses that)');
  });

  it('activates on rxn files and runs in the workspace, also in Restricted Mode', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:rxn']);
    assert.equal(pkg.main, './dist/client.js');
    assert.deepEqual(pkg.extensionKind, ['workspace']);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(pkg.capabilities.untrustedWorkspaces.description.length > 20);
  });

  it('contributes the rxn language and grammar, with files that exist', () => {
    const [lang] = pkg.contributes.languages;
    assert.equal(lang.id, 'rxn');
    assert.deepEqual(lang.extensions, ['.rxn']);
    assert.ok(lang.aliases.includes('RXN'));
    for (const f of [lang.configuration, lang.icon.light, lang.icon.dark, pkg.contributes.grammars[0].path, pkg.icon]) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} exists`);
    }
    assert.deepEqual(pkg.contributes.grammars[0], { language: 'rxn', scopeName: 'source.rxn', path: './syntaxes/rxn.tmLanguage.json' });
    const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'rxn.tmLanguage.json'), 'utf8'));
    assert.equal(grammar.scopeName, 'source.rxn');
  });

  it("turns VS Code's word-based suggestions off in .rxn files: only rxn's own are offered", () => {
    // Where rxn offered nothing (after `stir 1 h at 0 °C `), VS Code filled the list with words of
    // the file (`1-Benzyl-1,4-diazepane`, `portionwise`…). Since VS Code 1.85 the setting is an
    // enum (off | currentDocument | matchingDocuments | allDocuments); a boolean is the old form.
    const rxn = pkg.contributes.configurationDefaults['[rxn]'];
    assert.equal(rxn['editor.wordBasedSuggestions'], 'off');
    assert.deepEqual(rxn, { 'editor.tabSize': 2, 'editor.insertSpaces': true, 'editor.wordBasedSuggestions': 'off' });
  });

  it('has a 128×128 PNG icon', () => {
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  it('every contributed command is registered by the client or the server, and the other way round', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    // The server's (workspace/executeCommand) are registered by vscode-languageclient from its capabilities.
    const registered = [...[...clientSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]), CHECK_WORKSPACE_COMMAND].sort();
    assert.deepEqual(registered, contributed);
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'rxn');
    // The docs command is what the server's "Show documentation" code action calls.
    assert.ok(contributed.includes('rxn.showRuleDocs'));
  });

  it('the settings match what the server reads: names, defaults, and any rule id with a severity', () => {
    const props = pkg.contributes.configuration.properties;
    const d = defaultSettings();
    assert.equal(props['rxn.focusMode'].default, d.focusMode);
    assert.equal(props['rxn.inlayHints.amounts'].default, d.inlayHints.amounts);
    assert.equal(props['rxn.hover.structures'].default, d.hover.structures);
    assert.deepEqual(props['rxn.trace.server'].enum, ['off', 'messages', 'verbose']);
    const ruleProps = props['rxn.rules'];
    // One property per rule id, each with the four severities (test/unit/docs-and-registry.test.ts
    // checks them against the registry); any other key is flagged in settings.json.
    assert.deepEqual(Object.keys(ruleProps.properties).sort(), rules.map((r) => r.id).sort());
    for (const p of Object.values(ruleProps.properties) as { enum: string[] }[]) assert.deepEqual(p.enum, ['off', 'info', 'warning', 'error']);
    assert.equal(ruleProps.additionalProperties, false);
    assert.ok(rules.length > 0);
    for (const p of Object.values(props) as { markdownDescription?: string; description?: string }[]) {
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, 'every setting is described');
    }
  });

  it("rxn.rules in the Settings editor: Add Item starts at the rule's own severity, not `off`, and the description says where ids are completed", () => {
    // VS Code's "Add Item" takes the first rule id not listed and the property's `default`, or
    // else the first value of its enum: `acid-excess: off`, so OK silently turned a rule off.
    const ruleProps = pkg.contributes.configuration.properties['rxn.rules'];
    const first = Object.keys(ruleProps.properties)[0];
    assert.equal(ruleProps.properties[first].default, rules.find((r) => r.id === first)!.severity);
    for (const r of rules) {
      const p = ruleProps.properties[r.id];
      assert.equal(p.default, r.severity, r.id);
      // The Settings editor's id list shows `description` (plain text), settings.json's hover `markdownDescription`.
      assert.equal(p.description, `${r.summary.replace(/`/g, '')} Default: ${r.severity}.`, r.id);
    }
    // Completion and underlining of the ids happen in settings.json, not in the Settings editor's table.
    assert.match(ruleProps.markdownDescription, /In the Settings editor, \*\*Add Item\*\* offers the rules not listed yet, each at its own default severity/);
    assert.match(ruleProps.markdownDescription, /In \[settings\.json\]\(command:workbench\.action\.openSettingsJson\) the rule ids are completed/);
  });

  describe('the .vsix', () => {
    const README_PAGE = 'README.vscode.md';
    before(() => buildOnce());

    it('ships the bundles, grammar, docs and icons — not the CLI, sources, tests or node_modules', () => {
      const r = vsce(['ls', '--no-dependencies', '--readme-path', README_PAGE]);
      assert.equal(r.status, 0, r.stderr);
      const files = r.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
      assert.ok(!files.includes('README.md'), "the repository's developer README is not the extension's page");
      for (const f of [README_PAGE, 'LICENSE', 'CHANGELOG.md', 'dist/client.js', 'dist/server.js', 'dist/openchemlib.js', 'syntaxes/rxn.tmLanguage.json', 'syntaxes/language-configuration.json', 'images/icon.png', 'images/rxn-file.svg']) {
        assert.ok(files.includes(f), `${f} is packaged`);
      }
      for (const rule of rules) assert.ok(files.includes(`docs/rules/${rule.id}.md`), `the page of ${rule.id} is packaged (diagnostic links open it offline)`);
      assert.ok(!files.includes('dist/cli.js'), 'the CLI bundle is not packaged');
      const stray = files.filter((f) => /^(server|client|test|samples|bench|scripts|node_modules|out|\.)/.test(f) || f.endsWith('.ts') || f.endsWith('.mjs'));
      assert.deepEqual(stray, []);
    });

    it("the extension's page (README.vscode.md, shipped as readme.md) is written for chemists, and its links work offline", () => {
      assert.ok(pkg.scripts.package.includes(`--readme-path ${README_PAGE}`), 'npm run package ships it as the readme');
      const page = fs.readFileSync(path.join(ROOT, README_PAGE), 'utf8');
      assert.match(page, /^# rxn/);
      assert.doesNotMatch(page, /npm (ci|test|run)/, 'no developer commands');
      const r = vsce(['ls', '--no-dependencies', '--readme-path', README_PAGE]);
      const files = new Set(r.stdout.split('\n').map((s) => s.trim()).filter(Boolean));
      const links = [...page.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));
      assert.ok(links.length >= 5, `relative links found: ${links.join(', ')}`);
      for (const l of links) assert.ok(files.has(l), `${l} (linked from the page) is in the .vsix`);
    });

    it('packages offline without prompts', () => {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-vsix-')), 'rxn.vsix');
      const args = pkg.scripts.package.split('&&').pop().trim().split(/\s+/).slice(2); // after "vsce package"
      const r = vsce(['package', ...args.filter((a: string, i: number, all: string[]) => a !== '-o' && all[i - 1] !== '-o'), '-o', out]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const size = fs.statSync(out).size;
      assert.ok(size > 100_000 && size < 5_000_000, `size ${size} bytes`);
      assert.equal(fs.readFileSync(out).subarray(0, 2).toString('ascii'), 'PK');
    });
  });
});
