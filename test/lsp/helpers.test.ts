/** The server's small pure helpers: settings normalisation and focus-mode line tracking. */
import { strict as assert } from 'node:assert';
import { normalizeSettings, defaultSettings, analysisKey, unknownRuleSettings, rulesSettingKey, unknownRuleMessage } from '../../server/src/lsp/settings';
import { isRuleId, nearestRuleId } from '../../server/src/rules';
import { editedLines, editedLinesOf, applyFocus } from '../../server/src/lsp/focus';
import { TextDocument } from 'vscode-languageserver-textdocument';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';

describe('server helpers', () => {
  describe('unknown rule ids in rxn.rules', () => {
    it('finds the keys that are not rules, with their values', () => {
      assert.deepEqual(unknownRuleSettings({ rules: { 'misssing-acid': 'off', 'missing-acid': 'warn' } }, isRuleId), [{ id: 'misssing-acid', value: 'off' }]);
      assert.deepEqual(unknownRuleSettings({ rules: { 'missing-acid': 'off' } }, isRuleId), []);
      assert.deepEqual(unknownRuleSettings({ rules: ['x'] }, isRuleId), []);
      assert.deepEqual(unknownRuleSettings(null, isRuleId), []);
    });
    it('suggests the nearest rule id when one is close, none otherwise', () => {
      assert.equal(nearestRuleId('misssing-acid'), 'missing-acid');
      assert.equal(nearestRuleId('nabh4-onepot'), 'nabh4-one-pot');
      assert.equal(nearestRuleId('Missing-Acid'), 'missing-acid');
      assert.equal(nearestRuleId('no-such-check-at-all'), undefined);
      assert.match(unknownRuleMessage('misssing-acid', 'off', 'missing-acid'), /^rxn\.rules: "misssing-acid" is not an rxn rule, so its setting \("off"\) has no effect\. Did you mean "missing-acid"\?/);
      assert.doesNotMatch(unknownRuleMessage('zzz', 'off', undefined), /Did you mean/);
    });
    it('keys a rules value independently of the order of its keys', () => {
      assert.equal(rulesSettingKey({ rules: { a: 'off', b: 'error' } }), rulesSettingKey({ rules: { b: 'error', a: 'off' } }));
      assert.notEqual(rulesSettingKey({ rules: { a: 'off' } }), rulesSettingKey({ rules: { a: 'error' } }));
    });
  });

  describe('normalizeSettings', () => {
    it('reads the nested form VS Code sends', () => {
      const s = normalizeSettings({ rules: { 'missing-acid': 'error', 'mono-stoichiometry': 'off' }, focusMode: true, inlayHints: { amounts: false }, hover: { structures: false } });
      assert.deepEqual(s, { rules: { 'missing-acid': 'error', 'mono-stoichiometry': 'off' }, focusMode: true, inlayHints: { amounts: false }, hover: { structures: false } });
    });

    it('reads dotted keys and common severity spellings', () => {
      const s = normalizeSettings({ 'inlayHints.amounts': false, rules: { a: 'Warn', b: 'information', c: 'ERROR' } });
      assert.equal(s.inlayHints.amounts, false);
      assert.deepEqual(s.rules, { a: 'warning', b: 'info', c: 'error' });
    });

    it('ignores what it cannot use', () => {
      assert.deepEqual(normalizeSettings(null), defaultSettings());
      assert.deepEqual(normalizeSettings('rxn'), defaultSettings());
      assert.deepEqual(normalizeSettings({ rules: ['x'], focusMode: 'yes', inlayHints: { amounts: 1 } }), defaultSettings());
      assert.deepEqual(normalizeSettings({ rules: { a: 'loud', b: 3 } }).rules, {});
    });

    it('the analysis key changes with the rules and not with their order', () => {
      const a = normalizeSettings({ rules: { x: 'off', y: 'error' } });
      const b = normalizeSettings({ rules: { y: 'error', x: 'off' } });
      assert.equal(analysisKey(a), analysisKey(b));
      assert.notEqual(analysisKey(a), analysisKey(normalizeSettings({ rules: { x: 'off' } })));
      assert.equal(analysisKey(a), analysisKey(normalizeSettings({ rules: { x: 'off', y: 'error' }, focusMode: true })));
    });
  });

  describe('editedLines', () => {
    it('a character typed on one line', () => {
      assert.deepEqual(editedLines('a\nb\nc', 'a\nbx\nc'), { first: 1, last: 1 });
    });
    it('a new line inserted', () => {
      assert.deepEqual(editedLines('a\nb\nc', 'a\nb\nnew\nc'), { first: 2, last: 2 });
    });
    it('a line deleted: the line where it was', () => {
      assert.deepEqual(editedLines('a\nb\nc', 'a\nc'), { first: 1, last: 1 });
    });
    it('CRLF text and a change spanning lines', () => {
      assert.deepEqual(editedLines('a\r\nb\r\nc\r\nd', 'a\r\nB\r\nC\r\nd'), { first: 1, last: 2 });
    });
    it('nothing changed', () => {
      assert.equal(editedLines('a\nb', 'a\nb'), undefined);
    });
  });

  describe('editedLinesOf (from incremental changes, without reading the texts)', () => {
    const at = (l1: number, c1: number, l2: number, c2: number, text: string) => ({ range: { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } }, text });
    it('a character typed', () => {
      assert.deepEqual(editedLinesOf([at(1, 1, 1, 1, 'x')]), { first: 1, last: 1 });
    });
    it('Enter typed: the line and the new one', () => {
      assert.deepEqual(editedLinesOf([at(1, 1, 1, 1, '\r\n  ')]), { first: 1, last: 2 });
    });
    it('two changes: the second one above the first moves it down', () => {
      assert.deepEqual(editedLinesOf([at(5, 0, 5, 0, 'x'), at(0, 0, 0, 0, 'a\nb\n')]), { first: 0, last: 7 });
    });
    it('no changes', () => {
      assert.equal(editedLinesOf([]), undefined);
    });
    it('every line outside the span is unchanged (property)', () => {
      const lineText = fc.constantFrom('', 'a', 'bb', 'add x', '# c');
      const textArb = fc.array(lineText, { minLength: 1, maxLength: 8 }).chain((ls) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => ls.join(eol)));
      const insert = fc.array(fc.constantFrom('', 'z', '\n', '\r\n', 'q\nr', '\r'), { maxLength: 3 }).map((a) => a.join(''));
      fc.assert(
        fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(), insert), { minLength: 1, maxLength: 3 }), (text, edits) => {
          let doc = TextDocument.create('file:///x.rxn', 'rxn', 1, text);
          const before = doc.getText();
          const changes = edits.map(([p, q, t]) => {
            // Each change is made against the text left by the previous ones, as LSP sends them.
            const len = doc.getText().length;
            const a = p % (len + 1);
            const b = a + (q % (len - a + 1));
            const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: t };
            doc = TextDocument.update(doc, [change], doc.version + 1);
            return change;
          });
          const after = doc.getText();
          if (after === before) return;
          // Outside the span, the new text's lines are the old text's lines, unchanged (a
          // line's ending counts: a CR that became a CRLF is a change).
          const lines = (t: string) => t.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g)!.slice(0, -1).concat(t.endsWith('\n') || t.endsWith('\r') ? [''] : []);
          const a = lines(before);
          const b = lines(after);
          const span = editedLinesOf(changes)!;
          const tail = b.length - 1 - span.last;
          assert.ok(span.first >= 0 && span.last >= span.first);
          assert.deepEqual(b.slice(0, span.first), a.slice(0, span.first), `lines above ${JSON.stringify(span)} unchanged`);
          assert.deepEqual(tail > 0 ? b.slice(b.length - tail) : [], tail > 0 ? a.slice(a.length - tail) : [], `lines below ${JSON.stringify(span)} unchanged`);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('applyFocus', () => {
    const diag = (code: string, line: number): Diagnostic => ({ code, message: code, range: { start: { line, character: 0 }, end: { line, character: 1 } } });
    const ds = [diag('a', 1), diag('b', 3), diag('c', 3)];

    it('holds back new problems on the edited cursor line only', () => {
      assert.deepEqual(applyFocus(ds, { cursorLine: 3, edited: { first: 3, last: 3 }, previous: [] }).map((d) => d.code), ['a']);
    });
    it('keeps a problem already shown on that line', () => {
      assert.deepEqual(applyFocus(ds, { cursorLine: 3, edited: { first: 3, last: 3 }, previous: [diag('b', 3)] }).map((d) => d.code), ['a', 'b']);
    });
    it('changes nothing when the cursor line was not edited, or is unknown', () => {
      assert.equal(applyFocus(ds, { cursorLine: 3, edited: { first: 1, last: 1 }, previous: [] }).length, 3);
      assert.equal(applyFocus(ds, { edited: { first: 3, last: 3 }, previous: [] }).length, 3);
    });
  });
});
