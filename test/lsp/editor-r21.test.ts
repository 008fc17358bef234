/**
 * The editor as a chemist meets it (session 21): each test drives the bundled server over
 * JSON-RPC and asserts what the user sees in VS Code.
 */
import { strict as assert } from 'node:assert';
import { RenameRequest } from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient, positionOf } from './harness';
import { EXAMPLE } from './fixtures';

describe('LSP: the editor as a chemist uses it (session 21)', function () {
  this.timeout(60000);
  let c: LspClient;

  before(async () => {
    buildOnce();
    c = await LspClient.start();
  });
  after(async () => {
    if (c) assert.equal(await c.stop(), 0);
  });

  const openDoc = (text: string) => c.openDoc(text, 'r21');

  describe('Rename Symbol on an alias declared twice', () => {
    const STAB = 'reagent stab      = NaBH(OAc)3                1.5 equiv\n';
    const TWICE = EXAMPLE.replace(STAB, STAB + 'reagent stab      = NaBH3CN                   1.5 equiv\n');
    const lines = (uri: string) => c.text(uri).split('\n').filter((l) => /stab|red\b/.test(l));

    it('on the first declaration: that line and the `add` lines (which mean it), not the second declaration', async () => {
      const { uri } = await openDoc(TWICE);
      const edit = await c.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(TWICE, 'stab', 0, 1), newName: 'red' });
      await c.applyEdit(uri, edit!);
      // It renamed both declarations and the `add`: `red` was declared twice, as `stab` had been.
      assert.deepEqual(lines(uri), [
        'reagent red       = NaBH(OAc)3                1.5 equiv',
        'reagent stab      = NaBH3CN                   1.5 equiv',
        '  add red portionwise',
      ]);
      const after = (await c.diagnosticsFor(uri)).diagnostics.map((d) => d.code);
      assert.ok(!after.includes('duplicate-reagent'), after.join(', '));
      assert.ok(after.includes('unused-reagent'), 'the second declaration, now on its own, shows as unused');
      await c.close(uri);
    });

    it('on an `add` of it: the same (the first declaration and the `add` lines)', async () => {
      const { uri } = await openDoc(TWICE);
      const edit = await c.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(TWICE, 'add stab', 0, 5), newName: 'red' });
      await c.applyEdit(uri, edit!);
      assert.deepEqual(lines(uri), [
        'reagent red       = NaBH(OAc)3                1.5 equiv',
        'reagent stab      = NaBH3CN                   1.5 equiv',
        '  add red portionwise',
      ]);
      await c.close(uri);
    });
  });
});
