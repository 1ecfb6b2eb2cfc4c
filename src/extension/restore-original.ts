// "Restore original": Convert to UTF-8 rewrites the file on disk, which Ctrl+Z cannot undo (the
// editor's undo covers the text, and VS Code's API offers no save-with-encoding that a document
// edit could carry), so the original bytes kept as FILE.orig are put back on request. Only while
// the file is still exactly the conversion of FILE.orig (core/fixes/restore-original.ts); written
// through a temporary file that is read back before it replaces the file; then FILE.orig goes.
import * as vscode from 'vscode';
import { detectFormat } from '../core/engine';
import { canRestore, sameBytes } from '../core/fixes/restore-original';
import { baseName, enginePath, openDocument, readFileBytes, removeFile, siblingUri, writeVerified } from './file-access';
import { translate } from './l10n';
import { reloadFromDisk } from './convert-utf8';

export interface RestoreResult {
  ok: boolean;
  reason?: string;
}

export async function restoreOriginal(uri: vscode.Uri): Promise<RestoreResult> {
  const refuse = (reason: string): RestoreResult => {
    void vscode.window.showErrorMessage(reason);
    return { ok: false, reason };
  };
  const name = baseName(uri);
  if (!vscode.workspace.isTrusted) { return refuse(vscode.l10n.t('Restoring a file writes it: trust the workspace first.')); }
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) { return refuse(vscode.l10n.t('{0} is on a file system that cannot be written: it cannot be restored.', name)); }
  if (openDocument(uri)?.isDirty) { return refuse(vscode.l10n.t('{0} has unsaved changes: save or revert them before restoring the original.', name)); }
  const backup = siblingUri(uri, name + '.orig');
  let original: Uint8Array;
  let current: Uint8Array;
  try {
    original = await readFileBytes(backup);
    current = await readFileBytes(uri);
  } catch {
    return refuse(vscode.l10n.t('There is no {0} to restore {1} from.', name + '.orig', name));
  }
  const verdict = canRestore(original, current, detectFormat(enginePath(uri)), name);
  if (!verdict.ok) { return refuse(translate(verdict.reason)); }
  try {
    await writeVerified(uri, original);
  } catch (e) {
    return refuse(vscode.l10n.t('Could not write {0}: {1}', name, e instanceof Error ? e.message : String(e)));
  }
  // the file is the original again, byte for byte: its copy has done its work
  if (sameBytes(await readFileBytes(uri), original)) { await removeFile(backup); }
  await reloadFromDisk(uri);
  void vscode.window.showInformationMessage(vscode.l10n.t('{0}: the original bytes are back (from {1}).', name, name + '.orig'));
  return { ok: true };
}
