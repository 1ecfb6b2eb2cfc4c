// Runs the engine for one file: small files on the extension host's thread (from the editor's
// text, so that positions match what the user sees), big ones in a worker thread: from disk, or
// from the editor's text while it has unsaved edits (typing in a 20 MB CSV must not block the
// extension host: the host only copies the text). OpenAPI documents are validated as such (the
// *OrApi entry points).
import * as vscode from 'vscode';
import { checkBytesOrApi, checkTextOrApi, detectFormat, isCheckablePath } from '../core/engine';
import { checkResourceFile } from '../core/resources/check';
import { isResourcePath } from '../core/resources/sniff';
import { detectEncoding, UNSAVED_TEXT } from '../core/encoding';
import { MetadataResolver } from '../core/metadata';
import type { LinkResult } from '../core/links/types';
import type { ResolvedMetadata } from '../core/metadata/model';
import { EngineWorker } from '../core/worker/pool';
import type { CancellationSignal, EncodingInfo, FileReport } from '../core/types';
import type { EngineOptions } from '../core/engine';
import { engineOptions, type Settings } from './config';
import { Disposable } from './dispose';
import { enginePath, metadataFs, openBytes, readBytes, statFile, type FileStamp } from './file-access';
import type { Platform } from './platform';
import type { ProjectConfigs } from './project-config';
import { isYaml } from './targets';
import type { OffThreadFixes } from './text-fixes';

export interface CheckOutcome {
  report: FileReport;
  /** the document version the report's positions refer to; undefined when read from disk */
  version?: number;
  /** the text of the file is what the editor shows (UTF-8 on disk or an unsaved buffer) */
  editorTextMatches: boolean;
}

export class FileChecker extends Disposable {
  private readonly worker: EngineWorker;
  /** the platform's link check (undefined in the browser); its cache keeps re-lints from hitting the agency's server again */
  private readonly checkLinks: Platform['checkLinks'];
  private readonly clearLinks: () => void;
  /** "Check links now" (the setting off): per file, the results of that one check and the
   *  資料下載網址 they are for; null until the check has run */
  private readonly requested = new Map<string, { urls: string; results: LinkResult[] } | null>();
  /** the encoding of each big file on disk, by its stamp: typing changes the buffer, not the file */
  private readonly diskEncodings = new Map<string, { stamp: FileStamp; encoding: EncodingInfo }>();

  constructor(platform: Platform, private readonly settings: (uri: vscode.Uri) => Settings, private readonly configs: ProjectConfigs) {
    super();
    this.worker = new EngineWorker(platform.engineThread);
    this.checkLinks = platform.checkLinks;
    this.clearLinks = platform.clearLinkCache ?? (() => undefined);
    this._register({ dispose: () => this.worker.dispose() });
  }

  /** resource links can be checked here (not in the browser) */
  get linksCheckable(): boolean { return this.checkLinks !== undefined; }

  /** The next check of each file checks its links, fresh, whatever the setting says; later checks
   *  reuse that result while its 資料下載網址 stays the same. */
  requestLinks(uris: readonly vscode.Uri[]): void {
    this.clearLinks();
    uris.forEach(u => this.requested.set(u.toString(), null));
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
    // the settings and the nearest .opendatabadge.json, which wins (project-config.ts)
    const project = await this.configs.resolve(uri, uri.path);
    const options = {
      ...engineOptions(settings), severities: project.severities, graceDays: project.graceDays,
      signal, links: await this.linksFor(uri, metadata, path, settings, token),
    };
    if (isResourcePath(path) && !isCheckablePath(path)) {
      // a spreadsheet or a PDF (by its bytes) is listed in the workspace report, not checked
      const file = await openBytes(uri);
      if (!file || token?.isCancellationRequested) { await file?.close(); return null; }
      try {
        const report = await checkResourceFile(path, file, async () => (await readBytes(uri)) ?? new Uint8Array(0), metadata, options);
        return { report, version: doc?.version, editorTextMatches: false };
      } finally {
        await file.close();
      }
    }
    const stamp = await statFile(uri);
    if (!stamp) {
      // not on disk (untitled, deleted): the buffer is all there is
      return doc ? { report: await checkTextOrApi({ path, text: doc.getText(), encoding: UNSAVED_TEXT, metadata }, options), version: doc.version, editorTextMatches: true } : null;
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

  /** opt-in (the setting, or "Check links now" for this file), and never in Restricted Mode: an
   *  untrusted folder must not make us fetch its URLs; not where the platform cannot check them
   *  honestly (the browser) */
  private async linksFor(uri: vscode.Uri, metadata: ResolvedMetadata | null, path: string, s: Settings, token?: vscode.CancellationToken): Promise<LinkResult[] | undefined> {
    const key = uri.toString();
    const asked = this.requested.has(key);
    const check = this.checkLinks;
    if (!(s.checkLinks || asked) || !vscode.workspace.isTrusted || !check) { return undefined; }
    if (!metadata) { return []; }
    const urls = metadata.fields['資料下載網址']?.value ?? '';
    const once = this.requested.get(key);
    if (!s.checkLinks && once) { return once.urls === urls ? once.results : undefined; }
    const abort = new AbortController();
    const sub = token?.onCancellationRequested(() => abort.abort());
    try {
      const results = await check(metadata, path, { allowPrivate: s.allowPrivateLinks, signal: abort.signal });
      if (asked && !token?.isCancellationRequested) { this.requested.set(key, { urls, results }); }
      return results;
    } finally {
      sub?.dispose();
    }
  }

  /** the file's metadata as a check uses it (the preview compares its columns with it) */
  async metadataFor(uri: vscode.Uri, settings: Settings): Promise<ResolvedMetadata | null> {
    try {
      return await new MetadataResolver({ patterns: settings.metadataPatterns }).resolve(enginePath(uri), metadataFs(uri));
    } catch (e) {
      console.error('[opendata-badge] metadata', e);
      return null;
    }
  }
}
