#!/usr/bin/env node
// Workbench end-to-end tests: the packaged extension (.vsix) in a real VS Code 1.100.3
// workbench (code-server) driven by Chromium. `npm test` runs this file when present and
// reads its last line: `workbench: N passed, N failed, N skipped`.
//
//   node test/workbench/run.mjs                 both suites
//   node test/workbench/run.mjs --grep hover    only the UI tests whose id/title match
//   node test/workbench/run.mjs --ui-only | --ext-only
//
// Environment:
//   CI=true                    a missing prerequisite is a failure (else: everything skipped, exit 0)
//   RXN_WORKBENCH_NO_INSTALL=1 never install prerequisites (only use what is there)
//   RXN_WORKBENCH_CACHE=DIR    where code-server and playwright-core are cached
//   RXN_UPDATE_SCREENSHOT=1    also (re)write the README pictures docs/images/workbench-{demo,hover}.png
//
// Screenshots: test-results/workbench/. See docs/workbench.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { ensurePrerequisites, loadPlaywright } from './setup.mjs';
import { ROOT, buildExtensionHostSuite, buildVsix, freePort, installVsix, makeScratch, secs, startCodeServer, writeUserSettings } from './lib.mjs';
import { UI_TESTS, runUiSuite } from './ui.mjs';

const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const grep = argValue('--grep') ? new RegExp(argValue('--grep'), 'i') : undefined;
const runExt = !args.includes('--ui-only') && !grep;
const runUi = !args.includes('--ext-only');
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const SHOTS = join(ROOT, 'test-results', 'workbench');
const README_IMAGES = join(ROOT, 'docs', 'images');
const EXT_SUITE_TIMEOUT_MS = 180000;
const WATCHDOG_MS = 15 * 60 * 1000;

const log = (...a) => process.stdout.write(a.join(' ') + '\n');

/** How many tests the extension-host suite has (for the "skipped" count when nothing runs). */
function extSuiteSize() {
  try {
    const src = readFileSync(join(ROOT, 'test', 'vscode', 'suite', 'index.ts'), 'utf8');
    return (src.match(/new Mocha\.Test\(/g) ?? []).length || 1;
  } catch {
    return 0;
  }
}

function summary(passed, failed, skipped) {
  log(`workbench: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

// ── cleanup: code-server's whole process group, the browser, the scratch folder ─────────
const state = { server: undefined, context: undefined, scratch: undefined, cleaning: undefined, cleaned: false, interrupted: undefined };

function cleanup() {
  // One shared run: a signal and main()'s finally may both ask for it.
  state.cleaning ??= (async () => {
    const ctx = state.context;
    state.context = undefined;
    if (ctx) await Promise.race([ctx.close().catch(() => {}), new Promise((r) => setTimeout(r, 10000))]);
    if (state.server) await state.server.stop();
    state.scratch?.remove();
    state.cleaned = true;
  })();
  return state.cleaning;
}

function cleanupSync() {
  // Last resort (process exit): no awaiting possible.
  if (state.cleaned) return;
  state.server?.kill();
  try {
    state.scratch?.remove();
  } catch {
    // best effort
  }
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
for (const sig of Object.keys(SIGNAL_EXIT)) {
  process.on(sig, () => {
    if (state.interrupted) return;
    state.interrupted = sig;
    log(`\nworkbench: ${sig} — stopping code-server and Chromium`);
    // main() sees the flag, stops after the current step and reports; this is the backstop.
    cleanup().finally(() => setTimeout(() => process.exit(SIGNAL_EXIT[sig]), 5000).unref());
  });
}
process.on('exit', cleanupSync);

// ── the extension's own @vscode/test-electron suite, inside code-server's extension host ──
async function runExtensionHostSuite(context, server, extFolder, suiteJs, scratch) {
  const page = await context.newPage();
  const lines = [];
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, a) => {
    const text = Array.isArray(a) ? format(...a.map((x) => (typeof x === 'string' || typeof x === 'number' ? x : JSON.stringify(x)))) : String(a);
    lines.push(`[${type}] ${text}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    // The extension as installed from the .vsix is the one under test.
    ['extensionDevelopmentPath', remote(extFolder)],
    ['extensionTestsPath', remote(suiteJs)],
  ];
  const t0 = Date.now();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(scratch.suiteWorkspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer;
  const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), EXT_SUITE_TIMEOUT_MS)))]);
  clearTimeout(timer);
  await page.close().catch(() => {});
  const noise = /^\[info\] (Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Started local extension host|Extension host .* started)/;
  const out = lines.filter((l) => !noise.test(l)).map((l) => l.replace(/^\[(info|log)\] /, ''));
  writeFileSync(join(SHOTS, 'extension-host-suite.log'), lines.join('\n') + '\n');
  const text = out.join('\n');
  const n = (re) => Number(re.exec(text)?.[1] ?? 0);
  let passed = n(/^\s*(\d+) passing/m);
  let failed = n(/^\s*(\d+) failing/m);
  const pending = n(/^\s*(\d+) pending/m);
  if (code === 'timeout') failed += 1;
  else if (passed + failed === 0) (code === 0 ? (passed = 1) : (failed = 1));
  else if (code !== 0 && failed === 0) failed = 1; // the suite could not even report
  log(out.map((l) => `    ${l}`).join('\n'));
  log(`  extension-host suite: exit ${code}, ${passed} passing, ${failed} failing (${secs(t0)})`);
  return { passed, failed, skipped: pending };
}

