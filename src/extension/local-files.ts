// What the node extension host can do with files of the `file` scheme directly (node's fs), past
// vscode.workspace.fs: faster reads, and writes that are flushed and keep the file's mode. The
// browser has no such access: there `localFiles` (local-files.web.ts) is undefined and every
// file, of any scheme, goes through vscode.workspace.fs (file-access.ts).
import type { ByteReader } from '../core/resources/sniff';

export interface FileStamp {
  size: number;
  mtime: number;
}

/** Operations on OS paths (a `file` URI's fsPath); each throws when the file cannot be used. */
export interface LocalFiles {
  /** null for a folder */
  stat(path: string): Promise<FileStamp | null>;
  readFile(path: string): Promise<Uint8Array>;
  readHead(path: string, bytes: number): Promise<Uint8Array>;
  open(path: string): Promise<ByteReader & { close(): Promise<void> }>;
  /** the names of the files (not folders) in a folder */
  listFiles(dir: string): Promise<string[]>;
  /** replaces the file's bytes, verified (replace-file.ts) */
  replace(path: string, bytes: Uint8Array): Promise<void>;
  /** copies `from` to `to` unless `to` exists (then leaves it as it is) */
  copyIfAbsent(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}
