// The commands: Predict badge, Check workspace, the panel, and those behind the code actions.
import * as vscode from 'vscode';
import { activeUri } from './active-uri';
import type { ActivePrediction } from './active-prediction';
import type { FileChecker } from './checker';
import { BADGE_VIEW, CMD } from './command-ids';
import type { Settings } from './config';
import { convertFileToUtf8 } from './convert-utf8';
import { restoreOriginal } from './restore-original';
import { createMetadata, type CreateMetadataOptions } from './create-metadata';
import type { DiagnosticPublisher } from './diagnostics';
import { Disposable } from './dispose';
import { openDocument } from './file-access';
import { checkLinksNow } from './link-check-now';
import type { Linter } from './linter';
import { moveRowsToMetadata, updateMetadataFromFile } from './metadata-edits';
import { toResult, type PredictionResult, type Predictor } from './prediction';
import type { ReportStore } from './report-store';
import type { WorkspaceReportPanel } from './workspace-report-panel';
import type { WorkspaceReport, WorkspaceResult } from './workspace-report';
import { PREVIEW_VIEW_TYPE } from './preview/table-preview';
import { isDataFile } from './targets';

export interface CommandDeps {
  settings(uri: vscode.Uri): Settings;
  checker: FileChecker;
  store: ReportStore;
  linter: Linter;
  publisher: DiagnosticPublisher;
  predictor: Predictor;
  active: ActivePrediction;
  workspace: WorkspaceReport;
  reportPanel: WorkspaceReportPanel;
}

function asUri(v: unknown): vscode.Uri | undefined {
  if (v instanceof vscode.Uri) { return v; }
  if (typeof v === 'string' && v.length > 0) { return v.includes('://') ? vscode.Uri.parse(v) : vscode.Uri.file(v); }
  return undefined;
}

export class Commands extends Disposable {
  constructor(private readonly deps: CommandDeps) {
    super();
    const reg = (id: string, fn: (...args: any[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn));
    reg(CMD.predictBadge, (uri?: unknown) => this.predict(asUri(uri)));
    reg(CMD.checkWorkspace, () => deps.workspace.check());
    reg(CMD.checkFolder, (uri?: unknown) => deps.workspace.check(asUri(uri)));
    reg(CMD.openReport, () => this.openReport());
    reg(CMD.showPanel, () => vscode.commands.executeCommand(`${BADGE_VIEW}.focus`));
    reg(CMD.checkLinksNow, (uri?: unknown) => checkLinksNow(deps, asUri(uri)));
    reg(CMD.revealFinding, (loc: vscode.Location) => vscode.window.showTextDocument(loc.uri, { selection: loc.range, preview: false }));
    reg(CMD.convertToUtf8, async (uri?: unknown, opts?: { bom?: boolean }) => {
      const target = asUri(uri) ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) { return { ok: false }; }
      const result = await convertFileToUtf8(target, deps.settings(target), opts);
      if (result.ok) { await deps.linter.lint(target); }
      return result;
    });
    reg(CMD.restoreOriginal, async (uri?: unknown) => {
      const target = asUri(uri) ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) { return { ok: false }; }
      const result = await restoreOriginal(target);
      if (result.ok) { await deps.linter.lint(target); }
      return result;
    });
    reg(CMD.previewTable, (uri?: unknown) => this.previewTable(asUri(uri)));
    reg(CMD.createMetadata, async (uri?: unknown, opts?: CreateMetadataOptions) => {
      const target = asUri(uri) ?? activeUri();
      if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a CSV, TSV, JSON or XML data file first.'));
        return { ok: false, reason: 'not-data' };
      }
      const result = await createMetadata(target, deps.checker, opts);
      // its data files are checked again with it before the command answers: a prediction
      // asked next reads the new metadata, not the check made before it existed
      if (result.ok && result.sidecar) { await deps.linter.lint(vscode.Uri.parse(result.sidecar)); }
      return result;
    });
    reg(CMD.moveToMetadata, (uri: vscode.Uri, removed: string[]) => moveRowsToMetadata(uri, removed, deps.store.get(uri)?.report));
    reg(CMD.updateMetadata, async (uri: vscode.Uri, kind: 'fields' | 'encoding') => {
      if (!deps.store.get(uri)) { await deps.linter.lint(uri); }
      return updateMetadataFromFile(uri, kind, deps.store.get(uri)?.report);
    });
  }

  /** Opens the table preview of a data file (the active one without a uri). */
  private async previewTable(uri: vscode.Uri | undefined): Promise<boolean> {
    const target = uri ?? activeUri();
    if (!target || !isDataFile(target)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a CSV, TSV, JSON or XML data file first.'));
      return false;
    }
    await vscode.commands.executeCommand('vscode.openWith', target, PREVIEW_VIEW_TYPE);
    return true;
  }

  /** The full report of the last check; without one, the workspace is checked first. */
  private async openReport(): Promise<WorkspaceResult> {
    const state = this.deps.workspace.state;
    const result = state.kind === 'ready' ? state.result : await this.deps.workspace.check();
    this.deps.reportPanel.show(result);
    return result;
  }

  /**
   * With a uri (other tools, tests): the prediction for that file's dataset, no UI.
   * Without (the command palette): the active file's, shown in the badge view.
   */
  private async predict(uri: vscode.Uri | undefined): Promise<PredictionResult | null> {
    if (uri) {
      const doc = openDocument(uri);
      if (doc && !this.deps.store.get(uri)) { await this.deps.linter.lint(uri); }
      const p = await this.deps.predictor.predict(uri);
      return p ? toResult(p) : null;
    }
    if (!this.deps.active.uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a CSV, TSV, JSON or XML data file first.'));
      return null;
    }
    await vscode.commands.executeCommand(`${BADGE_VIEW}.focus`);
    const p = await this.deps.active.refresh();
    return p ? toResult(p) : null;
  }
}
