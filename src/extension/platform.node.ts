// The node extension host's platform (platform.ts): worker_threads running dist/worker.js and
// dist/preview-worker.js, and the resource-link checks over node's http(s), with one cache for
// the extension so that re-lints do not hit the agency's server again.
import * as vscode from 'vscode';
import { checkMetadataLinks, LinkChecker } from '../core/links';
import { nodeThread } from '../core/worker/node-thread';
import type { Platform } from './platform';

export function createPlatform(context: vscode.ExtensionContext): Platform {
  const script = (name: string) => vscode.Uri.joinPath(context.extensionUri, 'dist', name).fsPath;
  const links = new LinkChecker();
  return {
    engineThread: nodeThread(script('worker.js')),
    previewThread: nodeThread(script('preview-worker.js')),
    checkLinks: (metadata, path, opts) => checkMetadataLinks(links, metadata, path, opts),
    clearLinkCache: () => links.clear(),
  };
}
