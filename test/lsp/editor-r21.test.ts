/**
 * The editor as a chemist meets it (session 21): each test drives the bundled server over
 * JSON-RPC and asserts what the user sees in VS Code.
 */
import { strict as assert } from 'node:assert';
import { CompletionRequest, DocumentHighlightRequest, HoverRequest, ReferencesRequest, RenameRequest, type CompletionItem, type MarkupContent } from 'vscode-languageserver-protocol/node';
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

  async function complete(uri: string, position: { line: number; character: number }, client = c): Promise<CompletionItem[]> {
    const r = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(r) ? r : (r?.items ?? []);
  }
  /** "label [detail] → inserted text" of each item, in the order shown. */
  const shown = (items: CompletionItem[]) => items.map((i) => `${i.label}${i.detail ? ` [${i.detail}]` : ''} → ${(i.textEdit as { newText: string }).newText}`);
  const docOf = (i: CompletionItem) => (i.documentation as MarkupContent).value;

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

  describe('completion after `scale `', () => {
    it('offers the scale the reagent table gives, then 1.0 mmol to edit (it offered nothing)', async () => {
      const text = 'protocol "Benzylation"\ntarget mono\nscale \n\nreagent dz  = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv, 255 mg\n';
      const { uri } = await openDoc(text);
      const items = await complete(uri, positionOf(text, 'scale ', 0, 6));
      assert.deepEqual(shown(items), ["2.4 mmol [from 'ald'] → ${1:2.4} mmol", '1.0 mmol [amount] → ${1:1.0} mmol']);
      assert.equal(docOf(items[0]), "1.0 equiv as the reagent table has it, from 'ald' \\(1.0 equiv, 255 mg\\): its amount over its equiv.");
      assert.match(docOf(items[1]), /limiting reagent/);
      await c.close(uri);
    });

    it('with no amounts to go by, 1.0 mmol; after a number, the amount units as before', async () => {
      const text = 'protocol "x"\nscale \nreagent dz = 1,4-diazepane 3.0 equiv\n';
      const { uri } = await openDoc(text);
      assert.deepEqual(shown(await complete(uri, positionOf(text, 'scale ', 0, 6))), ['1.0 mmol [amount] → ${1:1.0} mmol']);
      await c.close(uri);
      const five = 'protocol "x"\nscale 5\n';
      const d = await openDoc(five);
      assert.deepEqual((await complete(d.uri, positionOf(five, 'scale 5', 0, 7))).map((i) => i.label), ['mmol', 'mol', 'µmol']);
      await c.close(d.uri);
    });

    it('accepting the keyword `scale` opens them at once, in VS Code', async () => {
      const vscode = await LspClient.start({ initializationOptions: { clientCommands: ['rxn.showRuleDocs', 'editor.action.triggerSuggest'] } });
      try {
        const uri = 'file:///r21/scale-kw.rxn';
        const text = 'protocol "x"\nsc\n';
        await vscode.open(uri, text);
        const kw = (await complete(uri, positionOf(text, 'sc\n', 0, 2), vscode)).find((i) => i.label === 'scale')!;
        assert.equal(kw.command?.command, 'editor.action.triggerSuggest');
      } finally {
        assert.equal(await vscode.stop(), 0);
      }
    });
  });

  describe('completion after `reagent `', () => {
    const PROC = 'protocol "x"\ntarget mono\nscale 5 mmol\nreagent dz = 1,4-diazepane 3.0 equiv\nreagent \n\nstep "Reaction"\n  add dz, ald, acid\n  stir 30 min at rt\n  add stab portionwise\n  add stab\n';

    it('offers the aliases the procedure adds and no line declares, then one per missing role (it offered nothing)', async () => {
      const { uri } = await openDoc(PROC);
      const items = await complete(uri, positionOf(PROC, 'reagent \n', 0, 8));
      assert.deepEqual(shown(items), [
        'ald [added on line 8, not declared] → ald = ',
        'acid [added on line 8, not declared] → acid = ',
        'stab [added on lines 10, 11, not declared] → stab = ',
        'carbonyl [no carbonyl declared yet] → carbonyl = ',
        'reductant [no reductant declared yet] → reductant = ',
      ]);
      assert.equal(docOf(items[2]), 'Declares `stab`, which the procedure adds on lines 10, 11: its name and amount go after the `=`.');
      await c.close(uri);
    });

    it('after the `=`, the names the alias stands for come first: `stab` is NaBH(OAc)3, `reductant` the reductants', async () => {
      for (const [alias, first] of [
        ['stab', ['NaBH(OAc)3', 'STAB']],
        ['reductant', ['NaBH(OAc)3', 'STAB']],
        ['ald', ['pyridine-4-carboxaldehyde', 'isonicotinaldehyde']],
      ] as const) {
        const text = PROC.replace('reagent \n', `reagent ${alias} = \n`);
        const { uri } = await openDoc(text);
        const items = await complete(uri, positionOf(text, `${alias} = \n`, 0, alias.length + 3));
        assert.deepEqual(items.slice(0, 2).map((i) => i.label), first, alias);
        await c.close(uri);
      }
      // Before, an alias said nothing: with the amine declared, the carbonyls came first even after `reagent stab = `.
      const text = PROC.replace('reagent \n', 'reagent stab = \n');
      const { uri } = await openDoc(text);
      assert.equal((await complete(uri, positionOf(text, 'stab = \n', 0, 7)))[0].detail, 'reductant (mild, iminium-selective)');
      await c.close(uri);
    });

    it('on the alias of a line that has its `=`, the alias alone; with every role declared and nothing undeclared, nothing, and `reagent` does not reopen the list', async () => {
      const text = 'protocol "x"\nreagent st = NaBH4 1.5 equiv\n';
      const { uri } = await openDoc(text);
      // (The role of the name written after the `=`, NaBH4's, comes first: session 22.)
      assert.deepEqual(shown(await complete(uri, positionOf(text, 'st =', 0, 2))), [
        'reductant [no reductant declared yet] → reductant',
        'amine [no amine declared yet] → amine',
        'carbonyl [no carbonyl declared yet] → carbonyl',
        'acid [no acid declared yet] → acid',
      ]);
      await c.close(uri);
      const vscode = await LspClient.start({ initializationOptions: { clientCommands: ['rxn.showRuleDocs', 'editor.action.triggerSuggest'] } });
      try {
        const full = EXAMPLE.replace('solvent DCE', 'rea\nsolvent DCE');
        const u = 'file:///r21/full.rxn';
        await vscode.open(u, full);
        const p = positionOf(full, 'rea\n', 0, 3);
        assert.equal((await complete(u, p, vscode)).find((i) => i.label === 'reagent')!.command, undefined);
        const after = full.replace('rea\n', 'reagent \n');
        await vscode.change(u, after);
        assert.deepEqual(await complete(u, { line: p.line, character: 8 }, vscode), []);
        // A table that lacks the acid: the keyword reopens the list, which offers `acid`.
        const noAcid = full.replace(/reagent acid .*\n/, '');
        await vscode.change(u, noAcid);
        const q = positionOf(noAcid, 'rea\n', 0, 3);
        assert.deepEqual((await complete(u, q, vscode)).find((i) => i.label === 'reagent')!.command?.command, 'editor.action.triggerSuggest');
      } finally {
        assert.equal(await vscode.stop(), 0);
      }
    });
  });

  async function hoverAt(uri: string, position: { line: number; character: number }): Promise<{ value: string; text: string } | undefined> {
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    if (!h) return undefined;
    const r = h.range!;
    return { value: (h.contents as MarkupContent).value, text: c.text(uri).split('\n')[r.start.line].slice(r.start.character, r.end.character) };
  }

  describe('hover on `in 3 portions`', () => {
    it('on each of its words: what the split means and each reagent\'s portion (there was none on `in` and `3`)', async () => {
      const text = EXAMPLE.replace('add stab portionwise', 'add stab in 3 portions');
      const { uri } = await openDoc(text);
      for (const [needle, off] of [['in 3 portions', 0], ['in 3 portions', 3], ['in 3 portions', 8]] as const) {
        const h = await hoverAt(uri, positionOf(text, needle, 0, off));
        assert.deepEqual(h, {
          value: '**in 3 portions**: With `in N portions`: the reagent is split into N portions added one after the other.\n\n`stab`: 3 portions of 530 mg',
          text: 'in 3 portions',
        }, `at ${off}`);
      }
      await c.close(uri);
    });
  });

  describe('hover on the `+ 1%` of an eluent\'s modifier', () => {
    it('says how much of the eluent it is and what it does (there was none on `+` and `1%`)', async () => {
      const { uri } = await openDoc(EXAMPLE);
      for (const off of [0, 1, 2]) {
        const h = await hoverAt(uri, positionOf(EXAMPLE, '+ 1% Et3N', 0, off));
        assert.deepEqual(h, { value: '`1%` of the eluent, by volume, is `Et3N`: an amine modifier (keeps basic amines from sticking to silica).', text: '+ 1% Et3N' }, `at ${off}`);
      }
      // On the `%` sign, the unit's hover; on the name, its card, as before.
      assert.match((await hoverAt(uri, positionOf(EXAMPLE, '% Et3N', 0, 1)))!.value, /Percent/);
      assert.match((await hoverAt(uri, positionOf(EXAMPLE, 'Et3N', 0, 1)))!.value, /^### Et3N/);
      await c.close(uri);
      const text = EXAMPLE.replace('+ 1% Et3N', '+ 2% NH4OH');
      const d = await openDoc(text);
      assert.equal((await hoverAt(d.uri, positionOf(text, '2%', 0, 0)))!.value, '`2%` of the eluent, by volume, is `NH4OH`: an amine modifier (keeps basic amines from sticking to silica).');
      await c.close(d.uri);
    });
  });

  describe('completion of an `add` list', () => {
    it('every alias carries documentation: its amount or that none is written, and where it went in already', async () => {
      const text = 'protocol "x"\ntarget mono\nscale 5 mmol\nreagent dz  = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde\nreagent h2  = H2, Pd/C\nsolvent MeOH 0.2 M\n\nstep "Reaction"\n  add dz\n  add \n';
      const { uri } = await openDoc(text);
      const items = await complete(uri, positionOf(text, '  add \n', 0, 6));
      // `ald` and `h2` had no documentation at all (the list's side panel stayed empty).
      assert.deepEqual(items.map((i) => `${i.label}: ${docOf(i)}`), [
        'ald: benzaldehyde: no amount in its `reagent` line',
        'h2: H2, Pd/C: no amount in its `reagent` line',
        'dz: 1,4-diazepane: 3.0 equiv · 15.0 mmol · 1.50 g\n\nAlready added on line 10.',
      ]);
      await c.close(uri);
    });
  });

  describe('completion after a solvent\'s name', () => {
    it('offers a concentration to edit, with the volume it gives at this scale (it offered nothing)', async () => {
      const text = 'protocol "x"\nscale 5 mmol\nsolvent DCE \nsolvent DCE/MeOH 9:1 \n';
      const { uri } = await openDoc(text);
      for (const needle of ['DCE \n', '9:1 \n']) {
        const items = await complete(uri, positionOf(text, needle, 0, needle.length - 1));
        assert.deepEqual(shown(items), ['0.2 M [concentration: 25.0 mL at 5.00 mmol] → ${1:0.2} M'], needle);
        assert.equal(docOf(items[0]), 'The concentration of the limiting reagent: the volume of solvent is the scale over it (5.00 mmol ÷ 0.2 M = 25.0 mL). Edit the figure, or write a volume instead (`25.0 mL`).');
      }
      await c.close(uri);
      // Once it has its amount, nothing more.
      const done = 'protocol "x"\nscale 5 mmol\nsolvent DCE 0.2 M \n';
      const d = await openDoc(done);
      assert.deepEqual(await complete(d.uri, positionOf(done, 'M \n', 0, 2)), []);
      await c.close(d.uri);
    });
  });

  describe('completion on a `purify` line', () => {
    it('after a modifier written out (`+ 1% Et3N `), nothing: it offered the three modifiers again, accepting one replaced Et3N', async () => {
      const text = EXAMPLE.replace('+ 1% Et3N', '+ 1% Et3N ');
      const { uri } = await openDoc(text);
      assert.deepEqual(await complete(uri, positionOf(text, 'Et3N \n', 0, 5)), []);
      // While it is typed, the modifiers, as before.
      assert.deepEqual((await complete(uri, positionOf(text, '+ 1% Et3N', 0, 2))).map((i) => i.label), ['1% Et3N', '1% NH4OH', '1% NH3']);
      await c.close(uri);
    });
  });

  describe('completion after a `purify` eluent with no ratio', () => {
    it('offers the ratio of a mixture to edit, then the modifier (it offered nothing)', async () => {
      const text = EXAMPLE.replace('purify silica DCM/MeOH 95:5 + 1% Et3N', 'purify silica DCM/MeOH ');
      const { uri } = await openDoc(text);
      assert.deepEqual(shown(await complete(uri, positionOf(text, 'DCM/MeOH \n', 0, 9))), ['9:1 [ratio] → ${1:9}:${2:1}', '+ 1% Et3N → + 1% Et3N']);
      await c.close(uri);
      const one = EXAMPLE.replace('purify silica DCM/MeOH 95:5 + 1% Et3N', 'purify silica EtOAc ');
      const d = await openDoc(one);
      assert.deepEqual(shown(await complete(d.uri, positionOf(one, 'EtOAc \n', 0, 6))), ['+ 1% Et3N → + 1% Et3N']);
      await c.close(d.uri);
    });
  });

  describe('the highlight of an alias under the cursor', () => {
    it('marks its declaration as a write and each `add` as a read (every occurrence was a plain text highlight)', async () => {
      const { uri } = await openDoc(EXAMPLE);
      const hl = await c.conn.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position: positionOf(EXAMPLE, 'add diazepane, ald', 0, 16) });
      const lines = EXAMPLE.split('\n');
      assert.deepEqual(
        hl!.map((h) => `L${h.range.start.line + 1} ${lines[h.range.start.line].slice(h.range.start.character, h.range.end.character)} ${h.kind === 3 ? 'write' : h.kind === 2 ? 'read' : String(h.kind)}`),
        ['L7 ald write', 'L13 ald read'],
      );
      await c.close(uri);
    });
  });

  describe('completion after `protocol ` and `note ` typed out', () => {
    it('offers the quotes with the title or text to type between them (it offered nothing)', async () => {
      const text = 'protocol \ntarget mono\n\nstep\n  note \n';
      const { uri } = await openDoc(text);
      assert.deepEqual(shown(await complete(uri, { line: 0, character: 9 })), ['"TITLE" [protocol "TITLE"] → "${1:TITLE}"']);
      assert.deepEqual(shown(await complete(uri, { line: 4, character: 7 })), ['"TEXT" [note "TEXT"] → "${1:TEXT}"']);
      await c.close(uri);
    });
  });

  describe('hover on the numbers of a time in parts', () => {
    it('`1 h 30 min`, `1h30`: the whole time in minutes and hours, on each number (there was no hover on either)', async () => {
      const text = EXAMPLE.replace('stir 30 min at rt', 'stir 1 h 30 min at rt').replace('stir 16 h at rt', 'stir 1h30 at rt');
      const { uri } = await openDoc(text);
      const want = { value: '`1 h 30 min` is 90 min, 1.5 h.', text: '1 h 30 min' };
      assert.deepEqual(await hoverAt(uri, positionOf(text, '1 h 30 min', 0, 0)), want);
      assert.deepEqual(await hoverAt(uri, positionOf(text, '1 h 30 min', 0, 4)), want);
      assert.deepEqual(await hoverAt(uri, positionOf(text, '1h30', 0, 3)), { value: '`1h30` is 90 min, 1.5 h.', text: '1h30' });
      // The units keep their own hover.
      assert.equal((await hoverAt(uri, positionOf(text, '1 h 30 min', 0, 8)))!.value, '`min`: Minutes.');
      await c.close(uri);
    });
  });

  describe('references and highlights of an alias declared twice', () => {
    it('follow the checker: the `add` lines mean the first declaration, the second stands alone', async () => {
      const STAB = 'reagent stab      = NaBH(OAc)3                1.5 equiv\n';
      const text = EXAMPLE.replace(STAB, STAB + 'reagent stab      = NaBH3CN                   1.5 equiv\n');
      const { uri } = await openDoc(text);
      const lines = text.split('\n');
      const where = (ranges: { start: { line: number; character: number } }[]) => ranges.map((r) => `L${r.start.line + 1}:${r.start.character}`);
      const refs = async (position: { line: number; character: number }) =>
        where((await c.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } }))!.map((l) => l.range));
      const first = positionOf(text, 'stab', 0, 1);
      const second = positionOf(text, 'stab', 1, 1);
      const add = positionOf(text, 'add stab', 0, 5);
      assert.equal(lines[9].slice(0, 12), 'reagent stab', 'the second declaration is line 10');
      // Both declarations and the `add` were listed wherever the cursor was.
      assert.deepEqual(await refs(first), ['L9:8', 'L17:6']);
      assert.deepEqual(await refs(add), ['L9:8', 'L17:6']);
      assert.deepEqual(await refs(second), ['L10:8']);
      const hl = await c.conn.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position: second });
      assert.deepEqual(where(hl!.map((h) => h.range)), ['L10:8']);
      await c.close(uri);
    });
  });
});
