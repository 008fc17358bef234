// Builds what the VS Code extension-host suite needs: the extension itself (node
// esbuild.mjs → dist/) and the suite (→ out/test/vscode/). Kept apart from esbuild.mjs so
// the product build never bundles test code.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });

const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: 'inline', logLevel: 'warning', absWorkingDir: root };
await Promise.all([
  // Runs in plain node; @vscode/test-electron stays in node_modules.
  esbuild.build({ ...common, entryPoints: ['test/vscode/runTest.ts'], outfile: 'out/test/vscode/runTest.js', external: ['@vscode/test-electron'] }),
  // Runs inside the extension host: `vscode` is provided there, mocha comes from node_modules.
  esbuild.build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'out/test/vscode/suite/index.js', external: ['vscode', 'mocha'] }),
]);
