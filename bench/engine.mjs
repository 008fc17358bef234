// Engine throughput: parse + model + every rule (`analyze` from the BUNDLED engine,
// bench/.out/engine.js), on generated protocols of several sizes, against a floor that
// only splits the same text into lines and runs one regular expression per line.
//
// Run on its own: node bench/build.mjs && node bench/engine.mjs
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProtocol } from './generate.mjs';
import { summary } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const ENGINE = path.join(here, '.out', 'engine.js');

export const SIZES = [200, 2000, 10000, 50000];
export const SEED = 42;
const MB = 1024 * 1024;

/**
 * The floor: the least any line-oriented checker must do. One pass that splits the text
 * into lines (LF or CRLF, as the language allows) and matches each line against one
 * regular expression that separates keyword, arguments and trailing comment.
 */
const LINE = /^\s*([A-Za-z]+)(?:\s+([^#]*))?(#.*)?$/;
export function floor(text) {
  let matched = 0;
  for (const line of text.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (m) matched += m[1].length;
  }
  return matched;
}

/**
 * A second, diagnostic baseline (not a target): the floor plus the least a parser that
 * hands back a syntax tree must keep — per line one Line object, and for a statement one
 * statement object with a keyword token and a range (plain objects shaped like ast.ts:
 * a range is { start: { line, character }, end: { line, character } }). It shows how
 * much of the engine's time is the garbage collector moving a large, live result around,
 * which grows faster than the text once the result no longer fits the young generation.
 */
const range = (line, s, e) => ({ start: { line, character: s }, end: { line, character: e } });
export function astFloor(text) {
  const lines = [];
  const statements = [];
  const parts = text.split(/\r?\n/);
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i];
    const line = { index: i, text: t, eol: '\n', indent: 0, block: 'step' };
    lines.push(line);
    const m = LINE.exec(t);
    if (!m) continue;
    const k = t.indexOf(m[1]);
    const st = { kind: m[1], line: i, keyword: { text: m[1], range: range(i, k, k + m[1].length) }, range: range(i, k, t.length) };
    line.statement = st;
    statements.push(st);
  }
  return { lines, statements };
}

const now = () => performance.now();

/** Repeats per size: more for small texts (their times are short and noisy). */
function repeatsFor(lines) {
  return lines <= 200 ? 201 : lines <= 2000 ? 41 : lines <= 10000 ? 15 : 9;
}

export function benchEngine({ sizes = SIZES, seed = SEED, log = () => {} } = {}) {
  const engine = require(ENGINE);
  const rows = [];
  for (const lines of sizes) {
    const text = generateProtocol(lines, seed);
    const bytes = Buffer.byteLength(text, 'utf8');
    // Warm-up: at least 5 runs and 300 ms of each, so both are optimised by the JIT.
    const warmUntil = now() + 300;
    let diagnostics = 0;
    for (let i = 0; i < 5 || now() < warmUntil; i++) {
      diagnostics = engine.analyze(text).diagnostics.length;
      floor(text);
      astFloor(text);
    }
    const engineMs = [];
    const floorMs = [];
    const astMs = [];
    const n = repeatsFor(lines);
    // Interleaved, so both see the same machine load.
    for (let i = 0; i < n; i++) {
      let t = now();
      engine.analyze(text);
      engineMs.push(now() - t);
      t = now();
      floor(text);
      floorMs.push(now() - t);
      t = now();
      astFloor(text);
      astMs.push(now() - t);
    }
    const e = summary(engineMs);
    const fl = summary(floorMs);
    const af = summary(astMs);
    const row = {
      lines,
      bytes,
      diagnostics,
      engine: e,
      floor: fl,
      engineMBps: bytes / MB / (e.median / 1000),
      floorMBps: bytes / MB / (fl.median / 1000),
      ratio: e.median / fl.median,
      msPer1000Lines: (e.median / lines) * 1000,
      astFloor: af,
      astFloorRatio: af.median / fl.median,
      astFloorMsPer1000Lines: (af.median / lines) * 1000,
    };
    rows.push(row);
    log(row);
  }
  return rows;
}

/**
 * Whether analysing protocols loads openchemlib, in a fresh process each time: once for
 * protocols without `smiles` attributes (must stay unloaded) — the engine benchmark's and the
 * 50 of the memory benchmark (bench/lsp.mjs, seeds 1000–1049), which between them meet every
 * rule — and once, as a control that the check can see a load, for the first with some
 * `smiles` attributes.
 */
export function chemLoadCheck({ lines = 2000, seed = SEED } = {}) {
  const probe = (smiles, seeds) => {
    const code = `
      const { generateProtocol } = await import(${JSON.stringify(path.join(here, 'generate.mjs'))});
      const { createRequire } = await import('node:module');
      const require = createRequire(${JSON.stringify(ENGINE)});
      const engine = require(${JSON.stringify(ENGINE)});
      let smilesAttributes = 0, diagnostics = 0;
      for (const seed of ${JSON.stringify(seeds)}) {
        const text = generateProtocol(${lines}, seed, { smiles: ${smiles} });
        smilesAttributes += (text.match(/ smiles "/g) || []).length;
        diagnostics += engine.analyze(text).diagnostics.length;
      }
      const inCache = Object.keys(require.cache).some((k) => /openchemlib/.test(k));
      console.log(JSON.stringify({ protocols: ${seeds.length}, smilesAttributes, isChemLoaded: engine.isChemLoaded(), inRequireCache: inCache, diagnostics }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`chem-load probe failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const memorySeeds = Array.from({ length: 50 }, (_, i) => 1000 + i);
  return { withoutSmiles: probe(false, [seed, ...memorySeeds]), withSmiles: probe(true, [seed]) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  benchEngine({
    sizes: sizes.length ? sizes : SIZES,
    log: (r) =>
      console.log(
        `${String(r.lines).padStart(6)} lines  engine ${r.engine.median.toFixed(2)} ms (${r.engine.min.toFixed(2)}–${r.engine.max.toFixed(2)})` +
          `  floor ${r.floor.median.toFixed(2)} ms  AST floor ${r.astFloor.median.toFixed(2)} ms  ratio ${r.ratio.toFixed(1)}×  ${r.msPer1000Lines.toFixed(2)} ms/1k lines  ${r.engineMBps.toFixed(1)} MB/s`,
      ),
  });
  console.log(chemLoadCheck());
}
