/**
 * The editor features as an LSP client sees them: hover, completion, outline, folding,
 * navigation and rename, inlay hints, formatting — requested over JSON-RPC from the bundle.
 */
import { strict as assert } from 'node:assert';
import {
  HoverRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  DefinitionRequest,
  ReferencesRequest,
  DocumentHighlightRequest,
  PrepareRenameRequest,
  RenameRequest,
  InlayHintRequest,
  DocumentFormattingRequest,
  CodeActionRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { buildOnce, LspClient, positionOf, rangeOf, editsFor } from './harness';
import { EXAMPLE } from './fixtures';

const URI = 'file:///features/example.rxn';

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!r) return [];
  return Array.isArray(r) ? r : r.items;
}

describe('LSP: editor features', function () {
  this.timeout(60000);
  let c: LspClient;

  before(async () => {
    buildOnce();
    c = await LspClient.start();
    await c.open(URI, EXAMPLE);
    await c.diagnosticsFor(URI, 1);
  });
  after(async () => {
    if (c) assert.equal(await c.stop(), 0);
  });

  const td = { uri: URI };
  const at = (needle: string, n = 0, offset = 1): Position => positionOf(EXAMPLE, needle, n, offset);

  describe('hover', () => {
    it('on a reagent name: the knowledge-base card with the amounts for this protocol and a structure picture', async () => {
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: td, position: at('NaBH(OAc)3', 0, 3) });
      assert.ok(h, 'a hover');
      const md = h.contents as MarkupContent;
      assert.equal(md.kind, 'markdown');
      assert.match(md.value, /211\.94/);
      assert.match(md.value, /DCE/, 'recommended solvents');
      assert.match(md.value, /7\.50 mmol/, 'amount for this protocol (1.5 equiv × 5 mmol)');
      assert.match(md.value, /!\[structure\]\(data:image\/svg\+xml;base64,/);
      assert.deepEqual(h.range, rangeOf(EXAMPLE, 'NaBH(OAc)3'));
    });

    it('on an alias in an add line: the same reagent', async () => {
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: td, position: at('add stab', 0, 5) });
      assert.match((h!.contents as MarkupContent).value, /211\.94/);
    });

    it('on a keyword: what it means', async () => {
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: td, position: at('workup', 0, 2) });
      assert.ok(h && (h.contents as MarkupContent).value.length > 20);
      assert.match((h.contents as MarkupContent).value, /work-up|workup/i);
    });

    it('on a flagged token: the rule, the message and a link to the rule page', async () => {
      const c2 = await LspClient.start({ initializationOptions: { docsBaseUri: 'file:///ext/docs/rules', clientCommands: [] } });
      try {
        const uri = 'file:///features/hover-diag.rxn';
        const text = EXAMPLE.replace('  add stab portionwise', '  add stab, ghost');
        await c2.open(uri, text);
        await c2.diagnosticsFor(uri, 1);
        const h = await c2.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'ghost', 0, 2) });
        const md = (h!.contents as MarkupContent).value;
        assert.match(md, /undeclared-reagent/);
        assert.match(md, /file:\/\/\/ext\/docs\/rules\/undeclared-reagent\.md/);
      } finally {
        assert.equal(await c2.stop(), 0);
      }
    });

    it('a client that shows diagnostics in its hover (initializationOptions.diagnosticsInHover, VS Code) does not get the message twice', async () => {
      const uri = 'file:///features/hover-diag-vscode.rxn';
      const text = EXAMPLE.replace('  add stab portionwise', '  add stab, ghost');
      const vscode = await LspClient.start({ initializationOptions: { diagnosticsInHover: true } });
      try {
        await vscode.open(uri, text);
        const d = (await vscode.diagnosticsFor(uri, 1)).diagnostics.find((x) => x.code === 'undeclared-reagent')!;
        const h = await vscode.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'ghost', 0, 2) });
        const md = (h!.contents as MarkupContent).value;
        assert.match(md, /^\*\*undeclared-reagent\*\*: /);
        assert.match(md, /\[rule docs\]\(command:rxn\.showRuleDocs/);
        assert.ok(!md.includes('ghost'), `the message (${d.message}) is VS Code's to show: ${md}`);
      } finally {
        assert.equal(await vscode.stop(), 0);
      }
      // The harness's client does not say so (as Neovim): the message is in the hover.
      await c.open(uri, text);
      const d = (await c.diagnosticsFor(uri, 1)).diagnostics.find((x) => x.code === 'undeclared-reagent')!;
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'ghost', 0, 2) });
      assert.match((h!.contents as MarkupContent).value, /\*\*undeclared-reagent\*\* \(error\): .*ghost/);
      assert.match(String(d.message), /ghost/);
      await c.close(uri);
    });

    it('rxn.hover.structures: false leaves the structure picture out', async () => {
      const c2 = await LspClient.start({ configuration: (p) => p.items.map(() => ({ hover: { structures: false } })) });
      try {
        await c2.open(URI, EXAMPLE);
        await c2.diagnosticsFor(URI, 1);
        const h = await c2.conn.sendRequest(HoverRequest.type, { textDocument: td, position: at('NaBH(OAc)3', 0, 3) });
        const md = (h!.contents as MarkupContent).value;
        assert.match(md, /211\.94/);
        assert.doesNotMatch(md, /data:image/);
      } finally {
        assert.equal(await c2.stop(), 0);
      }
    });

    it('on blank space: nothing', async () => {
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: td, position: { line: 4, character: 0 } });
      assert.equal(h, null);
    });
  });

  describe('completion', () => {
    it('after "add " in a step: the declared aliases not yet on the line', async () => {
      const uri = 'file:///features/complete-add.rxn';
      const text = EXAMPLE.replace('  add stab portionwise', '  add ');
      await c.open(uri, text);
      const pos = positionOf(text, '  add \n', 0, '  add '.length);
      const labels = items(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos })).map((i) => i.label);
      for (const alias of ['diazepane', 'ald', 'acid', 'stab']) assert.ok(labels.includes(alias), `${alias} offered (got ${labels})`);
      await c.close(uri);
    });

    it('after a comma in an add list: only the aliases not listed yet', async () => {
      const uri = 'file:///features/complete-comma.rxn';
      const text = EXAMPLE.replace('  add diazepane, ald, acid', '  add diazepane, ');
      await c.open(uri, text);
      const pos = positionOf(text, '  add diazepane, ', 0, '  add diazepane, '.length);
      const labels = items(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos })).map((i) => i.label);
      assert.ok(labels.includes('ald') && labels.includes('stab'), `got ${labels}`);
      assert.ok(!labels.includes('diazepane'), 'already listed');
      await c.close(uri);
    });

    it('after "reagent X = ": knowledge-base names as snippets that complete the declaration', async () => {
      const uri = 'file:///features/complete-reagent.rxn';
      const text = EXAMPLE.replace('solvent DCE 0.2 M', 'reagent red = \nsolvent DCE 0.2 M');
      await c.open(uri, text);
      const pos = positionOf(text, 'reagent red = ', 0, 'reagent red = '.length);
      const list = items(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos }));
      const stab = list.find((i) => i.label === 'NaBH(OAc)3');
      assert.ok(stab, `NaBH(OAc)3 offered (got ${list.length} items)`);
      assert.equal(stab.insertTextFormat, 2, 'a snippet');
      assert.match(String(stab.insertText ?? stab.textEdit?.newText), /equiv/);
      await c.close(uri);
    });

    it('an accepted keyword reopens the suggestions for the word after it, for a client that runs editor.action.triggerSuggest', async () => {
      // In VS Code, typing `target ` opened mono/di/tri (the space is a trigger character); accepting
      // the `target` item inserted the same text and the list stayed closed until Ctrl+Space.
      const uri = 'file:///features/complete-retrigger.rxn';
      const text = EXAMPLE.replace('  stir 16 h at rt', '  \n  stir 16 h at rt');
      const pos = positionOf(text, '  \n  stir 16 h', 0, 2);
      const vscode = await LspClient.start({ initializationOptions: { clientCommands: ['rxn.showRuleDocs', 'editor.action.triggerSuggest'] } });
      try {
        await vscode.open(uri, text);
        const list = items(await vscode.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos }));
        for (const kw of ['add', 'stir', 'monitor', 'solvent'])
          assert.deepEqual(list.find((i) => i.label === kw)?.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' }, kw);
        // Nothing to suggest right after these: the list stays closed.
        for (const kw of ['note', 'isolate', 'concentrate']) assert.equal(list.find((i) => i.label === kw)?.command, undefined, kw);
      } finally {
        assert.equal(await vscode.stop(), 0);
      }
      // A client that did not list the command never gets it.
      await c.open(uri, text);
      const plain = items(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos }));
      assert.ok(plain.length > 0 && plain.every((i) => i.command === undefined));
      await c.close(uri);
    });

    it('at the start of a line inside a step: step statements, not header lines', async () => {
      const uri = 'file:///features/complete-kw.rxn';
      const text = EXAMPLE.replace('  stir 16 h at rt', '  \n  stir 16 h at rt');
      await c.open(uri, text);
      const pos = positionOf(text, '  \n  stir 16 h', 0, 2);
      const labels = items(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos })).map((i) => i.label);
      for (const kw of ['add', 'stir', 'monitor']) assert.ok(labels.includes(kw), `${kw} offered (got ${labels})`);
      assert.ok(!labels.includes('scale'), 'header keywords are not offered inside a step');
      await c.close(uri);
    });
  });

  it('a client other than VS Code: no snippets, plain-text hover, no client-side command it does not have', async () => {
    const plain = await LspClient.start({
      capabilities: {
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
        },
      },
      initializationOptions: { clientCommands: [] },
    });
    try {
      const uri = 'file:///features/plain.rxn';
      const text = EXAMPLE.replace('solvent DCE 0.2 M', 'reagent red = \nsolvent MeOH 0.2 M');
      await plain.open(uri, text);
      await plain.diagnosticsFor(uri, 1);
      const pos = positionOf(text, 'reagent red = ', 0, 'reagent red = '.length);
      const list = items(await plain.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos }));
      const stab = list.find((i) => i.label === 'NaBH(OAc)3')!;
      assert.notEqual(stab.insertTextFormat, 2, 'not a snippet');
      assert.equal(stab.textEdit?.newText, 'NaBH(OAc)3 1.0 equiv');
      const h = await plain.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'NaBH(OAc)3', 0, 2) });
      assert.equal((h?.contents as MarkupContent).kind, 'plaintext');
      assert.doesNotMatch((h?.contents as MarkupContent).value, /<img|data:image/, 'no picture for a plain-text client');
      assert.doesNotMatch((h?.contents as MarkupContent).value, /\*\*|`|^#/m, 'no Markdown marks either');
      assert.match((h?.contents as MarkupContent).value, /^NaBH\(OAc\)3\n/);
      const solvent = positionOf(text, 'MeOH 0.2', 0, 1);
      const actions = (await plain.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: solvent, end: solvent }, context: { diagnostics: [] } })) ?? [];
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => /DCE/.test(t)), `the quick fixes are there (${titles})`);
      assert.ok(!titles.some((t) => /^Show documentation/.test(t)), 'no action with a command this client cannot run');
    } finally {
      assert.equal(await plain.stop(), 0);
    }
  });

  it('a Markdown client that does not draw images (Neovim): the reagent card without the picture', async () => {
    // What Neovim 0.7 sends: Markdown hovers, no workspace/configuration, no initializationOptions.
    // Its hover window prints a Markdown image as text: the structure's data URI, some 7,000
    // characters of base64 at the end of every reagent hover.
    const nvim = await LspClient.start({
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          codeAction: { resolveSupport: { properties: ['edit'] }, dataSupport: true },
        },
      },
      initializationOptions: { clientCommands: undefined, markdownImages: undefined },
    });
    try {
      const uri = 'file:///features/nvim.rxn';
      await nvim.open(uri, EXAMPLE);
      await nvim.diagnosticsFor(uri, 1);
      const h = await nvim.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(EXAMPLE, 'NaBH(OAc)3', 0, 2) });
      const md = h!.contents as MarkupContent;
      assert.equal(md.kind, 'markdown');
      assert.match(md.value, /^### NaBH\(OAc\)3$/m);
      assert.match(md.value, /\*\*In this protocol\*\* \(`stab`\): 1\.5 equiv · 7\.50 mmol/);
      assert.doesNotMatch(md.value, /!\[structure\]|data:image/);
      assert.ok(md.value.length < 3000, `a card, not a picture's bytes (${md.value.length} characters)`);
    } finally {
      assert.equal(await nvim.stop(), 0);
    }
  });

  it('document symbols: the protocol with its reagents, solvent, steps and work-up', async () => {
    const symbols = (await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: td })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, '1-(Pyridin-4-ylmethyl)-1,4-diazepane');
    const names = symbols[0].children!.map((s) => s.name);
    for (const n of ['diazepane', 'ald', 'acid', 'stab', 'Imine formation', 'Reduction']) assert.ok(names.includes(n), `${n} in the outline (got ${names})`);
    const step = symbols[0].children!.find((s) => s.name === 'Imine formation')!;
    assert.equal(step.range.start.line, positionOf(EXAMPLE, 'step "Imine formation"').line);
    assert.equal(step.range.end.line, positionOf(EXAMPLE, '  stir 30 min at rt').line);
  });

  it('folding: each step, the reagent table and the work-up', async () => {
    const ranges = (await c.conn.sendRequest(FoldingRangeRequest.type, { textDocument: td })) ?? [];
    const spans = ranges.map((r) => [r.startLine, r.endLine]);
    const line = (s: string) => positionOf(EXAMPLE, s).line;
    assert.deepEqual(spans.find((s) => s[0] === line('step "Imine formation"')), [line('step "Imine formation"'), line('  stir 30 min at rt')]);
    assert.deepEqual(spans.find((s) => s[0] === line('reagent diazepane')), [line('reagent diazepane'), line('reagent stab')]);
    assert.ok(spans.some((s) => s[0] === line('workup')), 'the work-up folds');
  });

  describe('navigation', () => {
    it('definition of an alias used in add: its declaration', async () => {
      const loc = (await c.conn.sendRequest(DefinitionRequest.type, { textDocument: td, position: at('add stab', 0, 5) })) as Location;
      assert.equal(loc.uri, URI);
      assert.deepEqual(loc.range, rangeOf(EXAMPLE, 'stab'));
    });

    it('references of an alias: the declaration and every add (or only the adds)', async () => {
      const withDecl = await c.conn.sendRequest(ReferencesRequest.type, { textDocument: td, position: at('reagent ald', 0, 9), context: { includeDeclaration: true } });
      assert.deepEqual(
        withDecl!.map((l) => l.range),
        [rangeOf(EXAMPLE, 'ald '), rangeOf(EXAMPLE, 'ald,')].map((r) => ({ start: r.start, end: { line: r.end.line, character: r.end.character - 1 } })),
      );
      const without = await c.conn.sendRequest(ReferencesRequest.type, { textDocument: td, position: at('reagent ald', 0, 9), context: { includeDeclaration: false } });
      assert.equal(without!.length, 1);
    });

    it('document highlight marks every occurrence of the alias', async () => {
      const hl = await c.conn.sendRequest(DocumentHighlightRequest.type, { textDocument: td, position: at('add stab', 0, 6) });
      assert.equal(hl!.length, 2);
    });

    it('prepareRename: the alias and its text; on a keyword, the reason it cannot be renamed', async () => {
      const decl = positionOf(EXAMPLE, 'reagent diazepane', 0, 'reagent '.length);
      const ok = await c.conn.sendRequest(PrepareRenameRequest.type, { textDocument: td, position: { line: decl.line, character: decl.character + 2 } });
      assert.deepEqual(ok, { range: { start: decl, end: { line: decl.line, character: decl.character + 'diazepane'.length } }, placeholder: 'diazepane' });
      // On a keyword: an error whose message VS Code shows (null would show "The element can't be renamed").
      await assert.rejects(c.conn.sendRequest(PrepareRenameRequest.type, { textDocument: td, position: at('stir', 0, 1) }), (e: Error) => {
        assert.match(e.message, /^Only a reagent alias \(in a `reagent` line or an `add` list\) can be renamed\.$/);
        return true;
      });
    });

    it('rename edits every occurrence, and the renamed protocol stays clean', async () => {
      const uri = 'file:///features/rename.rxn';
      await c.open(uri, EXAMPLE);
      await c.diagnosticsFor(uri, 1);
      const edit = await c.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at('add stab', 0, 5), newName: 'borohydride' });
      assert.ok(edit);
      assert.equal(editsFor(uri, edit).length, 2);
      const v = await c.applyEdit(uri, edit);
      const text = c.text(uri);
      assert.ok(!/\bstab\b/.test(text));
      assert.match(text, /reagent borohydride\s+= NaBH\(OAc\)3/);
      assert.match(text, /add borohydride portionwise/);
      assert.deepEqual((await c.diagnosticsFor(uri, v)).diagnostics, []);
      await c.close(uri);
    });

    it('rename refuses an invalid or taken name with a message', async () => {
      await assert.rejects(
        c.conn.sendRequest(RenameRequest.type, { textDocument: td, position: at('add stab', 0, 5), newName: '2bad name' }),
        (e: Error) => e.message.length > 0,
      );
      await assert.rejects(c.conn.sendRequest(RenameRequest.type, { textDocument: td, position: at('add stab', 0, 5), newName: 'ald' }), /ald/);
    });
  });

  it('inlay hints: the amounts at the end of the reagent lines and the solvent volume', async () => {
    const hints = (await c.conn.sendRequest(InlayHintRequest.type, { textDocument: td, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } })) ?? [];
    const byLine = new Map(hints.map((h) => [h.position.line, String(h.label)]));
    const line = (s: string) => positionOf(EXAMPLE, s).line;
    assert.equal(byLine.get(line('reagent diazepane')), '15.0 mmol · 1.50 g');
    assert.equal(byLine.get(line('reagent acid')), '5.00 mmol · 300 mg · 286 µL');
    assert.equal(byLine.get(line('reagent stab')), '7.50 mmol · 1.59 g');
    assert.equal(byLine.get(line('solvent DCE')), '→ 25.0 mL');
    // Only the asked range.
    const some = await c.conn.sendRequest(InlayHintRequest.type, { textDocument: td, range: { start: { line: line('reagent stab'), character: 0 }, end: { line: line('reagent stab') + 1, character: 0 } } });
    assert.deepEqual(some!.map((h) => String(h.label)), ['7.50 mmol · 1.59 g']);
  });

  describe('formatting', () => {
    it('returns edits that tidy a messy protocol, keeping comments; a formatted text gives none', async () => {
      const uri = 'file:///features/format.rxn';
      const messy = EXAMPLE.replace('reagent ald       = pyridine-4-carboxaldehyde 1.0 equiv', 'reagent   ald=pyridine-4-carboxaldehyde    1.0 equiv # freshly distilled')
        .replace('  stir 30 min at rt', 'stir 30 min at rt');
      await c.open(uri, messy);
      const edits = await c.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
      assert.ok(edits && edits.length > 0);
      const formatted = c.preview(uri, edits);
      assert.notEqual(formatted, messy);
      assert.match(formatted, /# freshly distilled/);
      assert.match(formatted, /\n  stir 30 min at rt\n/, 'statements inside a step are indented');
      assert.match(formatted, /reagent ald\s+= pyridine-4-carboxaldehyde\s+1\.0 equiv/);
      const v = await c.change(uri, formatted);
      await c.diagnosticsFor(uri, v);
      const again = await c.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
      assert.deepEqual(again, [], 'idempotent');
      await c.close(uri);
    });
  });

  it('requests on a document that is not open get empty answers, not errors', async () => {
    const uri = 'file:///features/not-open.rxn';
    assert.equal(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(items(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } })), []);
  });
});
