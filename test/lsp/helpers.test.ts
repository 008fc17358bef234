/** The server's small pure helpers: settings normalisation and focus-mode line tracking. */
import { strict as assert } from 'node:assert';
import { normalizeSettings, defaultSettings, analysisKey } from '../../server/src/lsp/settings';
import { editedLines, applyFocus } from '../../server/src/lsp/focus';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';

describe('server helpers', () => {
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
