// The three metadata sources (sidecar, catalogue export, datapackage.json), how a data file is
// matched to them, their precedence, and the exact positions of the values.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCatalogueText, isMetadataPath, MetadataResolver, resolveMetadata } from '../../src/core/metadata';
import { catalogueCsv, catalogueJson, OTHER, WAGES } from '../fixtures/metadata/catalogue';
import { memFs, textAt } from '../fixtures/metadata/mem-fs';
import { CORPUS_SKIP } from '../corpus/manifest';

const SIDECAR = `{
  "資料集名稱": "職業訓練就業率",
  "主要欄位說明": "年度(西元年);訓練職類;\\u7D50訓人數;就業率(%)",
  "編碼格式": "UTF-8",
  "檔案格式": "CSV;JSON;XML",
  "更新頻率": "每1年",
  "詮釋資料更新時間": "2026-03-01 10:00:00",
  "資料下載網址": "https://example.gov.tw/a.csv;https://example.gov.tw/a.json;https://example.gov.tw/a.xml"
}
`;

describe('sidecar NAME.metadata.json', () => {
  test('applies to NAME.csv, NAME.json, NAME.xml with exact value positions', async () => {
    const fs = memFs({ '/d/a.metadata.json': SIDECAR, '/d/a.csv': 'x\n', '/d/a.json': '[]', '/d/b.csv': 'y\n', '/d/b.c.metadata.json': '{"編碼格式": "BIG5"}' });
    const m = await resolveMetadata('/d/a.csv', fs);
    assert.ok(m);
    assert.deepEqual(m.sources, [{ kind: 'sidecar', path: '/d/a.metadata.json' }]);
    assert.equal(m.dataset, '職業訓練就業率');
    const enc = m.fields['編碼格式']!;
    assert.equal(enc.value, 'UTF-8');
    assert.deepEqual(enc.range, { line: 4, column: 12, endLine: 4, endColumn: 16 });
    assert.equal(textAt(SIDECAR, enc.range!), 'UTF-8');
    // the escape \u7D50 is one character of the value but six of the file
    const items = m.fields['主要欄位說明']!.items!;
    assert.deepEqual(items.map(i => i.name), ['年度', '訓練職類', '結訓人數', '就業率']);
    assert.equal(textAt(SIDECAR, items[2].range!), '\\u7D50訓人數');
    assert.equal(textAt(SIDECAR, items[3].range!), '就業率');
    // per-resource columns narrowed to the resource (here by URL file name)
    assert.equal(m.fields['檔案格式']!.value, 'CSV');
    assert.equal(textAt(SIDECAR, m.fields['資料下載網址']!.range!), 'https://example.gov.tw/a.csv');
    const j = await resolveMetadata('/d/a.json', fs);
    assert.equal(j!.fields['檔案格式']!.value, 'JSON');
    // b.c.metadata.json is the sidecar of b.c.csv, not of b.csv
    assert.equal(await resolveMetadata('/d/b.csv', fs), null);
  });

  test('matching is case-insensitive; a BOM is not counted in columns', async () => {
    const fs = memFs({ '/d/A.Metadata.json': '\uFEFF{"編碼格式": "BIG5"}', '/d/a.CSV': 'x' });
    const m = await resolveMetadata('/d/a.CSV', fs);
    assert.deepEqual(m!.fields['編碼格式']!.range, { line: 1, column: 11, endLine: 1, endColumn: 14 });
    assert.equal(m!.dataset, 'A');
  });

  test('a sidecar with another name applies when its 資料下載網址 names the file', async () => {
    const fs = memFs({ '/d/wages.metadata.json': '{"資料下載網址": "https://x.gov.tw/f/%E8%96%AA%E8%B3%87.CSV", "編碼格式": "UTF-8"}', '/d/薪資.csv': 'x' });
    assert.equal((await resolveMetadata('/d/薪資.csv', fs))!.sources[0].path, '/d/wages.metadata.json');
  });

  test('broken JSON yields what parses; a non-object is no metadata', async () => {
    const fs = memFs({ '/d/a.metadata.json': '{"編碼格式": "UTF-8", "更新頻率": ', '/d/a.csv': 'x', '/d/b.metadata.json': '[1,2]', '/d/b.csv': 'y' });
    assert.equal((await resolveMetadata('/d/a.csv', fs))!.fields['編碼格式']!.value, 'UTF-8');
    // b's "sidecar" is not an object: it is not metadata
    assert.equal(await resolveMetadata('/d/b.csv', fs), null);
  });

  test('Windows-style paths keep their separator', async () => {
    const fs = memFs({ 'C:\\d/a.metadata.json': '{"編碼格式":"UTF-8"}' });
    fs.readdir = async () => ['a.metadata.json', 'a.csv'];
    fs.readFile = async (p: string) => { assert.equal(p, 'C:\\d\\a.metadata.json'); return Buffer.from('{"編碼格式":"UTF-8"}'); };
    const m = await resolveMetadata('C:\\d\\a.csv', fs);
    assert.equal(m!.sources[0].path, 'C:\\d\\a.metadata.json');
  });
});

