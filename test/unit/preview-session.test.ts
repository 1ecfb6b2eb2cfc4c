// The table preview's engine side: every row with the role the analyzer gave it, pages cut from
// the decoded text by index, cell positions, findings on their rows, the columns compared with
// 主要欄位說明, and the records of JSON and XML documents.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { resolveMetadata } from '../../src/core/metadata';
import type { PreviewHead } from '../../src/core/preview/model';
import { openPreview } from '../../src/core/preview/session';
import { memFs } from '../fixtures/metadata/mem-fs';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

const REPORT = [
  '113年各縣市就業人數統計表',
  '縣市,男,女,合計',
  '臺北市,610,598,1208',
  '"新北市\n（含離島）",1002,930,1932',
  '小計,1612,1528,3140',
  '',
  '桃園市,580,512,1092',
  '資料來源：勞動部',
];

describe('a CSV table', () => {
  const text = crlf(REPORT);
  const s = openPreview({ path: '/d/report.csv', text, metadata: null });

  test('every physical record is a row with its role', () => {
    assert.equal(s.summary.kind, 'table');
    assert.equal(s.summary.rows, 8);
    const roles = s.page(0, 100).map(r => r.role);
    assert.deepEqual(roles, ['title', 'header', 'data', 'data', 'subtotal', 'blank', 'data', 'notes']);
    assert.deepEqual({ ...s.summary.roles }, { data: 3, header: 1, title: 1, blank: 1, notes: 1, subtotal: 1, section: 0, preamble: 0 });
  });

  test('a page from the middle has the values and lines of those rows (a quoted line break included)', () => {
    const page = s.page(3, 3);
    assert.deepEqual(page.map(r => r.index), [3, 4, 5]);
    assert.deepEqual(page.map(r => r.line), [4, 6, 7]);
    assert.deepEqual(page[0].cells, ['新北市\n（含離島）', '1002', '930', '1932']);
    assert.equal(page[1].evidence, '小計');
    assert.deepEqual(page[2].cells, [], 'an empty line has no values');
  });

  test('pages are clamped to the table', () => {
    assert.deepEqual(s.page(7, 50).map(r => r.index), [7]);
    assert.deepEqual(s.page(8, 10), []);
    assert.deepEqual(s.page(-5, 2).map(r => r.index), [0, 1]);
  });

  test('row findings sit on their rows, the rest are about the file', () => {
    const rules = (i: number) => (s.page(i, 1)[0].findings ?? []).map(f => f.rule);
    assert.ok(rules(0).includes('title-row'));
    assert.deepEqual(rules(4), ['subtotal-row']);
    assert.deepEqual(rules(5), ['blank-row']);
    assert.ok(rules(7).includes('notes-row'));
    assert.deepEqual(rules(2), []);
    assert.deepEqual(s.summary.fileFindings.map(f => f.rule), ['metadata-missing']);
  });

  test('a cell is located where the text editor has it', () => {
    assert.deepEqual(s.locate(2, 1), { line: 3, column: 5, endLine: 3, endColumn: 7 });
    // the quoted cell spans two lines; the next cell follows its closing quote
    assert.deepEqual(s.locate(3, 1), { line: 5, column: 8, endLine: 5, endColumn: 11 });
    // a cell the row does not have: the end of the row
    assert.deepEqual(s.locate(5, 2), { line: 7, column: 1, endLine: 7, endColumn: 1 });
    assert.equal(s.locate(99, 0), null);
  });

  test('find: the next and the previous row of a role', () => {
    assert.equal(s.find('subtotal', 0, 1), 4);
    assert.equal(s.find('subtotal', 5, 1), -1);
    assert.equal(s.find('title', 6, -1), 0);
  });

  test('the column profile counts the data rows only', () => {
    assert.deepEqual(s.summary.columns.map(c => [c.name, c.stats.kind, c.stats.cells]),
      [['縣市', 'text', 3], ['男', 'number', 3], ['女', 'number', 3], ['合計', 'number', 3]]);
    assert.ok(s.summary.columns.every(c => c.declared === null), 'no metadata, nothing to compare');
  });
});

