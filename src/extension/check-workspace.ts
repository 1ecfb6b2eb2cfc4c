// "Check workspace" (or one folder): every data and metadata file, with cancellable progress; the
// findings go to the Problems panel like those of open files. Cancelling keeps what was checked.
import * as vscode from 'vscode';
import type { DiagnosticPublisher } from './diagnostics';
import { baseName } from './file-access';
import type { Linter } from './linter';
import { DATA_GLOB, EXCLUDE_GLOB, isCheckable } from './targets';

export interface ScanResult {
  /** the files checked, in order (all that were found unless cancelled) */
  checked: vscode.Uri[];
  /** the files found */
  total: number;
  problems: number;
  cancelled: boolean;
}

const MAX_FILES = 10000;

/**
 * `folder`: only the files under it (the explorer's "Check folder"). `external`: a second way to
 * cancel besides the notification's button (the extension's API).
 */
export async function checkWorkspace(linter: Linter, publisher: DiagnosticPublisher, folder?: vscode.Uri, external?: vscode.CancellationToken): Promise<ScanResult> {
  const result = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: folder ? vscode.l10n.t('Open Data Badge: checking {0}', baseName(folder)) : vscode.l10n.t('Open Data Badge: checking the workspace'),
    cancellable: true,
  }, async (progress, button): Promise<ScanResult> => {
    const cts = new vscode.CancellationTokenSource();
    const subs = [button, external].map(t => t?.onCancellationRequested(() => cts.cancel()));
    if (external?.isCancellationRequested) { cts.cancel(); }
    const token = cts.token;
    try {
      const pattern = folder ? new vscode.RelativePattern(folder, DATA_GLOB) : DATA_GLOB;
      const files = (await vscode.workspace.findFiles(pattern, EXCLUDE_GLOB, MAX_FILES, token)).filter(isCheckable)
        .sort((a, b) => a.path.localeCompare(b.path));
      const checked: vscode.Uri[] = [];
      for (const uri of files) {
        if (token.isCancellationRequested) { break; }
        progress.report({ increment: 100 / Math.max(1, files.length), message: vscode.l10n.t('{0} of {1}: {2}', checked.length + 1, files.length, baseName(uri)) });
        // every data file is in the list: a metadata file need not re-check the ones it describes
        await linter.lint(uri, false);
        checked.push(uri);
      }
      const problems = checked.reduce((n, u) => n + publisher.findingsOn(u).length, 0);
      return { checked, total: files.length, problems, cancelled: token.isCancellationRequested };
    } finally {
      subs.forEach(s => s?.dispose());
      cts.dispose();
    }
  });
  return result;
}
