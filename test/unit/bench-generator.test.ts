/**
 * The benchmark's protocols (bench/generate.mjs) must be what docs/performance.md says
 * they are, or its figures mean nothing: valid protocols that use every statement of the
 * language at every size, deterministic for a size and a seed.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { ALL_KEYWORDS } from '../../server/src/syntax/keywords';

// An ES module without types: loaded once, lazily, by path.
const GENERATOR: string = '../../bench/generate.mjs';
const gen = import(GENERATOR) as Promise<{ generateProtocol(lines: number, seed?: number): string }>;

describe('the benchmark generator', () => {
  for (const size of [200, 2000]) {
    it(`${size} lines: that many lines, every statement kind, no syntax errors`, async () => {
      const { generateProtocol } = await gen;
      const text = generateProtocol(size, 42);
      const a = analyze(text);
      assert.ok(Math.abs(a.doc.lines.length - size) <= 1, `${a.doc.lines.length} lines`);
      const used = new Set(a.doc.lines.map((l) => l.statement?.keyword.text).filter((k): k is string => !!k));
      const missing = ALL_KEYWORDS.filter((k) => !used.has(k));
      assert.deepEqual(missing, [], 'every keyword of the language appears');
      const broken = a.diagnostics.filter((d) => d.rule === 'syntax-error' || d.rule === 'invalid-quantity');
      assert.deepEqual(broken.map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
      assert.ok(a.diagnostics.length > 0 && a.diagnostics.length < 40, `a realistic handful of diagnostics (${a.diagnostics.length})`);
    });
  }

  it('is deterministic for a size and a seed, and the seed matters', async () => {
    const { generateProtocol } = await gen;
    assert.equal(generateProtocol(500, 7), generateProtocol(500, 7));
    assert.notEqual(generateProtocol(500, 7), generateProtocol(500, 8));
  });
});
