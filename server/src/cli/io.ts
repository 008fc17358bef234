import * as path from 'node:path';

/** Where the CLI writes, and how it decides on colour. Injected so tests can call `main` in-process. */
export interface CliIO {
  /** Writes to standard output (the report). */
  out(text: string): void;
  /** Writes to standard error (problems with the run itself: usage, unreadable files). */
  err(text: string): void;
  /** The directory paths are resolved against and shown relative to. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard output is a terminal. */
  isTTY: boolean;
}

export function processIO(): CliIO {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    cwd: currentFolder(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
  };
}

/**
 * The working folder. When it has been deleted under the shell (`process.cwd()` fails), the
 * shell's PWD stands for it: relative paths are then reported as missing, absolute ones are
 * still checked, and `--version` or `--help` work — no internal error.
 */
function currentFolder(): string {
  try {
    return process.cwd();
  } catch {
    const pwd = process.env.PWD;
    return pwd && pwd.startsWith('/') ? pwd : '/';
  }
}

/** Thrown for a bad command line; `main` prints it with a pointer to the help and exits 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Colour only on a terminal, and never when NO_COLOR is set to a non-empty value
 * (https://no-color.org: "present and not an empty string").
 */
export function useColor(io: CliIO): boolean {
  const noColor = io.env.NO_COLOR;
  return io.isTTY && (noColor === undefined || noColor === '');
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const identity = (s: string) => s;

export function paint(color: boolean): Paint {
  if (!color) return { red: identity, yellow: identity, cyan: identity, dim: identity, bold: identity };
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/**
 * Forward slashes on Windows, where `\\` separates folders; elsewhere a backslash is an
 * ordinary character of a file name and stays.
 */
export function toPosix(p: string, sep: string = path.sep): string {
  return sep === '\\' ? p.split('\\').join('/') : p;
}

/** A short human description of a file-system error. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'ENAMETOOLONG':
      return 'the path or a name in it is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return e?.message ?? String(error);
  }
}

/**
 * A path (or text from a file) on one line: control characters (a newline in a file name,
 * an escape sequence, a bidirectional override) are shown escaped, as `\n`, `\t`, `\xHH` or
 * `\uHHHH`, so that every diagnostic stays on its own line and shows what is there. JSON and SARIF keep
 * the path as it is (their strings are escaped by JSON itself).
 */
export function oneLinePath(p: string): string {
  // C0 and C1 controls, DEL, the bidirectional controls that reorder what a terminal shows,
  // and the line and paragraph separators (a line break to Unicode-aware readers).
  return p.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : c.charCodeAt(0) > 0xff
            ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
            : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