describe('catalogue export (資料集清單)', () => {
  const csv = catalogueCsv([OTHER, WAGES]);

  test('isCatalogueText: the 22-column header, CSV and JSON', () => {
    assert.equal(isCatalogueText(csv), true);
    assert.equal(isCatalogueText(catalogueJson([WAGES])), true);
    assert.equal(isCatalogueText('年度,訓練職類\n2024,a\n'), false);
    assert.equal(isCatalogueText('[{"a": 1}]'), false);
    assert.equal(isCatalogueText(''), false);
    // most columns but not 資料下載網址: nothing could be matched
    assert.equal(isCatalogueText('資料集識別碼,資料集名稱,資料提供屬性,服務分類,品質檢測,檔案格式,編碼格式,資料集上架方式,資料集描述,主要欄位說明,提供機關,更新頻率,授權方式\n'), false);
  });

  test('the corpus catalogue-like files (023, 024) are not the platform export', (t) => {
    const dir = resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'files');
    if (CORPUS_SKIP) { t.skip(CORPUS_SKIP); return; }
    for (const f of ['023_fda_dataset_catalogue.csv', '024_dgbas_nstatdb_table_list.csv']) {
      assert.equal(isCatalogueText(readFileSync(resolve(dir, f), 'utf8')), false, f);
    }
  });

  test('CSV with BOM: matched by URL file name, per-resource columns narrowed, positions exact', async () => {
    const fs = memFs({ '/d/清單.csv': csv, '/d/wages.json': '[]', '/d/薪資.xml': '<a/>' });
    const m = await resolveMetadata('/d/wages.json', fs);
    assert.ok(m);
    assert.deepEqual(m.sources, [{ kind: 'catalogue', path: '/d/清單.csv' }]);
    assert.equal(m.dataset, '職業訓練就業率');
    assert.equal(m.fields['檔案格式']!.value, 'JSON');
    assert.equal(m.fields['資料量']!.value, '20');
    assert.equal(m.fields['編碼格式']!.value, 'UTF-8');
    const enc = m.fields['編碼格式']!.range!;
    assert.equal(enc.line, 3);
    assert.equal(textAt(csv, enc), 'UTF-8');
    // the second UTF-8 of "UTF-8;UTF-8;BIG5"
    const row = csv.split('\r\n')[2];
    assert.equal(enc.column - 1, row.indexOf('UTF-8;UTF-8;BIG5') + 6);
    // a quoted cell with commas: the name ranges skip the opening quote
    const items = m.fields['主要欄位說明']!.items!;
    assert.deepEqual(items.map(i => [i.name, i.description]), [['year', '年度, 西元'], ['job', '職類'], ['rate', '就業率(%)']]);
    assert.equal(textAt(csv, items[1].range!), 'job');
    // a doubled quote inside a quoted cell is one character of the value
    assert.equal(m.fields['備註']!.value, '說明 "引號" 在此');
    assert.equal(textAt(csv, m.fields['備註']!.range!), '說明 ""引號"" 在此');
    // URL-encoded file name 薪資.xml -> third resource, BIG5
    const x = await resolveMetadata('/d/薪資.xml', fs);
    assert.equal(x!.fields['編碼格式']!.value, 'BIG5');
    assert.equal(textAt(csv, x!.fields['編碼格式']!.range!), 'BIG5');
  });

  test('multi-line quoted cells, CRLF or LF rows: positions still exact', async () => {
    for (const eol of ['\r\n', '\n']) {
      const text = catalogueCsv([{ ...OTHER, 資料集描述: '第一行\n第二行\r\n第三行' }, WAGES], eol);
      const m = await resolveMetadata('/d/wages.csv', memFs({ '/d/l.csv': text, '/d/wages.csv': 'x' }));
      assert.equal(m!.fields['更新頻率']!.range!.line, 5);
      assert.equal(textAt(text, m!.fields['更新頻率']!.range!), '每1年');
    }
  });

  test('query-string download links and case-insensitive names', async () => {
    const fs = memFs({ '/d/list.csv': csv, '/d/OTHER.CSV': 'x' });
    const m = await resolveMetadata('/d/OTHER.CSV', fs);
    assert.equal(m!.fields['主要欄位說明']!.value, '序號、名稱、地址');
    assert.equal(m!.fields['編碼格式']!.value, 'BIG5');
  });

  test('a file named after the dataset id matches by id and format', async () => {
    const fs = memFs({ '/d/list.csv': csv, '/d/6037.xml': '<a/>' });
    const m = await resolveMetadata('/d/6037.xml', fs);
    assert.equal(m!.fields['編碼格式']!.value, 'BIG5');
    assert.equal(m!.fields['檔案格式']!.value, 'XML');
  });

  test('JSON catalogue (array of objects)', async () => {
    const json = catalogueJson([OTHER, WAGES]);
    const fs = memFs({ '/d/export.json': json, '/d/wages.csv': 'x' });
    const m = await resolveMetadata('/d/wages.csv', fs);
    assert.equal(m!.sources[0].kind, 'catalogue');
    assert.equal(m!.fields['檔案格式']!.value, 'CSV');
    assert.equal(textAt(json, m!.fields['更新頻率']!.range!), '每1年');
    assert.equal(textAt(json, m!.fields['備註']!.range!), '說明 \\"引號\\" 在此');
  });

  test('no row names the file: no metadata; a data CSV in the folder is not read whole with readHead', async () => {
    const big = 'a,b\n' + '1,2\n'.repeat(50000);
    const fs = memFs({ '/d/list.csv': csv, '/d/other-data.csv': big, '/d/nope.csv': 'x' }, { head: true });
    assert.equal(await resolveMetadata('/d/nope.csv', fs), null);
    assert.ok(fs.reads.includes('head:/d/other-data.csv'));
    assert.ok(!fs.reads.includes('/d/other-data.csv'));
  });
});

