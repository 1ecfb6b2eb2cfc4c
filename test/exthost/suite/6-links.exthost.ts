// Link checks in the editor: opt-in, against a local HTTP server started inside the extension host.
import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, lastDrawn, open, waitForEvent, wsUri, type Api } from './helpers';

interface Prediction { level: string; resources: string[]; criteria: { id: string; status: string; reason: string }[] }

describe('link checks (opt-in)', () => {
  let server: Server;
  let base = '';
  let requests = 0;
  /** called when the slow link's request arrives (its answer comes 800 ms later) */
  let onSlow: () => void = () => undefined;
  let api: Api;
  const config = () => vscode.workspace.getConfiguration('opendataBadge');

  before(async () => {
    api = await activate();
    server = createServer((req, res) => {
      requests++;
      const ok = () => { res.writeHead(200, { 'content-type': 'text/csv' }); res.end('年度,人數\n2024,1\n'); };
      if (req.url === '/rate.csv') { ok(); return; }
      if (req.url === '/slow.csv') { onSlow(); setTimeout(ok, 800); return; }
      res.writeHead(404); res.end();
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await config().update('links.check', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('links.allowPrivate', undefined, vscode.ConfigurationTarget.Global);
    server.close();
  });

  async function predictWithLink(path: string, folder = 'links'): Promise<Prediction> {
    const dir = wsUri(folder);
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'rate.csv'), Buffer.from('\uFEFF年度,人數\r\n2024,1\r\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'rate.metadata.json'), Buffer.from(JSON.stringify({
      資料集名稱: 'rate', 主要欄位說明: '年度;人數', 編碼格式: 'UTF-8', 檔案格式: 'CSV', 更新頻率: '不定期更新',
      詮釋資料更新時間: '2026-01-01', 資料下載網址: base + path,
    }, null, 2)));
    return (await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', vscode.Uri.joinPath(dir, 'rate.csv')))!;
  }

  const status = (p: Prediction, id: string) => p.criteria.find(c => c.id === id)?.status;

  it('leaves the link criteria unknown while the setting is off', async () => {
    const p = await predictWithLink('/missing.csv');
    assert.equal(status(p, 'link-works'), 'unknown');
  });

  it('"Check links now" checks this dataset\'s links once while the setting stays off', async () => {
    await config().update('links.allowPrivate', true, vscode.ConfigurationTarget.Global);
    // its own folder: the file stays open as a document, and the next tests rewrite theirs
    const before = await predictWithLink('/rate.csv', 'links-now');
    assert.equal(status(before, 'link-works'), 'unknown');
    await open('links-now/rate.csv');
    const file = wsUri('links-now/rate.csv').toString();
    // the badge view shows the active editor's dataset (no uri given), and its button acts on it
    const shown = await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge');
    assert.ok(shown.resources.includes(file), `the view shows this dataset, not ${JSON.stringify(shown.resources)}`);
    assert.equal(status(shown, 'link-works'), 'unknown');
    const seen = requests;
    const checked = await api.panelAction('checkLinks') as string[];
    assert.ok(checked.includes(file), `its links were checked: ${JSON.stringify(checked)}`);
    const asked = requests - seen;
    await waitForEvent(api.onDidRender, () => lastDrawn(api)?.actions.length === 0 ? true : undefined,
      30000, () => JSON.stringify(lastDrawn(api)));
    const after = await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', wsUri('links-now/rate.csv'));
    assert.ok(asked > 0, `the link was requested (${JSON.stringify(after.criteria.filter(c => c.id === 'link-works'))})`);
    assert.equal(status(after, 'link-works'), 'pass', JSON.stringify(after.criteria));
    assert.equal(status(after, 'direct-download'), 'pass');
    assert.equal(config().get('links.check'), false, 'the setting is untouched');
    // checked once: checking the edited file again (the prediction does) reuses the result
    const again = requests;
    const editor = vscode.window.activeTextEditor!;
    await editor.edit(e => e.insert(new vscode.Position(2, 0), '2025,2\r\n'));
    const edited = await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', wsUri('links-now/rate.csv'));
    assert.equal(status(edited, 'link-works'), 'pass');
    assert.equal(requests, again, 'no request after the one asked for');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('"Check links now" answers with the result even when a setting change re-checks the file meanwhile', async () => {
    await config().update('links.allowPrivate', true, vscode.ConfigurationTarget.Global);
    await predictWithLink('/slow.csv', 'links-slow');
    const uri = wsUri('links-slow/rate.csv');
    await open('links-slow/rate.csv');
    const shown = await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', uri);
    assert.equal(status(shown, 'link-works'), 'unknown');
    const arrived = new Promise<void>(r => { onSlow = r; });
    const seen = requests;
    const checking = vscode.commands.executeCommand<string[]>('opendataBadge.checkLinksNow', uri);
    await arrived;
    // a setting of the section re-checks every checked file: the running check is cancelled
    // (its request aborted) and a new one scheduled, which requests the link again
    await config().update('debounceMs', 401, vscode.ConfigurationTarget.Workspace);
    try {
      assert.ok((await checking).includes(uri.toString()));
      const p = await vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', uri);
      assert.equal(status(p, 'link-works'), 'pass', `the newer check's result, not the report from before: ${JSON.stringify(p.criteria)}`);
      assert.ok(requests - seen >= 2, `the link was requested again by the newer check (${requests - seen})`);
    } finally {
      onSlow = () => undefined;
      await config().update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('checks the links when enabled: a working link passes, a 404 fails bronze', async () => {
    await config().update('links.check', true, vscode.ConfigurationTarget.Workspace);
    await config().update('links.allowPrivate', true, vscode.ConfigurationTarget.Global);
    const ok = await predictWithLink('/rate.csv');
    assert.equal(status(ok, 'link-works'), 'pass', JSON.stringify(ok.criteria));
    assert.equal(status(ok, 'direct-download'), 'pass');
    const broken = await predictWithLink('/missing.csv');
    assert.equal(status(broken, 'link-works'), 'fail', JSON.stringify(broken.criteria));
    assert.equal(broken.level, 'none');
  });

  it('refuses a private address unless allowed', async () => {
    await config().update('links.allowPrivate', false, vscode.ConfigurationTarget.Global);
    const p = await predictWithLink('/rate.csv');
    assert.equal(status(p, 'link-works'), 'unknown', JSON.stringify(p.criteria));
  });
});
