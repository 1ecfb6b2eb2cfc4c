// One table preview editor: the webview page (CSP with a nonce, no remote content), the posted
// view and pages, and what its clicks and keys ask for (open the text editor at a cell or a
// finding, find the next row of a role, convert to UTF-8).
import * as vscode from 'vscode';
import { CMD } from '../command-ids';
import { Disposable } from '../dispose';
import { viewHtml } from '../webview/html';
import {
  isPreviewToHost, type HostToPreview, type PreviewRendered, type PreviewToHost, type RevealTarget,
} from '../webview/preview-protocol';
import type { PreviewDocument, PreviewState } from './preview-document';
import { failedView, previewHeadView, previewRows, previewStrings, previewView } from './preview-view';

const ASSETS = { script: 'preview.js', style: 'preview.css', live: false };

export class PreviewPanel extends Disposable {
  private ready = false;
  private last: PreviewRendered | undefined;
  private readonly created = Date.now();
  /** ms from this panel's creation to its page's first message (VS Code's start of a webview) */
  readyMs: number | undefined;

  constructor(
    private readonly doc: PreviewDocument,
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly onRendered: (uri: vscode.Uri, r: PreviewRendered) => void,
  ) {
    super();
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')] };
    webview.html = viewHtml(webview, extensionUri, vscode.l10n.t('Table preview: {0}', doc.fileName), ASSETS);
    this._register(webview.onDidReceiveMessage((m: unknown) => { if (isPreviewToHost(m)) { void this.receive(m); } }));
    this._register(doc.onDidChange(s => this.postState(s)));
  }

  get rendered(): PreviewRendered | undefined {
    return this.last;
  }

  /** Scrolls the grid to a row (the row's cell `column` gets the cursor). */
  scrollTo(row: number, column: number): void {
    this.post({ type: 'scrollTo', row, column });
  }

  private post(m: HostToPreview): void {
    if (this.ready) { void this.panel.webview.postMessage(m); }
  }

  private postState(s: PreviewState): void {
    const uri = this.doc.uri;
    switch (s.kind) {
      case 'head':
        this.post({ type: 'view', version: s.version, view: previewHeadView(uri, s.head) });
        this.post({ type: 'rows', version: s.version, from: 0, rows: previewRows(uri, s.head.rows) });
        return;
      case 'ready':
        this.post({ type: 'view', version: s.version, view: previewView(uri, s.summary) });
        return;
      case 'failed':
        this.post({ type: 'view', version: s.version, view: failedView(uri, s.error) });
        return;
      case 'loading':
        return;
    }
  }

  private async receive(m: PreviewToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.readyMs ??= Date.now() - this.created;
        this.post({ type: 'init', strings: previewStrings() });
        this.postState(this.doc.state);
        return;
      case 'rows': {
        const rows = await this.doc.page(m.version, m.from, m.count);
        if (rows) { this.post({ type: 'rows', version: m.version, from: m.from, rows: previewRows(this.doc.uri, rows) }); }
        return;
      }
      case 'revealCell': {
        const r = await this.doc.locate(m.row, m.column);
        if (!r) { return; }
        const s = this.doc.state;
        const enc = s.kind === 'ready' ? s.summary.encoding : s.kind === 'head' ? s.head.encoding : undefined;
        // a legacy encoding reads differently in the text editor (as UTF-8): its columns do not match, its lines do
        const exact = !enc || enc.name === 'utf-8' || enc.ascii === true;
        const line = r.line - 1;
        const range = exact ? new vscode.Range(line, r.column - 1, r.endLine - 1, r.endLine === r.line ? Math.max(r.column, r.endColumn) : r.endColumn)
          : new vscode.Range(line, 0, line, 0);
        await revealInTextEditor(this.doc.uri, range, !m.focus);
        return;
      }
      case 'reveal':
        await revealTarget(m.target);
        return;
      case 'find': {
        // past the last one, the search starts again at the top
        let row = await this.doc.find(m.role, m.from, m.step);
        if (row < 0 && m.from > 0) { row = await this.doc.find(m.role, 0, 1); }
        if (row >= 0) { this.scrollTo(row, 0); }
        return;
      }
      case 'convert':
        await vscode.commands.executeCommand(CMD.convertToUtf8, this.doc.uri);
        await this.doc.load();
        return;
      case 'rendered':
        this.last = m.rendered;
        this.onRendered(this.doc.uri, m.rendered);
        return;
    }
  }
}

/** The text editor at `range`: the one already showing the file, else beside the preview. */
export async function revealInTextEditor(uri: vscode.Uri, range: vscode.Range, preserveFocus = false): Promise<void> {
  const shown = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
  // 'default' is the text editor even where the preview was made the default editor; it also
  // opens files too big to be synced to extensions as documents
  await vscode.commands.executeCommand('vscode.openWith', uri, 'default', {
    selection: range, viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside, preview: false, preserveFocus,
  });
}

async function revealTarget(t: RevealTarget): Promise<void> {
  await revealInTextEditor(vscode.Uri.parse(t.uri), new vscode.Range(t.line, t.column, t.endLine, t.endColumn));
}
