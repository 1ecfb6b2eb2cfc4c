// Reading files for the engine. Bytes come from disk (the editor's buffer is already decoded, and
// wrongly so for Big5); metadata files are read from their open editor when it has unsaved edits,
// so a fix to the metadata shows at once. Files of the `file` scheme are read with node's fs: each
// vscode.workspace.fs call measured 8-12 ms in the extension host, which made "Check workspace"
// on 1,000 datasets take 98 s; other schemes go through vscode.workspace.fs.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MetadataFs } from '../core/metadata';
import { bytesReader, type ByteReader } from '../core/resources/sniff';

export interface FileStamp {
  size: number;
  mtime: number;
}

export async function statFile(uri: vscode.Uri): Promise<FileStamp | null> {
  try {
    if (uri.scheme === 'file') {
      const s = await fsp.stat(uri.fsPath);
      return s.isFile() ? { size: s.size, mtime: s.mtimeMs } : null;
    }
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

async function readFileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') { return vscode.workspace.fs.readFile(uri); }
  const b = await fsp.readFile(uri.fsPath);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

async function readHead(uri: vscode.Uri, bytes: number): Promise<Uint8Array> {
  if (uri.scheme !== 'file') { return (await vscode.workspace.fs.readFile(uri)).subarray(0, bytes); }
  const h = await fsp.open(uri.fsPath, 'r');
  try {
    const b = Buffer.alloc(bytes);
    const { bytesRead } = await h.read(b, 0, bytes, 0);
    return new Uint8Array(b.buffer, b.byteOffset, bytesRead);
  } finally {
    await h.close();
  }
}

/** Random access to a file's bytes (a spreadsheet's directory is at its end); null when unreadable. */
export async function openBytes(uri: vscode.Uri): Promise<(ByteReader & { close(): Promise<void> }) | null> {
  try {
    if (uri.scheme !== 'file') {
      const all = await vscode.workspace.fs.readFile(uri);
      return { ...bytesReader(all), close: async () => undefined };
    }
    const h = await fsp.open(uri.fsPath, 'r');
    const size = (await h.stat()).size;
    return {
      size,
      read: async (offset, length) => {
        const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await h.read(b, 0, b.length, offset);
        return new Uint8Array(b.buffer, b.byteOffset, bytesRead);
      },
      close: () => h.close(),
    };
  } catch {
    return null;
  }
}

/** The names of the files (not folders) in a folder; none when it cannot be read. */
export async function listFiles(dir: vscode.Uri): Promise<string[]> {
  try {
    if (dir.scheme === 'file') {
      return (await fsp.readdir(dir.fsPath, { withFileTypes: true })).filter(e => e.isFile()).map(e => e.name);
    }
    const entries = await vscode.workspace.fs.readDirectory(dir);
    return entries.filter(([, t]) => (t & vscode.FileType.File) !== 0).map(([n]) => n);
  } catch {
    return [];
  }
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
}

/** A file path of the engine (an OS path) for a uri, and back; other schemes keep their path. */
export function enginePath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

export function siblingUri(uri: vscode.Uri, name: string): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..', name);
}

/** The engine's MetadataFs over the workspace file system, relative to `like` (same scheme). */
export function metadataFs(like: vscode.Uri): MetadataFs {
  const toUri = (p: string) => like.scheme === 'file' ? vscode.Uri.file(p) : like.with({ path: p });
  return {
    readdir: (dir: string) => listFiles(toUri(dir)),
    async readFile(p: string): Promise<Uint8Array> {
      const uri = toUri(p);
      const doc = openDocument(uri);
      if (doc?.isDirty) { return Buffer.from(doc.getText(), 'utf8'); }
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
