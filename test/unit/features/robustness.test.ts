import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../../server/src/engine';
import { hover } from '../../../server/src/features/hover';
import { completion } from '../../../server/src/features/completion';
import { documentSymbols } from '../../../server/src/features/symbols';
import { foldingRanges } from '../../../server/src/features/folding';
import { definition, references, prepareRename } from '../../../server/src/features/navigation';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { formatDocument } from '../../../server/src/features/format';
import { codeActions } from '../../../server/src/features/codeActions';
import type { Range } from '../../../server/src/types';
import { samples } from '../corpus';
import { BAD, EXAMPLE } from './helpers';

function withinText(lines: string[], r: Range): boolean {
  const ok = (l: number, c: number) => l >= 0 && l < lines.length && c >= 0 && c <= lines[l].length;
  return ok(r.start.line, r.start.character) && ok(r.end.line, r.end.character);
}

/** Runs every feature at every position of `text`; all ranges they return lie in the text. */
function exercise(text: string): void {
  const a = analyze(text);
  const lines = a.doc.lines.map((l) => l.text);
  documentSymbols(a.doc);
  foldingRanges(a.doc);
  inlayHints(a);
  formatDocument(a.doc);
  for (let line = 0; line < lines.length; line++) {
    for (let character = 0; character <= lines[line].length; character++) {
      const p = { line, character };
      const h = hover(a, p, { structures: false });
      if (h?.range) assert.ok(withinText(lines, h.range), `hover range at ${line}:${character}`);
      for (const item of completion(a, p)) {
        const e = item.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
        if (e) {
          // A plain edit, or an insert/replace pair (in the middle of a word): the insert part
          // contains the cursor (LSP) and ends there, or just after the closing brackets the
          // editor typed with an opening one (`NaBH(|)`), the replace part at or after it, both in the text.
          const insert = e.range ?? e.insert!;
          assert.ok(withinText(lines, insert), `completion range at ${line}:${character}`);
          assert.ok(insert.start.character <= character && insert.end.line === line, 'a completion edit starts at or before the cursor, on its line');
          assert.match(lines[line].slice(character, Math.max(character, insert.end.character)), /^[)\]]*$/, 'a completion edit ends at the cursor, or after closing brackets only');
          assert.ok(insert.end.character >= character, 'a completion edit contains the cursor');
          if (e.replace) {
            assert.ok(withinText(lines, e.replace), `completion replace range at ${line}:${character}`);
            assert.ok(e.replace.end.character >= character && e.replace.start.character === insert.start.character);
          }
        }
      }
      const d = definition(a, p);
      if (d) assert.ok(withinText(lines, d));
      for (const r of references(a, p, true)) assert.ok(withinText(lines, r));
      prepareRename(a, p);
      codeActions(a, 'file:///x.rxn', { start: p, end: p }, ['quickfix']);
    }
  }
}

describe('features on any text', () => {
  it('never throw on the samples, the example and a broken protocol', () => {
    for (const t of [EXAMPLE, BAD, ...samples().map((s) => s.text)]) exercise(t);
  });

  it('never throw on mangled protocols', () => {
    const base = [EXAMPLE, BAD];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom('', ' ', ',', '"', '#', '=', '1', 'x', '\n', '°', 'µ', '/', '+')), { maxLength: 5 }),
        (which, cuts) => {
          let t = base[which];
          for (const [at, len, ins] of cuts) {
            const i = at % (t.length + 1);
            t = t.slice(0, i) + ins + t.slice(i + len);
          }
          exercise(t);
        },
      ),
      { numRuns: 25 },
    );
  });
});
