// The workspace report: after "Check workspace" (or "Check folder"), the portfolio of the files it
// checked (badge-rules.md §2: the agency score, its OAS bonus, the ranked suggestions). It follows
// later checks of those files (an edit, a fix), so the score stays true until the next full check.
// A cancelled check leaves a partial report that says how much of the workspace it covers.
import * as vscode from 'vscode';
import { groupDatasets } from '../core/dataset';
import { plural } from '../core/messages';
import { portfolio, type Portfolio } from '../core/portfolio/score';
import type { FileReport } from '../core/types';
import { checkWorkspace, type ScanResult } from './check-workspace';
import { BADGE_VIEW, CMD } from './command-ids';
import type { DiagnosticPublisher } from './diagnostics';
import { Disposable } from './dispose';
import { translate } from './l10n';
import type { Linter } from './linter';
import type { ReportStore } from './report-store';

export interface WorkspaceResult {
  portfolio: Portfolio;
  /** the folder checked, or null for the whole workspace */
  folder: vscode.Uri | null;
  /** files checked / found: fewer checked when the check was cancelled */
  checked: number;
  total: number;
  partial: boolean;
}

export type WorkspaceState =
  | { kind: 'none' }
  /** `previous`: the last report, still shown (marked as being checked again) */
  | { kind: 'checking'; folder: vscode.Uri | null; previous?: WorkspaceResult }
  | { kind: 'ready'; result: WorkspaceResult };

const RECOMPUTE_MS = 300;

/** The outcome where the user looks: the score in the message, the details in the panel and Problems. */
async function announce(r: WorkspaceResult, scan: ScanResult): Promise<void> {
  if (!scan.cancelled) {
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.commands.executeCommand(`${BADGE_VIEW}.focus`);
  }
  const score = r.portfolio.score.toFixed(2);
  const text = scan.cancelled
    ? translate(plural(r.total, 'Open Data Badge: check cancelled after {0} of {1} file; agency score so far {2}.',
      'Open Data Badge: check cancelled after {0} of {1} files; agency score so far {2}.', r.checked, r.total, score))
    : vscode.l10n.t('Open Data Badge: {0} checked, {1}; agency score {2}.', translate(plural(r.checked, '{0} file', '{0} files')),
      translate(plural(scan.problems, '{0} problem', '{0} problems')), score);
  const open = vscode.l10n.t('Open report');
  if (await vscode.window.showInformationMessage(text, open) === open) {
    await vscode.commands.executeCommand(CMD.openReport);
  }
}

/** The portfolio of a set of checked files: API documents count toward the bonus, not as datasets. */
export function portfolioOf(reports: readonly FileReport[]): Portfolio {
  const apis = reports.filter(r => r.api).map(r => ({ path: r.path, valid: r.api!.valid }));
  return portfolio(groupDatasets(reports), apis);
}

export class WorkspaceReport extends Disposable {
  private value: WorkspaceState = { kind: 'none' };
  private files = new Map<string, vscode.Uri>();
  private running: { folder: string; result: Promise<WorkspaceResult> } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<WorkspaceState>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly linter: Linter, private readonly publisher: DiagnosticPublisher, private readonly store: ReportStore) {
    super();
    this._register({ dispose: () => clearTimeout(this.timer) });
    this._register(store.onDidChange(uri => { if (this.value.kind === 'ready' && this.files.has(uri.toString())) { this.schedule(); } }));
  }

  get state(): WorkspaceState {
    return this.value;
  }

  /**
   * Checks the workspace (or `folder`). A request for what is being checked joins that check (a
   * second click); a request for another folder runs after it.
   */
  check(folder?: vscode.Uri, token?: vscode.CancellationToken): Promise<WorkspaceResult> {
    const key = folder?.toString() ?? '';
    if (this.running?.folder === key) { return this.running.result; }
    const before = this.running?.result.catch(() => undefined) ?? Promise.resolve();
    const result = before.then(() => this.run(folder ?? null, token));
    const entry = { folder: key, result };
    this.running = entry;
    const done = () => { if (this.running === entry) { this.running = undefined; } };
    result.then(done, done);
    return result;
  }

  private async run(folder: vscode.Uri | null, token?: vscode.CancellationToken): Promise<WorkspaceResult> {
    const previous = this.value;
    this.set({ kind: 'checking', folder, previous: previous.kind === 'ready' ? previous.result : previous.kind === 'checking' ? previous.previous : undefined });
    let scan: ScanResult;
    try {
      scan = await checkWorkspace(this.linter, this.publisher, folder ?? undefined, token);
    } catch (e) {
      this.set(previous);
      throw e;
    }
    this.files = new Map(scan.checked.map(u => [u.toString(), u]));
    const result: WorkspaceResult = {
      portfolio: this.portfolio(), folder, checked: scan.checked.length, total: scan.total,
      // cancelled before the files were even listed: nothing says how much is missing
      partial: scan.cancelled && (scan.checked.length < scan.total || scan.total === 0),
    };
    this.set({ kind: 'ready', result });
    void announce(result, scan);
    return result;
  }

  private portfolio(): Portfolio {
    const reports = [...this.files.values()].flatMap(u => this.store.get(u)?.report ?? []);
    return portfolioOf(reports);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.value.kind !== 'ready' || this.isDisposed) { return; }
      const portfolio = this.portfolio();
      // most edits change no badge: nothing to redraw then
      if (JSON.stringify(portfolio) === JSON.stringify(this.value.result.portfolio)) { return; }
      this.set({ kind: 'ready', result: { ...this.value.result, portfolio } });
    }, RECOMPUTE_MS);
  }

  private set(state: WorkspaceState): void {
    this.value = state;
    this.changed.fire(state);
  }
}
