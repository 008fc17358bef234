/**
 * Diagnostics over the protocol: what is published, when, for which version, with which
 * settings — as an editor receives them from `node dist/server.js --stdio`.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { CodeActionRequest, DocumentSymbolRequest, HoverRequest, InlayHintRequest } from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient, positionOf, rangeOf, type StartOptions } from './harness';
import { EXAMPLE, NABH4_ONE_POT, UNICODE } from './fixtures';
import { analyze } from '../../server/src/engine';

const WITH_GHOST = EXAMPLE.replace('  add stab portionwise', '  add stab, ghost');

/** A diagnostic message as text (LSP 3.18 allows markup; this server sends plain strings). */
function text(m: Diagnostic['message']): string {
  return typeof m === 'string' ? m : m.value;
}

function codes(p: PublishDiagnosticsParams | { diagnostics: Diagnostic[] }): string[] {
  return p.diagnostics.map((d) => String(d.code));
}

/** Compares what the server published with the engine's own verdict on the same text. */
function assertMatchesEngine(p: PublishDiagnosticsParams, text: string): void {
  const expected = analyze(text).diagnostics.map((d) => ({ code: d.rule, range: d.range, message: d.message }));
  const got = p.diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }));
  assert.deepEqual(got, expected);
}

describe('LSP: diagnostics', function () {
  this.timeout(60000);
  const clients: LspClient[] = [];
  const start = async (o?: StartOptions) => {
    const c = await LspClient.start(o);
    clients.push(c);
    return c;
  };
  before(() => buildOnce());
  after(() => {
    for (const c of clients) c.kill();
  });

  it('publishes the rule id as code, source rxn, the exact token range, severity, version and a rule link', async () => {
    // A client that does not run rxn.showRuleDocs itself: the link is the page's file URI.
    const c = await start({ initializationOptions: { docsBaseUri: 'file:///opt/ext/docs/rules', clientCommands: [] } });
    const uri = 'file:///diag/ghost.rxn';
    await c.open(uri, WITH_GHOST, 7);
    const p = await c.diagnosticsFor(uri, 7);
    assert.equal(p.version, 7);
    assert.deepEqual(codes(p), ['undeclared-reagent']);
    const d = p.diagnostics[0];
    assert.equal(d.source, 'rxn');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, rangeOf(WITH_GHOST, 'ghost'));
    assert.match(text(d.message), /ghost/);
    assert.equal(d.codeDescription?.href, 'file:///opt/ext/docs/rules/undeclared-reagent.md');
    assert.equal(await c.stop(), 0);
  });

  it('a client that runs rxn.showRuleDocs gets rule links that run it (VS Code opens the page rendered)', async () => {
    const c = await start({ initializationOptions: { docsBaseUri: 'file:///opt/ext/docs/rules' } });
    const uri = 'file:///diag/command-link.rxn';
    await c.open(uri, WITH_GHOST);
    const href = (await c.diagnosticsFor(uri, 1)).diagnostics[0].codeDescription!.href;
    const url = new URL(href);
    assert.equal(url.protocol, 'command:');
    assert.equal(url.pathname, 'rxn.showRuleDocs');
    assert.deepEqual(JSON.parse(decodeURIComponent(url.search.slice(1))), ['undeclared-reagent'], 'the command gets the rule id');
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(WITH_GHOST, 'ghost', 0, 2) });
    assert.ok(JSON.stringify(h?.contents).includes(`[rule docs](${href})`), 'the hover links to the same command');
    assert.equal(await c.stop(), 0);
  });

  it('by default links each rule to its page in the repository, which exists', async () => {
    const c = await start({ initializationOptions: { clientCommands: [] } });
    const uri = 'file:///diag/default-link.rxn';
    await c.open(uri, WITH_GHOST);
    const p = await c.diagnosticsFor(uri, 1);
    const href = p.diagnostics[0].codeDescription!.href;
    assert.match(href, /^file:\/\/.*\/docs\/rules\/undeclared-reagent\.md$/);
    assert.ok(fs.existsSync(fileURLToPath(href)), `${href} exists`);
    assert.equal(await c.stop(), 0);
  });

  it('documents opened in the background and never looked at still answer hover, outline and their first edit correctly', async () => {
    // Their analyses are not kept (only published): every later request analyses them again.
    const c = await start();
    const uris = Array.from({ length: 12 }, (_, i) => `file:///diag/background-${i}.rxn`);
    const texts = uris.map((_, i) => (i % 2 ? NABH4_ONE_POT : EXAMPLE).replace('protocol "', `protocol "#${i} `));
    for (let i = 0; i < uris.length; i++) await c.open(uris[i], texts[i]);
    for (let i = 0; i < uris.length; i++) assertMatchesEngine(await c.diagnosticsFor(uris[i], 1), texts[i]);
    const first = uris[0];
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: first }, position: positionOf(texts[0], 'add stab', 0, 5) });
    assert.match(JSON.stringify(h?.contents ?? ''), /NaBH\(OAc\)3/, 'the hover of the first document names its reagent');
    const symbols = await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uris[7] } });
    assert.ok(JSON.stringify(symbols).includes('#7'), 'the outline of the eighth document is its own');
    // The first edit of a document whose tree was not kept: the same diagnostics as a fresh check.
    const v = await c.change(uris[5], [{ range: rangeOf(texts[5], '1.5 equiv'), text: '0.2 equiv' }]);
    assertMatchesEngine(await c.diagnosticsFor(uris[5], v), c.text(uris[5]));
    assert.equal(await c.stop(), 0);
  });

  it('a clean protocol gets an empty list, and fixing a problem clears it', async () => {
    const c = await start();
    const uri = 'file:///diag/clean.rxn';
    await c.open(uri, WITH_GHOST);
    assert.deepEqual(codes(await c.diagnosticsFor(uri, 1)), ['undeclared-reagent']);
    const v = await c.change(uri, [{ range: rangeOf(WITH_GHOST, ', ghost'), text: ' portionwise' }]);
    assert.equal(c.text(uri), EXAMPLE);
    assert.deepEqual((await c.diagnosticsFor(uri, v)).diagnostics, []);
    assert.equal(await c.stop(), 0);
  });

  it('ranges count UTF-16 code units (an emoji, µ, °, Å before the flagged token)', async () => {
    const c = await start();
    const uri = 'file:///diag/unicode.rxn';
    await c.open(uri, UNICODE);
    const p = await c.diagnosticsFor(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'invalid-quantity');
    assert.ok(d, `invalid-quantity published (got ${codes(p)})`);
    // "1,0" sits at code point 35 but UTF-16 unit 36 (the emoji counts twice).
    assert.deepEqual(d.range, { start: { line: 5, character: 36 }, end: { line: 5, character: 39 } });
    assert.deepEqual(d.range, rangeOf(UNICODE, '1,0'));
    assert.equal(await c.stop(), 0);
  });

  it('works on CRLF documents', async () => {
    const c = await start();
    const uri = 'file:///diag/crlf.rxn';
    const crlf = WITH_GHOST.replace(/\n/g, '\r\n');
    await c.open(uri, crlf);
    const p = await c.diagnosticsFor(uri, 1);
    assert.deepEqual(codes(p), ['undeclared-reagent']);
    assert.deepEqual(p.diagnostics[0].range, rangeOf(crlf, 'ghost'));
    assert.equal(await c.stop(), 0);
  });

  it('a burst of 200 changes ends with the diagnostics of the last version, never going back', async () => {
    // With the debounce an editor uses (the harness's 0 analyses every version at once).
    const c = await start({ initializationOptions: { debounceMs: 50 } });
    const uri = 'file:///diag/burst.rxn';
    await c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1);
    // Type a new line after "stir 16 h at rt", one character per change, 200 changes in all.
    const at = positionOf(EXAMPLE, '  stir 16 h at rt');
    let line = at.line;
    let col = '  stir 16 h at rt'.length;
    const typed = '\n  add ghost # ' + 'x'.repeat(200 - '\n  add ghost # '.length);
    assert.equal(typed.length, 200);
    const sends: Promise<number>[] = [];
    for (const ch of typed) {
      const pos = { line, character: col };
      sends.push(c.change(uri, [{ range: { start: pos, end: pos }, text: ch }]));
      if (ch === '\n') {
        line++;
        col = 0;
      } else col++;
    }
    const versions = await Promise.all(sends);
    assert.equal(versions[versions.length - 1], 201);
    const last = await c.diagnosticsFor(uri, 201);
    await c.settle(400);
    const all = c.publishesOf(uri);
    assert.equal(all[all.length - 1], last, 'nothing is published after the last version');
    for (let i = 1; i < all.length; i++) assert.ok(all[i].version! >= all[i - 1].version!, `publish ${i} went back from v${all[i - 1].version} to v${all[i].version}`);
    assert.ok(all.length < 200, `the changes were coalesced (${all.length} publishes)`);
    assertMatchesEngine(last, c.text(uri));
    assert.deepEqual(codes(last), ['undeclared-reagent']);
    assert.deepEqual(last.diagnostics[0].range, rangeOf(c.text(uri), 'ghost'));
    assert.equal(await c.stop(), 0);
  });

  it('while typing, every version gets the diagnostics a fresh check of its text gives (the server re-reads only edited lines)', async () => {
    const c = await start();
    const uri = 'file:///diag/typing.rxn';
    await c.open(uri, NABH4_ONE_POT);
    assertMatchesEngine(await c.diagnosticsFor(uri, 1), NABH4_ONE_POT);
    const at = (needle: string, offset = 0) => {
      const p = positionOf(c.text(uri), needle);
      return { line: p.line, character: p.character + offset };
    };
    const type = async (pos: { line: number; character: number }, text: string, endOffset = 0) => {
      const v = await c.change(uri, [{ range: { start: pos, end: { line: pos.line, character: pos.character + endOffset } }, text }]);
      const p = await c.diagnosticsFor(uri, v);
      assertMatchesEngine(p, c.text(uri));
      return p;
    };
    // In one line: 3 h → 30 h → 3 h.
    await type(at('3 h at rt', 1), '0');
    await type(at('30 h at rt', 1), '', 1);
    // The step line commented out: the unchanged lines below it change meaning (they are not in a step any more).
    const broken = await type(at('step "Reaction"'), '# ');
    assert.ok(codes(broken).includes('syntax-error'));
    await type(at('# step "Reaction"'), '', 2);
    // A new line (every line below moves), an undeclared alias on it, then the line removed again.
    await type(at('  stir 3 h at rt', '  stir 3 h at rt'.length), '\n  add ghost');
    assert.ok(codes(c.publishesOf(uri).at(-1)!).includes('undeclared-reagent'));
    const ghost = at('  add ghost');
    const v = await c.change(uri, [{ range: { start: { line: ghost.line - 1, character: '  stir 3 h at rt'.length }, end: { line: ghost.line, character: '  add ghost'.length } }, text: '' }]);
    assertMatchesEngine(await c.diagnosticsFor(uri, v), c.text(uri));
    assert.equal(c.text(uri), NABH4_ONE_POT);
    // A CRLF version of the whole text, sent as a full replacement, then an edit in it.
    const crlfText = NABH4_ONE_POT.replace(/\n/g, '\r\n');
    const w = await c.change(uri, crlfText);
    assertMatchesEngine(await c.diagnosticsFor(uri, w), crlfText);
    await type(at('1.5 equiv', 0), '2', 1);
    assert.equal(await c.stop(), 0);
  });

  it('a validation overtaken by a newer version while it waited for settings is dropped', async () => {
    let release: () => void = () => undefined;
    let gate: Promise<void> | undefined;
    let rules: Record<string, string> = {};
    const c = await start({
      configuration: async (params) => {
        if (gate) await gate;
        return params.items.map(() => ({ rules }));
      },
    });
    const uri = 'file:///diag/stale.rxn';
    await c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1);
    const before = c.publishesOf(uri).length;

    // Settings change: the server re-validates version 1 and asks for the settings,
    // which this client holds back…
    gate = new Promise((r) => (release = r));
    rules = { 'undeclared-reagent': 'warning' };
    const asked = c.configurationRequests.length;
    await c.changeConfiguration();
    await c.waitFor(() => c.configurationRequests.length > asked, 'a workspace/configuration request');
    // …while the document moves on to version 2.
    await c.change(uri, WITH_GHOST);
    await c.settle(100);
    assert.equal(c.publishesOf(uri).length, before, 'nothing is published while the settings are pending');
    release();
    const p = await c.diagnosticsFor(uri, 2);
    await c.settle(300);
    const after = c.publishesOf(uri).slice(before);
    assert.deepEqual(
      after.map((x) => x.version),
      after.map(() => 2),
      'only version 2 is published after the change',
    );
    assert.deepEqual(codes(p), ['undeclared-reagent']);
    assert.equal(p.diagnostics[0].severity, 2, 'with the new settings');
    assert.equal(await c.stop(), 0);
  });

  it('a change that arrives with an older version number never publishes stale diagnostics', async () => {
    const c = await start();
    const uri = 'file:///diag/backwards.rxn';
    await c.open(uri, EXAMPLE);
    await c.change(uri, WITH_GHOST, 5);
    assert.deepEqual(codes(await c.diagnosticsFor(uri, 5)), ['undeclared-reagent']);
    await c.change(uri, EXAMPLE, 3);
    await c.settle(300);
    assert.ok(!c.publishesOf(uri).some((p) => p.version === 3), 'version 3 is never published after version 5');
    assert.ok(c.logs.some((l) => l.type === 2 && /version 5 back to 3/.test(l.message)), 'the client bug is logged');
    await c.change(uri, WITH_GHOST.replace('ghost', 'phantom'), 6);
    const p = await c.diagnosticsFor(uri, 6);
    assert.deepEqual(p.diagnostics[0].range, rangeOf(c.text(uri), 'phantom'));
    assert.equal(await c.stop(), 0);
  });

  it('debounces: quick successive changes are validated once, after the pause', async () => {
    const c = await start({ initializationOptions: { debounceMs: 250 } });
    const uri = 'file:///diag/debounce.rxn';
    await c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1);
    const before = c.publishesOf(uri).length;
    for (let i = 0; i < 5; i++) await c.change(uri, WITH_GHOST.replace('ghost', `ghost${i}`));
    await c.settle(120);
    assert.equal(c.publishesOf(uri).length, before, 'nothing yet: the user is still typing');
    const p = await c.diagnosticsFor(uri, 6);
    await c.settle(400);
    assert.equal(c.publishesOf(uri).length, before + 1, 'one publish for the five changes');
    assert.deepEqual(p.diagnostics[0].range, rangeOf(c.text(uri), 'ghost4'));
    assert.equal(await c.stop(), 0);
  });

  it('a newly opened document is checked at once, without waiting for the debounce delay', async () => {
    const c = await start({ initializationOptions: { debounceMs: 5000 } });
    const uri = 'file:///diag/open-now.rxn';
    const t0 = Date.now();
    await c.open(uri, WITH_GHOST);
    const p = await c.diagnosticsFor(uri, 1, 4000);
    assert.ok(Date.now() - t0 < 4000);
    assert.deepEqual(codes(p), ['undeclared-reagent']);
    c.kill();
  });

  it('closing a document clears its diagnostics', async () => {
    const c = await start();
    const uri = 'file:///diag/close.rxn';
    await c.open(uri, WITH_GHOST);
    assert.equal((await c.diagnosticsFor(uri, 1)).diagnostics.length, 1);
    const n = c.publishesOf(uri).length;
    await c.close(uri);
    const cleared = await c.waitFor(() => c.publishesOf(uri).length > n && c.publishesOf(uri)[n], 'the clearing publish');
    assert.deepEqual(cleared.diagnostics, []);
    // Re-opening starts afresh (version 1 again is accepted).
    await c.open(uri, WITH_GHOST);
    assert.equal((await c.diagnosticsFor(uri, 1)).diagnostics.length, 1);
    assert.equal(await c.stop(), 0);
  });

  describe('settings', () => {
    it('rxn.rules from workspace/configuration sets severities; a configuration change re-validates and refreshes hints', async () => {
      let section: Record<string, unknown> = {};
      const c = await start({ configuration: (params) => params.items.map((i) => (i.section === 'rxn' ? section : null)) });
      const uri = 'file:///settings/rules.rxn';
      await c.open(uri, WITH_GHOST);
      const first = await c.diagnosticsFor(uri, 1);
      assert.equal(first.diagnostics[0].severity, 1);
      assert.ok(c.configurationRequests.some((r) => r.items.some((i) => i.section === 'rxn' && i.scopeUri === uri)), 'asked for the rxn section of this document');

      section = { rules: { 'undeclared-reagent': 'off' } };
      let n = c.publishesOf(uri).length;
      const refreshes = c.inlayHintRefreshes.length;
      await c.changeConfiguration();
      let p = await c.waitFor(() => c.publishesOf(uri)[n], 're-validation after the settings change');
      assert.deepEqual(p.diagnostics, [], 'turned off');
      await c.waitFor(() => c.inlayHintRefreshes.length > refreshes, 'an inlay hint refresh');

      section = { rules: { 'undeclared-reagent': 'info' } };
      n = c.publishesOf(uri).length;
      await c.changeConfiguration();
      p = await c.waitFor(() => c.publishesOf(uri)[n], 're-validation after the second change');
      assert.deepEqual(codes(p), ['undeclared-reagent']);
      assert.equal(p.diagnostics[0].severity, 3);
      assert.equal(await c.stop(), 0);
    });

    it('rxn.inlayHints.amounts: false turns the amount hints off', async () => {
      let section: Record<string, unknown> = {};
      const c = await start({ configuration: (params) => params.items.map(() => section) });
      const uri = 'file:///settings/hints.rxn';
      await c.open(uri, EXAMPLE);
      await c.diagnosticsFor(uri, 1);
      const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
      const on = await c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
      assert.ok(on && on.some((h) => String(h.label) === '15.0 mmol · 1.50 g'));
      section = { inlayHints: { amounts: false } };
      await c.changeConfiguration();
      // (The diagnostics do not change, so nothing is published again: a hint request made after
      // the change waits for the new settings by itself.)
      await c.settle(200);
      const off = await c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
      assert.deepEqual(off, []);
      assert.equal(await c.stop(), 0);
    });

    it('requests made before the settings arrive wait for them, after opening and after a change', async () => {
      // The client answers workspace/configuration only when released: meanwhile the server
      // must not answer with the defaults (amount hints on, every rule on).
      let release: () => void = () => undefined;
      let gate: Promise<void> = new Promise((r) => (release = r));
      const section = { inlayHints: { amounts: false }, rules: { 'undeclared-reagent': 'off' } };
      const c = await start({
        configuration: async (params) => {
          await gate;
          return params.items.map(() => section);
        },
      });
      const uri = 'file:///settings/early.rxn';
      await c.open(uri, WITH_GHOST);
      const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
      const ghost = positionOf(WITH_GHOST, 'ghost', 0, 1);
      const hints = c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
      const actions = c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: ghost, end: ghost }, context: { diagnostics: [] } });
      await c.settle(100);
      release();
      assert.deepEqual(await hints, [], 'no amount hints: they are off');
      assert.deepEqual(((await actions) ?? []).map((a) => a.title).filter((t) => /ghost|undeclared/i.test(t)), [], 'no quick fix of a rule that is off');

      // A settings change: the refresh of the inlay hints comes once the new settings are known.
      gate = new Promise((r) => (release = r));
      const refreshes = c.inlayHintRefreshes.length;
      await c.changeConfiguration();
      await c.settle(100);
      assert.equal(c.inlayHintRefreshes.length, refreshes, 'no refresh while the settings are pending');
      const during = c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
      release();
      assert.deepEqual(await during, []);
      await c.waitFor(() => c.inlayHintRefreshes.length > refreshes, 'an inlay hint refresh');
      assert.equal(await c.stop(), 0);
    });

    it('a client that never answers workspace/configuration still gets hovers (with the defaults) after a short wait', async () => {
      const c = await start({ configuration: () => new Promise<unknown[]>(() => undefined) });
      const uri = 'file:///settings/silent.rxn';
      await c.open(uri, EXAMPLE);
      const t0 = Date.now();
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(EXAMPLE, 'add stab', 0, 5) });
      const waited = Date.now() - t0;
      assert.ok(h, 'a hover comes back');
      assert.ok(waited >= 1500 && waited < 10000, `answered after the settings wait (${waited} ms)`);
      // The outline depends on no setting: it does not wait at all.
      const t1 = Date.now();
      const symbols = await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(symbols) && symbols.length > 0);
      assert.ok(Date.now() - t1 < 1500, 'the outline is not held up by the settings');
      assert.equal(await c.stop(), 0);
    });

    it('a client without workspace/configuration: settings from initializationOptions, then from didChangeConfiguration', async () => {
      const c = await start({
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
        initializationOptions: { settings: { rules: { 'undeclared-reagent': 'off' } } },
      });
      const uri = 'file:///settings/push.rxn';
      await c.open(uri, WITH_GHOST);
      assert.deepEqual((await c.diagnosticsFor(uri, 1)).diagnostics, []);
      const n = c.publishesOf(uri).length;
      await c.changeConfiguration({ rxn: { rules: { 'undeclared-reagent': 'warning' } } });
      const p = await c.waitFor(() => c.publishesOf(uri)[n], 're-validation');
      assert.deepEqual(codes(p), ['undeclared-reagent']);
      assert.equal(p.diagnostics[0].severity, 2);
      assert.equal(c.configurationRequests.length, 0, 'never asks a client that cannot answer');
      assert.equal(await c.stop(), 0);
    });

    it('a rule id in rxn.rules that is not a rule is ignored, with one warning in the log naming it and the nearest id', async () => {
      let settings: Record<string, unknown> = { rules: { 'misssing-acid': 'off', 'undeclared-reagent': 'warn' } };
      const c = await start({ configuration: (params) => params.items.map(() => settings) });
      const warnings = () => c.logs.filter((l) => l.type === 2 && /rxn\.rules/.test(l.message)).map((l) => l.message);
      for (const uri of ['file:///settings/typo1.rxn', 'file:///settings/typo2.rxn']) {
        await c.open(uri, WITH_GHOST);
        const p = await c.diagnosticsFor(uri, 1);
        assert.equal(p.diagnostics[0].severity, 2, 'the known ids are still applied');
      }
      await c.waitFor(() => warnings().length > 0, 'the warning');
      assert.equal(warnings().length, 1, `once for the same value, not per document: ${warnings().join(' | ')}`);
      assert.match(warnings()[0], /"misssing-acid" is not an rxn rule/);
      assert.match(warnings()[0], /Did you mean "missing-acid"\?/);
      // Another value: warned about again; an id close to no rule gets no suggestion.
      settings = { rules: { 'no-such-check-at-all': 'error' } };
      await c.changeConfiguration({ rxn: settings });
      await c.waitFor(() => warnings().length > 1, 'the warning about the new value');
      assert.equal(warnings().length, 2);
      assert.match(warnings()[1], /"no-such-check-at-all" is not an rxn rule/);
      assert.doesNotMatch(warnings()[1], /Did you mean/);
      // Only known ids: nothing more.
      settings = { rules: { 'missing-acid': 'off' } };
      await c.changeConfiguration({ rxn: settings });
      await c.settle(500);
      assert.equal(warnings().length, 2);
      assert.equal(await c.stop(), 0);
    });

    it("the warning names VS Code's command only to a client that runs it; other editors are pointed to `rxn rules`", async () => {
      const settings = { rules: { 'misssing-acid': 'off' } };
      for (const [clientCommands, ending] of [
        [['rxn.showRuleDocs'], ' "rxn: Show Rule Documentation" (or `rxn rules`) lists the rule ids.'],
        [[], ' Did you mean "missing-acid"? `rxn rules` lists the rule ids.'],
      ] as const) {
        const c = await start({ configuration: (params) => params.items.map(() => settings), initializationOptions: { clientCommands } });
        const warnings = () => c.logs.filter((l) => l.type === 2 && /rxn\.rules/.test(l.message)).map((l) => l.message);
        await c.open('file:///settings/typo-words.rxn', WITH_GHOST);
        await c.diagnosticsFor('file:///settings/typo-words.rxn', 1);
        await c.waitFor(() => warnings().length > 0, 'the warning');
        assert.ok(warnings()[0].endsWith(ending), `${JSON.stringify(clientCommands)}: ${warnings()[0]}`);
        assert.equal(await c.stop(), 0);
      }
    });

    it('bad values in the settings fall back to the defaults', async () => {
      const c = await start({ configuration: (params) => params.items.map(() => ({ rules: { 'undeclared-reagent': 'loud' }, focusMode: 'yes' })) });
      const uri = 'file:///settings/bad.rxn';
      await c.open(uri, WITH_GHOST);
      const p = await c.diagnosticsFor(uri, 1);
      assert.equal(p.diagnostics[0].severity, 1, 'an unknown severity keeps the default');
      // ... and the log says so (settings.json underlines it too, from the schema).
      const warning = await c.waitFor(() => c.logs.find((l) => l.type === 2 && /rxn\.rules/.test(l.message)), 'the warning');
      assert.equal(warning.message, 'rxn.rules: "loud" is not a severity for "undeclared-reagent" (use "off", "info", "warning" or "error"), so the rule keeps its default, "error".');
      assert.equal(await c.stop(), 0);
    });
  });

  describe('focus mode (rxn.focusMode + rxn/cursorLine)', () => {
    const ADD_STAB = positionOf(EXAMPLE, '  add stab portionwise').line;
    const endOfStab = { line: ADD_STAB, character: '  add stab'.length };

    it('holds back a new problem on the line being typed until the cursor leaves it', async () => {
      const c = await start({ configuration: (params) => params.items.map(() => ({ focusMode: true })) });
      const uri = 'file:///focus/on.rxn';
      await c.open(uri, EXAMPLE);
      await c.diagnosticsFor(uri, 1);

      // An edit elsewhere (cursor on another line) shows at once.
      const diazepaneLine = positionOf(EXAMPLE, '3.0 equiv').line;
      await c.conn.sendNotification('rxn/cursorLine', { uri, line: 0 });
      let v = await c.change(uri, [{ range: rangeOf(EXAMPLE, '3.0'), text: '3,0' }]);
      let p = await c.diagnosticsFor(uri, v);
      assert.deepEqual(codes(p), ['invalid-quantity']);
      assert.equal(p.diagnostics[0].range.start.line, diazepaneLine);

      // Typing on the cursor's line: the new problem there waits; the old one elsewhere stays.
      await c.conn.sendNotification('rxn/cursorLine', { uri, line: ADD_STAB });
      v = await c.change(uri, [{ range: { start: endOfStab, end: endOfStab }, text: ', ghost' }]);
      p = await c.diagnosticsFor(uri, v);
      assert.deepEqual(codes(p), ['invalid-quantity'], 'undeclared-reagent on the edited line is held back');

      // The cursor leaves the line: it appears, for the same version.
      const n = c.publishesOf(uri).length;
      await c.conn.sendNotification('rxn/cursorLine', { uri, line: ADD_STAB + 1 });
      p = await c.waitFor(() => c.publishesOf(uri)[n], 'the re-publish when the cursor leaves');
      assert.equal(p.version, v);
      assert.deepEqual(codes(p).sort(), ['invalid-quantity', 'undeclared-reagent']);

      // Back on the line and typing again: a problem already shown there stays shown.
      await c.conn.sendNotification('rxn/cursorLine', { uri, line: ADD_STAB });
      const ghostEnd = { line: ADD_STAB, character: '  add stab, ghost'.length };
      v = await c.change(uri, [{ range: { start: ghostEnd, end: ghostEnd }, text: '2' }]);
      p = await c.diagnosticsFor(uri, v);
      assert.deepEqual(codes(p).sort(), ['invalid-quantity', 'undeclared-reagent']);
      assert.match(text(p.diagnostics.find((d) => d.code === 'undeclared-reagent')!.message), /ghost2/);
      assert.equal(await c.stop(), 0);
    });

    it('a problem held back is not in hover or the light bulb either, until it is shown', async () => {
      const c = await start({ configuration: (params) => params.items.map(() => ({ focusMode: true })) });
      const uri = 'file:///focus/hover.rxn';
      await c.open(uri, EXAMPLE);
      await c.diagnosticsFor(uri, 1);
      await c.conn.sendNotification('rxn/cursorLine', { uri, line: ADD_STAB });
      const v = await c.change(uri, [{ range: { start: endOfStab, end: endOfStab }, text: ', ghost' }]);
      assert.deepEqual(codes(await c.diagnosticsFor(uri, v)), [], 'held back');
      const at = { line: ADD_STAB, character: '  add stab, gh'.length };
      const hoverText = async () => JSON.stringify((await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at }))?.contents ?? '');
      const fixes = async () =>
        ((await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })) ?? []).map((a) => a.title);
      assert.doesNotMatch(await hoverText(), /undeclared-reagent/);
      assert.deepEqual((await fixes()).filter((t) => /undeclared|ghost/i.test(t)), []);
      const n = c.publishesOf(uri).length;
      await c.conn.sendNotification('rxn/cursorLine', { uri, line: ADD_STAB + 1 });
      await c.waitFor(() => c.publishesOf(uri)[n], 'the re-publish when the cursor leaves');
      assert.match(await hoverText(), /undeclared-reagent/);
      assert.ok((await fixes()).some((t) => /undeclared-reagent/.test(t)));
      assert.equal(await c.stop(), 0);
    });

    it('is off by default: a problem on the cursor line shows at once', async () => {
      const c = await start();
      const uri = 'file:///focus/off.rxn';
      await c.open(uri, EXAMPLE);
      await c.diagnosticsFor(uri, 1);
      await c.conn.sendNotification('rxn/cursorLine', { uri, line: ADD_STAB });
      const v = await c.change(uri, [{ range: { start: endOfStab, end: endOfStab }, text: ', ghost' }]);
      assert.deepEqual(codes(await c.diagnosticsFor(uri, v)), ['undeclared-reagent']);
      assert.equal(await c.stop(), 0);
    });
  });

  // From a review of the server under real clients (2026-11-27): each case failed before.
  describe('silent clients, pushed settings, focus mode across files', () => {
    const ADD_STAB = positionOf(EXAMPLE, '  add stab portionwise').line;

    it('a client that never answers workspace/configuration still gets diagnostics (as hovers get the defaults after 2 s)', async () => {
      const c = await start({ configuration: () => new Promise<unknown[]>(() => undefined) });
      const uri = 'file:///f1/silent.rxn';
      await c.open(uri, WITH_GHOST);
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(WITH_GHOST, 'ghost', 0, 1) });
      assert.match(JSON.stringify(h), /undeclared-reagent/, 'the hover card (after 2 s) explains the problem');
      const p = await c.diagnosticsFor(uri, 1, 5000); // and the diagnostics come too, with the fallback settings
      assert.deepEqual(codes(p), ['undeclared-reagent']);
    });

    it('focus mode — a problem held back on the last typed line is shown once the user switches to another file', async () => {
      const c = await start({ configuration: (p) => p.items.map(() => ({ focusMode: true })) });
      const a = 'file:///f2/a.rxn';
      const b = 'file:///f2/b.rxn';
      await c.open(a, EXAMPLE);
      await c.open(b, EXAMPLE);
      await c.diagnosticsFor(a, 1);
      await c.diagnosticsFor(b, 1);
      await c.conn.sendNotification('rxn/cursorLine', { uri: a, line: ADD_STAB });
      const at = { line: ADD_STAB, character: '  add stab'.length };
      const v = await c.change(a, [{ range: { start: at, end: at }, text: ', ghost' }]);
      assert.deepEqual(codes(await c.diagnosticsFor(a, v)), [], 'held back while typing (by design)');
      // The user switches to b.rxn: the extension reports b's cursor (trackCursor → onDidChangeActiveTextEditor).
      await c.conn.sendNotification('rxn/cursorLine', { uri: b, line: 3 });
      await c.settle(500);
      assert.deepEqual(codes(c.publishesOf(a).at(-1)!), ['undeclared-reagent'], 'a.rxn shows the problem once the cursor is in another file');
    });

    it('focus mode — a problem held back is shown once the user switches to a non-.rxn editor or to none ({ uri: null })', async () => {
      const c = await start({ configuration: (p) => p.items.map(() => ({ focusMode: true })) });
      const a = 'file:///f2b/a.rxn';
      await c.open(a, EXAMPLE);
      await c.diagnosticsFor(a, 1);
      await c.conn.sendNotification('rxn/cursorLine', { uri: a, line: ADD_STAB });
      const at = { line: ADD_STAB, character: '  add stab'.length };
      const v = await c.change(a, [{ range: { start: at, end: at }, text: ', ghost' }]);
      assert.deepEqual(codes(await c.diagnosticsFor(a, v)), [], 'held back while typing (by design)');
      // The user switches to a .txt editor (or closes the last editor): the extension says the cursor is in no protocol.
      const n = c.publishesOf(a).length;
      await c.conn.sendNotification('rxn/cursorLine', { uri: null });
      const p = await c.waitFor(() => c.publishesOf(a)[n], 'the re-publish when the cursor leaves every protocol');
      assert.equal(p.version, v);
      assert.deepEqual(codes(p), ['undeclared-reagent']);
      assert.equal(await c.stop(), 0);
    });

    it('initializationOptions.settings is read in the same shapes as a pushed configuration ({ rxn: {…} }, dotted keys, the section)', async () => {
      // Neovim 0.7 neither answers workspace/configuration nor pushes its `settings`, so a
      // Neovim user passes them in init_options, written as the `settings` of a later Neovim:
      // `{ rxn = { rules = {…} } }`. That was read as an unknown section and silently ignored.
      for (const settings of [
        { rxn: { rules: { 'undeclared-reagent': 'off' } } },
        { 'rxn.rules': { 'undeclared-reagent': 'off' } },
        { rules: { 'undeclared-reagent': 'off' } },
      ]) {
        const c = await start({ capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } }, initializationOptions: { settings } });
        const uri = 'file:///settings/init-shapes.rxn';
        await c.open(uri, WITH_GHOST);
        assert.deepEqual(codes(await c.diagnosticsFor(uri, 1)), [], `undeclared-reagent is off with ${JSON.stringify(settings)}`);
        assert.equal(await c.stop(), 0);
      }
    });

    it('a client without workspace/configuration keeps its initializationOptions.settings when didChangeConfiguration carries no rxn section', async () => {
      for (const settings of [{}, { eslint: { enable: true } }]) {
        const c = await start({ capabilities: {}, initializationOptions: { settings: { rules: { 'undeclared-reagent': 'off' } } } });
        const uri = 'file:///f3/p.rxn';
        await c.open(uri, WITH_GHOST);
        assert.deepEqual(codes(await c.diagnosticsFor(uri, 1)), []);
        await c.changeConfiguration(settings);
        await c.settle(300);
        assert.deepEqual(codes(c.publishesOf(uri).at(-1)!), [], `after didChangeConfiguration ${JSON.stringify(settings)} the rule is back on`);
        await c.stop();
      }
    });

    it("VS Code's start-up order (didOpen, then the client's configuration push) publishes each document once", async () => {
      let settings: Record<string, unknown> = {};
      const c = await start({
        configuration: async (p) => {
          await new Promise((r) => setTimeout(r, 20));
          return p.items.map(() => settings);
        },
      });
      const uris = [0, 1, 2, 3, 4].map((i) => `file:///startup/${i}.rxn`);
      for (const u of uris) await c.open(u, WITH_GHOST);
      await c.changeConfiguration({ rxn: {} }); // what vscode-languageclient sends after the didOpens
      await c.settle(800);
      assert.equal(c.published.length, uris.length, 'one publish per document');
      // A change of a rule's severity is published again, for every document.
      settings = { rules: { 'undeclared-reagent': 'warning' } };
      await c.changeConfiguration({ rxn: settings });
      await c.settle(800);
      assert.equal(c.published.length, 2 * uris.length);
    });

    it('turning focus mode off shows what it held back; a change that keeps the version is checked again', async () => {
      let settings: Record<string, unknown> = { focusMode: true };
      const c = await start({ configuration: (p) => p.items.map(() => settings) });
      const a = 'file:///focus-off/a.rxn';
      await c.open(a, EXAMPLE);
      await c.diagnosticsFor(a, 1);
      await c.conn.sendNotification('rxn/cursorLine', { uri: a, line: ADD_STAB });
      const at = { line: ADD_STAB, character: '  add stab'.length };
      const v = await c.change(a, [{ range: { start: at, end: at }, text: ', ghost' }]);
      assert.deepEqual(codes(await c.diagnosticsFor(a, v)), [], 'held back while typing');
      settings = {};
      await c.changeConfiguration({ rxn: settings });
      await c.settle(800);
      assert.deepEqual(codes(c.publishesOf(a).at(-1)!), ['undeclared-reagent'], 'focus mode off: shown');
      // A client that changes the text without a new version still gets the new diagnostics.
      const d = await start({});
      const b = 'file:///same-version/b.rxn';
      await d.open(b, EXAMPLE);
      assert.deepEqual(codes(await d.diagnosticsFor(b, 1)), []);
      await d.change(b, [{ range: { start: at, end: at }, text: ', ghost' }], 1);
      await d.settle(800);
      assert.deepEqual(codes(d.publishesOf(b).at(-1)!), ['undeclared-reagent']);
    });

    it('a client that never answers workspace/configuration waits once, not on every edit', async () => {
      const c = await start({ configuration: () => new Promise<unknown[]>(() => undefined) });
      const a = 'file:///silent-edits/a.rxn';
      await c.open(a, EXAMPLE);
      await c.diagnosticsFor(a, 1, 5000);
      const at = { line: ADD_STAB, character: '  add stab'.length };
      const v = await c.change(a, [{ range: { start: at, end: at }, text: ', ghost' }]);
      // Well under the 2 s settings wait (the timeout of diagnosticsFor is the assertion).
      assert.deepEqual(codes(await c.diagnosticsFor(a, v, 1000)), ['undeclared-reagent']);
    });

    it('a late answer to workspace/configuration checks the document again with it; dotted keys are read', async () => {
      const c = await start({ configuration: (p) => new Promise<unknown[]>((resolve) => setTimeout(() => resolve(p.items.map(() => ({ rules: { 'undeclared-reagent': 'off' } }))), 3000)) });
      const uri = 'file:///late/p.rxn';
      await c.open(uri, WITH_GHOST);
      assert.deepEqual(codes(await c.diagnosticsFor(uri, 1, 5000)), ['undeclared-reagent'], 'first with the defaults');
      await c.settle(2500);
      assert.deepEqual(codes(c.publishesOf(uri).at(-1)!), [], 'then with the settings the client gave');
      const d = await start({ capabilities: {} });
      const u2 = 'file:///dotted/p.rxn';
      await d.open(u2, WITH_GHOST);
      assert.deepEqual(codes(await d.diagnosticsFor(u2, 1)), ['undeclared-reagent']);
      await d.changeConfiguration({ 'rxn.rules': { 'undeclared-reagent': 'off' } });
      await d.settle(300);
      assert.deepEqual(codes(d.publishesOf(u2).at(-1)!), []);
    });
  });
});
