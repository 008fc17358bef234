/**
 * The guide's facts are ours to use, its sentences are not: no text the project shows a
 * user (docs, README, knowledge-base hover texts, diagnostic messages) repeats 7 or more
 * consecutive words of the troubleshooting guide.
 *
 * The guide lives beside the checkout (../shared/guide/…, or $RXN_GUIDE). Outside CI the
 * check is skipped, with a message, when the guide is not there; under CI=true it must be.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB } from '../../server/src/kb';
import { analyze } from '../../server/src/engine';
import { rules } from '../../server/src/rules';
import { docExamples, ROOT, samples } from './corpus';

const N = 7;
const GUIDE = process.env.RXN_GUIDE ?? join(ROOT, '..', 'shared', 'guide', 'reductive-amination-of-diazepanes.txt');
const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);

function copiedRuns(text: string, grams: Set<string>): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + N <= w.length; i++) {
    const run = w.slice(i, i + N);
    // Runs that are mostly locants are chemical names (facts), not sentences.
    if (run.filter((x) => /^\d+$/.test(x)).length >= 3) continue;
    const g = run.join(' ');
    if (grams.has(g)) out.push(g);
  }
  return out;
}

describe(`own words: nothing repeats ${N} consecutive words of the guide`, function () {
  let grams: Set<string>;
  before(function () {
    if (!existsSync(GUIDE)) {
      if (process.env.CI === 'true') throw new Error(`the guide is missing at ${GUIDE}`);
      console.log(`    (skipped: the guide is not at ${GUIDE}; set RXN_GUIDE to check)`);
      this.skip();
    }
    const gw = words(readFileSync(GUIDE, 'utf8'));
    grams = new Set();
    for (let i = 0; i + N <= gw.length; i++) grams.add(gw.slice(i, i + N).join(' '));
  });

  it('the check itself catches a copied sentence', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    const sentence = guide.split(/(?<=\.)\s+/).find((s) => words(s).length > 12)!;
    assert.ok(copiedRuns(`Some intro. ${sentence}`, grams).length > 0);
  });

  it('documentation and README', () => {
    const files = ['README.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
      ...readdirSync(join(ROOT, 'docs', 'rules')).map((f) => `docs/rules/${f}`)];
    const bad = files.flatMap((f) => copiedRuns(readFileSync(join(ROOT, f), 'utf8'), grams).map((g) => `${f}: "${g}"`));
    assert.deepEqual(bad, []);
  });

  it('knowledge-base hover texts', () => {
    const bad = KB.flatMap((e) => [e.explanation, e.advice ?? ''].flatMap((t) => copiedRuns(t, grams).map((g) => `${e.id}: "${g}"`)));
    assert.deepEqual(bad, []);
  });

  it('diagnostic messages and rule summaries', () => {
    const texts = new Set<string>(rules.map((r) => r.summary));
    for (const ex of [...samples(), ...docExamples(rules.map((r) => r.id))]) for (const d of analyze(ex.text).diagnostics) texts.add(d.message);
    const bad = [...texts].flatMap((t) => copiedRuns(t, grams).map((g) => `"${g}" in: ${t}`));
    assert.deepEqual(bad, []);
  });
});
