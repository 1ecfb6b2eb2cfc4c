// Helpers for the tests inside the extension host. Waiting is on events (diagnostics, renders),
// each with a timeout that only turns a hang into a failure.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXT_ID = 'opendata-badge.opendata-badge';
export const SOURCE = 'opendata-badge';

export interface Api {
  /** the latest report of a checked file (the CLI contract's FileReport) */
  report(uri: vscode.Uri): { api?: { valid: boolean } } | undefined;
  lastRendered(): { level: string | null; criteria: number } | undefined;
  onDidRender: vscode.Event<{ level: string | null; criteria: number }>;
  /** "Check workspace" (or one folder), cancellable through `token` */
  checkWorkspace(folder?: vscode.Uri, token?: vscode.CancellationToken): Promise<WorkspaceResult>;
  /** what a button of the badge view does */
  panelAction(action: string): Promise<unknown>;
}

/** The result of "Check workspace" (src/extension/workspace-report.ts), as the tests read it. */
export interface WorkspaceResult {
  portfolio: {
    score: number;
    bonus: number;
    counts: Record<'gold' | 'silver' | 'bronze' | 'none', number>;
    datasets: { name: string; badge: { level: string }; resources: string[] }[];
    apis: { path: string; valid: boolean }[];
    suggestions: { text: string; gain: number; criterion: string; datasets: string[] }[];
  };
  checked: number;
  total: number;
  partial: boolean;
}

/** What the badge view drew besides the level (src/extension/webview/protocol.ts). */
export interface RenderedMore {
  apis: { valid: boolean; problems: number }[];
  /** the criteria's buttons, as "criterion:action", and the labels of the finding lines */
  actions: string[];
  lines: string[];
  workspace: { kind: string; score: string | null; counts: Record<string, number>; suggestions: number; partial: boolean; checking: boolean };
}

export const lastDrawn = (api: Api) => api.lastRendered() as (RenderedMore & { level: string | null }) | undefined;

export async function activate(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXT_ID);
  assert.ok(ext, `extension ${EXT_ID} is installed`);
  return ext.activate();
}

export function wsUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, rel);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

export function rules(diags: readonly vscode.Diagnostic[]): string[] {
  return diags.map(codeOf);
}

/** Resolves with our diagnostics on `uri` once `ok` holds (checked now and on every change). */
export function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return waitForEvent(vscode.languages.onDidChangeDiagnostics, () => {
    const d = ours(uri);
    return ok(d) ? d : undefined;
  }, timeoutMs, () => `diagnostics on ${uri.path}: ${JSON.stringify(ours(uri).map(d => [codeOf(d), d.range.start.line, d.message]))}`);
}

/** Resolves with check() once it returns a value: checked now and each time `event` fires. */
export function waitForEvent<E, T>(event: vscode.Event<E>, check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = check();
    if (now !== undefined) { resolve(now); return; }
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('timed out waiting; last seen: ' + describe())); }, timeoutMs);
    const sub = event(() => {
      const v = check();
      if (v !== undefined) { clearTimeout(timer); sub.dispose(); resolve(v); }
    });
  });
}

export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string, resolve = 0): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, resolve)) ?? [];
}

/** Lets the workbench paint before a screenshot (rendering has no event to wait on). */
export function settle(ms = 800): Promise<void> {
  return new Promise(r => setTimeout(r, ms));
}

export const zh = () => vscode.env.language.toLowerCase() === 'zh-tw';

/** Runs `fn` (a screenshot) with the default dark theme, then restores the theme. */
export function inDarkTheme(fn: () => Promise<unknown>): Promise<void> {
  return inTheme('Default Dark Modern', fn);
}

/** Runs `fn` with a colour theme ('Default High Contrast', …), then restores the theme. */
export async function inTheme(theme: string, fn: () => Promise<unknown>): Promise<void> {
  const workbench = vscode.workspace.getConfiguration('workbench');
  await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Workspace);
  try {
    await settle(1500);
    await fn();
  } finally {
    await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Workspace);
  }
}
