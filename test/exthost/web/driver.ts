// The driver's screenshots and DOM queries for the web host's tests, over the workspace channel.
import * as vscode from 'vscode';
import { domIn, screenshotIn, type DomAnswer, type DomQuery } from '../suite/driver-channel';
import { workspaceStore } from './store';

export function screenshot(name: string): Promise<string> {
  return screenshotIn(workspaceStore(), name, vscode.env.language);
}

export function dom(q: DomQuery): Promise<DomAnswer> {
  return domIn(workspaceStore(), q);
}
