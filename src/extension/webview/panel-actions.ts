// What the buttons of the badge view's unknown criteria do (criterion-actions.ts offers them).
import * as vscode from 'vscode';
import { CMD } from '../command-ids';
import { uriOfEnginePath } from '../file-access';
import type { Prediction } from '../prediction';
import type { PanelActionId } from './protocol';

/** Runs a button's action; the result of the command it runs, if any (for tests). */
export async function runPanelAction(action: PanelActionId, p: Prediction | null, extensionUri: vscode.Uri): Promise<unknown> {
  switch (action) {
    case 'checkLinks':
      // the dataset the user sees in the view, whose button this is
      return vscode.commands.executeCommand(CMD.checkLinksNow, p?.uri);
    case 'openLinkSetting':
      await vscode.commands.executeCommand('workbench.action.openSettings', 'opendataBadge.links.check');
      return;
    case 'manageTrust':
      await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    case 'createMetadata':
      return p ? vscode.commands.executeCommand(CMD.createMetadata, p.uri) : undefined;
    case 'metadataHelp':
      await showDoc(vscode.Uri.joinPath(extensionUri, 'docs', 'rules', 'metadata-missing.md'));
      return;
    case 'openMetadata': {
      const source = p?.resources.find(r => r.report.metadata)?.report.metadata?.sources[0];
      if (!p || !source) { return; }
      await vscode.window.showTextDocument(uriOfEnginePath(p.uri, source), { preview: false });
      return;
    }
  }
}

/** The rendered page when the built-in Markdown preview is there, the text otherwise. */
async function showDoc(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}
