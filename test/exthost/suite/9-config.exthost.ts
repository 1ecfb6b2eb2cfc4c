// The project configuration in the editor (issue 12, item 8): a .opendatabadge.json changes the
// diagnostics of the files it covers (severities, rules off per glob) as the CLI's would; a bad
// one gets an error on the key at fault and is ignored; the opendataBadge.overrides setting does
// the same from the workspace settings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeOf, ours, open, settle, waitForDiagnostics, waitForEvent, wsUri } from './helpers';
import { screenshot } from './shot';

const ROWS = '\uFEFF年度,人數\r\n2026,3\r\n\r\n2025,4\r\n';

function blank(d: vscode.Diagnostic[]): vscode.Diagnostic | undefined {
  return d.find(x => codeOf(x) === 'blank-row');
}

/** checked: metadata-missing is always there for these files without metadata */
const checked = (d: vscode.Diagnostic[]) => d.some(x => codeOf(x) === 'metadata-missing');

describe('project configuration', () => {
  const config = wsUri('config/.opendatabadge.json');
  const rows = wsUri('config/rows.csv');
  const old = wsUri('config/archive/old.csv');

  before(async () => {
    await activate();
    fs.mkdirSync(wsUri('config/archive').fsPath, { recursive: true });
    fs.writeFileSync(rows.fsPath, ROWS);
    fs.writeFileSync(old.fsPath, ROWS);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('opendataBadge').update('overrides', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(config.fsPath, { force: true });
  });

  it('without a file: blank-row is an error everywhere', async () => {
    await open('config/rows.csv');
    const d = await waitForDiagnostics(rows, x => checked(x) && blank(x) !== undefined);
    assert.equal(blank(d)!.severity, vscode.DiagnosticSeverity.Error);
  });

  it('.opendatabadge.json: a severity for all, off for archive/**, and the open files follow it', async () => {
    fs.writeFileSync(config.fsPath, '{\n  // the project\'s own\n  "rules": { "blank-row": "warning" },\n  "overrides": [{ "files": "archive/**", "rules": { "blank-row": "off" } }]\n}\n');
    await waitForDiagnostics(rows, x => blank(x)?.severity === vscode.DiagnosticSeverity.Warning);
    await open('config/archive/old.csv');
    const d = await waitForDiagnostics(old, x => checked(x));
    assert.equal(blank(d), undefined, 'blank-row is off under archive/');
    const p = await vscode.commands.executeCommand<{ criteria: { id: string; status: string }[] }>('opendataBadge.predictBadge', old);
    assert.equal(p.criteria.find(c => c.id === 'structured')?.status, 'pass', 'off removes the rule from the badge too');
  });

  it('a bad file: an error on the key at fault, and the file is ignored until it is fixed', async () => {
    fs.writeFileSync(config.fsPath, '{\n  "rules": { "blank-row": "warn" }\n}\n');
    const problems = await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => {
      const d = ours(config);
      return d.length > 0 ? d : undefined;
    }, 30000, () => JSON.stringify(ours(config).map(d => d.message)));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /rules\.blank-row/);
    assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
    const doc = await vscode.workspace.openTextDocument(config);
    assert.equal(doc.getText(problems[0].range), '"warn"');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    editor.selection = new vscode.Selection(problems[0].range.start, problems[0].range.start);
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle();
    await screenshot('config-error');
    await waitForDiagnostics(rows, x => blank(x)?.severity === vscode.DiagnosticSeverity.Error);
  });

  it('the opendataBadge.overrides setting turns a rule off by glob when no file says otherwise', async () => {
    fs.rmSync(config.fsPath, { force: true });
    await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => (ours(config).length === 0 ? true : undefined), 30000, () => 'config diagnostics cleared');
    await vscode.workspace.getConfiguration('opendataBadge').update('overrides', [{ files: 'config/rows.csv', rules: { 'blank-row': 'off' } }], vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(rows, x => checked(x) && blank(x) === undefined);
  });
});
