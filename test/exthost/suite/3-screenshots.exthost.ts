// The README's screenshots, taken before the fixes change the files: the Big5 squiggle with its
// quick fix menu, and subtotal / blank-row squiggles with the Problems panel.
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeOf, open, settle, waitForDiagnostics, wsUri } from './helpers';
import { screenshot } from './shot';

describe('screenshots', () => {
  before(async () => {
    await activate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  });

  it('Big5 CSV: the encoding squiggle and its quick fix', async () => {
    const uri = wsUri('big5/wages.csv');
    const editor = await open('big5/wages.csv');
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'non-utf8-encoding'));
    const enc = d.find(y => codeOf(y) === 'non-utf8-encoding')!;
    editor.selection = new vscode.Selection(enc.range.start, enc.range.start);
    // the side panel would show this file's prediction; here the editor is the subject
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle(1500);
    await screenshot('big5-hover');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await settle(1500);
    await screenshot('big5-quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });

  it('subtotal and blank rows with the Problems panel', async () => {
    const uri = wsUri('subtotals/employment.csv');
    const editor = await open('subtotals/employment.csv');
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'subtotal-row'));
    await vscode.commands.executeCommand('opendataBadge.showPanel');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(editor.document, { preview: false });
    const sub = d.find(y => codeOf(y) === 'subtotal-row')!;
    editor.selection = new vscode.Selection(sub.range.start, sub.range.start);
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle(1500);
    await screenshot('subtotals-problems');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
