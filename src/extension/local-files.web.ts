// The browser build's local-files (esbuild.mjs puts it in place of local-files.node.ts): a web
// extension host has no direct file access, so every file goes through vscode.workspace.fs.
import type { LocalFiles } from './local-files';

export const localFiles: LocalFiles | undefined = undefined;
