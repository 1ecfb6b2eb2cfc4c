// Reading files for the engine. Bytes come from disk (the editor's buffer is already decoded, and
// wrongly so for Big5); metadata files are read from their open editor when it has unsaved edits,
// so a fix to the metadata shows at once.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MetadataFs } from '../core/metadata';

export interface FileStamp {
  size: number;
  mtime: number;
}

export async function statFile(uri: vscode.Uri): Promise<FileStamp | null> {
  try {
    const s = await vscode.workspace.fs.stat(uri);
    return (s.type & vscode.FileType.File) ? { size: s.size, mtime: s.mtime } : null;
  } catch {
    return null;
  }
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | null> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return null;
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
    async readdir(dir: string): Promise<string[]> {
      try {
        const entries = await vscode.workspace.fs.readDirectory(toUri(dir));
        return entries.filter(([, t]) => (t & vscode.FileType.File) !== 0).map(([n]) => n);
      } catch {
        return [];
      }
    },
    async readFile(p: string): Promise<Uint8Array> {
      const uri = toUri(p);
      const doc = openDocument(uri);
      if (doc?.isDirty) { return Buffer.from(doc.getText(), 'utf8'); }
      return vscode.workspace.fs.readFile(uri);
    },
  };
}

export function baseName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}
