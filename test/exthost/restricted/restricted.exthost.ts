// Restricted Mode: the checks run, the fixes that write files are offered disabled and refused;
// the table preview (it only reads) works.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeActions, codeOf, lastDrawn, open, waitForDiagnostics, waitForEvent, wsUri, type Api } from '../suite/helpers';

describe('Restricted Mode', () => {
  let api: Api;
  before(async () => { api = await activate(); });

  it('runs in an untrusted folder', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still checks files and offers the fixes that only edit the open file', async () => {
    const uri = wsUri('subtotals/employment.csv');
    await open('subtotals/employment.csv');
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'subtotal-row'));
    const actions = await codeActions(uri, d.find(y => codeOf(y) === 'subtotal-row')!.range, 'quickfix');
    assert.ok(actions.some(a => a.isPreferred && a.edit?.has(uri)), actions.map(a => a.title).join(' | '));
  });

  it('does not offer Convert to UTF-8 as an enabled fix, and the command refuses to write', async () => {
    const uri = wsUri('big5/wages.csv');
    const before = fs.readFileSync(uri.fsPath);
    await open('big5/wages.csv');
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'non-utf8-encoding'));
    const actions = await codeActions(uri, d.find(y => codeOf(y) === 'non-utf8-encoding')!.range, 'quickfix');
    // the action is there, disabled with a reason (the lightbulb shows it greyed out); the API
    // command leaves disabled actions out, so it must not be among the enabled ones
    assert.equal(actions.find(a => a.command?.command === 'opendataBadge.convertToUtf8'), undefined,
      actions.map(a => a.title).join(' | '));
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('opendataBadge.convertToUtf8', uri);
    assert.equal(result.ok, false);
    assert.deepEqual(fs.readFileSync(uri.fsPath), before, 'file untouched');
    assert.equal(fs.existsSync(uri.fsPath + '.orig'), false);
  });

  it('never checks links: the badge view offers to trust the folder instead, and the command refuses', async () => {
    await open('mismatch/employment-rate.csv');
    await vscode.commands.executeCommand('opendataBadge.showPanel');
    const r = await waitForEvent(api.onDidRender, () => { const x = lastDrawn(api); return x?.level === 'silver' ? x : undefined; },
      30000, () => JSON.stringify(lastDrawn(api)));
    assert.deepEqual(r.actions.filter(a => a.startsWith('link-works:')), ['link-works:manageTrust']);
    assert.deepEqual(await vscode.commands.executeCommand('opendataBadge.checkLinksNow', wsUri('mismatch/employment-rate.csv')), []);
  });

  it('refuses Restore original too: it writes the file', async () => {
    const uri = wsUri('big5/wages.csv');
    const before = fs.readFileSync(uri.fsPath);
    fs.writeFileSync(uri.fsPath + '.orig', before);
    try {
      const result = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('opendataBadge.restoreOriginal', uri);
      assert.equal(result.ok, false);
      assert.match(result.reason ?? '', /trust|信任/);
      assert.deepEqual(fs.readFileSync(uri.fsPath), before);
    } finally {
      fs.rmSync(uri.fsPath + '.orig', { force: true });
    }
  });

  it('refuses to create metadata (it writes a file)', async () => {
    const uri = wsUri('describe/clean.csv');
    const result = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('opendataBadge.createMetadata', uri, { frequency: '每1年' });
    assert.deepEqual([result.ok, result.reason], [false, 'untrusted']);
    assert.equal(fs.existsSync(wsUri('describe/clean.metadata.json').fsPath), false);
  });

  it('previews a table (reading is allowed)', async () => {
    const api = await activate() as unknown as { tablePreview: { rendered(u: vscode.Uri): { rowElements: number } | undefined; onDidRender: vscode.Event<unknown> } };
    const uri = wsUri('subtotals/employment.csv');
    await vscode.commands.executeCommand('opendataBadge.previewTable', uri);
    const r = await waitForEvent(api.tablePreview.onDidRender, () => { const x = api.tablePreview.rendered(uri); return x && x.rowElements === 8 ? x : undefined; },
      30000, () => JSON.stringify(api.tablePreview.rendered(uri)));
    assert.equal(r.rowElements, 8);
  });
});
