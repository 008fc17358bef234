// Shared by the workbench runner (run.mjs), the UI suite (ui.mjs) and `npm run demo`:
// building the .vsix, scratch folders, starting and stopping code-server.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the extension exactly as it ships: `npm run package` (esbuild + vsce) → rxn.vsix,
 * copied into `destDir` at once (so a later package run in the tree cannot change it under us).
 */
export function buildVsix(destDir, { log = () => {} } = {}) {
  const t0 = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '-s', 'package'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  const m = /Packaged:\s*(\S+\.vsix)/.exec(r.stdout + r.stderr);
  const built = resolve(ROOT, m ? m[1] : 'rxn.vsix');
  if (!existsSync(built)) throw new Error(`npm run package did not produce ${built}`);
  const dest = join(destDir, 'rxn.vsix');
  copyFileSync(built, dest);
  log(`built ${built.slice(ROOT.length + 1)} with npm run package (${secs(t0)})`);
  return dest;
}

/** Builds the @vscode/test-electron suite (out/test/vscode/suite/index.js). */
export function buildExtensionHostSuite({ log = () => {} } = {}) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['test/vscode/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node test/vscode/build.mjs failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  const out = join(ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
  if (!existsSync(out)) throw new Error(`test/vscode/build.mjs did not produce ${out}`);
  log(`built the extension-host suite with test/vscode/build.mjs (${secs(t0)})`);
  return out;
}

/** A free loopback TCP port: `preferred` (and the ones after it) when given, else any. */
export async function freePort(preferred) {
  const tryPort = (p) =>
    new Promise((res) => {
      const srv = createServer();
      srv.once('error', () => res(undefined));
      srv.listen({ port: p, host: '127.0.0.1', exclusive: true }, () => {
        const port = srv.address().port;
        srv.close(() => res(port));
      });
    });
  if (preferred !== undefined) {
    for (let p = preferred; p < preferred + 100 && p < 65536; p++) {
      const got = await tryPort(p);
      if (got) return got;
    }
  }
  const got = await tryPort(0);
  if (!got) throw new Error('no free loopback port');
  return got;
}

/**
 * A scratch tree for one code-server (+ browser): its own HOME, XDG_* and TMPDIR, so
 * nothing is written into the real home, and a copy of samples/ to open.
 */
export function makeScratch(prefix = 'rxn-workbench-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const p = (...s) => join(dir, ...s);
  const s = {
    dir,
    home: p('home'),
    tmp: p('tmp'),
    userData: p('user-data'),
    extensions: p('extensions'),
    browserProfile: p('browser-profile'),
    samples: p('work', 'samples'),
    suiteWorkspace: p('work', 'suite'),
    codeServerLog: p('code-server.log'),
  };
  for (const d of [s.home, s.tmp, s.userData, join(s.userData, 'User'), s.extensions, s.browserProfile, s.suiteWorkspace, p('home', '.config'), p('home', '.local', 'share'), p('home', '.cache')]) {
    mkdirSync(d, { recursive: true });
  }
  // Copies of the protocols: the tests edit them, the repository's samples stay untouched.
  mkdirSync(s.samples, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'samples'))) copyFileSync(join(ROOT, 'samples', f), join(s.samples, f));
  s.env = {
    ...process.env,
    HOME: s.home,
    XDG_CONFIG_HOME: p('home', '.config'),
    XDG_DATA_HOME: p('home', '.local', 'share'),
    XDG_CACHE_HOME: p('home', '.cache'),
    XDG_RUNTIME_DIR: s.tmp,
    TMPDIR: s.tmp,
  };
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_PID', 'VSCODE_CWD', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS', 'PASSWORD', 'HASHED_PASSWORD']) delete s.env[k];
  s.remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  return s;
}

/** User settings for a quiet, reproducible workbench. */
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'files.autoSave': 'off',
  'git.enabled': false,
  'editor.inlayHints.enabled': 'on',
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'workbench.editor.restoreViewState': false,
  'files.hotExit': 'off',
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

export function writeUserSettings(scratch, extra = {}) {
  writeFileSync(join(scratch.userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...extra }, null, 2) + '\n');
}

const COMMON_FLAGS = (scratch) => ['--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions];

/** `code-server --install-extension VSIX` into the scratch extensions folder; returns its folder. */
export function installVsix(entry, scratch, vsix, { log = () => {} } = {}) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [entry, ...COMMON_FLAGS(scratch), '--install-extension', vsix], { env: scratch.env, encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (exit ${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-2000)}`);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const folder = join(scratch.extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase());
  if (!existsSync(join(folder, 'package.json'))) {
    throw new Error(`after --install-extension, ${folder} is missing (extensions dir holds: ${readdirSync(scratch.extensions).join(', ')})`);
  }
  log(`installed the .vsix into the scratch extensions folder with code-server --install-extension (${secs(t0)})`);
  return folder;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Starts code-server on 127.0.0.1:port in its own process group (detached = setsid), so
 * it can be stopped together with every extension host and language server it started.
 */
export async function startCodeServer(entry, scratch, port, { timeoutMs = 60000 } = {}) {
  const out = openSync(scratch.codeServerLog, 'a');
  const args = [
    entry,
    ...COMMON_FLAGS(scratch),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--locale',
    'en',
  ];
  const proc = spawn(process.execPath, args, { env: scratch.env, cwd: scratch.dir, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const pid = proc.pid;
  let exited = false;
  const exitedPromise = new Promise((r) => proc.once('exit', (code, signal) => {
    exited = true;
    r({ code, signal });
  }));
  const url = `http://127.0.0.1:${port}`;

  let stopped = false;
  /** Synchronous hard stop (for process exit handlers). */
  const kill = () => {
    if (stopped || !pid) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  /** SIGTERM to the whole group, SIGKILL after a grace period; resolves when the group is gone. */
  const stop = async (graceMs = 5000) => {
    if (stopped || !pid) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const deadline = Date.now() + graceMs;
    while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pid)) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
      const d2 = Date.now() + 5000;
      while (groupAlive(pid) && Date.now() < d2) await sleep(100);
    }
    stopped = true;
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      const logText = existsSync(scratch.codeServerLog) ? readFileSync(scratch.codeServerLog, 'utf8') : '';
      await stop();
      throw new Error(`code-server exited at start:\n${logText.slice(-2000)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
    }
    await sleep(150);
  }
  return { url, port, pid, stop, kill, exited: exitedPromise, log: () => (existsSync(scratch.codeServerLog) ? readFileSync(scratch.codeServerLog, 'utf8') : '') };
}

