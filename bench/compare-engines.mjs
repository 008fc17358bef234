// Before/after: times two engine bundles on the same generated protocols, interleaved
// run by run (so both see the same machine load). Used with the reference bundle that
// bench/equivalence.mjs builds (bench/.out/ref-engine.js):
//
//   node bench/equivalence.mjs --patch CHANGE.diff     (builds both bundles and checks them)
//   node bench/compare-engines.mjs bench/.out/ref-engine.js bench/.out/engine.js
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { generateProtocol } from './generate.mjs';
import { floor, SIZES, SEED } from './engine.mjs';
import { summary, f } from './stats.mjs';

const require = createRequire(import.meta.url);
const [a, b] = process.argv.slice(2).map((p) => path.resolve(p));
if (!a || !b) {
  console.error('usage: node bench/compare-engines.mjs BEFORE.js AFTER.js');
  process.exit(2);
}
const before = require(a);
const after = require(b);
const now = () => performance.now();
console.log(`| lines | before ms (min–max) | after ms (min–max) | speed-up | floor ms | before × floor | after × floor |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const lines of SIZES) {
  const text = generateProtocol(lines, SEED);
  const n = lines <= 2000 ? 61 : lines <= 10000 ? 21 : 11;
  for (let i = 0; i < 5; i++) {
    before.analyze(text);
    after.analyze(text);
    floor(text);
  }
  const xs = { before: [], after: [], floor: [] };
  for (let i = 0; i < n; i++) {
    for (const [k, fn] of i % 2 ? [['before', before], ['after', after]] : [['after', after], ['before', before]]) {
      const t = now();
      fn.analyze(text);
      xs[k].push(now() - t);
    }
    const t = now();
    floor(text);
    xs.floor.push(now() - t);
  }
  const sb = summary(xs.before);
  const sa = summary(xs.after);
  const sf = summary(xs.floor);
  console.log(
    `| ${lines} | ${f(sb.median)} (${f(sb.min)}–${f(sb.max)}) | ${f(sa.median)} (${f(sa.min)}–${f(sa.max)}) | ${f(sb.median / sa.median, 1)}× | ${f(sf.median, 3)} | ${f(sb.median / sf.median, 1)}× | ${f(sa.median / sf.median, 1)}× |`,
  );
}
