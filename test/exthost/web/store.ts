// The driver's folder for the web host's tests: `.odb-web-test/` in the workspace, through
// vscode.workspace.fs (the web extension host has no other way to a disk). The driver
// (test/host/run-tests.js --web) reads it on the server's disk.
import * as vscode from 'vscode';
import type { DriverStore } from '../suite/driver-channel';

export const CHANNEL_DIR = '.odb-web-test';

export function channelUri(name = ''): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) { throw new Error('the web tests need a workspace folder'); }
  return vscode.Uri.joinPath(folder.uri, CHANNEL_DIR, name);
}

export function workspaceStore(): DriverStore {
  const fs = vscode.workspace.fs;
  return {
    async write(name, text) {
      const tmp = channelUri(name + '.tmp');
      await fs.writeFile(tmp, new TextEncoder().encode(text));
      try {
        await fs.rename(tmp, channelUri(name), { overwrite: true });
      } catch (e) {
        // the rename looks at the file after moving it: the driver may have taken it by then
        const moved = await Promise.resolve(fs.stat(tmp)).then(() => false, () => true);
        if (!moved) { throw e; }
      }
    },
    async read(name) {
      try {
        return new TextDecoder().decode(await fs.readFile(channelUri(name)));
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') { return undefined; }
        throw e;
      }
    },
    remove: name => Promise.resolve(fs.delete(channelUri(name))).then(undefined, () => undefined),
  };
}
