// node's fs for files of the `file` scheme (local-files.ts). Each vscode.workspace.fs call
// measured 8-12 ms in the extension host, which made "Check workspace" on 1,000 datasets take
// 98 s. The browser build takes local-files.web.ts instead.
import { constants, promises as fsp } from 'node:fs';
import type { LocalFiles } from './local-files';
import { replaceVerified } from './replace-file';

const view = (b: Buffer, length = b.byteLength) => new Uint8Array(b.buffer, b.byteOffset, length);

export const localFiles: LocalFiles | undefined = {
  async stat(p) {
    const s = await fsp.stat(p);
    return s.isFile() ? { size: s.size, mtime: s.mtimeMs } : null;
  },
  readFile: async p => view(await fsp.readFile(p)),
  async readHead(p, bytes) {
    const h = await fsp.open(p, 'r');
    try {
      const b = Buffer.alloc(bytes);
      const { bytesRead } = await h.read(b, 0, bytes, 0);
      return view(b, bytesRead);
    } finally {
      await h.close();
    }
  },
  async open(p) {
    const h = await fsp.open(p, 'r');
    const size = (await h.stat()).size;
    return {
      size,
      read: async (offset, length) => {
        const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await h.read(b, 0, b.length, offset);
        return view(b, bytesRead);
      },
      close: () => h.close(),
    };
  },
  listFiles: async dir => (await fsp.readdir(dir, { withFileTypes: true })).filter(e => e.isFile()).map(e => e.name),
  replace: replaceVerified,
  async copyIfAbsent(from, to) {
    await fsp.copyFile(from, to, constants.COPYFILE_EXCL).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') { throw e; }
    });
  },
  remove: p => fsp.rm(p, { force: true }),
};
