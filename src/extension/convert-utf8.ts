// "Convert to UTF-8": lossless and verified by the engine, written atomically (a temporary file
// next to it, read back, then a rename: file-access.ts writeVerified, on disk or through the
// workspace's file system provider), the original bytes kept as FILE.orig; then the editor
// shows the file again from disk, now decoded correctly. Ctrl+Z cannot undo a change on disk:
// the message says so and offers Restore original (restore-original.ts).
import * as vscode from 'vscode';
import { detectFormat } from '../core/engine';
import { convertToUtf8 } from '../core/fixes';
import type { Settings } from './config';
import { baseName, copyIfAbsent, enginePath, openDocument, readFileBytes, siblingUri, writeVerified } from './file-access';
import { CMD } from './command-ids';
import { translate } from './l10n';

export interface ConvertResult {
  ok: boolean;
  /** the encoding converted from, e.g. "big5" */
  from?: string;
  backup?: string;
  reason?: string;
}

export async function convertFileToUtf8(uri: vscode.Uri, settings: Settings, opts: { bom?: boolean } = {}): Promise<ConvertResult> {
  const refuse = (reason: string): ConvertResult => {
    void vscode.window.showErrorMessage(reason);
    return { ok: false, reason };
  };
  if (!vscode.workspace.isTrusted) { return refuse(vscode.l10n.t('Converting a file writes it: trust the workspace first.')); }
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) { return refuse(vscode.l10n.t('{0} is on a file system that cannot be written: it cannot be converted.', baseName(uri))); }
  if (openDocument(uri)?.isDirty) { return refuse(vscode.l10n.t('{0} has unsaved changes: save or revert them before converting.', baseName(uri))); }
  const bytes = await readFileBytes(uri);
  const format = detectFormat(enginePath(uri));
  const bom = opts.bom ?? (settings.convertBom === 'add' && (format === 'csv' || format === 'tsv'));
  const result = convertToUtf8(bytes, { format, bom });
  if (!result.ok) {
    const eudc = result.eudc?.slice(0, 5).map(c => vscode.l10n.t('line {0}, column {1}: bytes {2}', c.line, c.column, c.bytes)).join('; ');
    return refuse(translate(result.reason) + (eudc ? ' (' + eudc + ')' : ''));
  }
  const backup = siblingUri(uri, baseName(uri) + '.orig');
  try {
    await copyIfAbsent(uri, backup);   // keep the first original
    await writeVerified(uri, result.bytes);
  } catch (e) {
    return refuse(vscode.l10n.t('Could not write {0}: {1}', baseName(uri), e instanceof Error ? e.message : String(e)));
  }
  await reloadFromDisk(uri);
  const changes = result.changes.map(translate).join(' ');
  // the file on disk changed, not the text in the editor: say how to go back, and offer it
  const restore = vscode.l10n.t('Restore original');
  void vscode.window.showInformationMessage(
    vscode.l10n.t('{0}: {1} This changed the file on disk, which Ctrl+Z does not undo: the original is kept as {2}, and "Restore original" puts it back.', baseName(uri), changes, baseName(uri) + '.orig'),
    restore,
  ).then(choice => choice === restore ? vscode.commands.executeCommand(CMD.restoreOriginal, uri) : undefined);
  return { ok: true, from: result.from.name, backup: enginePath(backup) };
}

/** The buffer was decoded from the old bytes: load it again (revert = re-read, nothing unsaved). */
export async function reloadFromDisk(uri: vscode.Uri): Promise<void> {
  const doc = openDocument(uri);
  if (!doc) { return; }
  const editor = vscode.window.visibleTextEditors.find(e => e.document === doc);
  await vscode.window.showTextDocument(doc, { viewColumn: editor?.viewColumn, preserveFocus: false, preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
