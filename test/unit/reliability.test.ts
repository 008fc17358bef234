/**
 * The short version of `npm run fuzz` (test/fuzz/run.ts), so `npm test` exercises every
 * reliability property on fresh random inputs each run (fast-check prints the seed of a
 * failure; `npx tsx test/fuzz/run.ts --seed S` runs the long version):
 *
 * - `analyze` never throws (and no rule throws inside it);
 * - every diagnostic range, and every range of every fix, lies inside the document;
 * - every fix applies cleanly: its edits do not overlap, the result re-analyses, no new
 *   syntax error appears, every comment survives, the file's line ending is kept;
 * - fix all terminates, is idempotent, and its editor action gives the same text;
 * - formatting is idempotent, changes only whitespace, keeps every comment and statement;
 * - every editor feature at random positions does not throw and returns in-range ranges.
 *
 * Plus an exact property of the edit helpers the fixes are built from: whatever the line
 * endings (LF, CRLF, lone CR, mixed), inserting or deleting lines changes exactly those
 * lines and no other.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkAll, checkFixes, checkRanges, corpus, generators, PropertyFailure, type CheckInput } from '../fuzz/lib';
import { analyze, applyEdits, fixAll, type Analysis } from '../../server/src/engine';
import { editsOverlap, makeEditHelpers } from '../../server/src/edits';
import type { Range, TextEdit } from '../../server/src/types';
import { parse } from '../../server/src/syntax/parser';

const RUNS = 250;

function check(input: CheckInput): void {
  try {
    checkAll(input);
  } catch (e) {
    if (e instanceof PropertyFailure) assert.fail(`${e.message}\ninput: ${JSON.stringify(input.text)}`);
    throw e;
  }
}

describe('reliability properties (short fuzz run)', () => {
  const seeds = corpus();

  it('the corpus holds every sample and the rule pages\' examples', () => {
    assert.ok(seeds.filter((s) => s.name.startsWith('samples/')).length >= 12);
    assert.ok(seeds.filter((s) => s.name.startsWith('docs/rules/')).length >= 60);
  });

  it('every property holds on the unmodified samples and rule examples, in LF and in CRLF', () => {
    for (const s of seeds) {
      check({ text: s.text, positions: [[0, 0], [3, 5], [7, 100]] });
      if (s.name.startsWith('samples/')) check({ text: s.text.replace(/\r\n|\r|\n/g, '\r\n'), positions: [[5, 3], [11, 2], [13, 40]] });
    }
  });

  for (const g of generators(seeds)) {
    // Mutated protocols are the largest inputs: fewer of them keep the suite near 5 s.
    const runs = g.name.startsWith('mutated') ? 150 : RUNS;
    it(`every property holds on ${g.name} (${runs} inputs)`, function () {
      this.timeout(60_000);
      fc.assert(fc.property(g.arbitrary, check), { numRuns: runs });
    });
  }

  it('the checkers can fail: a bad range, a fix that loses a comment, breaks a line or mixes line endings is caught', () => {
    const text = 'reagent a = benzaldehyde 1,0 equiv  # keep me\r\nstep\r\n  add a\r\n';
    const a = analyze(text);
    const fake = (range: Range, newText: string): Analysis => ({
      ...a,
      diagnostics: [{ rule: 'invalid-quantity', severity: 'error', message: 'x', range, fixes: [{ title: 'bad', safe: false, edits: [{ range, newText }] }] }],
    });
    const r = (l: number, c0: number, c1: number): Range => ({ start: { line: l, character: c0 }, end: { line: l, character: c1 } });
    const fails = (f: () => void, what: RegExp) => assert.throws(f, (e: unknown) => e instanceof PropertyFailure && what.test(e.message));
    fails(() => checkRanges(text, fake(r(0, 30, 99), '1.0')), /outside the text/);
    fails(() => checkRanges(text, fake(r(7, 0, 0), '')), /outside the text/);
    fails(() => checkFixes(text, fake(r(0, 34, 45), '')), /loses the comment/);
    fails(() => checkFixes(text, fake(r(1, 0, 4), 'stpe')), /new syntax error/);
    fails(() => checkFixes(text, fake(r(0, 0, 0), 'note "x"\n')), /bare line ending/);
    fails(() => checkFixes(text, fake(r(0, 25, 28), '1,0')), /changes nothing/);
    // …and the real analysis passes them.
    checkRanges(text, a);
    checkFixes(text, a);
  });
});

describe('fix all', () => {
  /**
   * The plain definition: a fix waits for the next pass when any edit overlaps (editsOverlap)
   * an edit already taken; while the text has reading problems, only their fixes are taken.
   */
  function referenceFixAll(text: string): string {
    let current = text;
    for (let pass = 0; pass < 10; pass++) {
      const taken: TextEdit[] = [];
      const a = analyze(current);
      for (const d of a.diagnostics) {
        if (a.doc.problems.length > 0 && d.rule !== 'syntax-error' && d.rule !== 'invalid-quantity') continue;
        const fix = d.fixes.find((f) => f.safe);
        if (!fix || (taken.length > 0 && editsOverlap(fix.edits, taken))) continue;
        taken.push(...fix.edits);
      }
      const next = applyEdits(current, taken);
      if (taken.length === 0 || next === current) break;
      current = next;
    }
    return current;
  }

  it('picks the same fixes as the pairwise overlap rule (its overlap check is a binary search)', () => {
    const seeds = corpus();
    for (const s of seeds) assert.equal(fixAll(s.text).text, referenceFixAll(s.text), s.name);
    fc.assert(
      fc.property(generators(seeds).find((g) => g.name.startsWith('mutated'))!.arbitrary, ({ text }) => {
        assert.equal(fixAll(text).text, referenceFixAll(text));
      }),
      { numRuns: 100 },
    );
  });

});

