// Writing a file the editor's fixes replace: a temporary file beside it, flushed and read back
// equal, given the file's mode, then renamed over it; on any failure the file is left as it was.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sameBytes } from '../core/fixes/restore-original';

export async function replaceVerified(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const h = await fs.open(tmp, 'wx');
    try {
      await h.writeFile(bytes);
      await h.sync();
    } finally {
      await h.close();
    }
    if (!sameBytes(await fs.readFile(tmp), bytes)) { throw new Error(vscode.l10n.t('the written copy did not read back identically')); }
    await fs.chmod(tmp, (await fs.stat(file)).mode);
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
