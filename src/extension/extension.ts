// Entry point: activate() only wires the parts together (see badge-extension.ts).
import type * as vscode from 'vscode';
import { BadgeExtension, type OpenDataBadgeApi } from './badge-extension';

export function activate(context: vscode.ExtensionContext): OpenDataBadgeApi {
  const extension = new BadgeExtension(context);
  context.subscriptions.push(extension);
  return extension.api;
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
