/**
 * The editor as a chemist meets it (session 20): each test drives the bundled server over
 * JSON-RPC and asserts what the user sees in VS Code — the links under a problem, what a fix
 * leaves of the line the cursor is on, what Format Selection changes, what a suggestion writes.
 */
import { strict as assert } from 'node:assert';
import { CodeActionRequest, CodeActionResolveRequest, HoverRequest, RenameRequest, CompletionRequest, DocumentRangeFormattingRequest, DocumentSymbolRequest, InlayHintRequest, type DocumentSymbol, type CodeAction, type CompletionItem, type CompletionList, type MarkupContent, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { buildOnce, editsFor, fullCapabilities, LspClient, positionOf } from './harness';
import { EXAMPLE, NABH4_ONE_POT, SAFE_FIXABLE } from './fixtures';
import { lineDiffEdits } from '../../server/src/features/lineDiff';
import { applyEdits } from '../../server/src/edits';

describe('LSP: the editor as a chemist uses it (session 20)', function () {
  this.timeout(60000);
  let c: LspClient;

  before(async () => {
    buildOnce();
    c = await LspClient.start();
  });
  after(async () => {
    if (c) assert.equal(await c.stop(), 0);
  });

  const openDoc = (text: string) => c.openDoc(text, 'r20');

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

    it('stab-protic-solvent: the addition of NaBH(OAc)3 into the protic solvent', async () => {
      const text = EXAMPLE.replace('solvent DCE 0.2 M', 'solvent MeOH 0.2 M');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'stab-protic-solvent')!;
      assert.deepEqual(relatedOf(text, d), ["L16: add stab portionwise — 'stab' (NaBH(OAc)3) goes into MeOH here"]);
      await c.close(uri);
    });

    it('nabh4-one-pot: the add where the amine met the carbonyl', async () => {
      const { uri, diagnostics } = await openDoc(NABH4_ONE_POT);
      const d = diagnostics.find((x) => x.code === 'nabh4-one-pot')!;
      assert.deepEqual(relatedOf(NABH4_ONE_POT, d), ['L14: add ald — the amine meets the carbonyl here, with no time for the imine before the reductant']);
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

  describe('"Fix all rxn problems" edits only what it fixes', () => {
    /** Each edit as "L<line>:<col>-L<line>:<col> <new text>". */
    const shown = (edits: TextEdit[]) =>
      edits.map((e) => `L${e.range.start.line + 1}:${e.range.start.character}-L${e.range.end.line + 1}:${e.range.end.character} ${JSON.stringify(e.newText)}`);

    it('three fixes far apart are three small edits: the lines between them, and a cursor there, stay put', async () => {
      const { uri } = await openDoc(SAFE_FIXABLE);
      const cursor = positionOf(SAFE_FIXABLE, 'stir 16 h at rt', 0, 4);
      const list = (await c.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: cursor, end: cursor },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      const fixAll = list.find((a) => a.title === 'Fix all rxn problems')!;
      const edits = editsFor(uri, fixAll.edit!);
      // It was one edit from the `3,0` on line 5 to the end of line 19, which replaced every
      // line in between: VS Code put a cursor on `stir 16 h at rt` (line 14) at the end of it.
      assert.deepEqual(shown(edits), ['L5:35-L5:36 "."', 'L17:0-L17:0 "  quench sat. NaHCO3\\n"', 'L19:28-L19:28 " + 1% Et3N"']);
      assert.ok(edits.every((e) => e.range.end.line < cursor.line || e.range.start.line > cursor.line), 'no edit touches the cursor line');
      await c.applyEdit(uri, fixAll.edit!);
      assert.equal(c.text(uri).split('\n')[13], '  stir 16 h at rt');
      assert.deepEqual((await c.diagnosticsFor(uri)).diagnostics, []);
      await c.close(uri);
    });

    it('the same when VS Code fills the edit in on resolve', async () => {
      const vscode = await LspClient.start({
        capabilities: { ...fullCapabilities, textDocument: { ...fullCapabilities.textDocument, codeAction: { ...fullCapabilities.textDocument!.codeAction, resolveSupport: { properties: ['edit'] } } } },
      });
      try {
        const uri = 'file:///r20/resolve.rxn';
        await vscode.open(uri, SAFE_FIXABLE);
        const d = (await vscode.diagnosticsFor(uri, 1)).diagnostics.find((x) => x.code === 'invalid-quantity')!;
        const bulb = (await vscode.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
        const lazy = bulb.find((a) => a.title === 'Fix all rxn problems')!;
        const resolved = await vscode.conn.sendRequest(CodeActionResolveRequest.type, lazy);
        assert.equal(editsFor(uri, resolved.edit!).length, 3);
      } finally {
        assert.equal(await vscode.stop(), 0);
      }
    });

    it('the line diff behind it turns any text into any other, whatever the line endings', () => {
      let seed = 20;
      const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
      const words = ['add stab', 'stir 1 h', '', 'workup', '  quench x', 'é', '\u{1F600}', 'x'];
      const eols = ['\n', '\r\n', '\r'];
      const make = (k: number) => Array.from({ length: k }, () => words[rnd(words.length)] + eols[rnd(eols.length)]).join('') + (rnd(2) ? words[rnd(words.length)] : '');
      for (let i = 0; i < 3000; i++) {
        const before = make(rnd(12));
        const lines = before.split(/(?<=\r\n|\n|\r(?!\n))/);
        for (let k = rnd(4); k > 0; k--) {
          const at = rnd(lines.length + 1);
          if (rnd(2)) lines.splice(at, 1);
          else lines.splice(at, 0, words[rnd(words.length)] + eols[rnd(eols.length)]);
        }
        const after = rnd(10) ? lines.join('') : make(rnd(12));
        const edits = lineDiffEdits(before, after);
        assert.equal(applyEdits(before, edits), after, JSON.stringify({ before, after, edits }));
      }
    });
  });

  describe('Format Selection', () => {
    const MESSY = `protocol "X"
target mono
scale 5 mmol

reagent diazepane = 1,4-diazepane 3.0 equiv
reagent ald = benzaldehyde 1.0 equiv
reagent acid   =   AcOH 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M

step "Imine formation"
add diazepane,ald,  acid
    stir 30 min   at rt
step "Reduction"
 add stab portionwise
stir 16 h at rt
`;

    it('is offered (the server says it formats ranges), and formats only the selected lines', async () => {
      assert.equal(c.capabilities.documentRangeFormattingProvider, true);
      const { uri } = await openDoc(MESSY);
      // The first step selected as whole lines (the selection ends at the start of `step "Reduction"`).
      const range = { start: { line: 10, character: 0 }, end: { line: 13, character: 0 } };
      const edits = await c.conn.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options: { tabSize: 2, insertSpaces: true } });
      assert.equal(
        c.preview(uri, edits!),
        MESSY.replace('add diazepane,ald,  acid\n    stir 30 min   at rt', '  add diazepane, ald, acid\n  stir 30 min at rt'),
        'the reagent table and the second step are as written',
      );
      await c.close(uri);
    });

    it('a reagent row selected alone is aligned on the columns of the whole table', async () => {
      const { uri } = await openDoc(MESSY);
      const line = 6; // reagent acid   =   AcOH 1.0 equiv
      const edits = await c.conn.sendRequest(DocumentRangeFormattingRequest.type, {
        textDocument: { uri },
        range: { start: { line, character: 3 }, end: { line, character: 3 } },
        options: { tabSize: 2, insertSpaces: true },
      });
      const after = c.preview(uri, edits!).split('\n');
      assert.equal(after[line], 'reagent acid      = AcOH          1.0 equiv');
      assert.deepEqual(after.filter((_, i) => i !== line), MESSY.split('\n').filter((_, i) => i !== line));
      await c.close(uri);
    });
  });

  describe('completion after an amount and its comma: the same amount in the other units', () => {
    const list = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));
    /** "label — detail — documentation" of each item. */
    const shown = (r: CompletionItem[] | CompletionList | null) =>
      list(r).map((i) => `${i.label} — ${i.detail} — ${typeof i.documentation === 'object' ? (i.documentation as MarkupContent).value : i.documentation}`);

    it('`3.0 equiv, ` offers the mass to weigh and the mmol, and the mass accepted agrees with the equiv', async () => {
      const line = 'reagent diazepane = 1,4-diazepane             3.0 equiv';
      const text = EXAMPLE.replace(line, line + ', ');
      const { uri } = await openDoc(text);
      const position = positionOf(text, line + ', ', 0, line.length + 2);
      const r = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
      // It offered nothing: the mass had to be worked out by hand (or read off the inlay hint and typed).
      assert.deepEqual(shown(r), [
        '1.50 g — mass: 3.0 equiv — 3.0 equiv × 5.00 mmol (scale) = 15.0 mmol × 100.16 g/mol: the mass to weigh.',
        '15.0 mmol — amount: 3.0 equiv — 3.0 equiv × 5.00 mmol (scale) = 15.0 mmol.',
      ]);
      const mass = list(r)[0];
      assert.equal((mass.textEdit as { newText: string }).newText, '${1:1.50} g');
      await c.change(uri, [{ range: { start: position, end: position }, text: '1.50 g' }]);
      assert.equal(c.text(uri).split('\n')[5], line + ', 1.50 g');
      assert.deepEqual((await c.diagnosticsFor(uri)).diagnostics, [], 'no amount-mismatch');
      await c.close(uri);
    });

    it('a liquid written by mass gets its volume and equiv; what the line has already is not offered again', async () => {
      const line = 'reagent acid      = AcOH                      1.0 equiv';
      const text = EXAMPLE.replace(line, 'reagent acid      = AcOH 300 mg,').replace('reagent stab      = NaBH(OAc)3                1.5 equiv', 'reagent stab      = NaBH(OAc)3 1.5 equiv, 1.59 g, ');
      const { uri } = await openDoc(text);
      const acid = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, '300 mg,', 0, 7) });
      assert.deepEqual(list(acid).map((i) => `${i.label} | ${(i.textEdit as { newText: string }).newText}`), [
        '286 µL |  ${1:286} µL',
        '5.00 mmol |  ${1:5.00} mmol',
        '1.0 equiv |  ${1:1.0} equiv',
      ]);
      const stab = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, '1.59 g, ', 0, 8) });
      assert.deepEqual(list(stab).map((i) => i.label), ['7.50 mmol']);
      await c.close(uri);
    });
  });

  describe('inlay hints do not repeat what the line writes', () => {
    it('a weighing sheet (equiv, mmol and mass on each row) shows only what a row lacks, and a figure that disagrees', async () => {
      const text = `protocol "1-Benzyl-1,4-diazepane (weighed amounts)"
target mono
scale 5 mmol

reagent diazepane = 1,4-diazepane 3.0 equiv, 15.0 mmol, 1.50 g
reagent ald       = benzaldehyde  1.0 equiv, 5.0 mmol, 531 mg, 508 µL limiting
reagent acid      = AcOH          1.0 equiv, 5.0 mmol, 286 µL
reagent stab      = NaBH(OAc)3    1.5 equiv, 7.5 mmol, 1.20 g
solvent DCE 0.2 M
`;
      const { uri } = await openDoc(text);
      const hints = await c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
      // It was `15.0 mmol · 1.50 g` after `15.0 mmol, 1.50 g`, and the same on every row.
      assert.deepEqual(
        hints!.map((h) => `L${h.position.line + 1}: ${h.label}`),
        ['L7: 300 mg', 'L8: 1.59 g', 'L9: → 25.0 mL'],
        'the acid lacks its mass; the 1.20 g of NaBH(OAc)3 is not what 1.5 equiv weighs',
      );
      await c.close(uri);
    });
  });

  describe('the light bulb on a syntax error', () => {
    it('offers the fix, "Fix all" and the rule page, but no "Disable syntax-error" (which would leave the line unread, out of every check)', async () => {
      const text = EXAMPLE.replace('  stir 30 min at rt', '  stri 30 min at rt');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'syntax-error')!;
      assert.equal(d.message, "Unknown statement 'stri': did you mean 'stir'?");
      const titles = ((await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[]).map((a) => a.title);
      // It also offered "Disable syntax-error for this line" and "… for this file": one click hid every unreadable line.
      assert.deepEqual(titles, ["Change to 'stir'", 'Fix all rxn problems', 'Show documentation for syntax-error']);
      await c.close(uri);
    });

    it('other rules keep their "Disable … for this line / file"', async () => {
      const text = EXAMPLE.replace('solvent DCE 0.2 M', 'solvent MeOH 0.2 M');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'stab-protic-solvent')!;
      const titles = ((await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[]).map((a) => a.title);
      assert.ok(titles.includes('Disable stab-protic-solvent for this line') && titles.includes('Disable stab-protic-solvent for this file'), titles.join(' | '));
      await c.close(uri);
    });
  });

  describe('text that does nothing is drawn faded (DiagnosticTag.Unnecessary)', () => {
    const UNNECESSARY = 1;
    it('a rule id that is no rule, a second declaration of an alias, a second header line', async () => {
      const text = EXAMPLE.replace('target mono\n', 'target mono\ntarget di\n')
        .replace('reagent stab      = NaBH(OAc)3                1.5 equiv\n', 'reagent stab      = NaBH(OAc)3                1.5 equiv\nreagent stab      = NaBH3CN 1.5 equiv\n')
        .replace('  stir 30 min at rt', '  # rxn-disable-next-line temprature-high\n  stir 30 min at rt');
      const { uri, diagnostics } = await openDoc(text);
      const tagged = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.tags ?? []);
      // They were drawn like any other problem, as if the text had an effect.
      assert.deepEqual(tagged('unknown-rule'), [[UNNECESSARY]]);
      assert.deepEqual(tagged('duplicate-reagent'), [[UNNECESSARY]]);
      assert.deepEqual(tagged('duplicate-header'), [[UNNECESSARY]]);
      await c.close(uri);
    });

    it('a second scale line that is the one used (the first gives no amount) is not faded', async () => {
      const text = EXAMPLE.replace('scale 5 mmol\n', 'scale 5 g\nscale 5 mmol\n');
      const { uri, diagnostics } = await openDoc(text);
      const d = diagnostics.find((x) => x.code === 'duplicate-header')!;
      assert.equal(d.tags, undefined);
      await c.close(uri);
    });
  });

  describe('the outline', () => {
    it('shows each reagent with its amounts as written, as the solvent shows its concentration', async () => {
      const text = EXAMPLE.replace('reagent stab      = NaBH(OAc)3                1.5 equiv', 'reagent stab      = NaBH(OAc)3 1.5 equiv,   1.59 g');
      const { uri } = await openDoc(text);
      const root = ((await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[])[0];
      // It was `NaBH(OAc)3 · reductant`: how much went in was not in the outline.
      assert.deepEqual(
        root.children!.slice(0, 5).map((s) => `${s.name}: ${s.detail}`),
        ['diazepane: 1,4-diazepane · amine · 3.0 equiv', 'ald: pyridine-4-carboxaldehyde · carbonyl · 1.0 equiv', 'acid: AcOH · acid · 1.0 equiv', 'stab: NaBH(OAc)3 · reductant · 1.5 equiv, 1.59 g', 'DCE: solvent · 0.2 M'],
      );
      await c.close(uri);
    });
  });

  describe('completion after `step `', () => {
    const list = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));
    it('offers the usual titles no step has yet, quoted, then one of your own; accepting `step` opens them', async () => {
      const text = EXAMPLE.replace('step "Reduction"', 'step ');
      const { uri } = await openDoc(text);
      const position = positionOf(text, 'step \n', 0, 5);
      const r = list(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
      // It offered nothing.
      assert.deepEqual(r.map((i) => `${i.label} → ${(i.textEdit as { newText: string }).newText}`), ['"Reduction" → "Reduction"', '"Reaction" → "Reaction"', '"TITLE" → "${1:TITLE}"']);
      await c.close(uri);
      const vscode = await LspClient.start({ initializationOptions: { clientCommands: ['rxn.showRuleDocs', 'editor.action.triggerSuggest'] } });
      try {
        await vscode.open(uri, text);
        const kw = list(await vscode.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: position.line, character: 2 } })).find((i) => i.label === 'step')!;
        assert.equal(kw.command?.command, 'editor.action.triggerSuggest');
      } finally {
        assert.equal(await vscode.stop(), 0);
      }
    });
  });

  describe('a reagent line begun', () => {
    const list = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));
    it('`reagent stab ` offers the `=`, which opens the names once accepted', async () => {
      const text = EXAMPLE.replace('solvent DCE 0.2 M', 'reagent red \nsolvent DCE 0.2 M');
      const vscode = await LspClient.start({ initializationOptions: { clientCommands: ['rxn.showRuleDocs', 'editor.action.triggerSuggest'] } });
      try {
        const uri = 'file:///r20/eq.rxn';
        await vscode.open(uri, text);
        const r = list(await vscode.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'reagent red ', 0, 12) }));
        // It offered nothing.
        assert.deepEqual(r.map((i) => `${i.label} → ${JSON.stringify((i.textEdit as { newText: string }).newText)} · ${i.command?.command}`), ['= → "= " · editor.action.triggerSuggest']);
      } finally {
        assert.equal(await vscode.stop(), 0);
      }
    });
  });

  describe('hover on a fixed word names it in bold, whichever statement it is in', () => {
    it('`target mono`, `mode two-step`, `monitor LCMS`, as `rt` and `role amine` already were', async () => {
      const text = EXAMPLE.replace('scale 5 mmol\n', 'scale 5 mmol\nmode two-step\n').replace('  stir 30 min at rt', '  monitor LCMS for imine\n  stir 30 min at rt');
      const { uri } = await openDoc(text);
      const hoverAt = async (needle: string, offset: number) =>
        ((await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 0, offset) }))!.contents as MarkupContent).value;
      // They began with the explanation alone ("Target: one nitrogen…").
      assert.match(await hoverAt('target mono', 8), /^\*\*mono\*\*: Target: one nitrogen/);
      assert.match(await hoverAt('mode two-step', 7), /^\*\*two-step\*\*: Indirect reductive amination/);
      assert.match(await hoverAt('monitor LCMS', 9), /^\*\*LCMS\*\*: Liquid chromatography/);
      assert.match(await hoverAt('at rt', 4), /^\*\*rt\*\*: /);
      await c.close(uri);
    });
  });

  describe('completion after `heat to `', () => {
    const list = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));
    it('offers a temperature above room temperature to edit, not 0 °C; `cool to ` keeps 0 °C', async () => {
      const text = EXAMPLE.replace('  stir 30 min at rt', '  heat to \n  cool to \n  stir 30 min at rt');
      const { uri } = await openDoc(text);
      const shown = async (needle: string) =>
        list(await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 0, needle.length) })).map(
          (i) => `${i.label} → ${(i.textEdit as { newText: string }).newText}`,
        );
      // It was `0 °C`: accepted as it came, `heat to 0 °C`.
      assert.deepEqual(await shown('heat to '), ['reflux → reflux', '40 °C → ${1:40} °C']);
      assert.deepEqual(await shown('cool to '), ['rt → rt', '0 °C → ${1:0} °C']);
      await c.close(uri);
    });
  });

  describe('Rename Symbol on the second declaration of an alias', () => {
    it('renames that line only, as duplicate-reagent says ("Rename this one"), and the duplicate is gone', async () => {
      const text = EXAMPLE.replace('reagent stab      = NaBH(OAc)3                1.5 equiv\n', 'reagent stab      = NaBH(OAc)3                1.5 equiv\nreagent stab      = NaBH3CN                   1.5 equiv\n');
      const { uri, diagnostics } = await openDoc(text);
      const dup = diagnostics.find((d) => d.code === 'duplicate-reagent')!;
      assert.match(String(dup.message), /Rename this one/);
      const edit = await c.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: dup.range.start, newName: 'cbh' });
      await c.applyEdit(uri, edit!);
      // It renamed both declarations and the `add`: the two lines were as duplicated as before.
      assert.deepEqual(
        c.text(uri).split('\n').filter((l) => /stab|cbh/.test(l)),
        ['reagent stab      = NaBH(OAc)3                1.5 equiv', 'reagent cbh       = NaBH3CN                   1.5 equiv', '  add stab portionwise'],
      );
      const after = (await c.diagnosticsFor(uri)).diagnostics.map((d) => d.code);
      assert.ok(!after.includes('duplicate-reagent'), after.join(', '));
      await c.close(uri);
    });

    it('on the first declaration or an `add`, every occurrence is renamed, as before', async () => {
      const { uri } = await openDoc(EXAMPLE);
      const edit = await c.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(EXAMPLE, 'add stab', 0, 5), newName: 'red' });
      assert.equal(editsFor(uri, edit!).length, 2);
      await c.close(uri);
    });
  });

  describe('completion documentation for a client that shows plain text only', () => {
    it('is plain text, as its hovers are (it was Markdown whatever the client said)', async () => {
      const plain = await LspClient.start({
        capabilities: { ...fullCapabilities, textDocument: { ...fullCapabilities.textDocument, completion: { completionItem: { snippetSupport: true, documentationFormat: ['plaintext'] } } } },
      });
      try {
        const uri = 'file:///r20/plain.rxn';
        const text = EXAMPLE.replace('  stir 30 min at rt', '  st');
        await plain.open(uri, text);
        const r = await plain.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, '  st\n', 0, 4) });
        const stir = (Array.isArray(r) ? r : r!.items).find((i) => i.label === 'stir')!;
        assert.equal(typeof stir.documentation, 'string');
        assert.match(stir.documentation as string, /unless at TEMP says otherwise/);
        assert.doesNotMatch(stir.documentation as string, /`/);
      } finally {
        assert.equal(await plain.stop(), 0);
      }
      // The harness's client says nothing of the format: Markdown, as before (VS Code lists markdown).
      const uri = 'file:///r20/md.rxn';
      const text = EXAMPLE.replace('  stir 30 min at rt', '  st');
      await c.open(uri, text);
      const r = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, '  st\n', 0, 4) });
      const stir = (Array.isArray(r) ? r : r!.items).find((i) => i.label === 'stir')!;
      assert.equal((stir.documentation as MarkupContent).kind, 'markdown');
      await c.close(uri);
    });
  });
});
