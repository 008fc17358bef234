/**
 * The editor as a chemist meets it (session 20): each test drives the bundled server over
 * JSON-RPC and asserts what the user sees in VS Code — the links under a problem, what a fix
 * leaves of the line the cursor is on, what Format Selection changes, what a suggestion writes.
 */
import { strict as assert } from 'node:assert';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient } from './harness';
import { EXAMPLE } from './fixtures';

describe('LSP: the editor as a chemist uses it (session 20)', function () {
  this.timeout(60000);
  let c: LspClient;
  let n = 0;

  before(async () => {
    buildOnce();
    c = await LspClient.start();
  });
  after(async () => {
    if (c) assert.equal(await c.stop(), 0);
  });

  async function openDoc(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///r20/doc${n++}.rxn`;
    await c.open(uri, text);
    return { uri, diagnostics: (await c.diagnosticsFor(uri, 1)).diagnostics };
  }

  /** The text of each related place of a diagnostic: "L<line>: <text of its range> — <message>". */
  function relatedOf(text: string, d: Diagnostic): string[] {
    const lines = text.split('\n');
    return (d.relatedInformation ?? []).map((r) => {
      const l = r.location.range;
      assert.equal(l.start.line, l.end.line, 'one line');
      return `L${l.start.line + 1}: ${lines[l.start.line].slice(l.start.character, l.end.character)} — ${r.message}`;
    });
  }

  describe('a problem that names another line links to it (relatedInformation)', () => {
    it('duplicate-reagent: the first declaration, with its name', async () => {
      const text = EXAMPLE.replace('reagent stab      = NaBH(OAc)3                1.5 equiv\n', 'reagent stab      = NaBH(OAc)3                1.5 equiv\nreagent stab      = NaBH3CN 1.5 equiv\n');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'duplicate-reagent')!;
      assert.match(String(d.message), /already declared on line 9/);
      assert.deepEqual(relatedOf(text, d), ["L9: reagent stab      = NaBH(OAc)3                1.5 equiv — 'stab' is first declared here (NaBH(OAc)3)"]);
      assert.equal(d.relatedInformation![0].location.uri, uri);
      await c.close(uri);
    });

    it('duplicate-header: the first header line, and which one is used', async () => {
      const text = EXAMPLE.replace('target mono\n', 'target mono\ntarget di\n');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'duplicate-header')!;
      assert.deepEqual(relatedOf(text, d), ['L3: target mono — the first `target` line, the one used']);
      await c.close(uri);

      const scales = EXAMPLE.replace('scale 5 mmol\n', 'scale 5 g\nscale 5 mmol\n');
      const s = await openDoc(scales);
      const ds = s.diagnostics.find((x) => x.code === 'duplicate-header')!;
      assert.deepEqual(relatedOf(scales, ds), ['L4: scale 5 g — the first `scale` line, which gives no usable amount']);
      await c.close(s.uri);
    });

    it('missing-component: the reagent lines it names', async () => {
      const text = EXAMPLE.replace('= NaBH(OAc)3  ', '= NaBH(OAc)3x ').replace('= AcOH  ', '= gunk  ');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'missing-component')!;
      assert.match(String(d.message), /line 9/);
      assert.deepEqual(relatedOf(text, d), [
        "L9: NaBH(OAc)3x — 'NaBH(OAc)3x': close to 'NaBH(OAc)3', a reductant",
        "L8: gunk — 'gunk': not in the knowledge base, and no role",
      ]);
      await c.close(uri);
    });

    it('mode-mismatch: the stir that makes it two-step', async () => {
      const text = EXAMPLE.replace('scale 5 mmol\n', 'scale 5 mmol\nmode one-pot\n');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'mode-mismatch')!;
      assert.match(String(d.message), /line 15/);
      assert.deepEqual(relatedOf(text, d), ['L15: stir 30 min at rt — the amine and the carbonyl spend this time together']);
      await c.close(uri);
    });

    it('the quick fixes carry the same diagnostic, links included', async () => {
      const text = EXAMPLE.replace('target mono\n', 'target mono\ntarget di\n');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'duplicate-header')!;
      const actions = (await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const remove = actions.find((a) => a.title === 'Remove this `target` line')!;
      assert.deepEqual(remove.diagnostics![0].relatedInformation, d.relatedInformation);
      await c.close(uri);
    });
  });
});
