// The CSV fixes: the text they produce, the text they move to the metadata, line endings kept,
// and fixes refused when their result does not verify.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFixById, csvFixes } from '../../src/core/fixes/csv-fixes';
import { removalEdits } from '../../src/core/fixes/csv-fix-plans';
import { analyseText } from '../../src/core/fixes/csv-fix-analysis';
import { applyEdits } from '../../src/core/fixes/fix';
import type { FixId } from '../../src/core/types';
import { check } from './csv-harness';

const CSV = { expectedDelimiter: ',' as const };

function fixed(text: string, id: FixId): string | null {
  const f = csvFixById(text, id, CSV);
  return f ? applyEdits(text, f.edits) : null;
}

describe('csv fixes', () => {
  test('remove-blank-rows keeps CRLF line endings and leaves no empty line at the end', () => {
    assert.equal(fixed('a,b\r\n1,2\r\n\r\n,\r\n3,4\r\n\r\n', 'remove-blank-rows'), 'a,b\r\n1,2\r\n3,4\r\n');
    assert.equal(fixed('a,b\n1,2\n\n', 'remove-blank-rows'), 'a,b\n1,2\n');
  });

  test('remove-subtotal-rows takes out keyword and computed totals', () => {
    const text = '項目,金額,件數\n甲,10,1\n乙,20,3\n小計,30,4\n丙,5,6\n丁,7,8\n,12,14\n總計,42,18';
    assert.equal(fixed(text, 'remove-subtotal-rows'), '項目,金額,件數\n甲,10,1\n乙,20,3\n丙,5,6\n丁,7,8');
  });

  test('remove-title-rows and remove-notes-rows return the removed text for the metadata', () => {
    const text = '"106年09月市場成交資訊"\n日期,成交股數,漲跌\n106/09/01,"6,064",9.04\n106/09/04,"5,498",-24.95\n說明:\n"1. 含鉅額交易"\n';
    const title = csvFixById(text, 'remove-title-rows', CSV);
    assert.deepEqual(title?.removedText, ['106年09月市場成交資訊']);
    const notes = csvFixById(text, 'remove-notes-rows', CSV);
    assert.deepEqual(notes?.removedText, ['說明:', '1. 含鉅額交易']);
    assert.equal(applyEdits(text, notes?.edits ?? []), '"106年09月市場成交資訊"\n日期,成交股數,漲跌\n106/09/01,"6,064",9.04\n106/09/04,"5,498",-24.95\n');
  });

  test('join-header-rows joins group and sub-headers with _, carrying the group across merged cells', () => {
    const text = '縣市,薪資,,工時\n,男,女,\n臺北市,50000,48000,170\n新北市,45000,43000,172\n';
    assert.equal(fixed(text, 'join-header-rows'), '縣市,薪資_男,薪資_女,工時\n臺北市,50000,48000,170\n新北市,45000,43000,172\n');
  });

  test('join-header-rows keeps the Chinese labels of an English-codes + labels header', () => {
    const text = 'year,city,pop\r\n年度,"縣市",人口\r\n110,臺北市,2500000\r\n110,新北市,4000000\r\n';
    assert.equal(fixed(text, 'join-header-rows'), '年度,"縣市",人口\r\n110,臺北市,2500000\r\n110,新北市,4000000\r\n');
  });

  test('a restructuring on an uncertain decision carries why, and strong ones do not', () => {
    const sure = csvFixById('縣市,薪資,,工時\n,男,女,\n臺北市,50000,48000,170\n新北市,45000,43000,172\n', 'join-header-rows', CSV);
    assert.ok(sure);
    assert.equal(sure.review, undefined);
    const twice = csvFixById('縣市,人數,,人數,\n,男,女,男,女\n臺北市,5,6,7,8\n新北市,1,2,3,4\n', 'join-header-rows', CSV);
    assert.ok(twice);
    assert.equal(twice.review?.template, 'two columns would have the same name');
  });

  test('weak rows are left for a person: remove-subtotal-rows takes out only the strong ones', () => {
    // 3,4 = 1+2, 2+2: could be chance (information); 6,130 / 1,942 add up many digits (error)
    const text = '區,男,女\nA,1,2\nB,2,2\nC,3,4\n\nD,"1,020","1,230"\nE,"5,110",712\n,"6,130","1,942"\n';
    const out = fixed(text, 'remove-subtotal-rows');
    assert.equal(out, '區,男,女\nA,1,2\nB,2,2\nC,3,4\n\nD,"1,020","1,230"\nE,"5,110",712\n');
  });

  test('remove-trailing-delimiter drops the empty last column, placeholder name included', () => {
    assert.equal(fixed('a,b,\n1,2,\n3,"4",\n', 'remove-trailing-delimiter'), 'a,b\n1,2\n3,"4"\n');
    assert.equal(fixed('"日期","價","空白"\r\n"1/1","2",\r\n"1/2","3",\r\n', 'remove-trailing-delimiter'), '"日期","價"\r\n"1/1","2"\r\n"1/2","3"\r\n');
    // a spreadsheet's used range: six empty, unnamed columns go in one fix
    assert.equal(fixed('a,b,,,,,,\n1,2,,,,,,\n', 'remove-trailing-delimiter'), 'a,b\n1,2\n');
  });

  test('every fix offered removes its findings and adds none', () => {
    const text = '年度報表\n縣市,男,女,\n臺北市,10,12,\n\n新北市,5,7,\n合計,15,19,\n資料來源：本部\n';
    const before = check(text).map(f => f.rule);
    const fixes = csvFixes(text, CSV);
    assert.deepEqual(fixes.map(f => f.id).sort(),
      ['remove-blank-rows', 'remove-notes-rows', 'remove-subtotal-rows', 'remove-title-rows', 'remove-trailing-delimiter']);
    const target: Record<string, string> = {
      'remove-blank-rows': 'blank-row', 'remove-notes-rows': 'notes-row', 'remove-subtotal-rows': 'subtotal-row',
      'remove-title-rows': 'title-row', 'remove-trailing-delimiter': 'trailing-delimiter',
    };
    for (const f of fixes) {
      const after = check(applyEdits(text, f.edits)).map(x => x.rule);
      assert.ok(!after.includes(target[f.id] as never), f.id);
      for (const r of after) { assert.ok(before.includes(r), `${f.id} added ${r}`); }
    }
  });

  test('nothing to fix: no fixes', () => {
    assert.deepEqual(csvFixes('a,b\n1,2\n', CSV), []);
    assert.deepEqual(csvFixes('', CSV), []);
  });

  test('a fix whose result does not verify is not offered', () => {
    // without the blank row, "plain text" would continue the notes above it: a new notes finding
    const glue = 'a,b,c\nx,y,z\nu,v,w\n說明:\n\nplain text,,\n';
    assert.equal(check(glue, ['blank-row']).length, 1);
    assert.equal(csvFixById(glue, 'remove-blank-rows', CSV), null);
    assert.ok(!csvFixes(glue, CSV).some(f => f.id === 'remove-blank-rows'));
    // a fix that does not apply
    assert.equal(csvFixById('a,b\n1,2\n', 'join-header-rows', CSV), null);
    assert.equal(csvFixById('a,b\n1,2\n', 'convert-utf8', CSV), null);
  });

  test('removal edits of rows at the very end without a final line break take the line break before', () => {
    const text = 'a\nb\nc';
    const a = analyseText(text, ',');
    assert.equal(applyEdits(text, removalEdits(text, a.rows, new Set([2]))), 'a\nb');
    assert.equal(applyEdits(text, removalEdits(text, a.rows, new Set([1, 2]))), 'a');
    assert.equal(applyEdits(text, removalEdits(text, a.rows, new Set([0]))), 'b\nc');
  });
});
