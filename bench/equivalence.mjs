// Behaviour check for performance work: the engine of the working tree must give exactly
// what a reference engine gives, on a large corpus.
//
//   node bench/equivalence.mjs --snapshot      copy server/src to bench/.out/ref-src (do this
//                                              before an engine change: it is the reference)
//   node bench/equivalence.mjs                 compare with that snapshot
//   node bench/equivalence.mjs --rev HEAD      compare with server/src of a git revision
//                                              (extracted with `git archive`, read-only)
//   node bench/equivalence.mjs --patch P.diff  compare with the working tree's server/src
//                                              minus the change in P.diff (`patch -R`), for
//                                              when others edit server/src at the same time
//
// Both engines are bundled with esbuild and compared, text by text, on the parsed
// Document, a summary of the Model (reagents, timeline, additions, pot contents) and every
// diagnostic with its fixes, over: the samples, the ```rxn examples of the rule pages, the
// review-round protocols of test/fixtures/{real,review},
// generated protocols (several sizes and seeds, with and without SMILES) and thousands of
// seeded random mutations of these (deleted, inserted, duplicated and swapped characters
// and lines, CRLF, upper case). The working tree analyses each mutant as an edit of the
// text it was made from (`reuse`, as the language server does while you type), the
// reference from scratch. Exit status 1 on the first difference, with an excerpt.
// (Other people may edit server/src while a snapshot is in use: a difference can also
// come from their change; the excerpt shows where.)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateProtocol, rng } from './generate.mjs';
import { buildBench } from './build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, '.out');
const argv = process.argv.slice(2);
const snapshotDir = path.join(out, 'ref-src');
if (argv.includes('--snapshot')) {
  fs.rmSync(snapshotDir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'server', 'src'), snapshotDir, { recursive: true });
  console.log(`snapshot of server/src written to ${path.relative(root, snapshotDir)}`);
  process.exit(0);
}
const revAt = argv.indexOf('--rev');
const patchAt = argv.indexOf('--patch');
const patchFile = patchAt >= 0 ? path.resolve(argv[patchAt + 1]) : undefined;
const rev = revAt >= 0 ? argv[revAt + 1] : patchFile || fs.existsSync(snapshotDir) ? undefined : 'HEAD';
const refName = rev ?? (patchFile ? `the working tree without ${path.basename(patchFile)}` : 'the snapshot');
const require = createRequire(import.meta.url);

// Reference engine: a git revision, or the snapshot.
const refDir = path.join(out, 'ref');
fs.rmSync(refDir, { recursive: true, force: true });
fs.mkdirSync(refDir, { recursive: true });
if (rev) {
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} server/src | tar -x -C ${JSON.stringify(refDir)}`], { cwd: root });
  // The rule registry is generated (not in git): the list of rule files is the same.
  fs.copyFileSync(path.join(root, 'server/src/rules/all.generated.ts'), path.join(refDir, 'server/src/rules/all.generated.ts'));
} else if (patchFile) {
  fs.cpSync(path.join(root, 'server', 'src'), path.join(refDir, 'server', 'src'), { recursive: true });
  execFileSync('patch', ['-R', '-p1', '-s', '-i', patchFile], { cwd: refDir, stdio: 'inherit' });
} else {
  fs.cpSync(snapshotDir, path.join(refDir, 'server', 'src'), { recursive: true });
}
fs.writeFileSync(path.join(refDir, 'entry.ts'), "export * from './server/src/engine';\n");
await esbuild.build({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true, // as the production bundles (esbuild.mjs)
  keepNames: true,
  entryPoints: { 'ref-engine': path.join(refDir, 'entry.ts') },
  outdir: out,
  external: ['openchemlib'],
  define: { RXN_BUNDLED: 'true' },
  logLevel: 'warning',
});
await buildBench();
const ref = require(path.join(out, 'ref-engine.js'));
const cur = require(path.join(out, 'engine.js'));

// What is compared.
function modelSummary(m) {
  const al = (rs) => rs.map((r) => r.alias);
  return {
    reagents: m.reagents.map((r) => [r.alias, r.role, r.roleSource, r.mmol, r.equiv, r.mw, r.density, r.freeNH, r.protected, r.acidStrength, r.aqueous, r.limiting, r.kb?.id, r.groups, r.added.map((a) => a.index)]),
    duplicateDecls: m.duplicateDecls.map((d) => d.line),
    amine: m.amine?.alias,
    scale: m.scale?.mmol,
    target: m.target?.degree,
    events: m.events.map((e) => [e.type, e.index, e.stmt.line, e.type === 'add' ? [al(e.reagents), al(e.before), e.celsius, e.minutesSinceMeet, e.solvent?.stmt.line] : e.type === 'time' ? e.minutes : e.type === 'solvent' ? e.solvent.protic : null]),
    adds: m.adds.map((a) => [a.index, a.step?.line, al(a.reagents), al(a.before), a.celsius, a.minutesSinceMeet, a.solvent?.stmt.line]),
    reductantAdditions: m.reductantAdditions.map((r) => [r.reductant.alias, r.add.index, r.onePot]),
    temperatures: m.temperatures.map((t) => [t.stmt.line, t.celsius, t.afterMeet, t.solvent?.stmt.line]),
    solvents: m.solvents.map((s) => [s.stmt.line, s.protic, s.boilingPointC, s.components.map((c) => c.kb?.id)]),
    topSolvent: m.topSolvent?.stmt.line,
    workup: m.workup.map((s) => s.line),
    roles: [al(m.amines), al(m.carbonyls), al(m.reductants), al(m.acids)],
    solventAt: m.events.map((_, i) => m.solventAt(i)?.stmt.line),
  };
}
// `from`: analyse `text` reusing the syntax tree of `from` (what the language server does
// from one version to the next); an engine without that option ignores it. The trees of
// the texts mutants come from are parsed once each (reuse never changes a tree).
const sourceTrees = new Map();
const treeOf = (engine, text) => {
  if (!sourceTrees.has(text)) sourceTrees.set(text, engine.analyze(text).doc);
  return sourceTrees.get(text);
};
const snapshot = (engine, text, from) => {
  const a = engine.analyze(text, from === undefined ? {} : { reuse: treeOf(engine, from) });
  return { doc: JSON.stringify(a.doc), model: JSON.stringify(modelSummary(a.model)), diagnostics: JSON.stringify(a.diagnostics) };
};

// Corpus.
const corpus = [];
for (const f of fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.rxn')).sort())
  corpus.push({ name: `samples/${f}`, text: fs.readFileSync(path.join(root, 'samples', f), 'utf8') });
for (const f of fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md')).sort()) {
  const page = fs.readFileSync(path.join(root, 'docs', 'rules', f), 'utf8');
  let k = 0;
  for (const m of page.matchAll(/```rxn\r?\n([\s\S]*?)```/g)) corpus.push({ name: `docs/rules/${f} #${k++}`, text: m[1] });
}
// The protocols written for the review rounds (real notebook and ELN styles: warm-ups, salts,
// two-stage routes, notebook spellings), which the generator does not write.
for (const dir of ['test/fixtures/real', 'test/fixtures/review'])
  for (const f of fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.rxn')).sort())
    corpus.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(root, dir, f), 'utf8') });
