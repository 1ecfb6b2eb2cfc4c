// When to check: on open, on edit (debounced) or only on save, and when a metadata file changes
// (then the data files it describes are checked again). Each run of a file gets a generation
// number; a result that is no longer the newest is dropped.
import * as vscode from 'vscode';
import { CancelledError } from '../core/types';
import type { FileChecker } from './checker';
import { SECTION, type Settings } from './config';
import { placeFindings, type DiagnosticPublisher } from './diagnostics';
import { Disposable } from './dispose';
import { baseName, openDocument } from './file-access';
import type { ReportStore } from './report-store';
import { METADATA_NAMES_GLOB } from '../core/metadata/loader';
import { describedFiles, isCheckable, isMetadataFile } from './targets';

export class Linter extends Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  /** callers of a superseded lint, answered when the newest run of their file is done */
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly checker: FileChecker,
    private readonly store: ReportStore,
    private readonly publisher: DiagnosticPublisher,
    private readonly settings: (uri: vscode.Uri) => Settings,
  ) {
    super();
    this._register({ dispose: () => this.stopAll() });
    this._register(vscode.workspace.onDidOpenTextDocument(d => this.schedule(d.uri, 0)));
    this._register(vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length === 0 || this.settings(e.document.uri).run !== 'onType') { return; }
      this.schedule(e.document.uri, this.settings(e.document.uri).debounceMs);
    }));
    this._register(vscode.workspace.onDidSaveTextDocument(d => this.schedule(d.uri, 0)));
    // a closed buffer may have held unsaved edits: what counts now is the file on disk
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.schedule(d.uri, 0)));
    this._register(vscode.workspace.onDidDeleteFiles(e => e.files.forEach(u => this.forget(u))));
    this._register(vscode.workspace.onDidRenameFiles(e => e.files.forEach(f => { this.forget(f.oldUri); this.schedule(f.newUri, 0); })));
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(SECTION)) { this.store.uris().forEach(u => this.schedule(u, 0)); }
    }));
    // a sidecar written or removed by another tool (the CLI's describe --write, git): the
    // files checked in its folder are checked again (an open sidecar's saves come through lint)
    const metadata = this._register(vscode.workspace.createFileSystemWatcher(`**/${METADATA_NAMES_GLOB}`));
    const recheck = (changed: vscode.Uri) => { void this.recheckDescribed(changed); };
    this._register(metadata.onDidCreate(recheck));
    this._register(metadata.onDidChange(recheck));
    this._register(metadata.onDidDelete(recheck));
    // files over 50 MB are never synced to extensions as documents: check the tab's file from disk
    this._register(vscode.window.tabGroups.onDidChangeTabs(e => e.opened.forEach(t => this.scheduleTab(t))));
  }

  /** Checks what is open now. */
  start(): void {
    vscode.workspace.textDocuments.forEach(d => this.schedule(d.uri, 0));
    vscode.window.tabGroups.all.flatMap(g => g.tabs).forEach(t => this.scheduleTab(t));
  }

  schedule(uri: vscode.Uri, delayMs: number): void {
    if (this.isDisposed || !isCheckable(uri)) { return; }
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.running.get(key)?.cancel();
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.lint(uri); }, delayMs));
  }

  /**
   * Checks a file now; resolves when its diagnostics are published. A run superseded by a newer
   * one (an edit, a scheduled check) resolves when that newest run is done, so that a caller's
   * next step (a prediction) never reads a report older than its own request.
   * A metadata file's data files are checked again after it, unless `describedToo` is false (a
   * workspace check, which checks each of them anyway).
   */
  async lint(uri: vscode.Uri, describedToo = true): Promise<void> {
    const key = uri.toString();
    // this run reads the document as it is now: a check scheduled for it is not needed
    this.dropTimer(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    this.running.get(key)?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.running.set(key, cts);
    try {
      await this.run(uri, cts.token, () => !cts.token.isCancellationRequested && this.generations.get(key) === generation, describedToo);
    } finally {
      if (this.running.get(key) === cts) { this.running.delete(key); }
    }
    // superseded by a newer lint (a new generation) or cancelled by a scheduled one (schedule()
    // cancels the running check and starts its own after the delay): wait for that one, whether
    // this run stopped early or finished
    const superseded = cts.token.isCancellationRequested || this.generations.get(key) !== generation;
    cts.dispose();
    this.answer(key);
    if (superseded) { await this.newest(key); }
  }

  /** One check of the file, published while `current()` says no newer run has begun. */
  private async run(uri: vscode.Uri, token: vscode.CancellationToken, current: () => boolean, describedToo: boolean): Promise<void> {
    try {
      const doc = openDocument(uri);
      const check = () => this.checker.check(uri, doc, token);
      const outcome = await (await this.checker.isBig(uri) ? this.withProgress(uri, check) : check());
      // superseded by a newer edit (its check publishes) or stale: dropped, the diagnostics stay
      // (a cancelled check answers null, which is not "nothing to report")
      if (!current() || this.isDisposed) { return; }
      if (!outcome) { this.forget(uri); return; }
      this.store.set(uri, outcome);
      this.publisher.publish(uri, placeFindings(uri, outcome.report));
      if (describedToo && isMetadataFile(uri)) { await this.lintDescribed(uri); }
    } catch (e) {
      if (!(e instanceof CancelledError)) { console.error('[opendata-badge] check failed', uri.toString(), e); }
    }
  }

  /** Resolves when the file has no check scheduled or running (at once when it has none). */
  private newest(key: string): Promise<void> {
    if (this.isDisposed || (!this.timers.has(key) && !this.running.has(key))) { return Promise.resolve(); }
    return new Promise(resolve => {
      const list = this.waiting.get(key) ?? [];
      list.push(resolve);
      this.waiting.set(key, list);
    });
  }

  private answer(key: string): void {
    const list = this.waiting.get(key);
    if (!list || this.timers.has(key) || this.running.has(key)) { return; }
    this.waiting.delete(key);
    list.forEach(resolve => resolve());
  }

  private async lintDescribed(metadata: vscode.Uri): Promise<void> {
    for (const data of await describedFiles(metadata)) {
      await this.lint(data);
    }
  }

  /** the data files a metadata file describes, of those checked so far, are checked again */
  private async recheckDescribed(metadata: vscode.Uri): Promise<void> {
    const checked = new Set(this.store.uris().map(u => u.toString()));
    for (const data of await describedFiles(metadata)) {
      if (checked.has(data.toString())) { this.schedule(data, 0); }
    }
  }

  private withProgress<T>(uri: vscode.Uri, run: () => Promise<T>): Promise<T> {
    return Promise.resolve(vscode.window.withProgress({
      location: vscode.ProgressLocation.Window,
      title: vscode.l10n.t('Open Data Badge: checking {0}', baseName(uri)),
    }, run));
  }

  private scheduleTab(tab: vscode.Tab): void {
    if (tab.input instanceof vscode.TabInputText && !openDocument(tab.input.uri)) { this.schedule(tab.input.uri, 0); }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.dropTimer(key);
    this.running.get(key)?.cancel();
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.store.delete(uri);
    this.publisher.remove(uri);
    this.answer(key);
  }

  private dropTimer(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private stopAll(): void {
    for (const t of this.timers.values()) { clearTimeout(t); }
    for (const c of this.running.values()) { c.cancel(); }
    this.timers.clear();
    this.running.clear();
    for (const list of this.waiting.values()) { list.forEach(resolve => resolve()); }
    this.waiting.clear();
  }
}
