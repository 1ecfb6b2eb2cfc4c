// The file the user is looking at: the active text editor's; else the active tab's, for a tab
// with no text editor: a file too big to be a document (over 50 MB) or a custom editor such as
// the table preview. The text editor comes first because the workbench tells the extension host
// about a newly active editor before it updates the tabs: the tab may still be the one before.
import * as vscode from 'vscode';

export function activeUri(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor?.document.uri;
  if (editor) { return editor; }
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (tab instanceof vscode.TabInputText || tab instanceof vscode.TabInputCustom) { return tab.uri; }
  return undefined;
}
