// Fixes that edit the dataset's metadata sidecar (NAME.metadata.json): 主要欄位說明 and 編碼格式
// from the data file, and title / notes rows moved into 備註. Edits go through a WorkspaceEdit
// (undoable, the sidecar is left open with the change); a missing sidecar is created.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyEdits, type TextFix } from '../core/fixes';
import { appendMetadataNote, createSidecar, updateMetadataEncoding, updateMetadataFields } from '../core/metadata';
import type { FileReport } from '../core/types';
import { openDocument, readBytes, uriOfEnginePath } from './file-access';
import { sidecarDataset, sidecarNameOf } from '../core/metadata/paths';

/** The sidecar the report used, or where a new one for the data file goes. */
export function sidecarUri(dataUri: vscode.Uri, report: FileReport | undefined): vscode.Uri {
  const used = report?.metadata?.sources.find(s => sidecarDataset(s) !== null);
  if (used) { return uriOfEnginePath(dataUri, used); }
  return vscode.Uri.joinPath(dataUri, '..', sidecarNameOf(dataUri.path));
}

function datasetName(dataUri: vscode.Uri, report: FileReport | undefined): string {
  const name = path.posix.basename(dataUri.path);
  return report?.metadata?.dataset ?? name.slice(0, name.length - path.posix.extname(name).length);
}

async function currentText(uri: vscode.Uri): Promise<string | null> {
  const doc = openDocument(uri);
  if (doc) { return doc.getText(); }
  const bytes = await readBytes(uri);
  return bytes ? new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') : null;
}

/** Applies `make(text)` to the sidecar (a new one named after the dataset when there is none). */
async function editSidecar(sidecar: vscode.Uri, dataset: string, make: (text: string) => TextFix | null): Promise<boolean> {
  const existing = await currentText(sidecar);
  const base = existing ?? createSidecar(dataset, {});
  const fix = make(base);
  if (!fix) { return false; }
  const edit = new vscode.WorkspaceEdit();
  if (existing === null) {
    edit.createFile(sidecar, { ignoreIfExists: false, contents: new TextEncoder().encode(applyEdits(base, fix.edits)) });
  } else {
    const doc = await vscode.workspace.openTextDocument(sidecar);
    for (const e of fix.edits) { edit.replace(sidecar, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText); }
  }
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok) { await vscode.window.showTextDocument(sidecar, { preview: false, preserveFocus: true }); }
  return ok;
}

export async function updateMetadataFromFile(dataUri: vscode.Uri, kind: 'fields' | 'encoding', report: FileReport | undefined): Promise<boolean> {
  if (!report) { return false; }
  const sidecar = sidecarUri(dataUri, report);
  const done = await editSidecar(sidecar, datasetName(dataUri, report), text => kind === 'fields'
    ? (report.fields ? updateMetadataFields(text, report.fields) : null)
    : updateMetadataEncoding(text, report.encoding, { dataPath: report.path }));
  if (!done) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be updated.', path.posix.basename(sidecar.path)));
  }
  return done;
}

/** Title / notes rows that a fix took out of the data go to the metadata's 備註. */
export async function moveRowsToMetadata(dataUri: vscode.Uri, note: string[], report: FileReport | undefined): Promise<boolean> {
  if (note.length === 0) { return true; }
  if (!vscode.workspace.isTrusted) { return false; }
  return editSidecar(sidecarUri(dataUri, report), datasetName(dataUri, report), text => appendMetadataNote(text, note));
}