describe('datapackage.json', () => {
  const PKG = JSON.stringify({
    name: 'wages', title: '薪資統計',
    updated: '2026-01-01',
    resources: [
      { name: 'a', path: 'a.csv', encoding: 'big5', schema: { fields: [{ name: 'year', title: '年度' }, { name: 'rate' }] } },
      { name: 'b', path: ['https://x.gov.tw/b.csv'] },
      { name: 'c', path: 'data/c.csv', schema: { fields: [{ name: 'id' }] } },
    ],
  }, null, 2);

  test('fields, encoding, title, updated; positions of each name', async () => {
    const fs = memFs({ '/p/datapackage.json': PKG, '/p/a.csv': 'x' });
    const m = await resolveMetadata('/p/a.csv', fs);
    assert.deepEqual(m!.sources, [{ kind: 'datapackage', path: '/p/datapackage.json' }]);
    assert.equal(m!.dataset, '薪資統計');
    assert.equal(m!.fields['編碼格式']!.value, 'big5');
    assert.equal(m!.fields['主要欄位說明']!.value, 'year(年度);rate');
    assert.deepEqual(m!.fields['主要欄位說明']!.items!.map(i => textAt(PKG, i.range!)), ['year', 'rate']);
    assert.equal(m!.fields['詮釋資料更新時間']!.value, '2026-01-01');
  });

  test('an absent encoding is unknown, not "utf-8"; URL paths match by file name', async () => {
    const fs = memFs({ '/p/datapackage.json': PKG, '/p/b.csv': 'x' });
    const m = await resolveMetadata('/p/b.csv', fs);
    assert.equal(m!.fields['編碼格式'], undefined);
    assert.equal(m!.fields['資料下載網址']!.value, 'https://x.gov.tw/b.csv');
  });

  test('a package in the parent folder matches by relative path only', async () => {
    const fs = memFs({ '/p/datapackage.json': PKG, '/p/data/c.csv': 'x', '/p/data/a.csv': 'x' });
    assert.equal((await resolveMetadata('/p/data/c.csv', fs))!.fields['主要欄位說明']!.value, 'id');
    assert.equal(await resolveMetadata('/p/data/a.csv', fs), null);
  });
});

