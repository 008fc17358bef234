/**
 * Hard documents for the engine: 100,000 lines, a single 1 MB line, NUL bytes, CRLF and
 * mixed line endings (fixes keep the file's own ending), and the BOM contract (the engine
 * gets BOM-less text from `stripBom`).
 *
 * No timing assertions: a hang is caught by mocha's timeout (20 s in the suite).
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, BOM, fixAll, stripBom } from '../../server/src/engine';
import { print } from '../../server/src/syntax/print';
import { hover } from '../../server/src/features/hover';
import { completion } from '../../server/src/features/completion';
import { documentSymbols } from '../../server/src/features/symbols';
import { foldingRanges } from '../../server/src/features/folding';
import { inlayHints } from '../../server/src/features/inlayHints';
import { corpus } from '../fuzz/lib';
import { SPEC_EXAMPLE } from '../fixtures/example';
import type { Range } from '../../server/src/types';

const lines = (t: string) => t.split(/\r\n|\r|\n/);
const slice = (t: string, r: Range) => lines(t)[r.start.line].slice(r.start.character, r.end.character);
const brief = (t: string) =>
  analyze(t)
    .diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`)
    .sort();

/** The example protocol up to its reduction's addition, and its work-up up to the drying. */
const through = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to) + to.length);
const HEAD = through(SPEC_EXAMPLE, '# Mono-N-alkylation', '  add stab portionwise');
const TAIL = through(SPEC_EXAMPLE, 'workup', '  dry Na2SO4');

/** A valid protocol of exactly `n` lines whose last line is `last`. */
function longProtocol(n: number, last: string, eol = '\n'): string {
  const head = HEAD.split('\n');
  const tail = TAIL.split('\n');
  const filler = n - head.length - tail.length - 1;
  const body: string[] = [];
  for (let i = 0; i < filler; i++) body.push(i % 2 ? '  stir 1 min at rt' : '  note "sample taken"  # µ 🧪');
  return [...head, ...body, ...tail, last].join(eol);
}

