// The full workspace report in an editor tab: the HTML report of the CLI (core/portfolio), in the
// display language, paths relative to the workspace. The page has no script; its CSP allows only
// its own <style> by nonce. It follows the report while open.
import * as vscode from 'vscode';
import { plural } from '../core/messages';
import { reportHtml } from '../core/portfolio/report-html';
import type { Portfolio } from '../core/portfolio/score';
import { Disposable } from './dispose';
import { baseName } from './file-access';
import { translate } from './l10n';
import { webviewNonce } from './webview/html';
import { editorReportLanguage } from './workspace-l10n';
import type { WorkspaceReport, WorkspaceResult } from './workspace-report';

export const REPORT_PANEL = 'opendataBadge.workspaceReport';

export function reportTitle(r: WorkspaceResult): string {
  return vscode.l10n.t('Open Data Badge report: {0}', r.folder ? baseName(r.folder) : vscode.workspace.name ?? '');
}

export function partialNotice(r: WorkspaceResult): string | undefined {
  return r.partial ? translate(plural(r.total, 'Partial report: the check was cancelled after {0} of {1} file.',
    'Partial report: the check was cancelled after {0} of {1} files.', r.checked, r.total)) : undefined;
}

function relative(p: Portfolio): Portfolio {
  const rel = (path: string) => vscode.workspace.asRelativePath(path);
  return {
    ...p,
    datasets: p.datasets.map(d => ({ ...d, resources: d.resources.map(rel), notChecked: d.notChecked?.map(n => ({ ...n, path: rel(n.path) })) })),
    apis: p.apis.map(a => ({ ...a, path: rel(a.path) })),
  };
}

export class WorkspaceReportPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** what the page shows, so that an unchanged report is not reloaded */
  private shown = '';

  constructor(report: WorkspaceReport) {
    super();
    this._register({ dispose: () => this.panel?.dispose() });
    this._register(report.onDidChange(s => { if (s.kind === 'ready' && this.panel) { this.render(this.panel, s.result); } }));
  }

  show(result: WorkspaceResult): void {
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(REPORT_PANEL, reportTitle(result), vscode.ViewColumn.Active,
        { enableScripts: false, localResourceRoots: [] });
      panel.onDidDispose(() => { if (this.panel === panel) { this.panel = undefined; } });
      this.panel = panel;
      this.shown = '';
    }
    this.render(this.panel, result);
    this.panel.reveal();
  }

  private render(panel: vscode.WebviewPanel, result: WorkspaceResult): void {
    const title = reportTitle(result);
    panel.title = title;
    const notice = partialNotice(result);
    // an edit that changes no badge leaves the page (and where it is scrolled to) alone
    const shown = JSON.stringify([title, notice, result.portfolio]);
    if (shown === this.shown) { return; }
    this.shown = shown;
    const nonce = webviewNonce();
    panel.webview.html = reportHtml(relative(result.portfolio), title, editorReportLanguage, { nonce, notice });
  }
}