describe('edit helpers keep every other line, whatever the line endings', () => {
  const lineText = fc.stringMatching(/^ {0,2}[a-z]{0,5}( [a-z]{1,3})?$/);
  const eol = fc.constantFrom('\n', '\r\n', '\r');
  const docArb = fc
    .array(fc.tuple(lineText, eol), { minLength: 1, maxLength: 8 })
    .chain((ls) => fc.tuple(fc.constant(ls), fc.boolean()))
    .map(([ls, endsWithEol]) => {
      let text = ls.map(([t, e]) => t + e).join('');
      if (!endsWithEol) text = text.slice(0, text.length - ls[ls.length - 1][1].length);
      return text;
    });
  const split = (t: string) => t.split(/\r\n|\r|\n/);

  it('deleteLine, insertLinesAfter and insertLinesBefore change exactly the lines they name', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), (text, k) => {
        const doc = parse(text);
        const h = makeEditHelpers(doc);
        const before = split(text);
        assert.deepEqual(doc.lines.map((l) => l.text), before);
        const n = before.length;
        const i = k % n;
        const expectDelete = n === 1 ? [''] : [...before.slice(0, i), ...before.slice(i + 1)];
        assert.deepEqual(split(applyEdits(text, [h.deleteLine(i)])), expectDelete, `deleteLine(${i}) of ${JSON.stringify(text)}`);
        assert.deepEqual(
          split(applyEdits(text, [h.insertLinesAfter(i, ['Y1', 'Y2'])])),
          [...before.slice(0, i + 1), 'Y1', 'Y2', ...before.slice(i + 1)],
          `insertLinesAfter(${i}) of ${JSON.stringify(text)}`,
        );
        assert.deepEqual(split(applyEdits(text, [h.insertLinesAfter(-1, ['Y'])])), ['Y', ...before], `insertLinesAfter(-1) of ${JSON.stringify(text)}`);
        const ind = before[i].slice(0, doc.lines[i].indent);
        assert.deepEqual(
          split(applyEdits(text, [h.insertLinesBefore(i, ['Y'])])),
          [...before.slice(0, i), ind + 'Y', ...before.slice(i)],
          `insertLinesBefore(${i}) of ${JSON.stringify(text)}`,
        );
        assert.deepEqual(split(applyEdits(text, [h.insertLinesBefore(n, ['Y'])])), [...before, 'Y'], `insertLinesBefore(end) of ${JSON.stringify(text)}`);
        assert.deepEqual(
          split(applyEdits(text, [h.insertLinesAfter(i, ['', 'Y'])])),
          [...before.slice(0, i + 1), '', 'Y', ...before.slice(i + 1)],
          `insertLinesAfter(${i}, blank first) of ${JSON.stringify(text)}`,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
