// Builds the extension's parts and owns them: disposing this object releases everything.
import * as vscode from 'vscode';
import type { FileReport } from '../core/types';
import { ActivePrediction } from './active-prediction';
import { FileChecker } from './checker';
import { BadgeCodeActions } from './code-actions';
import { BADGE_VIEW } from './command-ids';
import { Commands } from './commands';
import { readSettings } from './config';
import { DiagnosticFactory, DiagnosticPublisher } from './diagnostics';
import { Disposable } from './dispose';
import { Linter } from './linter';
import type { Platform } from './platform';
import { Predictor } from './prediction';
import { ProjectConfigs } from './project-config';
import { ReportStore } from './report-store';
import { BadgeStatusBar } from './status-bar';
import { TextFixCache } from './text-fixes';
import { TablePreviewProvider, type TablePreviewApi } from './preview/table-preview';
import { BadgeViewProvider, type RenderedInfo } from './webview/badge-view';
import type { PanelActionId } from './webview/protocol';
import { WorkspaceReport, type WorkspaceResult } from './workspace-report';
import { WorkspaceReportPanel } from './workspace-report-panel';

/** What `activate()` returns: for other extensions and the extension-host tests. */
export interface OpenDataBadgeApi {
  /** the last state the badge view drew (the webview reports it back) */
  lastRendered(): RenderedInfo | undefined;
  readonly onDidRender: vscode.Event<RenderedInfo>;
  /** the latest report of a checked file */
  report(uri: vscode.Uri): FileReport | undefined;
  /** "Check workspace" (or one folder), cancellable by `token` as by the progress notification */
  checkWorkspace(folder?: vscode.Uri, token?: vscode.CancellationToken): Promise<WorkspaceResult>;
  /** the open table previews: what they drew, and scrolling them */
  readonly tablePreview: TablePreviewApi;
  /** what a button of the badge view does (the webview posts the same) */
  panelAction(action: PanelActionId): Promise<unknown>;
}

// any scheme: diagnostics (and so fixes) exist only on the workspace's files (targets.ts isCheckable)
const DOCUMENTS: vscode.DocumentSelector = { pattern: '**/*.{csv,tsv,tab,json,geojson,xml}' };

export class BadgeExtension extends Disposable {
  readonly api: OpenDataBadgeApi;

  constructor(context: vscode.ExtensionContext, platform: Platform) {
    super();
    const settings = readSettings;
    const configs = this._register(new ProjectConfigs());
    const checker = this._register(new FileChecker(platform, settings, configs));
    const store = this._register(new ReportStore());
    const publisher = this._register(new DiagnosticPublisher(new DiagnosticFactory(context.extensionUri), uri => settings(uri).maxDiagnosticsPerFile));
    const linter = this._register(new Linter(checker, store, publisher, settings));
    // a new or edited .opendatabadge.json changes severities: what was checked is checked again
    this._register(configs.onDidChange(() => store.uris().forEach(u => linter.schedule(u, 0))));
    const fixes = new TextFixCache(checker.offThreadFixes());
    this._register(vscode.workspace.onDidCloseTextDocument(d => fixes.forget(d.uri)));
    this._register(vscode.languages.registerCodeActionsProvider(DOCUMENTS, new BadgeCodeActions(publisher, store, fixes), BadgeCodeActions.metadata));
    const predictor = this._register(new Predictor(checker, store));
    const active = this._register(new ActivePrediction(predictor, store));
    const workspace = this._register(new WorkspaceReport(linter, publisher, store));
    const reportPanel = this._register(new WorkspaceReportPanel(workspace));
    const view = this._register(new BadgeViewProvider(context.extensionUri, active, workspace, platform.checkLinks ? '' : linksOffNote()));
    this._register(vscode.window.registerWebviewViewProvider(BADGE_VIEW, view));
    this._register(new BadgeStatusBar(active));
    const preview = this._register(new TablePreviewProvider(context.extensionUri, platform.previewThread, settings, (uri, s) => checker.metadataFor(uri, s)));
    this._register(new Commands({ settings, checker, store, linter, publisher, predictor, active, workspace, reportPanel }));
    linter.start();
    this.api = {
      lastRendered: () => view.lastRendered,
      onDidRender: view.onDidRender,
      report: uri => store.get(uri)?.report,
      checkWorkspace: (folder, token) => workspace.check(folder, token),
      tablePreview: preview.api,
      panelAction: action => view.runAction(action),
    };
  }
}

/** Under each prediction where links cannot be checked (the browser): why, and where they can be. */
function linksOffNote(): string {
  return vscode.l10n.t('Resource links (資料下載網址) are not checked in VS Code for the Web: a browser may read another site\'s answer only where that site allows it (CORS), so a link cannot be told working or broken here. The desktop extension (opendataBadge.links.check) and the command line check them.');
}
