// OpenAPI documents in the editor: a YAML one gets openapi-invalid squiggles at the validator's
// positions, re-checked as it is edited; a JSON one is an API, not a dataset. The files are made
// here and removed afterwards, so that the workspace of the other suites stays as it is.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeOf, open, rules, waitForDiagnostics, wsUri, type Api } from './helpers';

const NO_VERSION = 'openapi: 3.0.3\n# 勞動部職訓 API\ninfo:\n  title: 職訓就業率\npaths: {}\n';

describe('OpenAPI documents', () => {
  let api: Api;
  const dir = () => wsUri('api-docs');

  before(async () => {
    api = await activate();
    await vscode.workspace.fs.createDirectory(dir());
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir(), 'openapi.yaml'), Buffer.from(NO_VERSION));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir(), 'swagger.json'), Buffer.from(JSON.stringify({
      swagger: '2.0', info: { title: '職訓', version: '1' }, paths: { '/rates': { get: { responses: { 200: {} } } } },
    }, null, 2)));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true });
  });

  it('marks the node that breaks the specification, with the rule id and its docs page', async () => {
    const uri = vscode.Uri.joinPath(dir(), 'openapi.yaml');
    await open('api-docs/openapi.yaml');
    const d = await waitForDiagnostics(uri, x => x.length > 0);
    assert.deepEqual(rules(d), ['openapi-invalid']);
    assert.equal(d[0].severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([d[0].range.start.line, d[0].range.start.character, d[0].range.end.character], [2, 0, 4]);
    assert.match(d[0].message, /version/);
    const code = d[0].code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /docs\/rules\/openapi-invalid\.md$/);
    assert.equal(api.report(uri)?.api?.valid, false);
  });

  it('re-checks the unsaved text: adding info.version clears the squiggle', async () => {
    const uri = vscode.Uri.joinPath(dir(), 'openapi.yaml');
    const editor = await open('api-docs/openapi.yaml');
    await editor.edit(e => e.insert(new vscode.Position(4, 0), '  version: "1.0"\n'));
    await waitForDiagnostics(uri, x => x.length === 0);
    assert.equal(api.report(uri)?.api?.valid, true);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a Swagger 2.0 JSON document: its error in place, and no dataset badge', async () => {
    const uri = vscode.Uri.joinPath(dir(), 'swagger.json');
    await open('api-docs/swagger.json');
    const d = await waitForDiagnostics(uri, x => x.length > 0);
    assert.ok(d.every(x => codeOf(x) === 'openapi-invalid'), JSON.stringify(rules(d)));
    // the response "200" lacks its required description: the squiggle is on that response
    const line = (await vscode.workspace.openTextDocument(uri)).lineAt(d[0].range.start.line).text;
    assert.match(line, /"200"/);
    const p = await vscode.commands.executeCommand<{ level: string; criteria: unknown[] }>('opendataBadge.predictBadge', uri);
    assert.equal(p?.level, 'none');
    assert.deepEqual(p?.criteria, []);
  });
});
