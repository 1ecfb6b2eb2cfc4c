// `opendata-badge describe`: prints or writes the sidecar; never replaces one without --force;
// after it, a clean dataset passes --min-badge gold.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'odb-describe-'));
  writeFileSync(join(dir, 'wages.csv'), '\uFEFF年度,縣市,平均薪資\r\n2024,臺北市,52310\r\n2024,新北市,49870\r\n');
  writeFileSync(join(dir, 'wages.json'), JSON.stringify([{ 年度: 2024, 縣市: '臺北市', 平均薪資: 52310 }]));
  writeFileSync(join(dir, 'other.csv'), 'a,b\r\n1,2\r\n');
  return dir;
}

describe('describe', () => {
  test('prints the sidecar of the file\'s dataset (every file with its base name) and lists what is left', () => {
    const dir = dataset();
    const r = cli('describe', join(dir, 'wages.csv'), '--frequency', '每1月');
    assert.equal(r.status, 0, r.stderr);
    const sidecar = JSON.parse(r.stdout);
    assert.equal(sidecar.主要欄位說明, '年度;縣市;平均薪資');
    assert.equal(sidecar.檔案格式, 'CSV;JSON');
    assert.equal(sidecar.編碼格式, 'UTF-8');
    assert.equal(sidecar.更新頻率, '每1月');
    assert.match(sidecar.詮釋資料更新時間, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    assert.match(r.stderr, /left for you to fill in: .*提供機關/);
    assert.equal(existsSync(join(dir, 'wages.metadata.json')), false, 'printed only');
  });

  test('--write writes it; then the dataset predicts gold', () => {
    const dir = dataset();
    assert.equal(cli('check', dir, '--offline', '--min-badge', 'gold').status, 0, 'no metadata: gold assumed, unknown criteria');
    const r = cli('describe', join(dir, 'wages.json'), '--write', '--frequency', '每1年');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /written from wages\.csv, wages\.json/);
    const check = cli('check', dir, '--offline', '--format', 'json');
    const out = JSON.parse(check.stdout) as { datasets: { name: string; badge: { level: string; assumptions: string[] } }[] };
    const wages = out.datasets.find(d => d.name === 'wages');
    assert.equal(wages?.badge.level, 'gold');
    assert.deepEqual(wages?.badge.assumptions, ['link-works', 'direct-download'], 'the metadata criteria are checked now, not assumed');
  });

  test('an existing sidecar is never replaced without --force; with it the old one is kept', () => {
    const dir = dataset();
    const sidecar = join(dir, 'wages.metadata.json');
    writeFileSync(sidecar, '{"資料集名稱":"各縣市平均薪資"}\n');
    const r = cli('describe', join(dir, 'wages.csv'), '--write');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /exists and was left as it is/);
    assert.equal(readFileSync(sidecar, 'utf8'), '{"資料集名稱":"各縣市平均薪資"}\n');
    const forced = cli('describe', join(dir, 'wages.csv'), '--write', '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(JSON.parse(readFileSync(sidecar, 'utf8')).主要欄位說明, '年度;縣市;平均薪資');
    assert.equal(readFileSync(sidecar + '.orig', 'utf8'), '{"資料集名稱":"各縣市平均薪資"}\n');
  });

  test('zh-TW messages; usage errors exit 2', () => {
    const dir = dataset();
    const r = cli('describe', join(dir, 'other.csv'), '--lang', 'zh-TW');
    assert.equal(r.status, 0);
    assert.match(r.stderr, /尚待填寫/);
    assert.equal(cli('describe', join(dir, 'wages.csv'), '--frequency', 'sometimes').status, 2);
    assert.equal(cli('describe', join(dir, 'wages.csv'), '--force').status, 2);
    assert.equal(cli('describe', join(dir, 'nope.csv')).status, 2);
    assert.equal(cli('describe', join(dir, 'wages.metadata.json')).status, 2);
  });
});
