// The side panel: a webview view showing the workspace's agency score (after "Check workspace") and
// the active dataset's predicted badge and its checklist (or, for an API document, whether it
// counts toward the bonus). Every failure links to its finding; the webview reports back what it
// rendered (for tests).
import * as vscode from 'vscode';
import type { ActivePrediction } from '../active-prediction';
import { CMD } from '../command-ids';
import { Disposable } from '../dispose';
import { viewHtml } from './html';
import type { WorkspaceReport } from '../workspace-report';
import { emptyState, panelState } from './panel-state';
import { runPanelAction } from './panel-actions';
import { isWebviewToHost, type HostToWebview, type PanelActionId, type RenderedWorkspace, type RevealTarget, type WebviewToHost } from './protocol';
import { workspaceSection } from './workspace-section';

export interface RenderedInfo {
  level: string | null;
  criteria: number;
  apis: { valid: boolean; problems: number }[];
  /** the criteria's buttons drawn, as "criterion:action", and the labels of their finding lines */
  actions: string[];
  lines: string[];
  workspace: RenderedWorkspace;
  /** the note under the prediction ('' for none) */
  note: string;
}

export class BadgeViewProvider extends Disposable implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private readonly rendered = this._register(new vscode.EventEmitter<RenderedInfo>());
  /** fires each time the webview has drawn a state */
  readonly onDidRender = this.rendered.event;
  private last: RenderedInfo | undefined;

  /** `note`: what this editor cannot check, said under each prediction ('' for nothing) */
  constructor(private readonly extensionUri: vscode.Uri, private readonly active: ActivePrediction, private readonly workspace: WorkspaceReport, private readonly note = '') {
    super();
    this._register(active.onDidChange(() => this.post()));
    this._register(workspace.onDidChange(() => this.post()));
  }

  get lastRendered(): RenderedInfo | undefined {
    return this.last;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')] };
    view.webview.html = viewHtml(view.webview, this.extensionUri, vscode.l10n.t('Predicted badge'));
    const subs = [
      view.webview.onDidReceiveMessage((m: unknown) => { if (isWebviewToHost(m)) { void this.receive(m); } }),
      view.onDidChangeVisibility(() => { if (view.visible) { this.post(); } }),
    ];
    view.onDidDispose(() => {
      subs.forEach(s => s.dispose());
      if (this.view === view) { this.view = undefined; this.ready = false; }
    });
  }

  private async receive(m: WebviewToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        if (!this.active.current) { await this.active.refresh(); }
        this.post();
        return;
      case 'rendered':
        this.last = { level: m.level, criteria: m.criteria, apis: m.apis, actions: m.actions, lines: m.lines, workspace: m.workspace, note: m.note };
        this.rendered.fire(this.last);
        return;
      case 'reveal':
        await vscode.commands.executeCommand(CMD.revealFinding, toLocation(m.target));
        return;
      case 'action':
        await this.runAction(m.action);
        return;
      case 'checkWorkspace':
        await vscode.commands.executeCommand(CMD.checkWorkspace);
        return;
      case 'openReport':
        await vscode.commands.executeCommand(CMD.openReport);
        return;
      case 'previewTable':
        await vscode.commands.executeCommand(CMD.previewTable, vscode.Uri.parse(m.uri));
        return;
    }
  }

  /** What a criterion's button does, for the active dataset. */
  runAction(action: PanelActionId): Promise<unknown> {
    return runPanelAction(action, this.active.current, this.extensionUri);
  }

  private post(): void {
    if (!this.view || !this.ready) { return; }
    const p = this.active.current;
    // a note means the links cannot be checked here
    const msg: HostToWebview = { type: 'state', state: p ? panelState(p, this.note === '') : emptyState(), workspace: workspaceSection(this.workspace.state), note: this.note };
    void this.view.webview.postMessage(msg);
  }
}

function toLocation(t: RevealTarget): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(t.uri), new vscode.Range(t.line, t.column, t.endLine, t.endColumn));
}
