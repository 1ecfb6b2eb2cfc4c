// "Create metadata" (建立詮釋資料): the sidecar written from the dataset's files, 更新頻率 picked
// in the real quick pick; an existing sidecar is kept unless the user says to replace it; the
// quick fix on metadata-missing; after it, the clean dataset predicts gold.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeActions, codeOf, open, settle, waitForDiagnostics, wsUri, zh } from './helpers';
import { screenshot } from './shot';
import { domUntil, press } from './webview-dom';

interface Result { ok: boolean; sidecar?: string; leftForUser?: string[]; reason?: string }
interface Prediction { level: string; criteria: { id: string; status: string }[]; assumptions: string[] }

describe('create metadata', () => {
  before(async () => {
    await activate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers itself as the quick fix of metadata-missing', async () => {
    const uri = wsUri('describe/clean.csv');
    await open('describe/clean.csv');
    const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'metadata-missing'));
    const actions = await codeActions(uri, d.find(y => codeOf(y) === 'metadata-missing')!.range, 'quickfix');
    const create = actions.find(a => a.command?.command === 'opendataBadge.createMetadata');
    assert.ok(create, actions.map(a => a.title).join(' | '));
    assert.equal(create.title, zh() ? '依檔案內容建立詮釋資料' : 'Create the metadata from the files');
  });

  it('writes NAME.metadata.json from the files with the 更新頻率 picked; then the dataset predicts gold', async () => {
    const uri = wsUri('describe/clean.csv');
    const sidecar = wsUri('describe/clean.metadata.json');
    assert.equal(fs.existsSync(sidecar.fsPath), false);
    const running = Promise.resolve(vscode.commands.executeCommand<Result>('opendataBadge.createMetadata', uri));
    const items = await domUntil({ selector: '.quick-input-widget .monaco-list-row .label-name', action: 'texts' }, a => a.count >= 10, 15000);
    assert.deepEqual(items.texts?.slice(0, 9), ['每3分', '每30分', '每1時', '每1日', '每1月', '每3月', '每6個月', '每1年', '不定期更新']);
    await settle(400);
    await screenshot('create-metadata-frequency');
    await press('.quick-input-widget input', ...Array<string>(7).fill('ArrowDown'), 'Enter');
    const r = await running;
    assert.equal(r.ok, true, JSON.stringify(r));
    const written = JSON.parse(fs.readFileSync(sidecar.fsPath, 'utf8')) as Record<string, string>;
    assert.equal(written.更新頻率, '每1年');
    assert.equal(written.主要欄位說明, '年度;縣市;平均薪資(元)');
    assert.equal(written.編碼格式, 'UTF-8');
    assert.equal(written.檔案格式, 'CSV;JSON', 'every file of the dataset');
    assert.ok(r.leftForUser?.includes('提供機關'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sidecar.toString(), 'the new sidecar is open');
    const p = await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', uri);
    assert.equal(p.level, 'gold', JSON.stringify(p.criteria));
    for (const id of ['metadata-fields', 'metadata-encoding', 'timeliness']) {
      assert.equal(p.criteria.find(c => c.id === id)?.status, 'pass', id);
    }
  });

  it('checks an open file again when another tool writes or removes its sidecar on disk', async () => {
    const uri = wsUri('describe/outside.csv');
    const sidecar = wsUri('describe/outside.metadata.json');
    await open('describe/outside.csv');
    await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'metadata-missing'));
    // as the CLI's `describe --write` or a git pull would: on disk, not through the editor
    fs.writeFileSync(sidecar.fsPath, JSON.stringify({ 資料集名稱: '件數', 主要欄位說明: '年度;件數', 編碼格式: 'UTF-8', 檔案格式: 'CSV' }));
    const d = await waitForDiagnostics(uri, x => !x.some(y => codeOf(y) === 'metadata-missing'));
    assert.deepEqual(d.filter(y => codeOf(y).startsWith('metadata-')).map(codeOf), [], 'the sidecar lists the fields');
    const p = await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', uri);
    assert.equal(p.criteria.find(c => c.id === 'metadata-fields')?.status, 'pass', JSON.stringify(p.criteria));
    fs.rmSync(sidecar.fsPath);
    await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'metadata-missing'));
  });

  it('asks before replacing a sidecar; keeps it when the answer is no, replaces it when yes', async () => {
    const uri = wsUri('describe/existing.csv');
    const sidecar = wsUri('describe/existing.metadata.json');
    const before = fs.readFileSync(sidecar.fsPath, 'utf8');
    // the command asks with a modal dialog; while extension tests run, VS Code refuses to show
    // one (the error names the question): nothing may be written then
    const asked = Promise.resolve(vscode.commands.executeCommand<Result>('opendataBadge.createMetadata', uri, { frequency: '每1月' }));
    await assert.rejects(asked, /refused to show dialog in tests.*existing\.metadata\.json/s);
    assert.equal(fs.readFileSync(sidecar.fsPath, 'utf8'), before, 'not overwritten without asking');
    const no = await vscode.commands.executeCommand<Result>('opendataBadge.createMetadata', uri, { frequency: '每1月', overwrite: false });
    assert.deepEqual([no.ok, no.reason], [false, 'kept']);
    assert.equal(fs.readFileSync(sidecar.fsPath, 'utf8'), before);
    const replaced = await vscode.commands.executeCommand<Result>('opendataBadge.createMetadata', uri, { frequency: '每1月', overwrite: true });
    assert.equal(replaced.ok, true);
    assert.equal(JSON.parse(fs.readFileSync(sidecar.fsPath, 'utf8')).主要欄位說明, '年度;件數');
  });
});
