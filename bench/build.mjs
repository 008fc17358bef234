// Bundles what the benchmark runs, the same way esbuild.mjs bundles what ships:
//   bench/.out/engine.js       server/src/engine.ts (+ isChemLoaded from kb/chem.ts), via engine-entry.ts
//   bench/.out/openchemlib.js  openchemlib, loaded lazily by the engine bundle like dist/openchemlib.js
//   bench/.out/noop-server.js  the no-op language server (bench/noop-server.ts)
//   bench/.out/parse/server.js, bench/.out/model/server.js (each with its openchemlib.js)
//                              the language server with an edit running only the parse, or the
//                              parse and the model (bench/engine-ablation.ts): where the time goes
// Usage: node bench/build.mjs   (run.mjs calls it first)
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { productionOptions } from '../esbuild.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, '.out');

// The options of the production bundles (esbuild.mjs), run from the repository root.
const common = { ...productionOptions, absWorkingDir: root };

/** server.ts's `./engine` replaced by bench/engine-ablation.ts (every other module keeps the real engine). */
const ablationEngine = {
  name: 'ablation-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine$/ }, (args) =>
      path.resolve(args.importer) === path.join(root, 'server', 'src', 'server.ts') ? { path: path.join(here, 'engine-ablation.ts') } : undefined,
    );
  },
};

export async function buildBench() {
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { engine: 'bench/engine-entry.ts' },
      outdir: out,
      external: ['openchemlib'],
      define: { RXN_BUNDLED: 'true' },
    }),
    esbuild.build({ ...common, entryPoints: { openchemlib: 'node_modules/openchemlib/dist/openchemlib.js' }, outdir: out }),
    esbuild.build({ ...common, entryPoints: { 'noop-server': 'bench/noop-server.ts' }, outdir: out }),
    ...['parse', 'model'].map((part) =>
      esbuild.build({
        ...common,
        // Named server.js: the bundle starts a server only under that name.
        entryPoints: { server: 'server/src/server.ts', openchemlib: 'node_modules/openchemlib/dist/openchemlib.js' },
        outdir: path.join(out, part),
        external: ['openchemlib'],
        define: { RXN_BUNDLED: 'true', RXN_ABLATION: JSON.stringify(part) },
        plugins: [ablationEngine],
      }),
    ),
  ]);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildBench();
  console.log(`bench bundles written to ${path.relative(process.cwd(), out) || out}`);
}
