// The CLI's file access: walking folders, reading, streaming, and writing atomically.
import { createReadStream, promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isCheckablePath } from '../core/engine';
import type { MetadataFs } from '../core/metadata';

const SKIP_DIRS = new Set(['node_modules', '.git', '.svn']);

/** Files to check under the given paths, in a stable order; missing paths are returned apart. */
export async function collectFiles(paths: string[], wanted: (path: string) => boolean = isCheckablePath): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let st;
    try { st = await fsp.stat(p); } catch { missing.push(p); continue; }
    if (st.isDirectory()) { await walk(p, files, wanted); } else { files.push(p); }
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string, out: string[], wanted: (path: string) => boolean): Promise<void> {
  const entries = (await fsp.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) { await walk(p, out, wanted); }
    } else if (e.isFile() && wanted(p) && !e.name.endsWith('.orig')) {
      out.push(p);
    }
  }
}

export const nodeMetadataFs: MetadataFs = {
  readdir: dir => fsp.readdir(dir),
  readFile: async path => new Uint8Array(await fsp.readFile(path)),
  stat: async p => {
    try {
      const s = await fsp.stat(p);
      return s.isFile() ? { mtime: s.mtimeMs, size: s.size } : null;
    } catch {
      return null;
    }
  },
  // deciding whether a .csv is a catalogue export needs only its start, not a 1 GB read
  readHead: (p, n) => readHead(p, n),
};

/** The first `n` bytes of a file (fewer when it is shorter). */
export async function readHead(path: string, n: number): Promise<Uint8Array> {
  const h = await fsp.open(path, 'r');
  try {
    const b = Buffer.alloc(n);
    const { bytesRead } = await h.read(b, 0, n, 0);
    return new Uint8Array(b.subarray(0, bytesRead));
  } finally {
    await h.close();
  }
}

/** A re-openable byte stream, for the engine's two-pass check of big files. */
export function opener(path: string): () => AsyncIterable<Uint8Array> {
  return () => createReadStream(path, { highWaterMark: 1 << 20 });
}

/**
 * Write `bytes` to `path` atomically: a temporary file in the same folder, flushed, then renamed
 * over the original. The original bytes are kept as `path.orig` (or .orig.1, .orig.2…) first.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, backup: boolean): Promise<string | null> {
  let kept: string | null = null;
  if (backup) {
    kept = await freeName(path + '.orig');
    await fsp.copyFile(path, kept);
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fsp.open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    const mode = (await fsp.stat(path)).mode;
    await fsp.chmod(tmp, mode);
    await fsp.rename(tmp, path);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  }
  return kept;
}

async function freeName(base: string): Promise<string> {
  for (let i = 0; ; i++) {
    const name = i === 0 ? base : `${base}.${i}`;
    try { await fsp.access(name); } catch { return name; }
  }
}