describe('hard documents', () => {
  describe('100,000 lines', () => {
    it('reports an error on the last line with the right line number and columns', () => {
      const text = longProtocol(100_000, '  purfy silica DCM/MeOH 95:5 + 1% Et3N');
      assert.equal(lines(text).length, 100_000);
      const a = analyze(text);
      assert.equal(a.doc.lines.length, 100_000);
      assert.deepEqual(brief(text), ['syntax-error@99999:2-7']);
      const d = a.diagnostics[0];
      assert.equal(slice(text, d.range), 'purfy');
      assert.match(d.message, /did you mean 'purify'/);
    });

    it('CRLF: the same line numbers, and fix all repairs the last line in CRLF', () => {
      const text = longProtocol(100_000, '  purfy silica DCM/MeOH 95:5 + 1% Et3N', '\r\n');
      assert.deepEqual(brief(text), ['syntax-error@99999:2-7']);
      const r = fixAll(text);
      assert.ok(r.text.endsWith('\r\n  purify silica DCM/MeOH 95:5 + 1% Et3N'));
      assert.equal(r.text.length, text.length + 1);
      // The repaired purify line has its `+ 1% Et3N`: nothing is left to report.
      assert.deepEqual(r.analysis.diagnostics.map((x) => x.rule), []);
    });

    it('a problem early in the file and one at the end are both found; formatting and the features run', () => {
      const text = longProtocol(100_000, '  purify silica DCM/MeOH 95:5').replace('3.0 equiv', '3,0 equiv');
      assert.deepEqual(brief(text), ['invalid-quantity@5:46-49', 'silica-amine-modifier@99999:9-15']);
      const a = analyze(text);
      assert.equal(print(a.doc).split('\n').length, 100_001, 'formatted: the same lines, one ending each');
      const syms = documentSymbols(a.doc);
      assert.equal(syms[0].range.end.line, 99_999);
      assert.ok(foldingRanges(a.doc).some((f) => f.endLine === 99_999));
      assert.equal(inlayHints(a).length, 5);
      assert.ok(hover(a, { line: 99_999, character: 4 }, { structures: false }));
    });
  });

  describe('a single 1 MB line', () => {
    it('a reagent line with a 1 MB name and a zero amount: parsed, flagged at the very end, no hang', () => {
      const name = 'x'.repeat(1024 * 1024);
      const text = `reagent a = ${name} 0 mg`;
      const a = analyze(text);
      const q = a.diagnostics.find((d) => d.rule === 'invalid-quantity');
      assert.ok(q);
      assert.equal(slice(text, q.range), '0 mg');
      assert.equal(q.range.start.character, text.length - 4);
      const u = a.diagnostics.find((d) => d.rule === 'unknown-reagent');
      assert.equal(u?.range.end.character, 12 + name.length);
      hover(a, { line: 0, character: text.length - 1 }, { structures: false });
      completion(a, { line: 0, character: text.length });
      print(a.doc);
    });

    it('a 1 MB SMILES is reported as too long and never given to openchemlib (whose time grows faster than the length: it never finished)', () => {
      const text = `reagent a = foo smiles "${'C'.repeat(1024 * 1024)}" role carbonyl`;
      const d = analyze(text).diagnostics.find((x) => x.rule === 'syntax-error' && /SMILES/.test(x.message));
      assert.ok(d);
      assert.match(d.message, /longer than 250 characters/);
      // One of 250 characters is still read.
      assert.ok(!analyze(`reagent a = foo smiles "${'C'.repeat(250)}" role carbonyl`).diagnostics.some((x) => /SMILES/.test(x.message)));
    });

    it('a 1 MB name of short words is read (a comma search per word scanned the rest of the line)', () => {
      const text = `reagent a = ${'ab '.repeat(350_000)}0 mg`;
      const q = analyze(text).diagnostics.find((d) => d.rule === 'invalid-quantity');
      assert.equal(q?.range.start.character, text.length - 4);
    });

    it('1 MB of one unbroken word, and 1 MB of an `add` list: a diagnostic, no throw', () => {
      const word = 'x'.repeat(1024 * 1024);
      const a = analyze(word);
      assert.ok(a.diagnostics.some((d) => d.rule === 'syntax-error' && d.range.end.character === word.length));
      const add = 'step\n  add ' + 'a, '.repeat(350_000) + 'b';
      const b = analyze(add);
      // One diagnostic per undeclared alias of the line, not one per mention (350,000).
      assert.deepEqual(
        b.diagnostics.filter((d) => d.rule === 'undeclared-reagent').map((d) => slice(add, d.range)),
        ['a', 'b'],
      );
      fixAll(add);
    });
  });

  describe('NUL bytes', () => {
    it('are ordinary characters: a NUL line is a syntax error, a NUL in a name or comment is kept', () => {
      const text = HEAD.replace('pyridine-4-carboxaldehyde', 'pyridine-4-carbox\u0000aldehyde') + '\n\u0000\u0000\n  stir 1 h  # a\u0000b\n' + TAIL;
      const a = analyze(text);
      const se = a.diagnostics.filter((d) => d.rule === 'syntax-error');
      assert.deepEqual(se.map((d) => [d.range.start.line, slice(text, d.range)]), [[16, '\u0000\u0000']]);
      // The NUL breaks the name: it no longer matches the knowledge base, but it is read whole.
      const ald = a.model.byAlias.get('ald');
      assert.equal(ald?.name, 'pyridine-4-carbox\u0000aldehyde');
      assert.equal(a.doc.lines[17].comment?.text, ' a\u0000b');
      const out = print(a.doc);
      assert.ok(out.includes('# a\u0000b') && out.includes('\u0000\u0000') && out.includes('carbox\u0000aldehyde'));
    });

    it('a file of nothing but NUL bytes: one syntax error over them, no crash', () => {
      const text = '\u0000'.repeat(10_000);
      const se = analyze(text).diagnostics.filter((d) => d.rule === 'syntax-error');
      assert.equal(se.length, 1);
      assert.equal(se[0].range.end.character, 10_000);
      assert.equal(fixAll(text).text, text);
    });
  });

  describe('line endings', () => {
    const crlf = corpus().map((s) => ({ name: s.name, text: s.text.replace(/\r\n|\r|\n/g, '\r\n') }));
    const bareLf = /(^|[^\r])\n/;
    const loneCr = /\r(?!\n)/;

    it('every fix of every sample and rule example, converted to CRLF, writes CRLF only', () => {
      let fixes = 0;
      for (const { name, text } of crlf) {
        for (const d of analyze(text).diagnostics)
          for (const f of d.fixes) {
            fixes++;
            const after = applyEdits(text, f.edits);
            assert.ok(!bareLf.test(after), `${name}: ${d.rule} "${f.title}" put a bare LF into a CRLF file`);
            assert.ok(!loneCr.test(after), `${name}: ${d.rule} "${f.title}" split a CRLF`);
          }
        const all = fixAll(text).text;
        assert.ok(!bareLf.test(all) && !loneCr.test(all), `${name}: fix all mixed the line endings`);
        assert.ok(!bareLf.test(print(analyze(text).doc)), `${name}: formatting wrote a bare LF`);
      }
      assert.ok(fixes >= 40, `only ${fixes} fixes were tried`);
    });

    it('every fix of the LF originals writes LF only', () => {
      for (const s of corpus()) {
        if (/\r/.test(s.text)) continue;
        for (const d of analyze(s.text).diagnostics)
          for (const f of d.fixes) assert.ok(!/\r/.test(applyEdits(s.text, f.edits)), `${s.name}: ${d.rule} "${f.title}" wrote a CR`);
      }
    });

    it('a mixed file takes the majority ending for inserted lines and keeps every existing ending', () => {
      // Mostly CRLF, one LF line: the inserted quench line is CRLF, the LF line stays LF.
      const text = 'protocol "p"\r\ntarget mono\r\nscale 5 mmol\r\nreagent diazepane = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\r\nreagent acid = AcOH 1.0 equiv\r\nreagent stab = NaBH(OAc)3 1.5 equiv\r\nsolvent DCE\r\nstep\r\n  add diazepane, ald, acid\r\n  stir 1 h\r\n  add stab\r\nworkup\r\n  extract DCM x3\r\n';
      const d = analyze(text).diagnostics.find((x) => x.rule === 'missing-quench');
      assert.ok(d);
      const after = applyEdits(text, d.fixes[0].edits);
      assert.equal(after, text.replace('workup\r\n', 'workup\r\n  quench sat. NaHCO3\r\n'));
      assert.equal((after.match(/[^\r]\n/g) ?? []).length, 1, 'the one LF line is untouched');
    });

    it('a lone CR is a line ending: lines, positions and fixes follow it', () => {
      const text = 'target mono\rscale 1,5 mmol\rtarget di\r';
      assert.deepEqual(brief(text).filter((x) => !x.startsWith('missing-component')), ['duplicate-header@2:0-6', 'invalid-quantity@1:6-9']);
      assert.equal(fixAll(text).text, 'target mono\rscale 1.5 mmol\rtarget di\r');
    });
  });

  describe('BOM', () => {
    it('stripBom removes exactly one leading BOM and says so', () => {
      assert.deepEqual(stripBom(BOM + 'target mono\n'), { text: 'target mono\n', hasBom: true });
      assert.deepEqual(stripBom('target mono\n'), { text: 'target mono\n', hasBom: false });
      assert.deepEqual(stripBom(BOM + BOM + 'x'), { text: BOM + 'x', hasBom: true });
      assert.deepEqual(stripBom(''), { text: '', hasBom: false });
      assert.deepEqual(stripBom('a' + BOM), { text: 'a' + BOM, hasBom: false });
    });

    it('the engine gets BOM-less text: a BOM file checks exactly like the same file without it, and a fix round-trips the BOM', () => {
      for (const s of corpus().slice(0, 20)) {
        const withBom = BOM + s.text;
        const { text, hasBom } = stripBom(withBom);
        assert.ok(hasBom);
        assert.deepEqual(brief(text), brief(s.text), s.name);
        const fixed = fixAll(text).text;
        assert.equal(stripBom((hasBom ? BOM : '') + fixed).text, fixAll(s.text).text, s.name);
      }
    });

    it('a U+FEFF still at the start of the engine\'s text (a doubled BOM) is a character: positions count it', () => {
      const text = BOM + 'scale 1,5 mmol\n';
      const d = analyze(text).diagnostics.find((x) => x.rule === 'invalid-quantity')!;
      assert.equal(slice(text, d.range), '1,5');
      assert.equal(analyze(text).doc.text, text);
      assert.equal(fixAll(text).text, BOM + 'scale 1.5 mmol\n');
    });
  });
});
