/** Shared helpers of the CLI tests: build once, spawn the real `bin/rxn.js`, temp folders, sample protocols. */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SPEC_EXAMPLE } from '../fixtures/example';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'rxn.js');

let built = false;
/**
 * Builds dist/ (once per mocha process) with the project's own build script.
 * RXN_TEST_NO_BUILD=1 skips it when dist/ was just built (e.g. by `npm run test:unit`).
 */
export function buildOnce(): void {
  if (built || process.env.RXN_TEST_NO_BUILD === '1') return;
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  timeoutMs?: number;
  uid?: number;
  gid?: number;
}

/** Runs `node bin/rxn.js ARGS` and collects its output. */
export function rxn(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...opts.env };
    delete env.NO_COLOR;
    if (opts.env && 'NO_COLOR' in opts.env && opts.env.NO_COLOR !== undefined) env.NO_COLOR = opts.env.NO_COLOR;
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env,
      uid: opts.uid,
      gid: opts.gid,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 15000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

const temps: string[] = [];
/** A fresh folder under the OS temp folder, removed after the test run. */
export function tempDir(prefix = 'rxn-cli-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function makeWritable(p: string): void {
  try {
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) return;
    fs.chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) makeWritable(path.join(p, e));
  } catch {
    // ignore
  }
}

after(() => {
  for (const d of temps) {
    makeWritable(d);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

export function write(dir: string, rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** The complete example of language.md: a clean mono-alkylation protocol. */
export const CLEAN = SPEC_EXAMPLE;

/** The same protocol run in methanol: `stab-protic-solvent` (error) with a safe fix to DCE. */
export const STAB_MEOH = CLEAN.replace('solvent DCE 0.2 M', 'solvent MeOH 0.2 M');

/** NaBH4 added together with the aldehyde: `nabh4-one-pot` (error). */
export const NABH4_ONE_POT = `protocol "NaBH4 all at once"
target mono
scale 5 mmol

reagent diazepane = 1,4-diazepane             3.0 equiv
reagent ald       = pyridine-4-carboxaldehyde 1.0 equiv
reagent red       = NaBH4                     1.5 equiv
solvent MeOH 0.2 M

step "Everything in"
  add diazepane, ald, red
  stir 16 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
  purify silica DCM/MeOH 95:5 + 1% Et3N
`;

export const toCrlf = (s: string) => s.replace(/\n/g, '\r\n');

/** The summary line of a text report (its last line). */
export function lastLine(s: string): string {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1];
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
