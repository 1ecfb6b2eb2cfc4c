// The browser's platform (platform.ts), for the web worker extension host of vscode.dev and
// github.dev: Web Workers started from Blobs of dist/web/worker.js and dist/web/preview-worker.js
// (read through vscode.workspace.fs: a worker cannot be started from a remote extension's URL).
// No link checks: a page may read another site's answer only when that site allows it (CORS),
// which the agencies' servers mostly do not, and it cannot see the address a name resolves to
// (the private-address rule); the badge panel says so instead of guessing.
import * as vscode from 'vscode';
import { webThread } from '../core/worker/web-thread';
import type { Platform } from './platform';

export function createPlatform(context: vscode.ExtensionContext): Platform {
  const script = (name: string) => () => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', name)));
  return {
    engineThread: webThread(script('worker.js')),
    previewThread: webThread(script('preview-worker.js')),
  };
}
