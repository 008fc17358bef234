#!/usr/bin/env node
// Prerequisites of the workbench end-to-end tests and of `npm run demo`, installed once and
// cached OUTSIDE the repository (nothing here touches package.json or node_modules):
//
//   apt (root only):  chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config
//   npm (cache dir):  code-server@4.100.3 (VS Code 1.100.3 on node 20) and playwright-core
//
// The cache folder is $RXN_WORKBENCH_CACHE, default ~/.cache/rxn-workbench/code-server-4.100.3.
// A marker file is written there only when everything installed, so an interrupted install
// is redone next time.
//
//   node test/workbench/setup.mjs            install what is missing, print what was done
//   node test/workbench/setup.mjs --check    install nothing; exit 1 when something is missing
//
// Used as a module by run.mjs and scripts/demo.mjs: ensurePrerequisites().
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, rmdirSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// The newest playwright-core (Nov 2026); it drives Debian's chromium 156 over CDP and runs on node 20.
export const PLAYWRIGHT_VERSION = '1.65.1';
export const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'];
export const CHROMIUM = process.env.RXN_CHROMIUM || '/usr/bin/chromium';
// code-server 4.100.3 depends on @vscode/ripgrep 1.15.11, whose postinstall downloads this
// archive from GitHub unless it is already in its cache folder (under the temp dir).
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ARCHIVE = `ripgrep-v13.0.0-10-${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-unknown-linux-musl.tar.gz`;
const MARKER = '.rxn-workbench-ready.json';

export function cacheDir() {
  return resolve(process.env.RXN_WORKBENCH_CACHE || join(homedir(), '.cache', 'rxn-workbench', `code-server-${CODE_SERVER_VERSION}`));
}

