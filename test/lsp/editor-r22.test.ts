/**
 * The editor as a chemist meets it (session 22): each test drives the bundled server over
 * JSON-RPC and asserts what the user sees in VS Code.
 */
import { strict as assert } from 'node:assert';
import { CompletionRequest, DefinitionRequest, HoverRequest, type CompletionItem, type Location, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient, positionOf } from './harness';
import { EXAMPLE } from './fixtures';

describe('LSP: the editor as a chemist uses it (session 22)', function () {
  this.timeout(60000);
  let c: LspClient;

  before(async () => {
    buildOnce();
    c = await LspClient.start();
  });
  after(async () => {
    if (c) assert.equal(await c.stop(), 0);
  });

  const openDoc = (text: string) => c.openDoc(text, 'r22');
  const STAB = 'reagent stab      = NaBH(OAc)3                1.5 equiv\n';
  const TWICE = EXAMPLE.replace(STAB, STAB + 'reagent stab      = NaBH3CN                   1.5 equiv\n');

  describe('Go to Definition on an alias declared twice', () => {
    const defLine = async (uri: string, pos: { line: number; character: number }) => {
      const loc = (await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: pos })) as Location;
      return TWICE.split('\n')[loc.range.start.line].slice(loc.range.start.character, loc.range.end.character) + ' @ ' + TWICE.split('\n')[loc.range.start.line].slice(0, 30).trim();
    };
    it('from the second declaration: that declaration itself (as References and Rename treat it)', async () => {
      const { uri } = await openDoc(TWICE);
      assert.equal(await defLine(uri, positionOf(TWICE, 'stab', 1, 1)), 'stab @ reagent stab      = NaBH3CN');
      // From the first declaration and from an `add` line: the first declaration, as before.
      assert.equal(await defLine(uri, positionOf(TWICE, 'stab', 0, 1)), 'stab @ reagent stab      = NaBH(OAc)3');
      assert.equal(await defLine(uri, positionOf(TWICE, 'add stab', 0, 5)), 'stab @ reagent stab      = NaBH(OAc)3');
      await c.close(uri);
    });
  });

  describe('`reagent | = NaBH4`: the alias of the written name\'s role first', () => {
    const labelsAt = async (text: string, needle: string, offset: number) => {
      const { uri } = await openDoc(text);
      const r = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 0, offset) });
      await c.close(uri);
      return (Array.isArray(r) ? r : (r?.items ?? [])).slice().sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? '')).map((i: CompletionItem) => i.label);
    };
    const HEAD = 'protocol "test"\ntarget mono\nscale 5 mmol\n\n';
    it('offers `reductant` first for NaBH4, `carbonyl` first for benzaldehyde, the other roles after', async () => {
      assert.deepEqual(await labelsAt(HEAD + 'reagent  = NaBH4 1.5 equiv\n', 'reagent  =', 8), ['reductant', 'amine', 'carbonyl', 'acid']);
      assert.deepEqual(await labelsAt(HEAD + 'reagent  = benzaldehyde 1.0 equiv\n', 'reagent  =', 8), ['carbonyl', 'amine', 'reductant', 'acid']);
      // Nothing after the `=` yet: the usual order.
      assert.deepEqual(await labelsAt(HEAD + 'reagent  = \n', 'reagent  =', 8), ['amine', 'carbonyl', 'reductant', 'acid']);
    });
  });

  describe('Hover on a time range', () => {
    it('`stir 12-16 h 30 min` says it is a range counted by its lower bound', async () => {
      const text = EXAMPLE.replace('stir 16 h at rt', 'stir 12-16 h 30 min at rt').replace('stir 30 min at rt', 'stir 2 to 3 h at rt');
      const { uri } = await openDoc(text);
      const at = async (needle: string, off: number) =>
        ((await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 0, off) }))!.contents as MarkupContent).value;
      assert.equal(await at('12-16 h', 0), '`12-16 h 30 min` is a range: the checks count its lower bound, 720 min (12 h).');
      assert.equal(await at('12-16 h', 3), '`12-16 h 30 min` is a range: the checks count its lower bound, 720 min (12 h).');
      assert.equal(await at('2 to 3 h', 0), '`2 to 3 h` is a range: the checks count its lower bound, 120 min (2 h).');
      await c.close(uri);
    });
  });
});
