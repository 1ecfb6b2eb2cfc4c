// Entry point: activate() only wires the parts together (see badge-extension.ts). The same file
// is the browser bundle's entry (dist/web/extension.js), where esbuild.mjs puts platform.web.ts
// in place of platform.node.ts.
import type * as vscode from 'vscode';
import { BadgeExtension, type OpenDataBadgeApi } from './badge-extension';
import { createPlatform } from './platform.node';

export function activate(context: vscode.ExtensionContext): OpenDataBadgeApi {
  const extension = new BadgeExtension(context, createPlatform(context));
  context.subscriptions.push(extension);
  return extension.api;
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
