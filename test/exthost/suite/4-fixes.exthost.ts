// Quick fixes through vscode.executeCodeActionProvider, applied the way the editor applies them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeActions, codeOf, open, rules, settle, waitForDiagnostics, waitForEvent, wsUri, zh } from './helpers';
import { screenshot } from './shot';

const repo = path.resolve(__dirname, '../../../..');

/** Applies a code action as the editor does: its edit, then its command. */
async function apply(a: vscode.CodeAction): Promise<unknown> {
  if (a.edit) { assert.ok(await vscode.workspace.applyEdit(a.edit), 'edit applied'); }
  return a.command ? vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? [])) : undefined;
}

/** The lines a code action's edit deletes or changes in `uri` (language-independent identity). */
function editedLines(a: vscode.CodeAction, uri: vscode.Uri): number[] {
  return (a.edit?.get(uri) ?? []).map(e => e.range.start.line).sort((x, y) => x - y);
}

/** Our quick fix whose edit touches exactly `lines` (the API returns no diagnostics or ids). */
function fixTouching(actions: vscode.CodeAction[], uri: vscode.Uri, lines: number[]): vscode.CodeAction {
  const found = actions.find(a => a.kind?.value === 'quickfix' && editedLines(a, uri).join() === lines.join());
  assert.ok(found, `a fix on lines ${lines}: ` + actions.map(a => `${a.title} ${editedLines(a, uri)}`).join(' | '));
  return found;
}

function diag(d: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const found = d.find(x => codeOf(x) === rule);
  assert.ok(found, `${rule} in ${rules(d).join(', ')}`);
  return found;
}

