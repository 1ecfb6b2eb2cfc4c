// "Predict badge" and the badge view (webview), through the command and the extension's exports.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, lastDrawn, open, waitForEvent, wsUri, zh, type Api, type RenderedMore } from './helpers';

interface Prediction { level: string; criteria: { id: string; status: string; reason: string }[]; resources: string[] }

const predict = (rel: string) => vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', wsUri(rel));
const status = (p: Prediction, id: string) => p.criteria.find(c => c.id === id)?.status;

/** The next time the webview draws `level` (not what it shows already). */
function nextRender(api: Api, level: string): Promise<{ level: string | null; criteria: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no ${level} render; last: ${JSON.stringify(api.lastRendered())}`)); }, 30000);
    const sub = api.onDidRender(r => { if (r.level === level) { clearTimeout(timer); sub.dispose(); resolve(r); } });
  });
}

/** What the badge view draws once `ok` holds (checked now and at every render). */
function drawnWhen(api: Api, ok: (r: RenderedMore & { level: string | null }) => boolean): Promise<RenderedMore & { level: string | null }> {
  return waitForEvent(api.onDidRender, () => { const r = lastDrawn(api); return r && ok(r) ? r : undefined; },
    30000, () => JSON.stringify(lastDrawn(api)));
}

/** Resolves once `get` gives a value: checked now and whenever the tabs change. */
function whenTabs<T>(get: () => T | undefined): Promise<T> {
  return waitForEvent(vscode.window.tabGroups.onDidChangeTabs, get, 15000,
    () => vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => t.label).join(' | '));
}

describe('predict badge', () => {
  let api: Api;
  before(async () => { api = await activate(); });

  it('predicts gold for a dataset whose metadata matches (all its resources)', async () => {
    const p = await predict('gold/training.csv');
    assert.equal(p.level, 'gold', JSON.stringify(p.criteria));
    assert.equal(p.resources.length, 2, 'training.csv and training.json');
    assert.equal(status(p, 'structured'), 'pass');
    assert.equal(status(p, 'metadata-fields'), 'pass');
  });

  it('predicts silver when the metadata does not match', async () => {
    const p = await predict('mismatch/employment-rate.csv');
    assert.equal(p.level, 'silver', JSON.stringify(p.criteria));
    assert.equal(status(p, 'metadata-fields'), 'fail');
    assert.equal(status(p, 'metadata-encoding'), 'fail');
  });

  it('predicts bronze for subtotal and blank rows, and says why', async () => {
    const p = await predict('subtotals/employment.csv');
    assert.equal(p.level, 'bronze');
    const structured = p.criteria.find(c => c.id === 'structured')!;
    assert.equal(structured.status, 'fail');
    assert.match(structured.reason, /subtotal/);
  });

  it('returns the prediction for a uri without opening any UI', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const p = await predict('gold/training.json');
    assert.equal(p.level, 'gold');
    assert.equal(vscode.window.visibleTextEditors.length, 0, 'no editor opened');
  });

  it('shows the active dataset in the badge view: silver, with its checklist', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await open('mismatch/employment-rate.csv');
    const rendered = nextRender(api, 'silver');
    await vscode.commands.executeCommand('opendataBadge.predictBadge');   // no uri: shows the panel
    const r = await rendered;
    assert.equal(r.level, 'silver');
    assert.equal(r.criteria, 6);
  });

  it('draws one short line per kind of problem, and buttons on the unknown criteria', async () => {
    await open('subtotals/employment.csv');
    const r = await drawnWhen(api, x => x.level === 'bronze');
    assert.deepEqual(r.lines, zh() ? ['2 列空白列', '2 列小計列'] : ['2 blank rows', '2 subtotal rows']);
    // link checks are opt-in: the first link criterion offers them; no metadata: create it, or how to add it
    assert.deepEqual(r.actions, ['link-works:checkLinks', 'link-works:openLinkSetting', 'metadata-encoding:createMetadata', 'metadata-encoding:metadataHelp']);
  });

  it('says each metadata finding by its point, wherever it is', async () => {
    await open('mismatch/employment-rate.csv');
    const r = await drawnWhen(api, x => x.level === 'silver');
    const point = zh() ? '「編碼格式」不符' : 'Wrong 編碼格式';
    assert.deepEqual(r.lines.filter(l => l === point).length, 2, r.lines.join(' | '));
    assert.ok(r.lines.every(l => !/[:：]/.test(l)), r.lines.join(' | '));
  });

  it('"How to add metadata" opens the docs page of metadata-missing', async () => {
    await open('subtotals/employment.csv');
    await drawnWhen(api, x => x.actions.includes('metadata-encoding:metadataHelp'));
    await api.panelAction('metadataHelp');
    await whenTabs(() => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => /metadata-missing/.test(t.label)));
  });

  it('"Create metadata" runs Create metadata on the active data file', async () => {
    await open('describe/clean.csv');
    await drawnWhen(api, x => x.actions.includes('metadata-encoding:createMetadata'));
    // the command asks for 更新頻率 first: closing the quick pick cancels it, nothing is written
    const result = api.panelAction('createMetadata') as Promise<unknown>;
    await new Promise(r => setTimeout(r, 1500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepEqual(await result, { ok: false, reason: 'cancelled' });
    assert.equal((await vscode.workspace.findFiles('describe/clean.metadata.json')).length, 0);
  });

  it('"Open metadata" opens the metadata file when a field is missing from it', async () => {
    await vscode.workspace.fs.createDirectory(wsUri('partial'));
    await vscode.workspace.fs.writeFile(wsUri('partial/counts.csv'), Buffer.from('\uFEFF年度,人數\r\n2024,1\r\n'));
    await vscode.workspace.fs.writeFile(wsUri('partial/counts.metadata.json'), Buffer.from(JSON.stringify({ 資料集名稱: 'counts', 主要欄位說明: '年度;人數', 編碼格式: 'UTF-8' })));
    await open('partial/counts.csv');
    const r = await drawnWhen(api, x => x.actions.includes('timeliness:openMetadata'));
    assert.ok(!r.actions.some(a => a.endsWith(':metadataHelp')), r.actions.join());
    await api.panelAction('openMetadata');
    await whenTabs(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label === 'counts.metadata.json' ? true : undefined);
  });

  it('"Open setting" shows the link-check setting', async () => {
    await open('subtotals/employment.csv');
    await drawnWhen(api, x => x.actions.includes('link-works:openLinkSetting'));
    await api.panelAction('openLinkSetting');
    await whenTabs(() => /Settings|設定/.test(vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '') ? true : undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('jumps to a finding (what a checklist link does)', async () => {
    const uri = wsUri('mismatch/employment-rate.metadata.json');
    const target = new vscode.Location(uri, new vscode.Range(3, 10, 3, 16));
    await vscode.commands.executeCommand('opendataBadge.revealFinding', target);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    const sel = editor.selection;
    assert.deepEqual([sel.start.line, sel.start.character, sel.end.line, sel.end.character], [3, 10, 3, 16]);
  });

  it('follows the active editor', async () => {
    const next = nextRender(api, 'gold');
    await open('gold/training.csv');
    const r = await next;
    assert.equal(r.level, 'gold');
  });
});
