// "Check workspace": every data and metadata file, with cancellable progress; the findings go to
// the Problems panel like those of open files.
import * as vscode from 'vscode';
import type { DiagnosticPublisher } from './diagnostics';
import { baseName } from './file-access';
import type { Linter } from './linter';
import { DATA_GLOB, EXCLUDE_GLOB, isCheckable } from './targets';

export interface WorkspaceSummary {
  files: number;
  problems: number;
  cancelled: boolean;
}

const MAX_FILES = 10000;

export async function checkWorkspace(linter: Linter, publisher: DiagnosticPublisher): Promise<WorkspaceSummary> {
  const summary = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('Open Data Badge: checking the workspace'),
    cancellable: true,
  }, async (progress, token): Promise<WorkspaceSummary> => {
    const files = (await vscode.workspace.findFiles(DATA_GLOB, EXCLUDE_GLOB, MAX_FILES, token)).filter(isCheckable)
      .sort((a, b) => a.path.localeCompare(b.path));
    let done = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) { break; }
      progress.report({ increment: 100 / Math.max(1, files.length), message: vscode.l10n.t('{0} of {1}: {2}', done + 1, files.length, baseName(uri)) });
      await linter.lint(uri);
      done++;
    }
    const problems = files.reduce((n, u) => n + publisher.findingsOn(u).length, 0);
    return { files: done, problems, cancelled: token.isCancellationRequested };
  });
  if (!summary.cancelled) { void vscode.commands.executeCommand('workbench.actions.view.problems'); }
  void vscode.window.showInformationMessage(summary.cancelled
    ? vscode.l10n.t('Open Data Badge: check cancelled after {0} files.', summary.files)
    : vscode.l10n.t('Open Data Badge: {0} files checked, {1} problems.', summary.files, summary.problems));
  return summary;
}
