/**
 * Runs the extension-host suite (suite/index.ts) inside a real VS Code downloaded by
 * @vscode/test-electron. Needs network access to update.code.visualstudio.com the first
 * time (the download is cached in .vscode-test/). See README.md in this folder.
 *
 *   npm run test:vscode                      # latest stable VS Code
 *   RXN_VSCODE_VERSION=1.91.0 npm run test:vscode
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // This file runs as out/test/vscode/runTest.js.
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
  if (!fs.existsSync(path.join(root, 'dist', 'server.js')) || !fs.existsSync(extensionTestsPath)) {
    throw new Error('build first: node test/vscode/build.mjs');
  }
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-vscode-test-'));
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-vscode-user-'));
  const code = await runTests({
    version: process.env.RXN_VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath,
    extensionTestsEnv: { RXN_TEST_WORKSPACE: workspace },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
  });
  process.exitCode = code;
}

main().catch((err) => {
  console.error('rxn: the VS Code extension-host suite could not run:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
