// `check --grace-days N` (issue 12, item 6): the CLI allows the grace the editor's
// opendataBadge.timeliness.graceDays allows, and says how many days a dataset is overdue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** 每日, last updated on 2026-05-01: due 2026-05-02 */
function daily(): string {
  const d = mkdtempSync(join(tmpdir(), 'odb-grace-'));
  writeFileSync(join(d, 'daily.csv'), '\uFEFF年度,人數\r\n2026,3\r\n');
  writeFileSync(join(d, 'daily.metadata.json'), JSON.stringify({ 主要欄位說明: '年度;人數', 編碼格式: 'UTF-8', 更新頻率: '每日', 詮釋資料更新時間: '2026-05-01 10:00:00' }));
  return d;
}

const timeliness = (stdout: string) => (JSON.parse(stdout).files as { path: string; badge: { criteria: { id: string; status: string; reason: string }[] } }[])
  .find(f => f.path.endsWith('daily.csv'))!.badge.criteria.find(c => c.id === 'timeliness')!;

test('without --grace-days a 每日 dataset updated two days ago is overdue by 1 day; --grace-days 1 makes it on time', () => {
  const dir = daily();
  const strict = cli('check', dir, '--offline', '--today', '2026-05-03', '--format', 'json');
  assert.equal(strict.status, 0, strict.stderr);
  assert.equal(timeliness(strict.stdout).status, 'fail');
  assert.equal(timeliness(strict.stdout).reason, '更新頻率 每日: last update 2026-05-01, overdue by 1 day, due 2026-05-02');
  const graced = cli('check', dir, '--offline', '--today', '2026-05-03', '--format', 'json', '--grace-days', '1');
  assert.equal(timeliness(graced.stdout).status, 'pass', timeliness(graced.stdout).reason);
  const text = cli('check', dir, '--offline', '--today', '2026-05-10', '--grace-days', '2');
  assert.match(text.stdout, /Overdue by 6 days: 更新頻率 is 每日, .* due by 2026-05-04 \(2 grace days included; today is 2026-05-10\)/);
});

test('report takes --grace-days too', () => {
  const dir = daily();
  const level = (args: string[]) => JSON.parse(cli('report', dir, '--offline', '--today', '2026-05-03', '--format', 'json', ...args).stdout).datasets[0].badge.level;
  assert.equal(level([]), 'silver');
  assert.equal(level(['--grace-days', '1']), 'gold');
});

test('--grace-days must be a whole number of days from 0 to 3650', () => {
  for (const bad of ['-1', '1.5', 'seven', '3651']) {
    const r = cli('check', daily(), '--offline', `--grace-days=${bad}`);
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--grace-days must be a whole number/);
  }
});
