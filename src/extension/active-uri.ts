// The file the user is looking at: the active tab's, whether a text editor, a tab whose file is
// too big to be a document (over 50 MB: a tab, no text editor) or a custom editor such as the
// table preview (no text editor either); else the active text editor's.
import * as vscode from 'vscode';

export function activeUri(): vscode.Uri | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (tab instanceof vscode.TabInputText || tab instanceof vscode.TabInputCustom) { return tab.uri; }
  return vscode.window.activeTextEditor?.document.uri;
}
