// 建立詮釋資料: the sidecar written from a dataset's files; after it, a clean dataset predicts gold.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { datasetBadge } from '../../src/core/dataset';
import { checkBytes } from '../../src/core/engine';
import { resolveMetadata } from '../../src/core/metadata';
import { describeDataset, fieldListOf, taiwanTime } from '../../src/core/metadata/describe';
import type { FileReport } from '../../src/core/types';
import { memFs } from '../fixtures/metadata/mem-fs';

const NOW = new Date('2026-03-01T02:00:00Z');
const TODAY = '2026-03-01';
const CSV = '\uFEFF年度,訓練職類,結訓人數,就業率(%)\r\n2023,電腦軟體應用,426,85\r\n2024,餐飲服務,670,81\r\n';
const JSON_RECORDS = JSON.stringify([{ 年度: 2023, 訓練職類: '電腦軟體應用', 結訓人數: 426, '就業率(%)': 85 }]);

function check(files: Record<string, string | Uint8Array>, path: string, metadata: Awaited<ReturnType<typeof resolveMetadata>>): FileReport {
  const b = files[path];
  return checkBytes({ path, bytes: typeof b === 'string' ? Buffer.from(b, 'utf8') : b, metadata }, { today: TODAY });
}

/** describes the dataset, writes the sidecar next to it, and checks every file again with it */
async function describeAndCheck(files: Record<string, string | Uint8Array>, frequency?: string) {
  const paths = Object.keys(files);
  const described = describeDataset({ dataset: 'training', reports: paths.map(p => check(files, p, null)), frequency, now: NOW });
  const withSidecar = { ...files, '/d/training.metadata.json': described.text };
  const after = [];
  for (const p of paths) { after.push(check(withSidecar, p, await resolveMetadata(p, memFs(withSidecar)))); }
  return { described, after, badge: datasetBadge(after) };
}

describe('describeDataset', () => {
  test('a clean CSV and JSON: the fields the files determine, and gold after it', async () => {
    const { described, after, badge } = await describeAndCheck({ '/d/training.csv': CSV, '/d/training.json': JSON_RECORDS }, '每1年');
    const f = described.fields;
    assert.equal(f.主要欄位說明, '年度;訓練職類;結訓人數;就業率(%)');
    assert.equal(f.編碼格式, 'UTF-8');
    assert.equal(f.檔案格式, 'CSV;JSON');
    assert.equal(f.更新頻率, '每1年');
    assert.equal(f.詮釋資料更新時間, '2026-03-01 10:00:00', 'Taiwan time');
    assert.equal(f.資料集名稱, 'training');
    assert.deepEqual(described.resources, ['/d/training.csv', '/d/training.json']);
    assert.deepEqual(described.warnings, []);
    for (const left of ['資料集名稱', '資料集描述', '提供機關', '授權方式', '資料下載網址'] as const) {
      assert.ok(described.leftForUser.includes(left), left);
      assert.equal(f[left] === '' || left === '資料集名稱', true, `${left} is empty`);
    }
    assert.ok(!described.leftForUser.includes('主要欄位說明'));
    assert.equal(f.資料集識別碼, undefined, 'the platform sets it');
    assert.equal(badge.level, 'gold', JSON.stringify(badge.criteria));
    for (const r of after) {
      assert.deepEqual(r.findings.map(x => x.rule), [], r.path);
      assert.equal(r.badge.criteria.find(c => c.id === 'timeliness')?.status, 'pass');
      assert.equal(r.badge.criteria.find(c => c.id === 'metadata-fields')?.status, 'pass');
    }
  });

  test('without 更新頻率 it is left for the publisher: timeliness is unknown, assumed, still gold', async () => {
    const { described, badge } = await describeAndCheck({ '/d/training.csv': CSV });
    assert.equal(described.fields.更新頻率, '');
    assert.ok(described.leftForUser.includes('更新頻率'));
    assert.equal(badge.level, 'gold');
    assert.ok(badge.assumptions.includes('timeliness'));
  });

  test('a Big5 file: 編碼格式 BIG5, as the platform spells it, and it matches', async () => {
    const big5 = new Uint8Array(iconv.encode(CSV.slice(1), 'big5'));
    const { described, after } = await describeAndCheck({ '/d/training.csv': big5 }, '不定期更新');
    assert.equal(described.fields.編碼格式, 'BIG5');
    assert.equal(after[0].badge.criteria.find(c => c.id === 'metadata-encoding')?.status, 'pass');
    assert.equal(after[0].badge.level, 'gold', 'gold: the metadata says what the file is');
  });

  test('resources in different encodings: one 編碼格式 entry per resource, each matching its file', async () => {
    const xml = '<?xml version="1.0" encoding="Big5"?>\n<rows><row><年度>2023</年度><訓練職類>甲</訓練職類><結訓人數>1</結訓人數><就業率_x0028__x0025__x0029_>1</就業率_x0028__x0025__x0029_></row></rows>\n';
    const { described, after } = await describeAndCheck({ '/d/training.csv': CSV, '/d/training.xml': new Uint8Array(iconv.encode(xml, 'big5')) });
    assert.equal(described.fields.檔案格式, 'CSV;XML');
    assert.equal(described.fields.編碼格式, 'UTF-8;BIG5');
    for (const r of after) { assert.equal(r.badge.criteria.find(c => c.id === 'metadata-encoding')?.status, 'pass', r.path); }
    assert.equal(described.warnings.length, 1, 'the XML fields differ from the CSV header: said');
  });

  test('a field name that 主要欄位說明 cannot hold leaves it empty, and says why', () => {
    assert.equal(fieldListOf(['a;b', 'c']), null);
    assert.equal(fieldListOf(['年度(西元年)', '數量']), '年度(西元年);數量');
    const r = checkBytes({ path: '/d/x.csv', bytes: Buffer.from('"a;b",c\r\n1,2\r\n'), metadata: null });
    const d = describeDataset({ dataset: 'x', reports: [r], now: NOW });
    assert.equal(d.fields.主要欄位說明, '');
    assert.ok(d.leftForUser.includes('主要欄位說明'));
    assert.match(d.warnings[0].template, /separator/);
  });

  test('a frequency the platform would not understand is refused', () => {
    const r = checkBytes({ path: '/d/x.csv', bytes: Buffer.from(CSV), metadata: null });
    assert.throws(() => describeDataset({ dataset: 'x', reports: [r], frequency: 'sometimes', now: NOW }), /not a frequency/);
  });

  test('Taiwan time is UTC+8, across midnight', () => {
    assert.equal(taiwanTime(new Date('2026-12-31T16:30:05Z')), '2027-01-01 00:30:05');
  });
});