async function main() {
  const started = Date.now();
  const uiCount = UI_TESTS.filter((t) => !grep || grep.test(t.id) || grep.test(t.title)).length;
  const plannedSkips = (runUi ? uiCount : 0) + (runExt ? extSuiteSize() : 0);
  log('rxn workbench end-to-end tests (code-server + Chromium)');

  const pre = ensurePrerequisites({ install: process.env.RXN_WORKBENCH_NO_INSTALL !== '1', log: (s) => log(s) });
  for (const d of pre.did) log(`  setup: ${d}`);
  if (!pre.ok) {
    if (CI) {
      log(`✖ a prerequisite is missing (CI=true makes this a failure): ${pre.reason}`);
      summary(0, 1, plannedSkips);
      return 1;
    }
    log(`  skipped: ${pre.reason}`);
    log('  (install them with: node test/workbench/setup.mjs — as root for the apt packages)');
    summary(0, 0, plannedSkips);
    return 0;
  }
  log(`  ${pre.chromiumVersion}; code-server from ${pre.dir} (setup ${pre.seconds.toFixed(1)} s)`);

  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const watchdog = setTimeout(() => {
    log(`✖ the workbench run took longer than ${WATCHDOG_MS / 60000} min: stopping`);
    summary(0, 1, 0);
    cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  watchdog.unref();

  const totals = { passed: 0, failed: 0, skipped: 0 };
  const samplesBefore = Object.fromEntries(readdirSync(join(ROOT, 'samples')).map((f) => [f, readFileSync(join(ROOT, 'samples', f), 'utf8')]));
  try {
    const scratch = (state.scratch = makeScratch());
    writeUserSettings(scratch);
    const vsix = buildVsix(scratch.dir, { log: (s) => log(`  ${s}`) });
    const suiteJs = runExt ? buildExtensionHostSuite({ log: (s) => log(`  ${s}`) }) : undefined;
    const extFolder = installVsix(pre.codeServerEntry, scratch, vsix, { log: (s) => log(`  ${s}`) });
    const port = await freePort();
    const t0 = Date.now();
    state.server = await startCodeServer(pre.codeServerEntry, scratch, port);
    log(`  code-server ${state.server.url} up (${secs(t0)}), process group ${state.server.pid}`);

    const { chromium } = loadPlaywright(pre.dir);
    state.context = await chromium.launchPersistentContext(scratch.browserProfile, {
      executablePath: pre.chromium,
      headless: true,
      env: scratch.env,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: 'en-US',
      timezoneId: 'UTC',
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    // Nothing but the loopback workbench may be reached from the browser.
    await state.context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|blob:|vscode-remote)/, (route) => route.abort());

    if (runExt) {
      log('\n▶ the extension-host suite (test/vscode/suite) in code-server');
      const r = await runExtensionHostSuite(state.context, state.server, extFolder, suiteJs, scratch);
      totals.passed += r.passed;
      totals.failed += r.failed;
      totals.skipped += r.skipped;
    }

    if (runUi) {
      log('\n▶ the UI suite (test/workbench/ui.mjs)');
      const t1 = Date.now();
      const page = state.context.pages()[0] ?? (await state.context.newPage());
      await page.goto(`${state.server.url}/?folder=${encodeURIComponent(scratch.samples)}`);
      await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60000 });
      const readmeDir = process.env.RXN_UPDATE_SCREENSHOT === '1' ? README_IMAGES : undefined;
      if (readmeDir) mkdirSync(readmeDir, { recursive: true });
      const results = await runUiSuite({ page, scratch, shotsDir: SHOTS, readmeDir, grep, log: (s) => log(s), shouldStop: () => !!state.interrupted });
      for (const r of results) totals[r.status]++;
      log(`  UI suite: ${results.filter((r) => r.status === 'passed').length} passed, ${results.filter((r) => r.status === 'failed').length} failed (${secs(t1)})`);
      if (readmeDir && results.some((r) => r.status === 'failed')) log('  (README screenshots are only written by tests that passed)');
    }
    // The workbench edited copies: the repository's own samples must be untouched.
    const changed = Object.entries(samplesBefore).filter(([f, text]) => !existsSync(join(ROOT, 'samples', f)) || readFileSync(join(ROOT, 'samples', f), 'utf8') !== text);
    if (changed.length) {
      totals.failed++;
      log(`✖ the run changed the repository's samples: ${changed.map(([f]) => f).join(', ')}`);
    }
  } catch (err) {
    totals.failed++;
    if (!state.interrupted) log(`✖ the workbench could not run: ${err?.stack ?? err}`);
    if (state.server) log(`  code-server log (tail):\n${state.server.log().slice(-3000)}`);
  } finally {
    await cleanup();
    clearTimeout(watchdog);
  }
  log(`\n  screenshots: ${SHOTS}`);
  log(`  total ${secs(started)}`);
  if (state.interrupted) {
    log(`✖ interrupted by ${state.interrupted}`);
    summary(totals.passed, Math.max(1, totals.failed), totals.skipped);
    return SIGNAL_EXIT[state.interrupted];
  }
  summary(totals.passed, totals.failed, totals.skipped);
  return totals.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    log(`✖ ${err?.stack ?? err}`);
    await cleanup();
    summary(0, 1, 0);
    process.exit(1);
  },
);
