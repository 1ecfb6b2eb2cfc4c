// The packaged .vsix, installed with `code-server --install-extension`: it activates from its
// install folder and a diagnostic appears.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXT_ID, codeOf, waitForDiagnostics, wsUri } from '../suite/helpers';

describe('the installed .vsix', () => {
  it('is installed (not the development folder) with its bundle, webview scripts, workers and rule docs', () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, 'installed');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'src')), 'no sources in the package: ' + ext.extensionPath);
    for (const f of ['dist/extension.js', 'dist/worker.js', 'dist/webview.js', 'dist/preview.js', 'dist/preview-worker.js', 'dist/web/extension.js', 'dist/web/worker.js', 'dist/web/preview-worker.js', 'media/webview/panel.css', 'media/webview/preview.css', 'package.nls.zh-tw.json', 'l10n/bundle.l10n.zh-tw.json']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, f)), f);
    }
    assert.ok(fs.readdirSync(path.join(ext.extensionPath, 'docs/rules')).length > 10, 'rule docs');
  });

  it('shows a diagnostic on a CSV with subtotal rows', async () => {
    const uri = wsUri('subtotals/employment.csv');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'subtotal-row'), 60000);
    const code = d.find(y => codeOf(y) === 'subtotal-row')!.code as { target: vscode.Uri };
    assert.ok(fs.existsSync(code.target.fsPath), 'the docs link points into the installed extension: ' + code.target.fsPath);
  });
});
