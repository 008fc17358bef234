/**
 * The file system side of the CLI: finding `.rxn` files, reading them (UTF-8, BOM kept,
 * invalid bytes noticed) and writing fixed files atomically.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { describeFsError, toPosix } from './io';

export interface FoundFile {
  /** As shown in reports: the path as given, or relative to it, with forward slashes. */
  display: string;
  /** Absolute path (a name that is not valid UTF-8 has U+FFFD for its bad bytes here). */
  abs: string;
  /** The absolute path's bytes, when a name in it is not valid UTF-8 (`abs` names no file then): read and write this. */
  raw?: Buffer;
}

/**
 * A path as the file system knows it: a string, or bytes when a name in it is not valid UTF-8
 * (Linux allows any byte in a name but `/` and NUL; a Latin-1 `é` is the byte 0xE9). Node
 * decodes such a name as text with U+FFFD, and that text names no file: the bytes must be kept.
 */
export type FsPath = string | Buffer;

/** `dir/name`, as text while both are text, else as bytes. */
function joinFs(dir: FsPath, name: FsPath): FsPath {
  if (typeof dir === 'string' && typeof name === 'string') return path.join(dir, name);
  const d = typeof dir === 'string' ? Buffer.from(dir) : dir;
  const n = typeof name === 'string' ? Buffer.from(name) : name;
  const sep = Buffer.from(path.sep);
  return Buffer.concat(d.length && d[d.length - 1] === sep[0] ? [d, n] : [d, sep, n]);
}

/** The folder of a path (text or bytes). */
function dirnameFs(p: FsPath): FsPath {
  if (typeof p === 'string') return path.dirname(p);
  const i = p.lastIndexOf(path.sep.charCodeAt(0));
  return i < 0 ? '.' : i === 0 ? path.sep : p.subarray(0, i);
}

/** A key that tells apart paths differing only in bytes that are not UTF-8. */
const fsKey = (p: FsPath): string => (typeof p === 'string' ? p : 'raw:' + p.toString('latin1'));

/** The real path (links resolved), as bytes when the path is bytes (the native call: the other one decodes the bytes as text on the way). */
function realpathFs(p: FsPath): FsPath {
  return typeof p === 'string' ? fs.realpathSync(p) : fs.realpathSync.native(p, { encoding: 'buffer' });
}

let cmdline: Buffer[] | undefined;
/**
 * The bytes of a command-line argument that Node decoded with U+FFFD (bytes that are not
 * UTF-8, such as a Latin-1 file name typed or completed by the shell), read back from
 * /proc/self/cmdline where the system offers it; else undefined.
 */
export function rawArgument(arg: string): Buffer | undefined {
  if (!arg.includes('\uFFFD')) return undefined;
  if (cmdline === undefined) {
    try {
      const all = fs.readFileSync('/proc/self/cmdline');
      cmdline = [];
      for (let start = 0, i = all.indexOf(0); i >= 0; start = i + 1, i = all.indexOf(0, start)) cmdline.push(all.subarray(start, i));
    } catch {
      cmdline = [];
    }
  }
  return cmdline.find((b) => !isUtf8(b) && b.toString('utf8') === arg);
}

/** An argument as a path to open: its bytes when Node could not decode it, resolved against `cwd`. */
export function argumentPath(arg: string, cwd: string): { abs: string; raw?: Buffer } {
  const abs = path.resolve(cwd, arg);
  const bytes = rawArgument(arg);
  if (!bytes) return { abs };
  // Resolved as bytes: Latin-1 maps each byte to one character and back, and only `/` and `.` matter here.
  const raw = Buffer.from(path.resolve(Buffer.from(cwd).toString('latin1'), bytes.toString('latin1')), 'latin1');
  return { abs, raw };
}

/** Says, for a missing path with `*`, `?` or `[` in it, that it is most likely a shell pattern that matched nothing. */
function patternHint(arg: string, e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT' && /[*?[]/.test(arg) ? ' (a pattern that matched no file: the shell passes it on unexpanded)' : '';
}

/** Says, for a name Node could not decode and find, why it was not found. */
export function undecodedNameHint(arg: string): string {
  return arg.includes('\uFFFD') && !rawArgument(arg) ? ' (its name has bytes that are not valid UTF-8; name the folder that holds it instead)' : '';
}

export interface PathProblem {
  path: string;
  message: string;
}

export interface Collected {
  files: FoundFile[];
  /** Paths that could not be read (missing, unreadable folder, dangling link): exit status 2. */
  errors: PathProblem[];
}

const isRxn = (name: string) => name.endsWith('.rxn');

/** The PATH that stands for standard input, and how reports name it. */
export const STDIN = '-';
export const STDIN_DISPLAY = '<stdin>';
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands PATH arguments: a file is taken as it is (whatever its extension), a folder is
 * searched recursively for `*.rxn`, skipping `node_modules` and names starting with a dot.
 * Symbolic links are followed, but every folder is entered at most once (by its real
 * path), so a link back to a parent cannot loop. A file reached twice is checked once.
 * The result is sorted by the shown path.
 */
