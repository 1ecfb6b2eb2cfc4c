// The README's screenshots, taken first (before other tests fill the Problems panel, and before the
// fixes change the files): the Big5 squiggle with its hover and quick fix menu, a Big5 file that
// falls short of gold in the Problems panel (the encoding first), subtotal and blank-row squiggles
// with the Problems panel, the side panel with a silver and a bronze prediction (also in a 300 and
// a 500 px side bar), and the side panel's workspace section after "Check workspace" (light and
// dark theme).
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, inDarkTheme, codeOf, lastDrawn, open, settle, waitForDiagnostics, waitForEvent, wsUri, type Api } from './helpers';
import { screenshot } from './shot';

describe('screenshots', () => {
  let api: Api;
  before(async () => {
    api = await activate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  });

  it('Big5 CSV: the encoding squiggle, its message and its quick fix', async () => {
    const uri = wsUri('big5/wages.csv');
    const editor = await open('big5/wages.csv');
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'non-utf8-encoding'));
    const enc = d.find(y => codeOf(y) === 'non-utf8-encoding')!;
    editor.selection = new vscode.Selection(enc.range.start, enc.range.start);
    // the side panel would show this file's prediction; here the editor is the subject
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await settle(1500);
    await screenshot('big5-quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle(1500);
    await screenshot('big5-hover');
  });

  it('a Big5 file that falls short of gold: the encoding first in the Problems panel', async () => {
    const uri = wsUri('big5/monthly-wages.csv');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await open('big5/monthly-wages.csv');
    await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'non-utf8-encoding') && x.some(y => codeOf(y) === 'subtotal-row'));
    const drawn = waitForEvent(api.onDidRender, () => api.lastRendered()?.level === 'bronze' ? true : undefined,
      30000, () => JSON.stringify(api.lastRendered()));
    await vscode.commands.executeCommand('opendataBadge.showPanel');
    await drawn;
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await settle(1500);
    await screenshot('big5-problems');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('subtotal and blank rows with the Problems panel', async () => {
    const uri = wsUri('subtotals/employment.csv');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
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

  it('the side panel with a silver prediction and its checklist', async () => {
    await open('mismatch/employment-rate.csv');
    const rendered = waitForEvent(api.onDidRender, () => api.lastRendered()?.level === 'silver' ? true : undefined,
      30000, () => JSON.stringify(api.lastRendered()));
    await vscode.commands.executeCommand('opendataBadge.predictBadge');
    await rendered;
    await settle(1200);
    await screenshot('badge-panel-silver');
    // the checklist in a narrow and a wide side bar
    await screenshot('badge-panel-silver-300', { sidebarWidth: 300, clip: 'sidebar' });
    await screenshot('badge-panel-silver-500', { sidebarWidth: 500, clip: 'sidebar' });
  });

  it('the side panel with a bronze prediction: one line per kind of problem, buttons on the unknown criteria', async () => {
    await open('subtotals/employment.csv');
    await waitForEvent(api.onDidRender, () => api.lastRendered()?.level === 'bronze' ? true : undefined,
      30000, () => JSON.stringify(api.lastRendered()));
    await settle(1200);
    await screenshot('badge-panel-bronze-500', { sidebarWidth: 500, clip: 'sidebar' });
    await screenshot('badge-panel-bronze-300', { sidebarWidth: 300, clip: 'sidebar' });
  });

  it('the side panel\'s workspace section: the agency score, the badge counts, what would raise it', async () => {
    await vscode.commands.executeCommand('opendataBadge.showPanel');
    const drawn = waitForEvent(api.onDidRender, () => lastDrawn(api)?.workspace?.kind === 'report' ? true : undefined,
      120000, () => JSON.stringify(lastDrawn(api)));
    await vscode.commands.executeCommand('opendataBadge.checkWorkspace');
    await drawn;
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    await settle(1200);
    await screenshot('workspace-panel');
    await inDarkTheme(() => screenshot('workspace-panel-dark'));
  });
});
