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

test('one report around repeated parts: 主要欄位說明 may describe the report or its parts, not a mix', async () => {
  const xml = '<cwbopendata><identifier>EQ-1</identifier><dataset><earthquake><earthquakeNo>107105</earthquakeNo>' +
    '<reportContent>臺東縣海端鄉發生規模4.2有感地震</reportContent><intensity>' +
    '<shakingArea><areaDesc>最大震度4級地區</areaDesc><areaName>高雄市</areaName></shakingArea>' +
    '<shakingArea><areaDesc>最大震度3級地區</areaDesc><areaName>臺東縣</areaName></shakingArea>' +
    '</intensity></earthquake></dataset></cwbopendata>';
  const report = await check(xml, 'earthquakeNo;reportContent;intensity');
  assert.deepEqual(report.fields, ['areaDesc', 'areaName'], 'the records are still the repeated parts');
  assert.equal(criterion(report, 'metadata-fields')?.status, 'pass', criterion(report, 'metadata-fields')?.reason);
  assert.equal(report.findings.filter(f => f.rule === 'metadata-fields-mismatch').length, 0);
  assert.equal(criterion(await check(xml, 'areaDesc;areaName'), 'metadata-fields')?.status, 'pass');
  assert.equal(criterion(await check(xml, 'earthquakeNo;areaName'), 'metadata-fields')?.status, 'fail');
});

test('a JSON report around its records, described as the report, passes too', async () => {
  const json = JSON.stringify({ no: 107105, content: '有感地震', areas: [{ desc: '4級', name: '高雄市' }, { desc: '3級', name: '臺東縣' }] });
  const metadata = async (fields: string) => resolveMetadata('/d/a.json', memFs({ '/d/a.metadata.json': JSON.stringify({ 主要欄位說明: fields, 編碼格式: 'UTF-8' }), '/d/a.json': json }));
  const run = async (fields: string) => checkBytes({ path: '/d/a.json', bytes: new TextEncoder().encode(json), metadata: await metadata(fields) }, { today: '2026-03-10' });
  assert.equal(criterion(await run('no;content;areas'), 'metadata-fields')?.status, 'pass');
  assert.equal(criterion(await run('desc;name'), 'metadata-fields')?.status, 'pass');
  assert.equal(criterion(await run('no;name'), 'metadata-fields')?.status, 'fail');
});