export function collectFiles(args: readonly string[], cwd: string): Collected {
  const files: FoundFile[] = [];
  const errors: PathProblem[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = (at: FsPath, display: string) => {
    let real = fsKey(at);
    try {
      real = fsKey(realpathFs(at));
    } catch {
      // keep the path; the read will report the problem
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(typeof at === 'string' ? { abs: at, display } : { abs: at.toString('utf8'), display, raw: at });
  };

  const walk = (dirAt: FsPath, dirDisplay: string) => {
    let real: string;
    try {
      real = fsKey(realpathFs(dirAt));
    } catch (e) {
      errors.push({ path: dirDisplay, message: describeFsError(e) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    // Names as bytes: one that is not valid UTF-8 is kept as such, so that it can be opened.
    let entries: { name: string; at: FsPath; ent: fs.Dirent<Buffer> }[];
    try {
      entries = fs.readdirSync(dirAt, { withFileTypes: true, encoding: 'buffer' }).map((ent) => {
        const bytes = ent.name;
        const name = bytes.toString('utf8');
        return { name, ent, at: isUtf8(bytes) ? joinFs(dirAt, name) : joinFs(dirAt, bytes) };
      });
    } catch (e) {
      errors.push({ path: dirDisplay, message: describeFsError(e) });
      return;
    }
    entries.sort((a, b) => compare(a.name, b.name));
    for (const { name, ent, at } of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const childDisplay = toPosix(path.join(dirDisplay, name));
      if (ent.isDirectory()) walk(at, childDisplay);
      else if (ent.isSymbolicLink()) {
        let st: fs.Stats;
        try {
          st = fs.statSync(at);
        } catch (e) {
          // A dangling link only matters when it claims to be a protocol.
          if (isRxn(name)) errors.push({ path: childDisplay, message: describeFsError(e) });
          continue;
        }
        if (st.isDirectory()) walk(at, childDisplay);
        else if (st.isFile() && isRxn(name)) addFile(at, childDisplay);
      } else if (ent.isFile() && isRxn(name)) addFile(at, childDisplay);
    }
  };

  for (const arg of args) {
    // `-`: standard input, once (`git show :run.rxn | rxn check -`).
    if (arg === STDIN) {
      if (!files.some((f) => f.abs === STDIN)) files.push({ abs: STDIN, display: STDIN_DISPLAY });
      continue;
    }
    const { abs, raw } = argumentPath(arg, cwd);
    const at = raw ?? abs;
    const display = toPosix(path.normalize(arg));
    let st: fs.Stats;
    try {
      st = fs.statSync(at);
    } catch (e) {
      errors.push({ path: toPosix(arg), message: describeFsError(e) + undecodedNameHint(arg) + patternHint(arg, e) });
      continue;
    }
    if (st.isDirectory()) walk(at, display);
    else addFile(at, display);
  }
  files.sort((a, b) => compare(a.display, b.display));
  return { files, errors };
}

export interface Source {
  /** The decoded text, BOM included when the file has one. */
  text: string;
  /** Some bytes were not valid UTF-8 and were decoded as U+FFFD. */
  invalidUtf8: boolean;
  /** The file is UTF-16 (a UTF-16 byte-order mark, or NUL bytes in every other place) and was read as such. */
  utf16?: 'utf-16le' | 'utf-16be';
  /** The bytes read (for --fix to see whether the file changed before replacing it). */
  bytes: Uint8Array;
}

/**
 * UTF-16, as Windows tools save "Unicode" text: by its byte-order mark, else by NUL bytes
 * in every other position of the start of the file (a text file in UTF-8 has none).
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // Mostly Latin text: one side all but NUL-free, the other mostly NUL (a character such as
  // `─`, `Ā` or an emoji's second half puts a NUL on the other side now and then).
  const half = n / 2;
  if (odd >= 0.5 * half && even <= odd / 8) return 'utf-16le';
  if (even >= 0.5 * half && odd <= even / 8) return 'utf-16be';
  return undefined;
}

/**
 * The most a source may have: a protocol is a few kilobytes, and 64 MB of one would take the
 * engine minutes and gigabytes. Above it the file is not checked: what has no end
 * (`rxn check /dev/zero`, a stream piped into `-`) would otherwise be read until memory ran out.
 */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** The error for a source above MAX_SOURCE_BYTES (describeFsError shows its message). */
class TooLargeError extends Error {
  constructor() {
    super(`it is larger than ${MAX_SOURCE_BYTES / (1024 * 1024)} MB, which no protocol is; it was not checked`);
  }
}

/** All the bytes of an open file, stopping with TooLargeError past the limit (a regular file by its size, unread). */
function readAtMost(fd: number): Buffer {
  const st = fs.fstatSync(fd);
  if (st.isFile() && st.size > MAX_SOURCE_BYTES) throw new TooLargeError();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(st.isFile() ? Math.max(st.size - total, 0) + 1 : 1 << 16);
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking standard input with nothing yet: wait a little, as readFileSync cannot.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_SOURCE_BYTES) throw new TooLargeError();
    chunks.push(chunk.subarray(0, n));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Reads a file as UTF-8. Throws the file system's error when it cannot be read, or a TooLargeError. */
export function readSource(abs: FsPath): Source {
  let bytes: Buffer;
  if (abs === STDIN) bytes = readAtMost(0);
  else {
    const fd = fs.openSync(abs, 'r');
    try {
      bytes = readAtMost(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { fatal: false, ignoreBOM: false }).decode(bytes), invalidUtf8: false, utf16, bytes };
  // ignoreBOM: keep a leading BOM in the text, so that --fix can write it back.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), invalidUtf8: false, bytes };
  } catch {
    return { text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes), invalidUtf8: true, bytes };
  }
}

export class WriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteError';
  }
}

/**
 * Replaces the contents of `file` atomically: the new text goes to a temporary file in the
 * same folder (unique name: pid + random), with the original's permission bits, is flushed
 * to disk, then renamed over the original. On any failure the temporary file is removed,
 * the original is left as it was, and a WriteError explains what happened. A file without
 * any write permission bit (or one this user may not write) is refused: it is read-only
 * on purpose, even for root, who could otherwise replace it.
 * A symbolic link is followed: the file it points to is replaced, the link stays.
 *
 * With `original` (the bytes the fixes were computed from), a file that changed on disk
 * since (an editor saved it while the check ran) is not replaced: the newer text stays and a
 * WriteError says so. The file's group is kept when this user may set it (root keeps the
 * owner too). What a replacement cannot keep is returned as notes: another owner or group,
 * and other hard links to the file, which keep the old text.
 */
export function writeFileAtomic(file: FsPath, content: string, original?: Uint8Array): string[] {
  const notes: string[] = [];
  let target: FsPath;
  let st: fs.Stats;
  try {
    target = realpathFs(file);
    st = fs.statSync(target);
  } catch (e) {
    throw new WriteError(describeFsError(e));
  }
  const mode = st.mode & 0o7777;
  let writable = (mode & 0o222) !== 0;
  if (writable) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) throw new WriteError(readOnlyFileSystem(target) ? 'read-only file system' : 'the file is read-only');

  const dir = dirnameFs(target);
  // A short, fixed-length name (a long file name must not make the temporary one too long);
  // hidden, and not ending in .rxn, so a folder scan never picks it up.
  const tmp = joinFs(dir, `.rxn-fix-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  let creating = true;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    creating = false;
    fs.writeFileSync(fd, content, 'utf8');
    fs.fchmodSync(fd, mode); // the umask may have narrowed the mode given to open
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    try {
      // Root fixing someone else's file keeps it theirs; anyone keeps a group they belong to
      // (a protocol shared with the lab's group stays readable to it).
      if (root) fs.fchownSync(fd, st.uid, st.gid);
      else fs.fchownSync(fd, -1, st.gid);
    } catch {
      // not fatal: said below
    }
    const now = fs.fstatSync(fd);
    if (now.uid !== st.uid || now.gid !== st.gid)
      notes.push(`it was replaced by a file of ${ownerText(now.uid, now.gid)} (it was ${ownerText(st.uid, st.gid)}'s)`);
    if (st.nlink > 1)
      notes.push(`it had ${st.nlink - 1} other hard link${st.nlink === 2 ? '' : 's'}, which keep${st.nlink === 2 ? 's' : ''} the old text`);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // Last look before the rename: the text the fixes were made from must still be the file's
    // (unless the file already holds the fixed text: another --fix run got there first).
    if (original && !sameBytes(target, original)) {
      if (sameBytes(target, Buffer.from(content, 'utf8'))) {
        fs.unlinkSync(tmp);
        return [];
      }
      throw new ChangedError();
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // ignore
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // it may never have been created
    }
    if (e instanceof ChangedError) throw new WriteError('the file changed while it was being checked; it was left as it is now (run --fix again)');
    // The file may be writable while its folder is not: "permission denied" alone would point at the file.
    const code = (e as NodeJS.ErrnoException)?.code;
    if (creating && (code === 'EACCES' || code === 'EPERM'))
      throw new WriteError('its folder is not writable (the fixed text is written to a temporary file beside it, then renamed over it); the original is unchanged');
    throw new WriteError(`could not write the fixed file (${describeFsError(e)}); the original is unchanged`);
  }
  // Make the rename itself durable; not all platforms can open a folder, so this is best effort.
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // ignore
  }
  return notes;
}

class ChangedError extends Error {}

/** Whether the file still holds exactly these bytes. */
function sameBytes(file: FsPath, bytes: Uint8Array): boolean {
  try {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(fs.readFileSync(file));
  } catch {
    return false;
  }
}

/** uid:gid as numbers (user names need a lookup Node does not offer). */
function ownerText(uid: number, gid: number): string {
  return `user ${uid}, group ${gid}`;
}

/** Whether the file's folder is on a read-only file system (access says "no" for that as for a read-only file). */
function readOnlyFileSystem(target: FsPath): boolean {
  try {
    fs.accessSync(dirnameFs(target), fs.constants.W_OK);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EROFS';
  }
}
