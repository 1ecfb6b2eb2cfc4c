// Link checks through the command line (no --offline), against a local HTTP server: a working CSV
// link passes link-works and direct-download; a 404 and an HTML page fail them, with findings at
// the URL inside the sidecar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const CLI = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/good.csv') { res.writeHead(200, { 'content-type': 'text/csv' }); res.end('年度,人數\n2024,1\n'); return; }
    if (req.url === '/page.csv') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<!DOCTYPE html><html><body><form><input type="password"></form></body></html>'); return; }
    res.writeHead(404); res.end('not found');
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.close(); });

/** spawn, not spawnSync: the server lives in this process and must keep answering */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise(res => {
    const p = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', d => { stdout += d; });
    p.stderr.on('data', d => { stderr += d; });
    p.on('close', status => res({ status, stdout, stderr }));
  });
}

function dataset(link: string): string {
  const d = mkdtempSync(join(tmpdir(), 'odb-links-'));
  writeFileSync(join(d, 'a.csv'), '\uFEFF年度,人數\n2024,1\n');
  writeFileSync(join(d, 'a.metadata.json'), JSON.stringify({
    資料集名稱: 'a', 主要欄位說明: '年度;人數', 編碼格式: 'UTF-8', 檔案格式: 'CSV', 更新頻率: '不定期更新',
    詮釋資料更新時間: '2026-01-01', 資料下載網址: base + link,
  }, null, 2));
  return d;
}

function criterion(out: string, id: string): { status: string; reason: string } {
  const f = JSON.parse(out).files.find((x: { path: string }) => x.path.endsWith('a.csv'));
  return f.badge.criteria.find((c: { id: string }) => c.id === id);
}

test('a working direct link passes both link criteria', async () => {
  const r = await run(['check', dataset('/good.csv'), '--format', 'json', '--allow-private-links']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(criterion(r.stdout, 'link-works').status, 'pass');
  assert.equal(criterion(r.stdout, 'direct-download').status, 'pass');
});

test('a 404 is link-broken, reported at the URL inside the sidecar', async () => {
  const d = dataset('/missing.csv');
  const r = await run(['check', d, '--format', 'json', '--allow-private-links', '--min-badge', 'bronze']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(criterion(r.stdout, 'link-works').status, 'fail');
  const f = JSON.parse(r.stdout).files.find((x: { path: string }) => x.path.endsWith('a.csv'));
  const onMeta = f.findings.find((x: { rule: string; path?: string }) => x.rule === 'link-broken' && x.path?.endsWith('a.metadata.json'));
  assert.ok(onMeta, JSON.stringify(f.findings));
  assert.equal(onMeta.line, 8);
});

test('an HTML login page instead of the CSV is link-not-direct', async () => {
  const r = await run(['check', dataset('/page.csv'), '--format', 'json', '--allow-private-links']);
  assert.equal(criterion(r.stdout, 'direct-download').status, 'fail');
  assert.equal(JSON.parse(r.stdout).files[0].badge.level, 'none');
});

test('a private address is refused unless allowed, and --offline checks nothing', async () => {
  const r = await run(['check', dataset('/good.csv'), '--format', 'json']);
  assert.equal(criterion(r.stdout, 'link-works').status, 'unknown');
  const off = await run(['check', dataset('/missing.csv'), '--format', 'json', '--offline']);
  assert.equal(criterion(off.stdout, 'link-works').status, 'unknown');
  assert.match(criterion(off.stdout, 'link-works').reason, /offline/);
});