/** The node entry of code-server inside the cache (run it with process.execPath). */
export function codeServerEntry(dir = cacheDir()) {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** playwright-core, loaded from the cache folder (it is not a dependency of the repository). */
export function loadPlaywright(dir = cacheDir()) {
  const req = createRequire(join(dir, 'package.json'));
  return req('playwright-core');
}

function sh(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
}

function has(cmd) {
  return sh('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

function dpkgInstalled(pkg) {
  const r = sh('dpkg-query', ['-W', '-f=${Status}', pkg]);
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

function npmCacheReady(dir) {
  const m = readMarker(dir);
  return (
    m?.codeServer === CODE_SERVER_VERSION &&
    m?.playwrightCore === PLAYWRIGHT_VERSION &&
    existsSync(codeServerEntry(dir)) &&
    existsSync(join(dir, 'node_modules', 'playwright-core', 'package.json'))
  );
}

/** What is missing, without installing anything. */
export function missingPrerequisites(dir = cacheDir()) {
  const missing = [];
  if (process.platform !== 'linux') return [`a Linux machine (this is ${process.platform})`];
  const apt = has('dpkg-query') ? APT_PACKAGES.filter((p) => !dpkgInstalled(p)) : [];
  if (apt.length) missing.push(`apt packages: ${apt.join(' ')}`);
  if (!existsSync(CHROMIUM)) missing.push(`chromium at ${CHROMIUM}`);
  if (!npmCacheReady(dir)) missing.push(`code-server@${CODE_SERVER_VERSION} + playwright-core@${PLAYWRIGHT_VERSION} in ${dir}`);
  return missing;
}

/** A lock on the cache folder, so two runs never install into it at once. */
function withLock(dir, fn, log) {
  const lock = `${dir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // being created right now
      }
      let alive = false;
      try {
        if (holder) {
          process.kill(holder, 0);
          alive = true;
        }
      } catch {
        alive = false;
      }
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (!alive && (holder || age > 10000)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another install holds ${lock} (pid ${holder})`);
      log(`  waiting for another install (pid ${holder}) to finish…`);
      sh('sleep', ['2']);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function installApt(missing, log) {
  if (!has('apt-get') || !has('dpkg-query')) throw new Error(`apt packages are missing (${missing.join(' ')}) and this is not a Debian/Ubuntu machine with apt-get`);
  if (process.getuid?.() !== 0) throw new Error(`apt packages are missing (${missing.join(' ')}); installing them needs root: sudo apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => sh('apt-get', ['install', '-y', '-q', ...missing], { env });
  let r = install();
  if (r.status !== 0) {
    log('  apt-get update (a package was not found in the current lists)');
    const u = sh('apt-get', ['update', '-q'], { env });
    if (u.status !== 0) throw new Error(`apt-get update failed:\n${(u.stderr || u.stdout).slice(-2000)}`);
    r = install();
  }
  if (r.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed:\n${(r.stderr || r.stdout).slice(-2000)}`);
  const still = missing.filter((p) => !dpkgInstalled(p));
  if (still.length) throw new Error(`apt-get finished but these are still not installed: ${still.join(' ')}`);
}

function installNpm(dir, log) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'rxn-workbench-cache',
        private: true,
        description: 'code-server and playwright-core for the rxn workbench tests (installed by test/workbench/setup.mjs)',
        dependencies: { 'code-server': CODE_SERVER_VERSION, 'playwright-core': PLAYWRIGHT_VERSION },
      },
      null,
      2,
    ) + '\n',
  );
  // @vscode/ripgrep would download rg from GitHub: give it Debian's rg in the archive it expects.
  const tmp = mkdtempSync(join(tmpdir(), 'rxn-workbench-install-'));
  try {
    const rg = sh('sh', ['-c', 'command -v rg']).stdout.trim();
    if (!rg) throw new Error('ripgrep (rg) is not installed: apt-get install ripgrep');
    const rgCache = join(tmp, RIPGREP_CACHE);
    const stage = join(tmp, 'rg-stage');
    mkdirSync(rgCache, { recursive: true });
    mkdirSync(stage);
    copyFileSync(rg, join(stage, 'rg'));
    const tar = sh('tar', ['-czf', join(rgCache, RIPGREP_ARCHIVE), '-C', stage, 'rg']);
    if (tar.status !== 0) throw new Error(`could not pack rg for @vscode/ripgrep: ${tar.stderr}`);
    const env = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = sh(npm, ['install', '--no-package-lock', '--omit=dev', '--loglevel=error'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new Error(`npm install in ${dir} failed (exit ${r.status}):\n${(r.stderr || r.stdout || '').slice(-3000)}`);
    if (!existsSync(codeServerEntry(dir))) throw new Error(`npm install finished but ${codeServerEntry(dir)} is missing`);
    const pw = loadPlaywright(dir);
    if (!pw?.chromium) throw new Error('playwright-core installed but does not load');
    const cs = sh(process.execPath, [codeServerEntry(dir), '--version'], { env: { ...process.env, HOME: tmp } });
    if (cs.status !== 0 || !cs.stdout.includes(CODE_SERVER_VERSION)) throw new Error(`code-server does not start: ${cs.stderr || cs.stdout}`);
    writeFileSync(
      join(dir, MARKER),
      JSON.stringify({ codeServer: CODE_SERVER_VERSION, playwrightCore: PLAYWRIGHT_VERSION, node: process.version, installedAt: new Date().toISOString() }, null, 2) + '\n',
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Makes sure everything is there (installing it when `install` is true).
 * Returns { ok: true, dir, codeServerEntry, chromium, did } or { ok: false, reason, did }.
 */
export function ensurePrerequisites({ install = true, log = (s) => process.stdout.write(s + '\n') } = {}) {
  const dir = cacheDir();
  const did = [];
  const t0 = Date.now();
  const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
  try {
    if (process.platform !== 'linux') throw new Error(`the workbench tests need Linux (this is ${process.platform})`);
    const aptMissing = has('dpkg-query') ? APT_PACKAGES.filter((p) => !dpkgInstalled(p)) : [];
    if (aptMissing.length) {
      if (!install) throw new Error(`missing apt packages: ${aptMissing.join(' ')}`);
      const t = Date.now();
      log(`  apt-get install ${aptMissing.join(' ')} …`);
      installApt(aptMissing, log);
      did.push(`apt-get install ${aptMissing.join(' ')} (${secs(t)})`);
    }
    if (!existsSync(CHROMIUM)) throw new Error(`chromium is not at ${CHROMIUM} (set RXN_CHROMIUM to its path)`);
    if (!has('rg')) throw new Error('ripgrep (rg) is not installed');
    if (!npmCacheReady(dir)) {
      if (!install) throw new Error(`code-server@${CODE_SERVER_VERSION} / playwright-core@${PLAYWRIGHT_VERSION} are not installed in ${dir}`);
      withLock(
        dir,
        () => {
          if (npmCacheReady(dir)) return; // another run installed it while we waited
          const t = Date.now();
          log(`  npm install code-server@${CODE_SERVER_VERSION} playwright-core@${PLAYWRIGHT_VERSION} into ${dir} …`);
          installNpm(dir, log);
          did.push(`npm install code-server@${CODE_SERVER_VERSION} playwright-core@${PLAYWRIGHT_VERSION} → ${dir} (${secs(t)})`);
        },
        log,
      );
    }
    const v = sh(CHROMIUM, ['--version']).stdout.trim();
    return { ok: true, dir, codeServerEntry: codeServerEntry(dir), chromium: CHROMIUM, chromiumVersion: v, did, seconds: (Date.now() - t0) / 1000 };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err), did, seconds: (Date.now() - t0) / 1000 };
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const t0 = Date.now();
  console.log(`rxn workbench prerequisites (cache: ${cacheDir()})`);
  const r = ensurePrerequisites({ install: !check });
  const took = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  if (!r.ok) {
    console.error(`✖ ${r.reason}`);
    for (const d of r.did) console.log(`  done before the failure: ${d}`);
    process.exit(1);
  }
  if (r.did.length === 0) console.log('  everything was already installed (nothing to do)');
  for (const d of r.did) console.log(`  installed: ${d}`);
  console.log(`  ${r.chromiumVersion}; code-server ${CODE_SERVER_VERSION} at ${r.codeServerEntry}; playwright-core ${PLAYWRIGHT_VERSION}`);
  console.log(`✔ ready in ${took}`);
}
