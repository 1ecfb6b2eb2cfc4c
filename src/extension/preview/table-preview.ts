// "Open Data Badge: Preview table": a custom editor (priority "option": it never replaces the text
// editor unless chosen) that shows a CSV/TSV, or the records of a JSON/XML file, as the platform
// sees it. The heavy work runs in the preview worker; the webview asks for rows in pages.
import * as vscode from 'vscode';
import { PreviewWorker } from '../../core/preview/worker-client';
import type { SpawnThread } from '../../core/worker/thread';
import type { Settings } from '../config';
import { Disposable } from '../dispose';
import type { ResolvedMetadata } from '../../core/metadata/model';
import type { PreviewRendered } from '../webview/preview-protocol';
import { PreviewDocument } from './preview-document';
import { PreviewPanel } from './preview-panel';

export const PREVIEW_VIEW_TYPE = 'opendataBadge.tablePreview';

/** For the extension-host tests and the editor benchmark. */
export interface TablePreviewApi {
  /** what the preview of `uri` drew last (read from its DOM) */
  rendered(uri: vscode.Uri): PreviewRendered | undefined;
  readonly onDidRender: vscode.Event<{ uri: vscode.Uri; rendered: PreviewRendered }>;
  /** scrolls the preview of `uri` to a row; false when no preview of it is open */
  scrollTo(uri: vscode.Uri, row: number, column?: number): boolean;
  /** the last load of `uri`'s preview, in ms: reading the file, its first rows back from the worker, and in the worker detecting the encoding, then decoding, checking and indexing */
  timing(uri: vscode.Uri): { readMs: number; headMs: number; detectMs: number; indexMs: number; webviewMs: number | undefined } | undefined;
}

export class TablePreviewProvider extends Disposable implements vscode.CustomReadonlyEditorProvider<PreviewDocument> {
  private readonly worker: PreviewWorker;
  private readonly panels = new Map<string, Set<PreviewPanel>>();
  private readonly documents = new Map<string, PreviewDocument>();
  private readonly renders = this._register(new vscode.EventEmitter<{ uri: vscode.Uri; rendered: PreviewRendered }>());
  readonly api: TablePreviewApi;

  constructor(
    private readonly extensionUri: vscode.Uri,
    previewThread: SpawnThread,
    private readonly settings: (uri: vscode.Uri) => Settings,
    private readonly metadata: (uri: vscode.Uri, s: Settings) => Promise<ResolvedMetadata | null>,
  ) {
    super();
    this.worker = new PreviewWorker(previewThread);
    this._register({ dispose: () => this.worker.dispose() });
    this._register(vscode.window.registerCustomEditorProvider(PREVIEW_VIEW_TYPE, this, { supportsMultipleEditorsPerDocument: true }));
    this.api = {
      rendered: uri => [...this.panels.get(uri.toString()) ?? []].map(p => p.rendered).find(r => r !== undefined),
      onDidRender: this.renders.event,
      scrollTo: (uri, row, column = 0) => {
        const open = [...this.panels.get(uri.toString()) ?? []];
        open.forEach(p => p.scrollTo(row, column));
        return open.length > 0;
      },
      timing: uri => {
        const doc = this.documents.get(uri.toString());
        const s = doc?.state;
        const webviewMs = [...this.panels.get(uri.toString()) ?? []].map(p => p.readyMs).find(ms => ms !== undefined);
        return doc && s?.kind === 'ready' ? { readMs: doc.readMs, headMs: doc.headMs, ...s.summary.timing, webviewMs } : undefined;
      },
    };
  }

  openCustomDocument(uri: vscode.Uri): PreviewDocument {
    const doc = new PreviewDocument(uri, {
      worker: this.worker, settings: this.settings, metadata: u => this.metadata(u, this.settings(u)),
    });
    const key = uri.toString();
    this.documents.set(key, doc);
    doc.onDidDispose(() => { if (this.documents.get(key) === doc) { this.documents.delete(key); } });
    void doc.load();
    return doc;
  }

  resolveCustomEditor(doc: PreviewDocument, panel: vscode.WebviewPanel): void {
    const key = doc.uri.toString();
    const p = new PreviewPanel(doc, panel, this.extensionUri, (uri, rendered) => this.renders.fire({ uri, rendered }));
    const set = this.panels.get(key) ?? new Set<PreviewPanel>();
    set.add(p);
    this.panels.set(key, set);
    panel.onDidDispose(() => {
      p.dispose();
      set.delete(p);
      if (set.size === 0) { this.panels.delete(key); }
    });
  }
}
