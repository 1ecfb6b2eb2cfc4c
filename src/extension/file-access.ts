// Reading and writing files for the engine. Bytes come from disk (the editor's buffer is already
// decoded, and wrongly so for Big5); metadata files are read from their open editor when it has
// unsaved edits, so a fix to the metadata shows at once. Files of the `file` scheme go through
// node's fs where there is one (local-files.node.ts: the node extension host); every other
// file, and every file in the browser, through vscode.workspace.fs: nothing here assumes a disk.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MetadataFs } from '../core/metadata';
import { sameBytes } from '../core/fixes/restore-original';
import { bytesReader, type ByteReader } from '../core/resources/sniff';
import type { FileStamp, LocalFiles } from './local-files';
import { localFiles } from './local-files.node';

export type { FileStamp };

/** node's fs for this uri, when there is one and the uri is a file on disk */
function local(uri: vscode.Uri): LocalFiles | undefined {
  return uri.scheme === 'file' ? localFiles : undefined;
}

export async function statFile(uri: vscode.Uri): Promise<FileStamp | null> {
  try {
    const fs = local(uri);
    if (fs) { return await fs.stat(uri.fsPath); }
    const s = await vscode.workspace.fs.stat(uri);
    return (s.type & vscode.FileType.File) ? { size: s.size, mtime: s.mtime } : null;
  } catch {
    return null;
  }
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | null> {
  try {
    return await readFileBytes(uri);
  } catch {
    return null;
  }
}

/** The file's bytes; throws when it cannot be read. */
export function readFileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  const fs = local(uri);
  return fs ? fs.readFile(uri.fsPath) : Promise.resolve(vscode.workspace.fs.readFile(uri));
}

async function readHead(uri: vscode.Uri, bytes: number): Promise<Uint8Array> {
  const fs = local(uri);
  return fs ? fs.readHead(uri.fsPath, bytes) : (await vscode.workspace.fs.readFile(uri)).subarray(0, bytes);
}

/** Random access to a file's bytes (a spreadsheet's directory is at its end); null when unreadable. */
export async function openBytes(uri: vscode.Uri): Promise<(ByteReader & { close(): Promise<void> }) | null> {
  try {
    const fs = local(uri);
    if (fs) { return await fs.open(uri.fsPath); }
    const all = await vscode.workspace.fs.readFile(uri);
    return { ...bytesReader(all), close: async () => undefined };
  } catch {
    return null;
  }
}

/** The names of the files (not folders) in a folder; none when it cannot be read. */
export async function listFiles(dir: vscode.Uri): Promise<string[]> {
  try {
    const fs = local(dir);
    if (fs) { return await fs.listFiles(dir.fsPath); }
    const entries = await vscode.workspace.fs.readDirectory(dir);
    return entries.filter(([, t]) => (t & vscode.FileType.File) !== 0).map(([n]) => n);
  } catch {
    return [];
  }
}

/**
 * Replaces a file's bytes, verified: on disk (node) through a flushed temporary file renamed over
 * it; elsewhere through the file system provider: a temporary name beside it, read back equal,
 * then renamed over it with overwrite, as atomic as that provider's rename. On any failure the
 * file is left as it was (and the temporary file removed).
 */
export async function writeVerified(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const fs = local(uri);
  if (fs) { return fs.replace(uri.fsPath, bytes); }
  const random = Math.random().toString(36).slice(2, 10);
  const tmp = siblingUri(uri, `.${baseName(uri)}.${Date.now()}.${random}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(tmp, bytes);
    if (!sameBytes(await vscode.workspace.fs.readFile(tmp), bytes)) { throw new Error(vscode.l10n.t('the written copy did not read back identically')); }
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } finally {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
  }
}

/** Copies `from` to `to` unless `to` exists already (then it is kept as it is). */
export async function copyIfAbsent(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const fs = local(from);
  if (fs && to.scheme === 'file') { return fs.copyIfAbsent(from.fsPath, to.fsPath); }
  try {
    await vscode.workspace.fs.copy(from, to, { overwrite: false });
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileExists')) { throw e; }
  }
}

/** Deletes a file; nothing when it is not there. */
export async function removeFile(uri: vscode.Uri): Promise<void> {
  const fs = local(uri);
  if (fs) { return fs.remove(uri.fsPath); }
  await vscode.workspace.fs.delete(uri).then(undefined, (e: unknown) => {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) { throw e; }
  });
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
}

/**
 * A file path of the engine for a uri: an OS path for a file on disk in node, the uri's path
 * otherwise (every scheme in the browser, where a `file` uri is the browser's access to a local
 * folder and its fsPath would follow the OS of the browser).
 */
export function enginePath(uri: vscode.Uri): string {
  return local(uri) ? uri.fsPath : uri.path;
}

/** The uri of an engine path (enginePath's inverse), of the same scheme and authority as `like`. */
export function uriOfEnginePath(like: vscode.Uri, p: string): vscode.Uri {
  return local(like) ? vscode.Uri.file(p) : like.with({ path: p });
}

export function siblingUri(uri: vscode.Uri, name: string): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..', name);
}

/** The engine's MetadataFs over the workspace file system, relative to `like` (same scheme). */
export function metadataFs(like: vscode.Uri): MetadataFs {
  const toUri = (p: string) => uriOfEnginePath(like, p);
  return {
    readdir: (dir: string) => listFiles(toUri(dir)),
    async readFile(p: string): Promise<Uint8Array> {
      const uri = toUri(p);
      const doc = openDocument(uri);
      if (doc?.isDirty) { return new TextEncoder().encode(doc.getText()); }
      return readFileBytes(uri);
    },
    // the size lets the resolver skip huge files; the head tells a data file from a catalogue
    // export without reading all of it (a 1 GB CSV beside a small one)
    stat: (p: string) => statFile(toUri(p)),
    readHead: (p: string, bytes: number) => readHead(toUri(p), bytes),
  };
}

export function baseName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}
