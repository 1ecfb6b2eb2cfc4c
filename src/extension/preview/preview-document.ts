// One previewed file: its session in the preview worker, loaded again when the file changes —
// edits in a text editor (debounced), saves, changes on disk (Convert to UTF-8), its metadata
// files and the settings. Each load is a new `version`; a stale load's result is dropped.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { detectEncoding } from '../../core/encoding';
import type { RowRole } from '../../core/csv/model';
import type { PreviewHead, PreviewRow, PreviewSummary } from '../../core/preview/model';
import type { PreviewWorker } from '../../core/preview/worker-client';
import type { Range } from '../../core/types';
import { engineOptions, SECTION, type Settings } from '../config';
import { Disposable } from '../dispose';
import { enginePath, openDocument, readBytes } from '../file-access';
import { isMetadataFile } from '../targets';
import type { SessionInput } from '../../core/preview/session';
import type { ResolvedMetadata } from '../../core/metadata/model';

export interface PreviewDeps {
  worker: PreviewWorker;
  settings(uri: vscode.Uri): Settings;
  metadata(uri: vscode.Uri): Promise<ResolvedMetadata | null>;
}

export type PreviewState =
  | { kind: 'loading' }
  /** a big table's first rows, while the rest is read */
  | { kind: 'head'; version: number; head: PreviewHead }
  | { kind: 'ready'; version: number; summary: PreviewSummary }
  | { kind: 'failed'; version: number; error: string };

const EDIT_DELAY_MS = 300;

export class PreviewDocument extends Disposable implements vscode.CustomDocument {
  private readonly session: number;
  private value: PreviewState = { kind: 'loading' };
  private loads = 0;
  private views = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<PreviewState>());
  readonly onDidChange = this.changed.event;
  private readonly ended = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.ended.event;
  /** the last load, in ms: reading the file (or taking the editor's text); until a big table's first rows came */
  readMs = 0;
  headMs = 0;

  constructor(readonly uri: vscode.Uri, private readonly deps: PreviewDeps) {
    super();
    this.session = deps.worker.newSession();
    const key = uri.toString();
    const dir = vscode.Uri.joinPath(uri, '..').toString();
    const mine = (u: vscode.Uri) => u.toString() === key;
    // a metadata file of the same folder changes what the columns are compared with
    const concerns = (u: vscode.Uri) => mine(u) || (isMetadataFile(u) && vscode.Uri.joinPath(u, '..').toString() === dir);
    this._register({ dispose: () => {
      clearTimeout(this.timer);
      void deps.worker.call(this.session, 'close', {}).catch(() => undefined);
      this.ended.fire();
    } });
    this._register(vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length && concerns(e.document.uri)) { this.schedule(EDIT_DELAY_MS); } }));
    this._register(vscode.workspace.onDidSaveTextDocument(d => { if (concerns(d.uri)) { this.schedule(0); } }));
    // a closed buffer may have held unsaved edits: the file on disk counts again
    this._register(vscode.workspace.onDidCloseTextDocument(d => { if (mine(d.uri)) { this.schedule(0); } }));
    this._register(vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(SECTION, uri)) { this.schedule(0); } }));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), '*')));
    const onDisk = (u: vscode.Uri) => { if (concerns(u) && !openDocument(u)?.isDirty) { this.schedule(EDIT_DELAY_MS); } };
    this._register(watcher.onDidChange(onDisk));
    this._register(watcher.onDidCreate(onDisk));
    this._register(watcher.onDidDelete(onDisk));
  }

  get state(): PreviewState {
    return this.value;
  }

  get fileName(): string {
    return path.posix.basename(this.uri.path);
  }

  /** Reads the file (or its unsaved text) and opens it in the worker; resolves when shown. */
  async load(): Promise<PreviewState> {
    clearTimeout(this.timer);
    const load = ++this.loads;
    // each state shown gets a new version: the webview drops pages of earlier ones
    const show = (make: (version: number) => PreviewState) => {
      if (load !== this.loads || this.isDisposed) { return; }   // a newer load is under way
      this.value = make(++this.views);
      this.changed.fire(this.value);
    };
    try {
      const t0 = Date.now();
      const input = await this.input();
      this.readMs = Date.now() - t0;
      const summary = await this.deps.worker.call(this.session, 'open', { input, options: engineOptions(this.deps.settings(this.uri)) },
        head => { this.headMs = Date.now() - t0; show(version => ({ kind: 'head', version, head })); });
      show(version => ({ kind: 'ready', version, summary }));
    } catch (e) {
      show(version => ({ kind: 'failed', version, error: e instanceof Error ? e.message : String(e) }));
    }
    return this.value;
  }

  page(version: number, from: number, count: number): Promise<PreviewRow[] | null> {
    return this.current(version) ? this.deps.worker.call(this.session, 'page', { from, count }) : Promise.resolve(null);
  }

  locate(row: number, column: number): Promise<Range | null> {
    return this.deps.worker.call(this.session, 'locate', { row, column });
  }

  find(role: RowRole, from: number, step: 1 | -1): Promise<number> {
    return this.deps.worker.call(this.session, 'find', { role, from, step });
  }

  private current(version: number): boolean {
    return this.value.kind === 'ready' && this.value.version === version;
  }

  private schedule(delayMs: number): void {
    if (this.isDisposed) { return; }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.load(); }, delayMs);
  }

  /** The bytes on disk, or the editor's text when it has unsaved edits (the engine's rule too). */
  private async input(): Promise<SessionInput> {
    const metadata = await this.deps.metadata(this.uri);
    const doc = openDocument(this.uri);
    const bytes = await readBytes(this.uri);
    if (doc?.isDirty || !bytes) {
      if (!doc) { throw new Error(vscode.l10n.t('{0} could not be read.', this.fileName)); }
      const encoding = bytes ? detectEncoding(bytes, { hint: metadata?.fields['編碼格式']?.value }) : undefined;
      return { path: enginePath(this.uri), text: doc.getText(), encoding, metadata };
    }
    return { path: enginePath(this.uri), bytes, metadata };
  }
}
