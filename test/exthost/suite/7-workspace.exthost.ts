// "Check workspace" and its report: the agency score of badge-rules.md §2 (computed here again from
// the counts), the OAS bonus, the ranked suggestions, the side panel's workspace section, the full
// report, an API document's state in the panel, and a cancelled check.
// A folder `portfolio/` is made of fresh copies of the fixtures (the suites before this one fix
// some of the originals), plus two OpenAPI documents; it stays for the whole-workspace check.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, inDarkTheme, lastDrawn, open, settle, waitForEvent, wsUri, zh, type Api, type WorkspaceResult } from './helpers';
import { screenshot } from './shot';

const fixtures = path.resolve(__dirname, '../../../../test/exthost/workspace');

const FIELDS_SILVER = {
  資料集名稱: 'rate', 主要欄位說明: '年度;人數;備註', 編碼格式: 'UTF-8', 檔案格式: 'CSV', 更新頻率: '不定期更新',
  詮釋資料更新時間: '2026-01-01', 資料下載網址: 'https://example.gov.tw/rate.csv',
};
const VALID_API = 'openapi: 3.0.3\ninfo:\n  title: 勞動統計 API\n  version: "1.0"\npaths:\n  /wages:\n    get:\n      responses:\n        "200":\n          description: OK\n';
const BROKEN_API = JSON.stringify({ openapi: '3.0.3', paths: { '/rates': { get: {} } } }, null, 2);

/** badge-rules.md §2, from the counts alone */
function agencyScore(c: WorkspaceResult['portfolio']['counts'], validApis: number): number {
  const total = c.gold + c.silver + c.bronze + c.none;
  const bonus = Math.min(5, validApis * 0.1);
  return Math.round(((c.bronze * 0.3 + c.silver * 0.6 + c.gold * 1.0) / total * 100 + bonus) * 100) / 100;
}

const levelOf = (r: WorkspaceResult, resource: string) =>
  r.portfolio.datasets.filter(d => d.resources.some(x => x.endsWith(resource))).map(d => d.badge.level);

function assertRanked(r: WorkspaceResult): void {
  const gains = r.portfolio.suggestions.map(s => s.gain);
  assert.ok(gains.every(g => g > 0), JSON.stringify(gains));
  assert.deepEqual(gains, [...gains].sort((a, b) => b - a), 'ranked by gain');
}

async function write(rel: string, content: string | Uint8Array): Promise<void> {
  await vscode.workspace.fs.writeFile(wsUri(rel), typeof content === 'string' ? Buffer.from(content) : content);
}

/** What the badge view drew, once `ok` accepts it (now or at a later render). */
function drawnWhen(api: Api, ok: (w: NonNullable<ReturnType<typeof lastDrawn>>) => boolean): Promise<NonNullable<ReturnType<typeof lastDrawn>>> {
  return waitForEvent(api.onDidRender, () => {
    const r = lastDrawn(api);
    return r && ok(r) ? r : undefined;
  }, 30000, () => JSON.stringify(lastDrawn(api)));
}