describe('quick fixes', () => {
  before(async () => { await activate(); });

  it('offers the fixes for subtotal and blank rows, the main one preferred, and honours context.only', async () => {
    const uri = wsUri('subtotals/employment.csv');
    await open('subtotals/employment.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('subtotal-row'));
    const sub = diag(d, 'subtotal-row');
    const actions = await codeActions(uri, sub.range);
    const remove = fixTouching(actions, uri, [4, 7]);
    assert.equal(remove.isPreferred, true);
    const only = await codeActions(uri, sub.range, 'source.fixAll');
    assert.ok(only.length > 0 && only.every(a => a.kind?.value === 'source.fixAll.opendataBadge'), only.map(a => a.kind?.value).join(', '));
  });

  it('deletes the blank rows', async () => {
    const uri = wsUri('subtotals/employment.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('blank-row'));
    const actions = await codeActions(uri, diag(d, 'blank-row').range, 'quickfix');
    await apply(fixTouching(actions, uri, [3, 6]));
    const after = await waitForDiagnostics(uri, x => !rules(x).includes('blank-row'));
    assert.ok(rules(after).includes('subtotal-row'), 'the subtotals are still there');
  });

  it('fixes everything in the file with source.fixAll.opendataBadge', async () => {
    const uri = wsUri('subtotals/employment.csv');
    const doc = await vscode.workspace.openTextDocument(uri);
    const [fixAll] = await codeActions(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.opendataBadge', 1);
    assert.ok(fixAll?.edit, 'fix-all resolved to an edit');
    await apply(fixAll);
    await waitForDiagnostics(uri, x => !rules(x).includes('subtotal-row') && !rules(x).includes('blank-row'));
    assert.equal(doc.getText().replace(/\r\n/g, '\n'), '縣市,男,女,合計\n臺北市,100,120,220\n新北市,150,160,310\n臺中市,90,95,185\n');
  });

  it('merges a two-row header', async () => {
    const uri = wsUri('merged-header/labor.csv');
    await open('merged-header/labor.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('multi-row-header'));
    const actions = await codeActions(uri, diag(d, 'multi-row-header').range, 'quickfix');
    const join = actions.find(a => a.isPreferred && a.edit?.has(uri));
    assert.ok(join, actions.map(a => a.title).join(' | '));
    await apply(join);
    await waitForDiagnostics(uri, x => !rules(x).includes('multi-row-header'));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.lineAt(0).text.replace(/^\uFEFF/, ''), '縣市,就業人數_男,就業人數_女,失業人數_男,失業人數_女');
  });

  it('offers a header join on an uncertain decision only as a preview, never in fix-all', async () => {
    const uri = wsUri('merged-header/uncertain.csv');
    await open('merged-header/uncertain.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('multi-row-header'));
    const actions = await codeActions(uri, diag(d, 'multi-row-header').range, 'quickfix');
    const join = fixTouching(actions, uri, [0]);
    // the title says why it needs a look; the edit opens VS Code's refactor preview (needsConfirmation)
    assert.match(join.title, zh() ? /預覽/ : /preview: two columns would have the same name/);
    assert.equal(join.isPreferred, false);
    const [fixAll] = await codeActions(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.opendataBadge', 1);
    assert.equal(fixAll, undefined, 'nothing else to fix, and the join is not part of fix-all');
  });

  it('moves a title row into the metadata\'s 備註, creating the sidecar', async () => {
    const uri = wsUri('title-notes/population.csv');
    await open('title-notes/population.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('title-row'));
    const actions = await codeActions(uri, diag(d, 'title-row').range, 'quickfix');
    const fix = fixTouching(actions, uri, [0]);
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.command?.command, 'opendataBadge.moveRowsToMetadata');
    await apply(fix);
    const sidecar = wsUri('title-notes/population.metadata.json');
    const text = (await vscode.workspace.openTextDocument(sidecar)).getText();
    assert.equal((JSON.parse(text) as Record<string, string>)['備註'], '113年各縣市戶籍人口統計表');
    await waitForDiagnostics(uri, x => !rules(x).includes('title-row'));
  });

  it('updates the metadata\'s 主要欄位說明 and 編碼格式 from the file (offered on both files)', async () => {
    const data = wsUri('mismatch/employment-rate.csv');
    const meta = wsUri('mismatch/employment-rate.metadata.json');
    await open('mismatch/employment-rate.csv');
    const m = await waitForDiagnostics(meta, x => rules(x).includes('metadata-fields-mismatch'));
    const onMeta = await codeActions(meta, diag(m, 'metadata-fields-mismatch').range, 'quickfix');
    assert.ok(onMeta.some(a => a.command?.command === 'opendataBadge.updateMetadata'), onMeta.map(a => a.title).join(' | '));
    const d = await waitForDiagnostics(data, x => rules(x).includes('metadata-fields-mismatch'));
    for (const [rule, kind] of [['metadata-fields-mismatch', 'fields'], ['metadata-encoding-mismatch', 'encoding']]) {
      const actions = await codeActions(data, diag(d, rule).range, 'quickfix');
      const fix = actions.find(a => a.command?.command === 'opendataBadge.updateMetadata' && a.command.arguments?.[1] === kind);
      assert.ok(fix, rule + ': ' + actions.map(a => a.title).join(' | '));
      assert.equal(await apply(fix), true, kind);
    }
    await waitForDiagnostics(data, x => !rules(x).some(r => r.startsWith('metadata-')));
    await waitForDiagnostics(meta, x => !rules(x).some(r => r.startsWith('metadata-')));
    const json = JSON.parse((await vscode.workspace.openTextDocument(meta)).getText()) as Record<string, string>;
    assert.equal(json['編碼格式'], 'UTF-8');
    assert.match(json['主要欄位說明'], /訓練職類/);
    const p = await vscode.commands.executeCommand<{ level: string }>('opendataBadge.predictBadge', data);
    assert.equal(p.level, 'gold');
  });

  it('converts a Big5 file to UTF-8: exactly the expected bytes on disk, the original kept, the editor shows it right', async () => {
    const uri = wsUri('big5/wages.csv');
    const original = fs.readFileSync(uri.fsPath);
    const expectedText = fs.readFileSync(path.join(repo, 'test/exthost/expected/big5-wages.utf8.csv'), 'utf8');
    await open('big5/wages.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('non-utf8-encoding'));
    const actions = await codeActions(uri, diag(d, 'non-utf8-encoding').range, 'quickfix');
    const convert = actions.find(a => a.command?.command === 'opendataBadge.convertToUtf8');
    assert.ok(convert, actions.map(a => a.title).join(' | '));
    assert.equal(convert.isPreferred, true);
    assert.match(convert.title, /Big5 \(CP950\)/);
    const result = await apply(convert) as { ok: boolean };
    assert.equal(result.ok, true);
    const bytes = fs.readFileSync(uri.fsPath);
    assert.deepEqual(bytes, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(expectedText, 'utf8')]));
    assert.deepEqual(fs.readFileSync(uri.fsPath + '.orig'), original);
    await waitForDiagnostics(uri, x => !rules(x).includes('non-utf8-encoding'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await waitForEvent(vscode.workspace.onDidChangeTextDocument, () => doc.getText() === expectedText ? true : undefined, 15000,
      () => JSON.stringify(doc.getText().slice(0, 40)));
  });

  it('says Ctrl+Z does not undo the conversion, and Restore original puts the exact bytes back', async () => {
    const uri = wsUri('big5/wages.csv');
    const original = fs.readFileSync(uri.fsPath + '.orig');
    assert.notDeepEqual(fs.readFileSync(uri.fsPath), original, 'converted by the test before');
    // the message with its Restore original button, in the notification centre
    await vscode.commands.executeCommand('notifications.showList');
    await settle();
    await screenshot('convert-utf8-message');
    await vscode.commands.executeCommand('notifications.hideList');
    const result = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('opendataBadge.restoreOriginal', uri);
    assert.equal(result.ok, true, result.reason);
    assert.deepEqual(fs.readFileSync(uri.fsPath), original);
    assert.equal(fs.existsSync(uri.fsPath + '.orig'), false, 'the copy has done its work');
    assert.ok(!fs.readdirSync(path.dirname(uri.fsPath)).some(n => n.endsWith('.tmp')), 'no temporary file left');
    await waitForDiagnostics(uri, x => rules(x).includes('non-utf8-encoding'));
  });

  it('refuses to restore over edits made after the conversion, and without a FILE.orig', async () => {
    const uri = wsUri('big5/wages.csv');
    await open('big5/wages.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('non-utf8-encoding'));
    const convert = (await codeActions(uri, diag(d, 'non-utf8-encoding').range, 'quickfix')).find(a => a.command?.command === 'opendataBadge.convertToUtf8');
    assert.ok(convert);
    assert.equal((await apply(convert) as { ok: boolean }).ok, true);
    fs.appendFileSync(uri.fsPath, '桃園市,30\r\n');
    const edited = fs.readFileSync(uri.fsPath);
    const refused = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('opendataBadge.restoreOriginal', uri);
    assert.equal(refused.ok, false);
    assert.match(refused.reason ?? '', /wages\.csv\.orig/);
    assert.deepEqual(fs.readFileSync(uri.fsPath), edited, 'nothing written');
    assert.ok(fs.existsSync(uri.fsPath + '.orig'), 'the original is still kept');
    const none = await vscode.commands.executeCommand<{ ok: boolean }>('opendataBadge.restoreOriginal', wsUri('subtotals/employment.csv'));
    assert.equal(none.ok, false);
  });

  it('refuses to convert a Big5 file with a user-defined character (造字), leaving it untouched', async () => {
    const uri = wsUri('big5/eudc.csv');
    const original = fs.readFileSync(uri.fsPath);
    await open('big5/eudc.csv');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('non-utf8-encoding'));
    const actions = await codeActions(uri, diag(d, 'non-utf8-encoding').range, 'quickfix');
    const convert = actions.find(a => a.command?.command === 'opendataBadge.convertToUtf8');
    assert.ok(convert, actions.map(a => a.title).join(' | '));
    const result = await apply(convert) as { ok: boolean; reason?: string };
    assert.equal(result.ok, false);
    assert.match(result.reason ?? '', /95CD/, 'lists the character: ' + result.reason);
    assert.deepEqual(fs.readFileSync(uri.fsPath), original);
    assert.equal(fs.existsSync(uri.fsPath + '.orig'), false);
  });

  it('removes the byte-order mark of a JSON file', async () => {
    const uri = wsUri('json/bom.json');
    const original = fs.readFileSync(uri.fsPath);
    assert.deepEqual([...original.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    await open('json/bom.json');
    const d = await waitForDiagnostics(uri, x => rules(x).includes('utf8-bom'));
    const actions = await codeActions(uri, diag(d, 'utf8-bom').range, 'quickfix');
    const fix = actions.find(a => a.command?.command === 'opendataBadge.convertToUtf8');
    assert.ok(fix?.isPreferred, actions.map(a => a.title).join(' | '));
    assert.equal((await apply(fix) as { ok: boolean }).ok, true);
    assert.deepEqual(fs.readFileSync(uri.fsPath), original.subarray(3));
    await waitForDiagnostics(uri, x => !rules(x).includes('utf8-bom'));
  });
});