describe('a Big5 file', () => {
  test('is decoded with the detected encoding, not as UTF-8', () => {
    const bytes = new Uint8Array(iconv.encode(crlf(REPORT.filter(l => !l.includes('\n'))), 'big5'));
    const s = openPreview({ path: '/d/report.csv', bytes, metadata: null });
    assert.equal(s.summary.encoding.name, 'big5');
    assert.deepEqual(s.page(1, 1)[0].cells, ['縣市', '男', '女', '合計']);
    assert.ok(s.summary.fileFindings.some(f => f.rule === 'non-utf8-encoding'));
  });
});

describe('ragged rows and formulas', () => {
  const s = openPreview({ path: '/d/r.csv', text: crlf(['代碼,項目,數量', '0050,甲,3', '0051,乙', '0052,丙,5,多', '0053,丁,=SUM(C2:C4)']), metadata: null });

  test('the grid is as wide as the widest row; each row keeps its field count', () => {
    assert.equal(s.summary.width, 3);
    assert.equal(s.summary.gridColumns, 4);
    assert.deepEqual(s.page(0, 5).map(r => r.fieldCount), [3, 3, 2, 4, 3]);
    assert.deepEqual(s.page(4, 1)[0].formulas, [2]);
    assert.deepEqual((s.page(2, 1)[0].findings ?? []).map(f => f.rule), ['ragged-row']);
  });

  test('codes keep their kind', () => {
    assert.equal(s.summary.columns[0].stats.kind, 'code');
  });
});

describe('columns against 主要欄位說明', () => {
  test('a column the metadata does not list is marked; names it lists that the file lacks are given', async () => {
    const text = crlf(['年度,訓練職類,結訓人數,就業率', '2024,餐飲,10,0.8']);
    const metadata = await resolveMetadata('/d/a.csv', memFs({
      '/d/a.csv': text,
      '/d/a.metadata.json': JSON.stringify({ 資料集名稱: 'a', 主要欄位說明: '年度(西元年);訓練職類;人數;就業率(%)' }),
    }));
    const s = openPreview({ path: '/d/a.csv', text, metadata });
    assert.deepEqual(s.summary.columns.map(c => [c.name, c.declared]), [['年度', true], ['訓練職類', true], ['結訓人數', false], ['就業率', true]]);
    assert.deepEqual(s.summary.notInFile, ['人數']);
  });

  test('a report described instead of its records (the file\'s other reading) marks nothing', async () => {
    const text = JSON.stringify({ no: 107105, content: '有感地震', areas: [{ desc: '4級', name: '高雄市' }, { desc: '3級', name: '臺東縣' }] });
    const metadata = await resolveMetadata('/d/a.json', memFs({ '/d/a.json': text, '/d/a.metadata.json': JSON.stringify({ 主要欄位說明: 'no;content;areas' }) }));
    const s = openPreview({ path: '/d/a.json', text, metadata });
    assert.deepEqual(s.summary.columns.map(c => [c.name, c.declared]), [['desc', null], ['name', null]]);
    assert.deepEqual(s.summary.notInFile, []);
  });

  test('duplicate names: only the unlisted copy is marked', async () => {
    const text = crlf(['名稱,名稱,數量', 'a,b,1']);
    const metadata = await resolveMetadata('/d/a.csv', memFs({ '/d/a.csv': text, '/d/a.metadata.json': JSON.stringify({ 主要欄位說明: '名稱;數量' }) }));
    const s = openPreview({ path: '/d/a.csv', text, metadata });
    assert.deepEqual(s.summary.columns.map(c => c.declared), [true, false, true]);
  });
});

