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
import { Predictor } from './prediction';
import { ReportStore } from './report-store';
import { BadgeStatusBar } from './status-bar';
import { TextFixCache } from './text-fixes';
import { BadgeViewProvider, type RenderedInfo } from './webview/badge-view';
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
}

const DOCUMENTS: vscode.DocumentSelector = { scheme: 'file', pattern: '**/*.{csv,tsv,tab,json,geojson,xml}' };

export class BadgeExtension extends Disposable {
  readonly api: OpenDataBadgeApi;

  constructor(context: vscode.ExtensionContext) {
    super();
    const settings = readSettings;
    const workerScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath;
    const checker = this._register(new FileChecker(workerScript, settings));
    const store = this._register(new ReportStore());
    const publisher = this._register(new DiagnosticPublisher(new DiagnosticFactory(context.extensionUri), uri => settings(uri).maxDiagnosticsPerFile));
    const linter = this._register(new Linter(checker, store, publisher, settings));
    const fixes = new TextFixCache(checker.offThreadFixes());
    this._register(vscode.workspace.onDidCloseTextDocument(d => fixes.forget(d.uri)));
    this._register(vscode.languages.registerCodeActionsProvider(DOCUMENTS, new BadgeCodeActions(publisher, store, fixes), BadgeCodeActions.metadata));
    const predictor = this._register(new Predictor(checker, store));
    const active = this._register(new ActivePrediction(predictor, store));
    const workspace = this._register(new WorkspaceReport(linter, publisher, store));
    const reportPanel = this._register(new WorkspaceReportPanel(workspace));
    const view = this._register(new BadgeViewProvider(context.extensionUri, active, workspace));
    this._register(vscode.window.registerWebviewViewProvider(BADGE_VIEW, view));
    this._register(new BadgeStatusBar(active));
    this._register(new Commands({ settings, store, linter, publisher, predictor, active, workspace, reportPanel }));
    linter.start();
    this.api = {
      lastRendered: () => view.lastRendered,
      onDidRender: view.onDidRender,
      report: uri => store.get(uri)?.report,
      checkWorkspace: (folder, token) => workspace.check(folder, token),
    };
  }
}
