/**
 * "Check all protocols in the workspace": the `.rxn` files under the workspace folders, read
 * from disk, for the server to analyse and publish the diagnostics of the files no editor has
 * open (the way ESLint's and markdownlint's "lint the whole folder" fill the Problems panel).
 * File system only; the server does the analysing and publishing.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectFiles, readSource } from '../cli/files';
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

export interface WorkspaceProtocols {
  files: WorkspaceProtocol[];
  /** Folders that are not on this machine's disk (virtual workspaces): not searched. */
  notOnDisk: string[];
  /** More files than MAX_WORKSPACE_FILES were found; the rest were left out. */
  truncated: boolean;
}

/**
 * The `.rxn` files under these folders (searched as `rxn check` searches a folder: every
 * `*.rxn`, skipping `node_modules` and names starting with a dot, each file once), sorted by
 * path, at most `max`.
 */
export function workspaceProtocols(folderUris: readonly string[], max = MAX_WORKSPACE_FILES): WorkspaceProtocols {
  const files: WorkspaceProtocol[] = [];
  const notOnDisk: string[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (const folder of folderUris) {
    let root: string;
    try {
      if (!folder.startsWith('file:')) throw new Error('not a file: URI');
      root = fileURLToPath(folder);
    } catch {
      notOnDisk.push(folder);
      continue;
    }
    for (const f of collectFiles([root], root).files) {
      const uri = pathToFileURL(f.abs).href;
      if (seen.has(uri)) continue;
      if (files.length >= max) {
        truncated = true;
        break;
      }
      seen.add(uri);
      files.push({ uri, fsPath: f.abs, folder });
    }
  }
  return { files, notOnDisk, truncated };
}

/** A protocol's text as the editor would show it (UTF-8 or UTF-16, BOM removed), or undefined when it cannot be read. */
export function readProtocol(fsPath: string): string | undefined {
  try {
    return stripBom(readSource(fsPath).text).text;
  } catch {
    return undefined;
  }
}