describe('JSON and XML records', () => {
  test('the records of an envelope, by field, with their lines', () => {
    const text = JSON.stringify({ success: true, result: { records: [{ 年度: 2024, 名稱: '甲', 備註: null }, { 年度: 2025, 名稱: '乙', 巢: { a: 1 } }] } }, null, 2);
    const s = openPreview({ path: '/d/a.json', text, metadata: null });
    assert.equal(s.summary.kind, 'records');
    assert.deepEqual(s.summary.columns.map(c => c.name), ['年度', '名稱', '備註', '巢']);
    const rows = s.page(0, 10);
    assert.deepEqual(rows.map(r => r.cells), [['2024', '甲', '', ''], ['2025', '乙', '', '{"a":1}']]);
    assert.deepEqual(rows.map(r => r.line), [5, 10]);
    assert.deepEqual(s.locate(1, 0), { line: 10, column: 7, endLine: 10, endColumn: 7 });
  });

  test('a root array, a map keyed by id, a GeoJSON FeatureCollection, a flat object', () => {
    const cells = (text: string) => openPreview({ path: '/d/a.json', text, metadata: null }).page(0, 10).map(r => r.cells);
    assert.deepEqual(cells('[{"a":1,"b":"x"},{"a":2}]'), [['1', 'x'], ['2', '']]);
    assert.deepEqual(cells('{"retVal":{"0001":{"a":1},"0002":{"a":2}}}'), [['1'], ['2']]);
    assert.deepEqual(cells(JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: null, properties: { 名稱: '甲', 人數: 3 } },
      { type: 'Feature', geometry: null, properties: { 名稱: '乙', 人數: 4 } },
    ] })), [['甲', '3'], ['乙', '4']]);
    assert.deepEqual(cells('{"名稱":"甲","人數":3}'), [['甲', '3']]);
  });

  test('XML records: child text (entities and CDATA read), or attributes', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<dataset><meta><count>2</count></meta>',
      '  <station><id>466920</id><name>臺北 &amp; 新北 &#x53F0;</name></station>',
      '  <station><id>467490</id><name><![CDATA[臺中<站>]]></name><!-- x --></station>',
      '</dataset>',
    ].join('\n');
    const s = openPreview({ path: '/d/a.xml', text: xml, metadata: null });
    assert.equal(s.summary.kind, 'records');
    assert.deepEqual(s.page(0, 5).map(r => [r.line, ...r.cells]), [[3, '466920', '臺北 & 新北 台'], [4, '467490', '臺中<站>']]);
    const attrs = openPreview({ path: '/d/b.xml', text: '<rows><row a="1" b="x &lt; y"/><row a="2" b=\'z\'/></rows>', metadata: null });
    assert.deepEqual(attrs.page(0, 5).map(r => r.cells), [['1', 'x < y'], ['2', 'z']]);
  });

  test('a document that is not well-formed has no grid, and says why', () => {
    const s = openPreview({ path: '/d/a.json', text: '[{"a":1},]', metadata: null });
    assert.equal(s.summary.kind, 'none');
    assert.equal(s.summary.rows, 0);
    assert.match(s.summary.error ?? '', /line 1/);
  });
});

describe('a large table', () => {
  test('a small table has no head: it is shown whole', () => {
    let heads = 0;
    openPreview({ path: '/d/a.csv', text: crlf(REPORT), metadata: null }, {}, () => heads++);
    assert.equal(heads, 0);
  });

  test('100,000 rows: every page has its rows; the first rows are sent before the rest is read', () => {
    const lines = ['序號,縣市,人數'];
    for (let i = 1; i <= 100000; i++) { lines.push(`${i},臺北市,${i % 97}`); }
    const heads: PreviewHead[] = [];
    const s = openPreview({ path: '/d/big.csv', text: lines.join('\n') + '\n', metadata: null }, {}, h => heads.push(h));
    assert.equal(s.summary.rows, 100001);
    // its first rows came first, with their roles, and an estimate of the rest
    assert.equal(heads.length, 1);
    assert.equal(heads[0].rows.length, 200);
    assert.deepEqual(heads[0].rows.slice(0, 2).map(r => [r.role, ...r.cells]), [['header', '序號', '縣市', '人數'], ['data', '1', '臺北市', '1']]);
    assert.deepEqual(heads[0].columns, ['序號', '縣市', '人數']);
    assert.ok(Math.abs(heads[0].estimatedRows - 100001) < 30000, `estimated ${heads[0].estimatedRows} (the first rows are shorter)`);
    const page = s.page(99990, 200);
    assert.equal(page.length, 11);
    assert.deepEqual(page[10].cells, ['100000', '臺北市', String(100000 % 97)]);
    assert.equal(page[10].line, 100001);
  });
});
