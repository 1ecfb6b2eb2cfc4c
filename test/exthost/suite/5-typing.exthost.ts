// Typing in an open 20 MB CSV: the buffer's text is checked in the worker, the diagnostics follow
// the newest edit, and a check that an edit made stale never publishes over a newer one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeOf, settle, waitForDiagnostics, wsUri } from './helpers';
import { writeTable } from '../typing';

const blankRows = (d: vscode.Diagnostic[]) => d.filter(x => codeOf(x) === 'blank-row').map(x => x.range.start.line);

describe('typing in a 20 MB CSV', () => {
  const uri = wsUri('big-typing/wages.csv');
  let editor: vscode.TextEditor;
  const files = vscode.workspace.getConfiguration('files');

  before(async function () {
    this.timeout(180000);
    await activate();
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    writeTable(uri.fsPath, 20);
    // the browser workbench saves after a second by default; the desktop does not
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitForDiagnostics(uri, d => d.some(x => codeOf(x) === 'metadata-missing'), 120000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true, force: true });
  });

  it('reports what the newest edit left, and never a stale check over it', async function () {
    this.timeout(180000);
    assert.deepEqual(blankRows(await waitForDiagnostics(uri, () => true)), []);
    // a blank row, checked (the debounce has passed) and then taken back while that check runs
    await editor.edit(e => e.insert(new vscode.Position(2000, 0), '\n'));
    await waitForDiagnostics(uri, d => blankRows(d).includes(2000), 60000);
    await editor.edit(e => e.insert(new vscode.Position(3000, 0), '\n'));
    await settle(600);
    await editor.edit(e => e.delete(new vscode.Range(3000, 0, 3001, 0)));
    await editor.edit(e => e.insert(new vscode.Position(4000, 0), '\n'));
    const d = await waitForDiagnostics(uri, x => blankRows(x).includes(4000), 60000);
    assert.deepEqual(blankRows(d), [2000, 4000]);
    // the check of the buffer with line 3000 blank, if it finished late, was dropped
    await settle(3000);
    assert.deepEqual(blankRows(vscode.languages.getDiagnostics(uri).filter(x => x.source === 'opendata-badge')), [2000, 4000]);
    assert.equal(editor.document.isDirty, true, 'the buffer, not the file, was checked');
  });
});
