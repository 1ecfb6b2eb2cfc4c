// Runs the engine for one file: small files on the extension host's thread (from the editor's
// text, so that positions match what the user sees), big ones in a worker thread: from disk, or
// from the editor's text while it has unsaved edits (typing in a 20 MB CSV must not block the
// extension host: the host only copies the text). OpenAPI documents are validated as such (the
// *OrApi entry points).
import * as vscode from 'vscode';
import { checkBytesOrApi, checkTextOrApi, detectFormat } from '../core/engine';
import { detectEncoding } from '../core/encoding';
import { MetadataResolver } from '../core/metadata';
import { checkMetadataLinks, LinkChecker, type LinkResult } from '../core/links';
import type { ResolvedMetadata } from '../core/metadata/model';
import { EngineWorker } from '../core/worker/pool';
import type { CancellationSignal, EncodingInfo, FileReport } from '../core/types';
import type { EngineOptions } from '../core/engine';
import { engineOptions, type Settings } from './config';
import { Disposable } from './dispose';
import { enginePath, metadataFs, readBytes, statFile, type FileStamp } from './file-access';
import { isYaml } from './targets';
import type { OffThreadFixes } from './text-fixes';

export interface CheckOutcome {
  report: FileReport;
  /** the document version the report's positions refer to; undefined when read from disk */
  version?: number;
  /** the text of the file is what the editor shows (UTF-8 on disk or an unsaved buffer) */
  editorTextMatches: boolean;
}

const UTF8: EncodingInfo = { name: 'utf-8', bom: false, confidence: 1 };

export class FileChecker extends Disposable {
  private readonly worker: EngineWorker;
  /** one per extension: its cache keeps re-lints from hitting the agency's server again */
  private readonly links = new LinkChecker();
  /** the encoding of each big file on disk, by its stamp: typing changes the buffer, not the file */
  private readonly diskEncodings = new Map<string, { stamp: FileStamp; encoding: EncodingInfo }>();

  constructor(workerScript: string, private readonly settings: (uri: vscode.Uri) => Settings) {
    super();
    this.worker = new EngineWorker(workerScript);
    this._register({ dispose: () => this.worker.dispose() });
  }

  /** a big document's text fixes are worked out in the worker too */
  offThreadFixes(): OffThreadFixes {
    return {
      isBig: doc => doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end) >= this.settings(doc.uri).workerThresholdBytes,
      textFixes: input => this.worker.textFixes(input),
    };
  }

  /** True when the file would go to the worker thread (for progress reporting). */
  async isBig(uri: vscode.Uri): Promise<boolean> {
    const stamp = await statFile(uri);
    return stamp !== null && stamp.size >= this.settings(uri).workerThresholdBytes;
  }

  /** null when there is nothing to report: cancelled, unreadable, or YAML that is not an API */
  async check(uri: vscode.Uri, doc: vscode.TextDocument | undefined, token?: vscode.CancellationToken): Promise<CheckOutcome | null> {
    const outcome = await this.checkFile(uri, doc, token);
    return outcome && isYaml(uri) && !outcome.report.api ? null : outcome;
  }

  private async checkFile(uri: vscode.Uri, doc: vscode.TextDocument | undefined, token?: vscode.CancellationToken): Promise<CheckOutcome | null> {
    const settings = this.settings(uri);
    const path = enginePath(uri);
    const signal: CancellationSignal = { get aborted() { return token?.isCancellationRequested ?? false; } };
    const metadata = detectFormat(path) === 'metadata' ? null : await this.metadataFor(uri, settings);
    if (token?.isCancellationRequested) { return null; }
    const options = { ...engineOptions(settings), signal, links: await this.linksFor(metadata, path, settings, token) };
    const stamp = await statFile(uri);
    if (!stamp) {
      // not on disk (untitled, deleted): the buffer is all there is
      return doc ? { report: await checkTextOrApi({ path, text: doc.getText(), encoding: UTF8, metadata }, options), version: doc.version, editorTextMatches: true } : null;
    }
    if (stamp.size >= settings.workerThresholdBytes && !doc?.isDirty) {
      const bytes = await readBytes(uri);
      if (!bytes || token?.isCancellationRequested) { return null; }
      const report = await this.worker.check({ path, bytes, metadata }, options);
      return { report, version: doc?.version, editorTextMatches: report.encoding.name === 'utf-8' };
    }
    if (doc && stamp.size >= settings.workerThresholdBytes) { return this.checkBigBuffer(uri, doc, stamp, metadata, options); }
    const bytes = await readBytes(uri);
    if (!bytes) { return null; }
    const encoding = detectEncoding(bytes, { hint: metadata?.fields['編碼格式']?.value });
    // the editor decodes as UTF-8: its text is right only for UTF-8 files (or unsaved edits)
    if (doc && (encoding.name === 'utf-8' || doc.isDirty)) {
      const report = await checkTextOrApi({ path, text: doc.getText(), encoding, metadata }, options);
      return { report, version: doc.version, editorTextMatches: true };
    }
    const report = await checkBytesOrApi({ path, bytes, metadata }, options);
    return { report, version: doc?.version, editorTextMatches: encoding.name === 'utf-8' };
  }

  /** a big document with unsaved edits: its text to the worker, with the disk's encoding */
  private async checkBigBuffer(uri: vscode.Uri, doc: vscode.TextDocument, stamp: FileStamp, metadata: ResolvedMetadata | null, options: EngineOptions): Promise<CheckOutcome | null> {
    const key = uri.toString();
    const known = this.diskEncodings.get(key);
    const encoding = known && known.stamp.mtime === stamp.mtime && known.stamp.size === stamp.size ? known.encoding : null;
    const disk = encoding ? null : await readBytes(uri);
    if (!encoding && !disk) { return null; }
    const version = doc.version;
    const out = await this.worker.checkText({ path: enginePath(uri), text: doc.getText(), encoding, disk, metadata }, options);
    this.diskEncodings.set(key, { stamp, encoding: out.encoding });
    return { report: out.report, version, editorTextMatches: true };
  }

  /** opt-in, and never in Restricted Mode: an untrusted folder must not make us fetch its URLs */
  private async linksFor(metadata: ResolvedMetadata | null, path: string, s: Settings, token?: vscode.CancellationToken): Promise<LinkResult[] | undefined> {
    if (!s.checkLinks || !vscode.workspace.isTrusted) { return undefined; }
    if (!metadata) { return []; }
    const abort = new AbortController();
    const sub = token?.onCancellationRequested(() => abort.abort());
    try {
      return await checkMetadataLinks(this.links, metadata, path, { allowPrivate: s.allowPrivateLinks, signal: abort.signal });
    } finally {
      sub?.dispose();
    }
  }

  private async metadataFor(uri: vscode.Uri, settings: Settings): Promise<ResolvedMetadata | null> {
    try {
      return await new MetadataResolver({ patterns: settings.metadataPatterns }).resolve(enginePath(uri), metadataFs(uri));
    } catch (e) {
      console.error('[opendata-badge] metadata', e);
      return null;
    }
  }
}
