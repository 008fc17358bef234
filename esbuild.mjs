// Bundles the extension client, the language server, the CLI and openchemlib (loaded lazily).
//   node esbuild.mjs            production bundles in dist/
//   node esbuild.mjs --watch    rebuild on change
//   RXN_NO_MINIFY=1 node esbuild.mjs   readable bundles (for CPU profiles of the server)
//   (bench/build.mjs imports `productionOptions` so the benchmark measures bundles built alike)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const productionOptions = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: false,
  minify: process.env.RXN_NO_MINIFY !== '1',
  keepNames: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  // The client runs in VS Code's extension host: `vscode` is provided there.
  { ...productionOptions, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // Server and CLI: everything bundled except openchemlib, which is its own file (see kb/chem.ts).
  {
    ...productionOptions,
    entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' },
    outdir: 'dist',
    external: ['openchemlib'],
    define: { RXN_BUNDLED: 'true' },
  },
  { ...productionOptions, entryPoints: { openchemlib: 'node_modules/openchemlib/dist/openchemlib.js' }, outdir: 'dist' },
];

// Build only when run (`node esbuild.mjs`), not when imported for its options. (Real paths:
// import.meta.url is one, argv[1] may go through a symlink.)
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  execFileSync(process.execPath, ['scripts/gen-rules.mjs'], { stdio: 'inherit' });
  if (process.argv.includes('--watch')) {
    for (const b of builds) await (await esbuild.context(b)).watch();
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
}
