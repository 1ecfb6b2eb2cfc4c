// The prediction for the active editor's dataset, kept current for the status bar and the panel:
// recomputed (debounced, newest wins) when the active editor or one of its files' reports change.
import * as vscode from 'vscode';
import { activeUri } from './active-uri';
import { Disposable } from './dispose';
import type { Prediction, Predictor } from './prediction';
import type { ReportStore } from './report-store';
import { isCheckable } from './targets';

const DELAY_MS = 150;

export class ActivePrediction extends Disposable {
  private value: Prediction | null = null;
  private target: vscode.Uri | null = null;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<Prediction | null>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly predictor: Predictor, store: ReportStore) {
    super();
    this._register({ dispose: () => clearTimeout(this.timer) });
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.follow()));
    this._register(vscode.window.tabGroups.onDidChangeTabs(() => this.follow()));
    this._register(store.onDidChange(uri => {
      const key = uri.toString();
      if (this.target?.toString() === key || this.value?.resources.some(r => r.uri.toString() === key)) { this.schedule(); }
    }));
    this.follow();
  }

  get current(): Prediction | null {
    return this.value;
  }

  /** The uri the prediction is about (the last checkable active editor). */
  get uri(): vscode.Uri | null {
    return this.target;
  }

  /** Recomputes now; resolves with the new prediction (or null when superseded or none). */
  async refresh(): Promise<Prediction | null> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    if (!this.target) { return null; }
    const p = await this.predictor.predict(this.target);
    if (generation !== this.generation || this.isDisposed) { return null; }
    this.value = p;
    this.changed.fire(p);
    return p;
  }

  private follow(): void {
    // the active tab's file: a table preview or a file over 50 MB has no text editor
    const uri = activeUri();
    if (uri && isCheckable(uri) && uri.toString() !== this.target?.toString()) {
      this.target = uri;
      this.schedule();
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.refresh(); }, DELAY_MS);
  }
}
