// Restricted Mode: the checks run, the fixes that write files are offered disabled and refused.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeActions, codeOf, open, waitForDiagnostics, wsUri } from '../suite/helpers';

describe('Restricted Mode', () => {
  before(async () => { await activate(); });

  it('runs in an untrusted folder', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still checks files', async () => {
    const uri = wsUri('subtotals/employment.csv');
    await open('subtotals/employment.csv');
    await waitForDiagnostics(uri, d => d.some(x => codeOf(x) === 'subtotal-row'));
  });

  it('offers Convert to UTF-8 disabled, and the command refuses to write', async () => {
    const uri = wsUri('big5/wages.csv');
    const before = fs.readFileSync(uri.fsPath);
    await open('big5/wages.csv');
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'non-utf8-encoding'));
    const actions = await codeActions(uri, d.find(y => codeOf(y) === 'non-utf8-encoding')!.range, 'quickfix');
    const convert = actions.find(a => a.command?.command === 'opendataBadge.convertToUtf8');
    assert.ok(convert, actions.map(a => a.title).join(' | '));
    assert.ok(convert.disabled, 'disabled until the folder is trusted');
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('opendataBadge.convertToUtf8', uri);
    assert.equal(result.ok, false);
    assert.deepEqual(fs.readFileSync(uri.fsPath), before, 'file untouched');
    assert.equal(fs.existsSync(uri.fsPath + '.orig'), false);
  });
});
