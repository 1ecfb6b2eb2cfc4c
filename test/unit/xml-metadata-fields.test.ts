// Issue 12, item 3, end to end: an XML file's fields as the metadata's 主要欄位說明 sees them, for
// one record inside a container and for records whose fields are attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBytes } from '../../src/core/engine';
import { resolveMetadata } from '../../src/core/metadata';
import { memFs } from '../fixtures/metadata/mem-fs';

async function check(xml: string, fields: string) {
  const metadata = await resolveMetadata('/d/a.xml', memFs({ '/d/a.metadata.json': JSON.stringify({ 主要欄位說明: fields, 編碼格式: 'UTF-8' }), '/d/a.xml': xml }));
  return checkBytes({ path: '/d/a.xml', bytes: new TextEncoder().encode(xml), metadata }, { today: '2026-03-10' });
}

const criterion = (r: Awaited<ReturnType<typeof check>>, id: string) => r.badge.criteria.find(c => c.id === id);

test('a single <資料> inside <資料集> has the four listed fields', async () => {
  const r = await check('<?xml version="1.0" encoding="UTF-8"?>\n<資料集>\n  <資料>\n    <年度>2023</年度>\n    <縣市>臺北市</縣市>\n    <人數>3</人數>\n    <比率>0.5</比率>\n  </資料>\n</資料集>\n',
    '年度(西元年);縣市(名稱);人數;比率(%)');
  assert.deepEqual(r.fields, ['年度', '縣市', '人數', '比率']);
  assert.equal(criterion(r, 'metadata-fields')?.status, 'pass', criterion(r, 'metadata-fields')?.reason);
  assert.equal(r.findings.filter(f => f.rule === 'metadata-fields-mismatch').length, 0);
  assert.match(criterion(r, 'structured')!.reason, /^well-formed XML, 1 record, 4 fields$/);
});

test('attribute fields (<row 年度="2023" 縣市="臺北市"/>) are read, alone or beside children', async () => {
  let r = await check('<rows><row 年度="2023" 縣市="臺北市"/><row 年度="2024" 縣市="新北市"/></rows>', '年度;縣市');
  assert.equal(criterion(r, 'metadata-fields')?.status, 'pass');
  r = await check('<rows><row 年度="2023"><縣市>臺北市</縣市></row><row 年度="2024"><縣市>新北市</縣市></row></rows>', '年度;縣市');
  assert.equal(criterion(r, 'metadata-fields')?.status, 'pass', criterion(r, 'metadata-fields')?.reason);
});

test('a wrong list still fails, naming the fields without their descriptions', async () => {
  const r = await check('<資料集><資料><年度>2023</年度></資料></資料集>', '年度(西元年);縣市(名稱)');
  assert.equal(criterion(r, 'metadata-fields')?.status, 'fail');
  const onFile = r.findings.find(f => f.rule === 'metadata-fields-mismatch' && !f.path);
  assert.equal(onFile?.message, '1 field in 主要欄位說明 but not in the file: 縣市');
});
