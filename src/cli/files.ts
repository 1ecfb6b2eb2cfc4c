// The CLI's file access: walking folders, reading, streaming, and writing atomically. Checks
// read with node's synchronous calls (one file after another anyway): fs.promises alone costs
// milliseconds of every start-up.
import { closeSync, openSync, promises as fsp, read, readdirSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
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
    try { st = statSync(p); } catch { missing.push(p); continue; }
    if (st.isDirectory()) { walk(p, files, wanted); } else { files.push(p); }
  }
  return { files: [...new Set(files)], missing };
}

function walk(dir: string, out: string[], wanted: (path: string) => boolean): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) { walk(p, out, wanted); }
    } else if (e.isFile() && wanted(p) && !e.name.endsWith('.orig')) {
      out.push(p);
    }
  }
}

export const nodeMetadataFs: MetadataFs = {
  readdir: async dir => readdirSync(dir),
  readFile: async path => readFile(path),
  stat: async p => {
    try {
      const s = statSync(p);
      return s.isFile() ? { mtime: s.mtimeMs, size: s.size } : null;
    } catch {
      return null;
    }
  },
  // deciding whether a .csv is a catalogue export needs only its start, not a 1 GB read
  readHead: (p, n) => readHead(p, n),
};

/** a Buffer is a Uint8Array: no copy (new Uint8Array(buffer) copied every byte) */
export function readFile(path: string): Uint8Array {
  return readFileSync(path);
}

/** The first `n` bytes of a file (fewer when it is shorter). */
export async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(n);
    return new Uint8Array(b.subarray(0, readSync(fd, b, 0, n, 0)));
  } finally {
    closeSync(fd);
  }
}

/** what a big file is read in: larger chunks cost fewer calls */
const CHUNK = 4 << 20;

/**
 * A re-openable byte stream, for the engine's two-pass check of big files: two buffers, read
 * into again and again (the engine is done with a chunk when it asks for the next; fresh memory
 * for every 4 MB cost as much as the reading), the next chunk read in node's thread pool while
 * the engine works on this one.
 */
export function opener(path: string): () => AsyncIterable<Uint8Array> {
  return async function* () {
    const fd = openSync(path, 'r');
    const buffers = [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)];
    let next = readChunk(fd, buffers[0]);
    try {
      for (let k = 0; ; k ^= 1) {
        const n = await next;
        if (n === 0) { return; }
        next = readChunk(fd, buffers[k ^ 1]);
        yield n === CHUNK ? buffers[k] : buffers[k].subarray(0, n);
      }
    } finally {
      // a read still under way finishes before the file is closed
      await next.catch(() => 0);
      closeSync(fd);
    }
  };
}

function readChunk(fd: number, b: Buffer): Promise<number> {
  return new Promise((resolve, reject) => { read(fd, b, 0, CHUNK, null, (e, n) => (e ? reject(e) : resolve(n))); });
}

/** all of `text` to a file descriptor (1, 2) without node's streams: they cost milliseconds of every start-up */
export function writeAll(fd: number, text: string): void {
  const b = Buffer.from(text);
  for (let at = 0; at < b.length;) {
    try {
      at += writeSync(fd, b, at);
    } catch (e) {
      // a non-blocking pipe that is full: try again
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') { throw e; }
    }
  }
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