describe('workspace report', () => {
  let api: Api;

  before(async () => {
    api = await activate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.createDirectory(wsUri('portfolio'));
    const copies = ['gold/training.csv', 'gold/training.json', 'gold/training.metadata.json', 'mismatch/employment-rate.csv',
      'mismatch/employment-rate.metadata.json', 'subtotals/employment.csv', 'tsv/stats.tsv'];
    for (const rel of copies) { await write('portfolio/' + path.basename(rel), fs.readFileSync(path.join(fixtures, rel))); }
    await write('portfolio/rate.csv', '\uFEFF年度,人數\r\n2024,1\r\n');
    await write('portfolio/rate.metadata.json', JSON.stringify(FIELDS_SILVER, null, 2));
    await write('portfolio/wages.openapi.yaml', VALID_API);
    await write('portfolio/rates.openapi.json', BROKEN_API);
  });

  it('checks a folder: the fixtures\' levels, the score from the counts, the bonus, the suggestions ranked', async () => {
    const r = await vscode.commands.executeCommand<WorkspaceResult>('opendataBadge.checkFolder', wsUri('portfolio'));
    const p = r.portfolio;
    assert.equal(r.partial, false);
    assert.equal(r.checked, 11);
    // training (gold); employment-rate (both metadata criteria fail) and rate (主要欄位說明 only): silver;
    // employment (subtotals) and stats (a blank row): bronze
    assert.deepEqual(p.counts, { gold: 1, silver: 2, bronze: 2, none: 0 }, JSON.stringify(p.datasets.map(d => [d.name, d.badge.level])));
    assert.deepEqual(p.apis.map(a => [path.basename(a.path), a.valid]).sort(), [['rates.openapi.json', false], ['wages.openapi.yaml', true]]);
    assert.ok(!p.datasets.some(d => d.resources.some(x => x.includes('.openapi.'))), 'an API document is not a dataset');
    assert.equal(p.bonus, 0.1);
    assert.equal(p.score, agencyScore(p.counts, 1));
    assert.equal(p.score, 56.1);
    assertRanked(r);
    // structured: 2 bronze -> gold = 2 × 0.7 / 5 × 100; 主要欄位說明: 1 silver -> gold = 0.4 / 5 × 100
    assert.deepEqual(p.suggestions.map(s => [s.criterion, s.gain, s.datasets.length]), [['structured', 28, 2], ['metadata-fields', 8, 1]]);
  });

  it('checks the whole workspace: every dataset counted once, the score from the counts', async () => {
    const r = await vscode.commands.executeCommand<WorkspaceResult>('opendataBadge.checkWorkspace');
    const p = r.portfolio;
    assert.equal(r.partial, false);
    assert.equal(r.checked, r.total);
    assert.ok(r.total > 11, `${r.total} files`);
    const c = p.counts;
    assert.equal(c.gold + c.silver + c.bronze + c.none, p.datasets.length);
    assert.equal(p.score, agencyScore(c, p.apis.filter(a => a.valid).length));
    // fixtures no suite before this one changes
    assert.deepEqual(levelOf(r, '/gold/training.csv'), ['gold']);
    assert.deepEqual(levelOf(r, '/big5/eudc.csv'), ['gold']);
    assert.deepEqual(levelOf(r, '/xml/broken.xml'), ['bronze']);
    assert.deepEqual(levelOf(r, '/json/broken.json'), ['bronze']);
    assert.deepEqual(levelOf(r, '/portfolio/rate.csv'), ['silver']);
    assertRanked(r);
  });

  it('draws the workspace section in the side panel: the score and the counts of the check', async () => {
    const r = await vscode.commands.executeCommand<WorkspaceResult>('opendataBadge.checkFolder', wsUri('portfolio'));
    const drawn = drawnWhen(api, x => x.workspace?.kind === 'report' && x.workspace.score === '56.10');
    await vscode.commands.executeCommand('opendataBadge.showPanel');
    const w = (await drawn).workspace;
    assert.equal(w.score, r.portfolio.score.toFixed(2));
    assert.deepEqual(w.counts, r.portfolio.counts);
    assert.equal(w.suggestions, 2);
    assert.equal(w.partial, false);
  });

  it('opens the full report in an editor tab, in the display language', async () => {
    await vscode.commands.executeCommand('opendataBadge.openWorkspaceReport');
    const isReport = (t: vscode.Tab | undefined) => t?.input instanceof vscode.TabInputWebview && /opendataBadge\.workspaceReport$/.test(t.input.viewType);
    // the workbench tells the extension host about the new tab a moment later
    const tab = await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return isReport(active) ? active : undefined;
    }, 15000, () => JSON.stringify(vscode.window.tabGroups.all.flatMap(g => g.tabs.map(t => t.label))));
    assert.equal(tab.label, zh() ? '開放資料標章報告：portfolio' : 'Open Data Badge report: portfolio');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await settle(1200);
    await screenshot('workspace-report');
    await inDarkTheme(() => screenshot('workspace-report-dark'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows an OpenAPI document\'s state in the panel instead of a badge', async () => {
    await vscode.commands.executeCommand('opendataBadge.showPanel');
    const valid = drawnWhen(api, x => x.apis?.length === 1 && x.apis[0].valid);
    await open('portfolio/wages.openapi.yaml');
    assert.equal((await valid).level, null);
    const invalid = drawnWhen(api, x => x.apis?.length === 1 && !x.apis[0].valid);
    await open('portfolio/rates.openapi.json');
    const i = await invalid;
    assert.ok(i.apis[0].problems > 0, 'its problems listed as links');
    await settle(1200);
    await screenshot('openapi-panel');
  });

  it('a second request joins the same check, and a check of another folder runs after it', async () => {
    const [a, again, all] = [api.checkWorkspace(wsUri('portfolio')), api.checkWorkspace(wsUri('portfolio')), api.checkWorkspace()];
    assert.equal(await a, await again, 'the same check');
    const [folder, workspace] = [await a, await all];
    assert.equal(folder.total, 11);
    assert.ok(workspace.total > folder.total, `${workspace.total} files in the workspace`);
    assert.equal((await drawnWhen(api, x => x.workspace?.score === workspace.portfolio.score.toFixed(2))).workspace.score, workspace.portfolio.score.toFixed(2));
  });

  it('while a new check runs, the last report stays in view, marked as being checked again', async () => {
    const before = await api.checkWorkspace(wsUri('portfolio'));
    const shown = before.portfolio.score.toFixed(2);
    await drawnWhen(api, x => x.workspace?.checking === false && x.workspace.score === shown);
    const again = api.checkWorkspace();
    try {
      const during = await drawnWhen(api, x => x.workspace?.checking === true);
      assert.equal(during.workspace.score, shown);
      await screenshot('workspace-panel-checking');
    } finally {
      await again;
    }
    const after = await again;
    const done = await drawnWhen(api, x => x.workspace?.checking === false && x.workspace.score === after.portfolio.score.toFixed(2));
    assert.equal(done.workspace.kind, 'report');
  });

  it('a cancelled check keeps a partial report that says so', async () => {
    const many = wsUri('many');
    await vscode.workspace.fs.createDirectory(many);
    for (let i = 0; i < 60; i++) { await write(`many/d${String(i).padStart(2, '0')}.csv`, `\uFEFF年度,人數\r\n2024,${i}\r\n`); }
    const cts = new vscode.CancellationTokenSource();
    // cancel once the first file of the folder has its diagnostics
    const sub = vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.path.startsWith(many.path + '/'))) { cts.cancel(); } });
    try {
      const r = await api.checkWorkspace(many, cts.token);
      assert.equal(r.total, 60);
      assert.ok(r.checked >= 1 && r.checked < 60, `${r.checked} of 60 checked`);
      assert.equal(r.partial, true);
      assert.equal(r.portfolio.datasets.length, r.checked, 'only what was checked');
      const drawn = await drawnWhen(api, x => x.workspace?.partial === true);
      assert.equal(drawn.workspace.score, r.portfolio.score.toFixed(2));
    } finally {
      sub.dispose();
      cts.dispose();
      await vscode.workspace.fs.delete(many, { recursive: true });
    }
  });
});
