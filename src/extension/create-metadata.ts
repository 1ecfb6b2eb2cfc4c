// "Create metadata" (建立詮釋資料): NAME.metadata.json for a data file's dataset, written from its
// files by core/metadata/describe.ts, with 更新頻率 picked from the values the platform uses. An
// existing sidecar is replaced only when the user says so; the new one opens, and the fields the
// files cannot tell are listed for the user to fill in.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeDataset, PLATFORM_FREQUENCIES } from '../core/metadata/describe';
import type { FileReport } from '../core/types';
import type { FileChecker } from './checker';
import { openDocument, statFile } from './file-access';
import { translate } from './l10n';
import { datasetMembers, isDataFile } from './targets';
import { sidecarNameOf, stem } from '../core/metadata/paths';

export interface CreateMetadataOptions {
  /** 更新頻率 to write ('' leaves it empty); without it, the user picks */
  frequency?: string;
  /** replace an existing sidecar without asking (other tools, tests) */
  overwrite?: boolean;
}

export interface CreateMetadataResult {
  ok: boolean;
  sidecar?: string;
  leftForUser?: string[];
  reason?: 'untrusted' | 'not-data' | 'cancelled' | 'kept';
}

function frequencyMeaning(value: string): string {
  switch (value) {
    case '每3分': return vscode.l10n.t('every 3 minutes');
    case '每30分': return vscode.l10n.t('every 30 minutes');
    case '每1時': return vscode.l10n.t('every hour');
    case '每1日': return vscode.l10n.t('every day');
    case '每1月': return vscode.l10n.t('every month');
    case '每3月': return vscode.l10n.t('every 3 months');
    case '每6個月': return vscode.l10n.t('every 6 months');
    case '每1年': return vscode.l10n.t('every year');
    default: return vscode.l10n.t('irregular: no due date');
  }
}

/** 更新頻率 from the platform's values, or '' to decide later; undefined when the pick was dismissed. */
async function pickFrequency(dataset: string): Promise<string | undefined> {
  const later = vscode.l10n.t('Decide later (leave 更新頻率 empty)');
  const items = [
    ...PLATFORM_FREQUENCIES.map(value => ({ label: value, description: frequencyMeaning(value), value })),
    { label: later, description: '', value: '' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Create metadata: {0}', dataset),
    placeHolder: vscode.l10n.t('How often is the dataset updated (更新頻率)?'),
    matchOnDescription: true,
  });
  return picked?.value;
}

export async function createMetadata(dataUri: vscode.Uri, checker: FileChecker, opts: CreateMetadataOptions = {}): Promise<CreateMetadataResult> {
  if (!isDataFile(dataUri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a CSV, TSV, JSON or XML data file first.'));
    return { ok: false, reason: 'not-data' };
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Creating metadata writes a file: trust the workspace first.'));
    return { ok: false, reason: 'untrusted' };
  }
  const dataset = stem(path.posix.basename(dataUri.path));
  const sidecarName = sidecarNameOf(dataUri.path);
  const sidecar = vscode.Uri.joinPath(dataUri, '..', sidecarName);
  const exists = (await statFile(sidecar)) !== null || openDocument(sidecar) !== undefined;
  if (exists && opts.overwrite !== true) {
    const replace = vscode.l10n.t('Replace');
    const answer = opts.overwrite === false ? undefined : await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} exists. Replace it with metadata written from the files?', sidecarName),
      { modal: true, detail: vscode.l10n.t('What it says now is lost unless you undo the change.') }, replace);
    if (answer !== replace) { return { ok: false, reason: 'kept', sidecar: sidecar.toString() }; }
  }
  const frequency = opts.frequency ?? await pickFrequency(dataset);
  if (frequency === undefined) { return { ok: false, reason: 'cancelled' }; }
  const reports: FileReport[] = [];
  for (const m of await datasetMembers(dataUri)) {
    const outcome = await checker.check(m, openDocument(m));
    if (outcome && !outcome.report.api) { reports.push(outcome.report); }
  }
  const described = describeDataset({ dataset, reports, frequency, now: new Date() });
  const edit = new vscode.WorkspaceEdit();
  // an edit, so that Undo brings back what was there
  edit.createFile(sidecar, { overwrite: true, contents: new TextEncoder().encode(described.text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', sidecarName, vscode.l10n.t('the edit was refused')));
    return { ok: false, sidecar: sidecar.toString() };
  }
  await vscode.window.showTextDocument(sidecar, { preview: false });
  const warnings = described.warnings.map(translate).join(' ');
  void vscode.window.showInformationMessage(
    vscode.l10n.t('{0} written from {1}. Fill in: {2}', sidecarName, described.resources.map(p => path.basename(p)).join(', '), described.leftForUser.join('、'))
    + (warnings ? ' ' + warnings : ''));
  return { ok: true, sidecar: sidecar.toString(), leftForUser: described.leftForUser };
}