describe('precedence and options', () => {
  test('the sidecar wins; all contributing sources are listed, winner first', async () => {
    const csv = catalogueCsv([{ ...WAGES, 資料下載網址: 'https://e.gov.tw/a.csv', 編碼格式: 'BIG5', 檔案格式: 'CSV', 資料量: '5' }]);
    const pkg = JSON.stringify({ title: 'pkg', resources: [{ path: 'a.csv', encoding: 'utf-16', schema: { fields: [{ name: 'z' }] } }] });
    const fs = memFs({ '/d/a.metadata.json': '{"編碼格式": "UTF-8"}', '/d/catalogue.csv': csv, '/d/datapackage.json': pkg, '/d/a.csv': 'x' });
    const m = (await resolveMetadata('/d/a.csv', fs))!;
    assert.deepEqual(m.sources.map(s => s.kind), ['sidecar', 'catalogue', 'datapackage']);
    assert.equal(m.fields['編碼格式']!.value, 'UTF-8');
    assert.equal(m.fields['編碼格式']!.source.kind, 'sidecar');
    // the catalogue fills what the sidecar does not say, before the package
    assert.equal(m.fields['主要欄位說明']!.source.kind, 'catalogue');
    assert.equal(m.dataset, '職業訓練就業率');
  });

  test('an explicit --metadata file comes first and applies whatever its name', async () => {
    const fs = memFs({ '/m/meta.json': '{"編碼格式": "BIG5", "資料集名稱": "X"}', '/d/a.metadata.json': '{"編碼格式": "UTF-8"}', '/d/a.csv': 'x' });
    const m = (await resolveMetadata('/d/a.csv', fs, { explicit: '/m/meta.json' }))!;
    assert.deepEqual(m.sources.map(s => s.path), ['/m/meta.json', '/d/a.metadata.json']);
    assert.equal(m.fields['編碼格式']!.value, 'BIG5');
    await assert.rejects(resolveMetadata('/d/a.csv', fs, { explicit: '/m/missing.json' }), /cannot read metadata file/);
    fs.files.set('/m/data.json', Buffer.from('[{"a": 1}]'));
    await assert.rejects(resolveMetadata('/d/a.csv', fs, { explicit: '/m/data.json' }), /is not metadata/);
  });

  test('extra patterns (editor setting) add files read as metadata', async () => {
    const fs = memFs({ '/d/meta/a.meta.json': '{"更新頻率": "每日"}', '/d/a.csv': 'x' });
    assert.equal(await new MetadataResolver().resolve('/d/a.csv', fs), null);
    const m = await new MetadataResolver({ patterns: ['meta/*.meta.json'] }).resolve('/d/a.csv', fs);
    assert.equal(m!.fields['更新頻率']!.value, '每日');
  });

  test('isMetadataPath', () => {
    assert.equal(isMetadataPath('/d/a.metadata.json'), true);
    assert.equal(isMetadataPath('C:\\d\\DataPackage.json'), true);
    assert.equal(isMetadataPath('/d/a.json'), false);
  });

  test('the resolver caches parses by (path, mtime) and re-reads when the file changes', async () => {
    const fs = memFs({ '/d/a.metadata.json': '{"編碼格式": "UTF-8"}', '/d/a.csv': 'x', '/d/b.csv': 'x' }, { stat: true });
    const r = new MetadataResolver();
    await r.resolve('/d/a.csv', fs);
    await r.resolve('/d/a.csv', fs);
    assert.equal(fs.reads.filter(p => p === '/d/a.metadata.json').length, 1);
    fs.files.set('/d/a.metadata.json', Buffer.from('{"編碼格式": "BIG5", "備註": "changed"}'));
    assert.equal((await r.resolve('/d/a.csv', fs))!.fields['編碼格式']!.value, 'BIG5');
    // a fresh resolver has its own cache
    await resolveMetadata('/d/a.csv', fs);
    assert.equal(fs.reads.filter(p => p === '/d/a.metadata.json').length, 3);
  });

  test('a long-lived resolver (cacheListings: false) sees a sidecar created later; a default one lists once', async () => {
    const fs = memFs({ '/d/a.csv': 'x' }, { stat: true });
    const live = new MetadataResolver({ cacheListings: false });
    const once = new MetadataResolver();
    assert.equal(await live.resolve('/d/a.csv', fs), null);
    assert.equal(await once.resolve('/d/a.csv', fs), null);
    fs.files.set('/d/a.metadata.json', Buffer.from('{"編碼格式": "UTF-8"}'));
    assert.equal((await live.resolve('/d/a.csv', fs))!.fields['編碼格式']!.value, 'UTF-8');
    assert.equal(await once.resolve('/d/a.csv', fs), null);
  });

  test('garbage does not crash: binary, empty, huge single line', async () => {
    const fs = memFs({
      '/d/a.metadata.json': new Uint8Array([0xff, 0x00, 0xfe, 0x80, 0x81]),
      '/d/x.csv': '資料下載網址,'.repeat(3) + 'a'.repeat(1_000_000),
      '/d/y.json': '',
      '/d/a.csv': 'x',
    });
    assert.equal(await resolveMetadata('/d/a.csv', fs), null);
  });
});