for (const lines of [60, 120, 200, 500, 2000])
  for (let seed = 1; seed <= 6; seed++) corpus.push({ name: `generated ${lines}/${seed}${seed % 2 ? '' : ' smiles'}`, text: generateProtocol(lines, seed, { smiles: seed % 2 === 0 }) });
corpus.push({ name: 'generated 10000/42', text: generateProtocol(10000, 42) });

const ALPHABET = ['#', '"', ',', ' ', '\t', '1', '0', '.', '-', 'x', 'e', 'µ', '°', '\r\n', '\n', '=', ':', '/', '%', 'M', 'h', 'C'];
function mutate(text, r) {
  const lines = text.split('\n');
  const n = 1 + Math.floor(r() * 4);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * lines.length);
    const l = lines[i];
    const p = Math.floor(r() * (l.length + 1));
    const op = r();
    if (op < 0.3) lines[i] = l.slice(0, p) + l.slice(p + 1);
    else if (op < 0.6) lines[i] = l.slice(0, p) + ALPHABET[Math.floor(r() * ALPHABET.length)] + l.slice(p);
    else if (op < 0.7) lines.splice(i, 1);
    else if (op < 0.8) lines.splice(i, 0, l);
    else if (op < 0.9) {
      const j = Math.floor(r() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    } else lines[i] = l.toUpperCase();
  }
  return lines.join(r() < 0.1 ? '\r\n' : '\n');
}
const base = corpus.filter((c) => c.text.length < 20000);
const r = rng(2024);
const MUTANTS = Number(process.env.MUTANTS ?? 3000);
for (let k = 0; k < MUTANTS; k++) {
  const b = base[k % base.length];
  corpus.push({ name: `${b.name} mutant ${k}`, text: mutate(b.text, r), from: b.text });
}

let compared = 0;
for (const c of corpus) {
  const a = snapshot(ref, c.text);
  const b = snapshot(cur, c.text, c.from); // a mutant as an edit of the text it came from
  for (const key of ['doc', 'model', 'diagnostics']) {
    if (a[key] !== b[key]) {
      let i = 0;
      while (i < a[key].length && a[key][i] === b[key][i]) i++;
      console.error(`DIFFERENT ${key} on ${c.name} at character ${i}:\n  ${refName}: …${a[key].slice(Math.max(0, i - 200), i + 200)}\n  work: …${b[key].slice(Math.max(0, i - 200), i + 200)}`);
      fs.writeFileSync(path.join(out, 'equivalence-failure.rxn'), c.text);
      console.error(`(text written to ${path.relative(root, path.join(out, 'equivalence-failure.rxn'))})`);
      process.exit(1);
    }
  }
  compared++;
}
console.log(`equivalence: ${compared} texts (document, model and diagnostics) identical to ${refName}; the ${MUTANTS} mutants analysed by the working tree as edits of the text they came from (reusing its syntax tree)`);
