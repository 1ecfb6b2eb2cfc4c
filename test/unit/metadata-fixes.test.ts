// The sidecar fixes: minimal edits that keep the file's formatting, keep `(description)`
// suffixes, and are verified by parsing the result.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/fixes/fix';
import {
  appendMetadataNote, createSidecar, updateMetadataEncoding, updateMetadataFields,
} from '../../src/core/fixes/metadata-update';
import { parseFieldList } from '../../src/core/metadata/field-list';

const SIDECAR = `{
    "資料集名稱": "職業訓練就業率",
    "主要欄位說明": "年度(西元年);訓練職類;結訓人數;就業率(%)",
    "編碼格式": "BIG5",
    "更新頻率": "每1年"
}
`;

function apply(text: string, fix: { edits: { start: number; end: number; newText: string }[] } | null): string {
  assert.ok(fix, 'a fix is offered');
  return applyEdits(text, fix.edits);
}

describe('updateMetadataFields', () => {
  test('only the value changes; suffixes of remaining fields are kept; file order', () => {
    const out = apply(SIDECAR, updateMetadataFields(SIDECAR, ['年度', '訓練職類', '就業率(%)', '性別']));
    assert.equal(out, SIDECAR.replace('年度(西元年);訓練職類;結訓人數;就業率(%)', '年度(西元年);訓練職類;就業率(%);性別'));
  });
  test('keeps the list\'s separator: 、 and ", "', () => {
    const a = '{"主要欄位說明": "序號、名稱"}';
    assert.equal(JSON.parse(apply(a, updateMetadataFields(a, ['序號', '名稱', '地址']))).主要欄位說明, '序號、名稱、地址');
    const b = '{"主要欄位說明": "id, name"}';
    assert.equal(JSON.parse(apply(b, updateMetadataFields(b, ['id', 'name', 'x']))).主要欄位說明, 'id, name, x');
  });
  test('a matching list needs no fix', () => {
    assert.equal(updateMetadataFields(SIDECAR, ['年度', '訓練職類', '結訓人數', '就業率(%)']), null);
  });
  test('inserts the property with the file\'s indentation and line ends; into an empty object', () => {
    const crlf = '{\r\n\t"編碼格式": "UTF-8"\r\n}\r\n';
    const out = apply(crlf, updateMetadataFields(crlf, ['a', 'b']));
    assert.equal(out, '{\r\n\t"編碼格式": "UTF-8",\r\n\t"主要欄位說明": "a;b"\r\n}\r\n');
    const empty = apply('{}\n', updateMetadataFields('{}\n', ['甲', '乙']));
    assert.deepEqual(JSON.parse(empty), { 主要欄位說明: '甲;乙' });
  });
  test('names with quotes or backslashes are escaped and read back', () => {
    const out = apply('{}', updateMetadataFields('{}', ['a"b', 'c\\d']));
    assert.deepEqual(parseFieldList(JSON.parse(out).主要欄位說明).map(i => i.name), ['a"b', 'c\\d']);
  });
  test('a name holding the separator cannot be written safely: no fix', () => {
    assert.equal(updateMetadataFields('{}', ['a;b', 'c']), null);
  });
  test('not a JSON object (broken, array, empty): no fix', () => {
    for (const t of ['{"a": ', '[1]', '', 'null']) { assert.equal(updateMetadataFields(t, ['a']), null, t); }
  });
});

describe('updateMetadataEncoding', () => {
  test('replaces the value with the platform spelling', () => {
    const out = apply(SIDECAR, updateMetadataEncoding(SIDECAR, 'utf-8'));
    assert.equal(out, SIDECAR.replace('"BIG5"', '"UTF-8"'));
    const fix = updateMetadataEncoding(SIDECAR, { name: 'utf-8', bom: true, confidence: 1 });
    assert.equal(fix?.id, 'update-metadata-encoding');
    assert.equal(fix?.edits.length, 1);
  });
  test('same family: no fix; unknown encoding: no fix', () => {
    assert.equal(updateMetadataEncoding(SIDECAR, 'cp950'), null);
    assert.equal(updateMetadataEncoding(SIDECAR, { name: 'binary', bom: false, confidence: 1 }), null);
  });
  test('a per-resource list: only this file\'s entry changes, found by URL or format', () => {
    const t = '{"檔案格式": "CSV;JSON", "資料下載網址": "https://e/a.csv;https://e/a.json", "編碼格式": "BIG5;BIG5"}';
    assert.equal(JSON.parse(apply(t, updateMetadataEncoding(t, 'UTF-8', { dataPath: '/d/a.json' }))).編碼格式, 'BIG5;UTF-8');
    // which entry is unknown without the data file: no fix rather than a guess
    assert.equal(updateMetadataEncoding(t, 'UTF-8'), null);
  });
  test('adds 編碼格式 when absent', () => {
    assert.deepEqual(JSON.parse(apply('{"a": "b"}', updateMetadataEncoding('{"a": "b"}', 'BIG5'))), { a: 'b', 編碼格式: 'BIG5' });
  });
});

describe('appendMetadataNote', () => {
  test('appends new lines to 備註, skipping those already there', () => {
    const t = '{\n  "備註": "資料來源：勞動部"\n}';
    const out = apply(t, appendMetadataNote(t, ['資料來源：勞動部', '單位：人', '單位：人']));
    assert.equal(JSON.parse(out).備註, '資料來源：勞動部\n單位：人');
    assert.equal(appendMetadataNote(out, '單位：人'), null);
  });
  test('creates 備註; a string with several lines works too', () => {
    assert.equal(JSON.parse(apply('{}', appendMetadataNote('{}', '表1 標題\n註：x'))).備註, '表1 標題\n註：x');
  });
});

describe('createSidecar', () => {
  test('the dataset name first, valid JSON, final newline', () => {
    const s = createSidecar('職業訓練就業率', { 編碼格式: 'UTF-8', 主要欄位說明: 'a;b' });
    assert.deepEqual(Object.keys(JSON.parse(s)), ['資料集名稱', '編碼格式', '主要欄位說明']);
    assert.ok(s.endsWith('}\n'));
  });
});
