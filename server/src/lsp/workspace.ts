/**
 * "Check all protocols in the workspace": the `.rxn` files under the workspace folders, read
 * from disk, for the server to analyse and publish the diagnostics of the files no editor has
 * open (the way ESLint's and markdownlint's "lint the whole folder" fill the Problems panel).
 * File system only; the server does the analysing and publishing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isUtf8 } from 'node:buffer';
import { readSource } from '../cli/files';
import { describeFsError } from '../cli/io';
import { stripBom } from '../engine';

/** The command (registered by the client from the server's `executeCommandProvider`). */
export const CHECK_WORKSPACE_COMMAND = 'rxn.checkWorkspace';

/** At most this many files are checked in one run (a huge monorepo must not stall the server). */
export const MAX_WORKSPACE_FILES = 5000;

export interface WorkspaceProtocol {
  uri: string;
  fsPath: string;
  /** The workspace folder it was found in (its URI), for that folder's settings. */
  folder: string;
}

/** A protocol (or a folder) the check could not read, and why, for the summary and the log. */
export interface NotChecked {
  /** The path, relative to its workspace folder when inside one (forward slashes). */
  path: string;
  reason: string;
}

export interface WorkspaceProtocols {
  files: WorkspaceProtocol[];
  /** `.rxn` names that lead nowhere (a link loop, a missing target), names that are not valid UTF-8, folders that cannot be listed. */
  notChecked: NotChecked[];
  /** Folders that are not on this machine's disk (virtual workspaces): not searched. */
  notOnDisk: string[];
  /** More files than `max` were found; the search stopped there. */
  truncated: boolean;
  /** `cancelled()` said stop before the search was done. */
  cancelled: boolean;
}

/** The file system path of a `file:` URI (VS Code's or Node's spelling alike), or undefined. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/**
 * The `.rxn` files under these folders — every `*.rxn`, skipping `node_modules` and names
 * starting with a dot, as `rxn check FOLDER` does — sorted by path within each folder, at
 * most `max`. Unlike the command line it does not leave the workspace: a symbolic link is
 * followed only when what it points to is inside one of the folders (a link to a file
 * elsewhere is not read). The search yields to the event loop every few hundred entries and
 * stops when `cancelled()` says so.
 */
export async function workspaceProtocols(
  folderUris: readonly string[],
  max = MAX_WORKSPACE_FILES,
  cancelled: () => boolean = () => false,
): Promise<WorkspaceProtocols> {
  const out: WorkspaceProtocols = { files: [], notChecked: [], notOnDisk: [], truncated: false, cancelled: false };
  const roots: { uri: string; real: string }[] = [];
  for (const folder of folderUris) {
    const root = pathOfUri(folder);
    let real: string | undefined;
    try {
      real = root === undefined ? undefined : fs.realpathSync(root);
    } catch {
      real = undefined;
    }
    if (real === undefined) out.notOnDisk.push(folder);
    else roots.push({ uri: folder, real });
  }
  const inside = (real: string) => roots.some((r) => real === r.real || real.startsWith(r.real.endsWith(path.sep) ? r.real : r.real + path.sep));
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  let entries = 0;
  for (const root of roots) {
    const stack = [root.real];
    while (stack.length) {
      const dir = stack.pop()!;
      if (seenDirs.has(dir)) continue;
      seenDirs.add(dir);
      let list: { name: string; bytes: Buffer; ent: fs.Dirent<Buffer> }[];
      try {
        // Names as bytes: one that is not valid UTF-8 names no file once decoded as text.
        list = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((ent) => ({ name: ent.name.toString('utf8'), bytes: ent.name, ent }));
      } catch (e) {
        out.notChecked.push({ path: shown(root.real, dir), reason: `the folder cannot be read (${describeFsError(e)})` });
        continue;
      }
      list.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)); // popped in name order
      const files: string[] = [];
      for (const { name, bytes, ent } of list) {
        if (++entries % 256 === 0) {
          await new Promise((resolve) => setImmediate(resolve));
          if (cancelled()) {
            out.cancelled = true;
            return out;
          }
        }
        if (name.startsWith('.') || name === 'node_modules') continue;
        const full = path.join(dir, name);
        if (!isUtf8(bytes)) {
          // (Node's paths are text: such a file or folder cannot be opened by its name here.)
          if (ent.isDirectory() || name.endsWith('.rxn'))
            out.notChecked.push({ path: shown(root.real, full), reason: `its name is not valid UTF-8 (shown here with \uFFFD for the bytes that are not, such as a Latin-1 letter); rename it to check ${ent.isDirectory() ? 'the protocols in it' : 'it'}` });
          continue;
        }
        let isDir = ent.isDirectory();
        let isFile = ent.isFile();
        let real = full;
        if (ent.isSymbolicLink()) {
          try {
            real = fs.realpathSync(full);
            const st = fs.statSync(real);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch (e) {
            // A dangling link or a loop of links: it only matters when it claims to be a protocol.
            if (name.endsWith('.rxn')) out.notChecked.push({ path: shown(root.real, full), reason: `a symbolic link that leads to no file (${describeFsError(e)})` });
            continue;
          }
          if (!inside(real)) continue; // the workspace's own files only
        }
        if (isDir) stack.push(real);
        else if (isFile && name.endsWith('.rxn') && !seenFiles.has(real)) {
          seenFiles.add(real);
          files.push(full);
        }
      }
      for (const f of files.sort()) {
        if (out.files.length >= max) {
          out.truncated = true;
          return out;
        }
        out.files.push({ uri: pathToFileURL(f).href, fsPath: path.normalize(f), folder: root.uri });
      }
    }
  }
  return out;
}

/** `full` relative to the workspace folder `root` (forward slashes), or as it is when outside. */
export function shown(root: string, full: string): string {
  const rel = path.relative(root, full);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : full).split(path.sep).join('/');
}

/**
 * A protocol's text as the editor would show it (UTF-8 or UTF-16, BOM removed), or why it
 * cannot be read (`permission denied`; larger than the 64 MB the command line takes too).
 */
export function readProtocol(fsPath: string): { text: string } | { error: string } {
  try {
    return { text: stripBom(readSource(fsPath).text).text };
  } catch (e) {
    return { error: describeFsError(e).replace(/; it was not checked$/, '') };
  }
}
