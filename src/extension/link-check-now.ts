// "Check links now" (the badge view's button on a link criterion left unknown): the resource links
// of the active dataset's files checked once, on request, while opendataBadge.links.check stays
// off. Link checks are opt-in because they make network requests, and never run in Restricted
// Mode. The result stays with those files (FileChecker.requestLinks) until the next request.
import * as vscode from 'vscode';
import type { ActivePrediction } from './active-prediction';
import type { FileChecker } from './checker';
import type { Linter } from './linter';
import type { Predictor } from './prediction';

export interface LinkCheckDeps {
  checker: FileChecker;
  linter: Linter;
  predictor: Predictor;
  active: ActivePrediction;
}

/** The files whose links were checked (their uris); none in an untrusted folder or with no
 *  dataset in view. */
export async function checkLinksNow(deps: LinkCheckDeps, uri?: vscode.Uri): Promise<string[]> {
  if (!vscode.workspace.isTrusted || !deps.checker.linksCheckable) { return []; }
  // the dataset of the file asked about (the badge view's button passes the one it shows), or of
  // the one in view, predicted now
  const target = uri ?? deps.active.uri;
  const p = target ? await deps.predictor.predict(target) : null;
  if (!p) { return []; }
  const files = p.resources.map(r => r.uri);
  await vscode.window.withProgress({
    location: vscode.ProgressLocation.Window,
    title: vscode.l10n.t('Open Data Badge: checking the links of {0}', p.dataset),
  }, async () => {
    deps.checker.requestLinks(files);
    for (const f of files) {
      deps.predictor.forget(f);
      await deps.linter.lint(f);
    }
  });
  await deps.active.refresh();
  return files.map(f => f.toString());
}
